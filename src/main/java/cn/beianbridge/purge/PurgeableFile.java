package cn.beianbridge.purge;

/** A settled raw file past the retention, and the size of the bytes it still holds. */
public record PurgeableFile(long id, long bytes) {
}
