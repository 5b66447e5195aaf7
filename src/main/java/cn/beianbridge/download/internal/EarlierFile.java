package cn.beianbridge.download.internal;

/** A file applied before, whose content a later one repeats. */
record EarlierFile(long id, String fileName) {
}
