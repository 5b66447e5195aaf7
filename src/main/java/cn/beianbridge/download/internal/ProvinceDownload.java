package cn.beianbridge.download.internal;

/**
 * What one province's download run did.
 *
 * @param stopped why the run ended before the bureau said there was nothing more (a busy bureau, a file we could
 * not unpack, an unacknowledged file), or null when it drained the queue
 */
public record ProvinceDownload(String province, int filesReceived, int filesApplied, int filesAcknowledged,
		String stopped) {
}
