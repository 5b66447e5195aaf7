package cn.beianbridge.shared;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Reads a peer's stream up to a cap and refuses the byte past it: what a peer sends is held at most this size,
 * however much it sends or claims to send.
 */
public final class CappedInputStream extends FilterInputStream {

	private final long maxBytes;

	private final String what;

	private long read;

	/** @param what the input as an operator reads it, for the refusal: {@code the console page} */
	public CappedInputStream(InputStream in, long maxBytes, String what) {
		super(in);
		this.maxBytes = maxBytes;
		this.what = what;
	}

	@Override
	public int read() throws IOException {
		if (read > maxBytes) {
			throw new TooLarge(what, maxBytes);
		}
		int b = super.read();
		if (b >= 0) {
			counted(1);
		}
		return b;
	}

	@Override
	public int read(byte[] buffer, int offset, int length) throws IOException {
		if (read > maxBytes) {
			throw new TooLarge(what, maxBytes);
		}
		// one byte more than the cap is asked for, so an input of exactly the cap is taken
		int n = super.read(buffer, offset, (int) Math.min(length, maxBytes - read + 1));
		if (n > 0) {
			counted(n);
		}
		return n;
	}

	@Override
	public long skip(long n) throws IOException {
		if (read > maxBytes) {
			throw new TooLarge(what, maxBytes);
		}
		long skipped = super.skip(Math.min(n, maxBytes - read + 1));
		counted(skipped);
		return skipped;
	}

	private void counted(long n) throws TooLarge {
		read += n;
		if (read > maxBytes) {
			throw new TooLarge(what, maxBytes);
		}
	}

	/** The input went past its cap; nothing past the cap was read. */
	public static final class TooLarge extends IOException {

		public TooLarge(String what, long maxBytes) {
			super("%s is larger than %d bytes (%s), the most taken".formatted(what, maxBytes, readable(maxBytes)));
		}

		private static String readable(long bytes) {
			return bytes >= 1 << 20 && bytes % (1 << 20) == 0 ? (bytes >> 20) + " MB"
					: bytes >= 1 << 10 && bytes % (1 << 10) == 0 ? (bytes >> 10) + " KB" : bytes + " B";
		}

	}

}
