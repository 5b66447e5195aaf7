package cn.beianbridge.notification;

/** How a notification reaches its recipient. */
public enum Channel {

	/** Through the SMS gateway; the recipient is a mobile number. */
	SMS,

	/** Over SMTP; the recipient is an email address. */
	EMAIL

}
