package cn.beianbridge.bureau.internal;

import java.io.InputStream;

/** A Latin-1 (here Base64) string read as bytes, without copying it first. */
final class Latin1Input extends InputStream {

	private final String text;

	private int position;

	Latin1Input(String text) {
		this.text = text;
	}

	@Override
	public int read() {
		return position < text.length() ? text.charAt(position++) & 0xff : -1;
	}

	@Override
	public int read(byte[] b, int off, int len) {
		if (len == 0) {
			return 0;
		}
		if (position >= text.length()) {
			return -1;
		}
		int n = Math.min(len, text.length() - position);
		for (int i = 0; i < n; i++) {
			b[off + i] = (byte) text.charAt(position + i);
		}
		position += n;
		return n;
	}

}
