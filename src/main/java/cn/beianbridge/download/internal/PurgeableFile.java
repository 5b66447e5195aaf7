package cn.beianbridge.download.internal;

/** A settled download file past its retention, and the size of the bytes it still holds. */
record PurgeableFile(long id, long bytes) {
}
