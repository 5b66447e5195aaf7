package cn.beianbridge.notification.internal;

/** What one send came to: taken (with the provider's reference) or failed (with why). */
record SendOutcome(ClaimedNotification notification, boolean sent, String providerRef, String error) {

	static SendOutcome sent(ClaimedNotification notification, String providerRef) {
		return new SendOutcome(notification, true, providerRef, null);
	}

	static SendOutcome failed(ClaimedNotification notification, String error) {
		return new SendOutcome(notification, false, null, error);
	}

}
