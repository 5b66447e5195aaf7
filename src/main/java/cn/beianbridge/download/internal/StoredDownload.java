package cn.beianbridge.download.internal;

import java.time.Instant;

/**
 * A row of the evidence vault: one bureau file, its unpacked XML, and how far we got with it.
 *
 * @param contentSha256 the digest of the content, by which the same content under a new name is known
 * @param unpackError why the file could not be unpacked (its content is then the beianInfo as it came), or null
 */
record StoredDownload(long id, String province, String fileName, String kind, byte[] content, Instant appliedAt,
		Instant ackedAt, String contentSha256, String unpackError) {
}
