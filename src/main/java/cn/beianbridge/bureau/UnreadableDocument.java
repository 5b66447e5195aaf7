package cn.beianbridge.bureau;

/** A bureau document (download file, call reply) that is not well-formed or not of the expected shape. */
public class UnreadableDocument extends RuntimeException {

	public UnreadableDocument(String message) {
		super(message);
	}

	public UnreadableDocument(String message, Throwable cause) {
		super(message, cause);
	}

}
