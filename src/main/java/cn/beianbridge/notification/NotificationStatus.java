package cn.beianbridge.notification;

/** Where a notification stands. */
public enum NotificationStatus {

	/** Waiting for its (next) send. */
	PENDING,

	/** The gateway or the mail server took it. */
	SENT,

	/** Every attempt failed: kept and shown, sent again only when an operator says so. */
	DEAD

}
