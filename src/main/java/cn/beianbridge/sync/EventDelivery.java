package cn.beianbridge.sync;

/** Delivery of console events, as the admin console will drive it. */
public interface EventDelivery {

	/**
	 * Puts a DEAD event back in the queue with its attempts reset, due now.
	 *
	 * @return false when no DEAD event has this id (unknown, still pending, or already delivered)
	 */
	boolean redeliver(String eventId);

}
