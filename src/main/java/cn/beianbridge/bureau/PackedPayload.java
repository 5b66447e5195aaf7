package cn.beianbridge.bureau;

import cn.beianbridge.shared.LogMasking;

/**
 * The payload parameters of {@code isp_upload} (or of a download's {@code fileInfos}).
 *
 * @param beianInfo Base64 of the (possibly encrypted) zip
 * @param beianInfoHash Base64 of the MD5 of the zip bytes, before encryption
 * @param zipBytes size of the zip, the measure of the 50 MB limit
 */
public record PackedPayload(String beianInfo, String beianInfoHash, int encryptAlgorithm, int hashAlgorithm,
		int compressionFormat, long zipBytes) {

	@Override
	public String toString() {
		return ("PackedPayload[beianInfo=%s, beianInfoHash=%s, encryptAlgorithm=%s, hashAlgorithm=%s, "
				+ "compressionFormat=%s, zipBytes=%s]")
			.formatted(beianInfo == null ? "null" : beianInfo.length() + " characters", beianInfoHash,
					encryptAlgorithm, hashAlgorithm, compressionFormat, zipBytes);
	}

	public static final int PLAINTEXT = 0;

	public static final int AES_CBC = 1;

	public static final int MD5 = 0;

	public static final int ZIP = 0;

}
