package cn.beianbridge.download.internal;

import java.time.Instant;

/** A row of the evidence vault: one bureau file, its unpacked XML, and how far we got with it. */
record StoredDownload(long id, String province, String fileName, String kind, byte[] content, Instant appliedAt,
		Instant ackedAt) {
}
