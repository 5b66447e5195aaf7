package cn.beianbridge.bureau;

/**
 * What one upload file may hold.
 *
 * @param maxRecords record elements ({@code Baxx} or {@code Xzxx}) in the file
 * @param maxBytes size of the zip, before encryption (AES adds at most 16 bytes) and before Base64 (which adds a
 * third): the interface limits the "upload file", and the zip is that file. Lower it for a bureau that
 * turns out to measure the encoded {@code beianInfo}.
 */
public record UploadLimits(int maxRecords, long maxBytes) {

	/** 1,000 records and 50 MB, read as 50,000,000 bytes: the smaller of the two ways to read "MB". */
	public static final UploadLimits BUREAU = new UploadLimits(1000, 50_000_000L);

	public UploadLimits {
		if (maxRecords < 1 || maxBytes < 1) {
			throw new IllegalArgumentException("Upload limits must be positive: %d records, %d bytes".formatted(maxRecords,
					maxBytes));
		}
	}

}
