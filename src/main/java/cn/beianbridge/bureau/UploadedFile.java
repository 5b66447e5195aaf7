package cn.beianbridge.bureau;

import java.util.List;

/**
 * An upload document as the receiving side (the simulator) sees it: the operation, the requesting provider and,
 * per record, what a bureau needs to decide it and to answer about it.
 *
 * @param operation XZBA, XZWZ or XZJR
 */
public record UploadedFile(String operation, String qqdwid, List<UploadedRecord> records) {

	public UploadedFile {
		records = List.copyOf(records);
	}

	/**
	 * One {@code Baxx} or {@code Xzxx}; fields another operation does not carry are null.
	 *
	 * @param ispZtid our entity id (XZBA)
	 * @param ztid the bureau's entity id and {@code ztbah} the entity ICP number (XZWZ)
	 * @param wzid the bureau's website id and {@code wzbah} the website ICP number (XZJR)
	 * @param filingPasswordMd5 {@code ICPmm} (XZWZ, XZJR)
	 */
	public record UploadedRecord(String operation, Long ispZtid, String entityName, Long ztid, String ztbah,
			List<UploadedWebsite> websites, Long wzid, String wzbah, String filingPasswordMd5, int attachments) {

		public UploadedRecord {
			websites = List.copyOf(websites);
		}

		/** The identifier a result ({@code BAJG/Jg_xx/Bs}) names this record by. */
		public String resultIdentifier() {
			return switch (operation) {
				case "XZBA" -> String.valueOf(ispZtid);
				case "XZWZ" -> ztbah;
				default -> wzbah;
			};
		}

	}

	/** A {@code Wz_xx} with our id, its name and its domains. */
	public record UploadedWebsite(long ispWzid, String name, List<String> domains) {

		public UploadedWebsite {
			domains = List.copyOf(domains);
		}

	}

}
