package cn.beianbridge.purge;

import java.time.Instant;
import java.util.List;

/**
 * Raw bureau files a module keeps as evidence. The purge asks each vault, one chunk at a time and in one transaction
 * per chunk, for its settled files past the retention and then drops their bytes; the vault alone knows when a file
 * is settled, and keeps every file's row with its name and hash.
 */
public interface RawFileVault {

	/** What the files are, for the purge's summary line, e.g. {@code download files}. */
	String name();

	/** Locks, oldest first, at most {@code limit} settled files older than {@code before} that still hold bytes. */
	List<PurgeableFile> lockSettled(Instant before, int limit);

	/** Drops the bytes of these files (if still settled), keeping their rows; how many lost them. */
	int dropBytes(List<Long> ids, Instant now);

}
