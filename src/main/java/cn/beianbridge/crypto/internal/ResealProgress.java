package cn.beianbridge.crypto.internal;

/**
 * How far one table's re-encryption got.
 *
 * @param generation the newest retired data key when the pass began: a key retired later starts the pass again
 * @param cursorValue the target's position (its last key done), null at the start
 * @param done the pass went through the whole table
 */
record ResealProgress(String target, int generation, String cursorValue, boolean done) {
}
