package cn.beianbridge.crypto;

/**
 * A sealed value that cannot be opened: altered, truncated, or sealed under a key this node does not have. Never
 * carries the value.
 */
public class SealBroken extends RuntimeException {

	public SealBroken(String message) {
		super(message);
	}

	public SealBroken(String message, Throwable cause) {
		super(message, cause);
	}

}
