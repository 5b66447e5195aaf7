/** Sync back: delivers the filing events of the outbox to the console until it acknowledges each. */
package cn.beianbridge.sync;
