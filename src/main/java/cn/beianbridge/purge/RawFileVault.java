package cn.beianbridge.purge;

import java.time.Instant;

/**
 * Raw bureau files a module keeps as evidence. The purge asks each vault, one chunk at a time, to drop the bytes of
 * files past the retention that nothing needs any more; the vault alone knows when a file is settled, and keeps
 * every file's row with its name and hash.
 */
public interface RawFileVault {

	/** What the files are, for the purge's summary line, e.g. {@code download files}. */
	String name();

	/**
	 * Drops, in one transaction, the bytes of at most {@code limit} settled files older than {@code before}.
	 *
	 * @return what was dropped; fewer files than {@code limit} means nothing more is due
	 */
	PurgedFiles purgeChunk(Instant before, int limit);

}
