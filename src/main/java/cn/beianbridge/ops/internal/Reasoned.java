package cn.beianbridge.ops.internal;

/** The body of a change that needs only a person's reason. */
record Reasoned(String reason) {
}
