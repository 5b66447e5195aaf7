package cn.beianbridge.bureau.internal;

import java.io.InputStream;

/**
 * A Latin-1 (here Base64) string read as bytes, without copying it first. Read to its end, it lets go of the string:
 * whatever keeps the stream afterwards (an HTTP client its last request's body) does not keep a 50 MB file with it.
 */
final class Latin1Input extends InputStream {

	private String text;

	private int position;

	Latin1Input(String text) {
		this.text = text;
	}

	@Override
	public int read() {
		if (!more()) {
			return -1;
		}
		return text.charAt(position++) & 0xff;
	}

	@Override
	public int read(byte[] b, int off, int len) {
		if (len == 0) {
			return 0;
		}
		if (!more()) {
			return -1;
		}
		int n = Math.min(len, text.length() - position);
		for (int i = 0; i < n; i++) {
			b[off + i] = (byte) text.charAt(position + i);
		}
		position += n;
		return n;
	}

	@Override
	public void close() {
		text = null;
	}

	private boolean more() {
		if (text != null && position >= text.length()) {
			text = null;
		}
		return text != null;
	}

}
