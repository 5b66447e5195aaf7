package cn.beianbridge.submission.internal;

/** An ACCEPTED upload file past its retention, and the size of the Base64 text it still holds. */
record PurgeableBatch(long id, long bytes) {
}
