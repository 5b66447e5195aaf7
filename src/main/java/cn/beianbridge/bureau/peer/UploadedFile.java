package cn.beianbridge.bureau.peer;

import java.util.List;

import cn.beianbridge.shared.LogMasking;

/**
 * An upload document as the receiving side (the simulator) sees it: the operation, the requesting provider and,
 * per record, what a bureau needs to decide it and to answer about it.
 *
 * @param operation XZBA, XZWZ or XZJR; {@link #MIXED} when the file holds more than one of these lists (the
 * schema's {@code ICP} is an {@code xs:all} of them)
 */
public record UploadedFile(String operation, String qqdwid, List<UploadedRecord> records) {

	public static final String MIXED = "MIXED";

	public UploadedFile {
		records = List.copyOf(records);
	}

	/**
	 * One {@code Baxx} or {@code Xzxx}; fields another operation does not carry are null.
	 *
	 * @param ispZtid our entity id (XZBA)
	 * @param ztid the bureau's entity id or {@code ztbah} the entity ICP number, or both (XZWZ: the schema asks for one)
	 * @param wzid the bureau's website id or {@code wzbah} the website ICP number, or both (XZJR: likewise)
	 * @param filingPasswordMd5 {@code ICPmm} (XZWZ, XZJR)
	 * @param access the new access with our ids (XZJR)
	 */
	public record UploadedRecord(String operation, Long ispZtid, String entityName, Long ztid, String ztbah,
			List<UploadedWebsite> websites, Long wzid, String wzbah, String filingPasswordMd5, int attachments,
			UploadedAccess access) {

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
					+ "wzid=%s, wzbah=%s, filingPasswordMd5=%s, attachments=%s, access=%s]")
				.formatted(operation, ispZtid, LogMasking.hidden(entityName), ztid, ztbah, websites, wzid, wzbah,
						LogMasking.hidden(filingPasswordMd5), attachments, access);
		}

	}

	/**
	 * A {@code Wz_xx} with our id, its name and its domains.
	 *
	 * @param ispYmids our id of each domain, in the order of {@code domains}
	 * @param access its (first) {@code Jr_xx}: our access, which we file with the website
	 */
	public record UploadedWebsite(long ispWzid, String name, List<String> domains, List<Long> ispYmids,
			UploadedAccess access) {

		public UploadedWebsite {
			domains = List.copyOf(domains);
			ispYmids = List.copyOf(ispYmids);
		}

		public UploadedWebsite(long ispWzid, String name, List<String> domains) {
			this(ispWzid, name, domains, List.of(), null);
		}

	}

	/** An access we file ({@code Jr_xx}, or XZJR's {@code Xzxx}): our ids and the addresses. */
	public record UploadedAccess(long ispJrid, List<UploadedIpRange> ipRanges) {

		public UploadedAccess {
			ipRanges = List.copyOf(ipRanges);
		}

	}

	/** {@code Ip_xx}: our id and the addresses as 32-bit integers. */
	public record UploadedIpRange(long ispIpid, long start, long end) {
	}

}
