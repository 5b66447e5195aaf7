package cn.beianbridge.bureau.peer;

import java.util.List;

import cn.beianbridge.shared.LogMasking;

/**
 * An upload document as the receiving side (the simulator) sees it: the operation, the requesting provider and,
 * per record, what a bureau needs to decide it and to answer about it.
 *
 * @param operation XZBA, XZWZ, XZJR, BGBA or ZXBA; {@link #MIXED} when the file holds more than one of these lists
 * (the schema's {@code ICP} is an {@code xs:all} of them)
 * @param records the XZBA, XZWZ and XZJR records
 * @param changes the BGBA records
 * @param cancels the ZXBA records
 */
public record UploadedFile(String operation, String qqdwid, List<UploadedRecord> records, List<UploadedChange> changes,
		List<UploadedCancel> cancels) {

	public static final String MIXED = "MIXED";

	public UploadedFile {
		records = List.copyOf(records);
		changes = List.copyOf(changes);
		cancels = List.copyOf(cancels);
	}

	/**
	 * One {@code Baxx} or {@code Xzxx}; fields another operation does not carry are null.
	 *
	 * @param ispZtid our entity id (XZBA)
	 * @param ztid the bureau's entity id or {@code ztbah} the entity ICP number, or both (XZWZ: the schema asks for one)
	 * @param wzid the bureau's website id or {@code wzbah} the website ICP number, or both (XZJR: likewise)
	 * @param filingPasswordMd5 {@code ICPmm} (XZWZ, XZJR)
	 * @param certificateNumber the entity's certificate number ({@code Zt_xx/Zj/Zjhm}), only in XZBA
	 * @param access the new access with our ids (XZJR)
	 */
	public record UploadedRecord(String operation, Long ispZtid, String entityName, Long ztid, String ztbah,
			List<UploadedWebsite> websites, Long wzid, String wzbah, String filingPasswordMd5, int attachments,
			String certificateNumber, UploadedNewAccess access) {

		public UploadedRecord {
			websites = List.copyOf(websites);
		}

		/**
		 * The identifier a result ({@code BAJG/Jg_xx/Bs}) names this record by: the ICP number the provider sent, else
		 * the bureau's id it sent ("the bureau id or ICP number the provider submitted").
		 */
		public String resultIdentifier() {
			return switch (operation) {
				case "XZBA" -> String.valueOf(ispZtid);
				case "XZWZ" -> ztbah != null ? ztbah : String.valueOf(ztid);
				default -> wzbah != null ? wzbah : String.valueOf(wzid);
			};
		}

		@Override
		public String toString() {
			return ("UploadedRecord[operation=%s, ispZtid=%s, entityName=%s, ztid=%s, ztbah=%s, websites=%s, "
					+ "wzid=%s, wzbah=%s, filingPasswordMd5=%s, attachments=%s, certificateNumber=%s, access=%s]")
				.formatted(operation, ispZtid, LogMasking.hidden(entityName), ztid, ztbah, websites, wzid, wzbah,
						LogMasking.hidden(filingPasswordMd5), attachments, LogMasking.hidden(certificateNumber), access);
		}

	}

	/**
	 * A {@code Wz_xx} with our id, its name and its domains.
	 *
	 * @param ispYmids our id of each domain, in the order of {@code domains}
	 * @param access its (first) {@code Jr_xx}: our access, filed with the website
	 */
	public record UploadedWebsite(long ispWzid, String name, List<String> domains, List<Long> ispYmids,
			UploadedNewAccess access) {

		public UploadedWebsite {
			domains = List.copyOf(domains);
			ispYmids = List.copyOf(ispYmids);
		}

	}

	/** An access being filed ({@code Jr_xx} of XZBA or XZWZ, or XZJR's {@code Xzxx}): our ids and its ranges. */
	public record UploadedNewAccess(long ispJrid, List<UploadedRange> ranges) {

		public UploadedNewAccess {
			ranges = List.copyOf(ranges);
		}

	}

	/**
	 * One {@code Bgxx}: the filed entity by the bureau's id and ICP number, and the new state of its websites.
	 *
	 * @param filingPasswordMd5 {@code ICPmm}, or null
	 */
	public record UploadedChange(long ztid, String entityIcpNumber, String entityName, List<UploadedChangedWebsite> websites,
			List<UploadedAttachment> attachments, String filingPasswordMd5) {

		public UploadedChange {
			websites = List.copyOf(websites);
			attachments = List.copyOf(attachments);
		}

		/** {@code BAJG/Jg_xx/Bs} of a change (Czlx 4): the bureau's entity id. */
		public String resultIdentifier() {
			return String.valueOf(ztid);
		}

		@Override
		public String toString() {
			return ("UploadedChange[ztid=%s, entityIcpNumber=%s, entityName=%s, websites=%s, attachments=%s, "
					+ "filingPasswordMd5=%s]")
				.formatted(ztid, entityIcpNumber, LogMasking.hidden(entityName), websites, attachments,
						LogMasking.hidden(filingPasswordMd5));
		}

	}

	/** A {@code Wz_xx} of a change: the filed website by the bureau's id and ICP number, its domains and accesses. */
	public record UploadedChangedWebsite(long wzid, String icpNumber, String name, List<UploadedDomain> domains,
			List<UploadedAccess> accesses) {

		public UploadedChangedWebsite {
			domains = List.copyOf(domains);
			accesses = List.copyOf(accesses);
		}

	}

	/** @param ymid the bureau's id, null for a domain the change adds */
	public record UploadedDomain(long ispYmid, Long ymid, String domain) {
	}

	/** A {@code Jr_xx} of a change: a filed access by the bureau's id, with its ranges. */
	public record UploadedAccess(long jrid, List<UploadedRange> ranges) {

		public UploadedAccess {
			ranges = List.copyOf(ranges);
		}

	}

	/**
	 * @param ipid the bureau's id, null for a range the change adds
	 * @param start {@code Qsip}, the first address as an unsigned 32-bit integer
	 * @param end {@code Zzip}, the last
	 */
	public record UploadedRange(long ispIpid, Long ipid, long start, long end) {
	}

	/**
	 * Whom an attachment ({@code Fjssdx}) belongs to: 1 entity or 2 website, named by the bureau's id or an ICP number
	 * (one of the two is set).
	 */
	public record UploadedAttachment(int ownerType, Long jlid, String icpNumber) {
	}

	/**
	 * One {@code Zx_xx}.
	 *
	 * @param zxlb 0 entity, 1 website, 2 access
	 * @param jlid the bureau's id of the target
	 * @param reason {@code Zxly}
	 * @param remark {@code Zxlybz}, or null
	 * @param filingPasswordMd5 {@code ICPmm}, or null
	 */
	public record UploadedCancel(int zxlb, long jlid, int reason, String remark, String filingPasswordMd5) {

		/** {@code Czlx} of its result: 6 cancel entity, 7 cancel website, 5 cancel access. */
		public int czlx() {
			return switch (zxlb) {
				case 0 -> 6;
				case 1 -> 7;
				default -> 5;
			};
		}

		/** {@code BAJG/Jg_xx/Bs} of a cancellation: the bureau's id it names. */
		public String resultIdentifier() {
			return String.valueOf(jlid);
		}

		@Override
		public String toString() {
			return "UploadedCancel[zxlb=%s, jlid=%s, reason=%s, remark=%s, filingPasswordMd5=%s]".formatted(zxlb, jlid,
					reason, LogMasking.hidden(remark), LogMasking.hidden(filingPasswordMd5));
		}

	}

}
