package cn.beianbridge.bureau.internal;

import java.util.zip.Deflater;

/**
 * A quick upper estimate of a document's zip size: deflated at the fastest level, which compresses no better
 * than the default level the real zip uses, plus room for the zip's headers. Several times faster than zipping.
 */
public final class DeflatedSize {

	private static final int ZIP_OVERHEAD = 512;

	private DeflatedSize() {
	}

	public static long estimate(byte[] document) {
		Deflater deflater = new Deflater(Deflater.BEST_SPEED, true);
		try {
			deflater.setInput(document);
			deflater.finish();
			byte[] buffer = new byte[64 * 1024];
			long size = 0;
			while (!deflater.finished()) {
				size += deflater.deflate(buffer);
			}
			return size + ZIP_OVERHEAD;
		}
		finally {
			deflater.end();
		}
	}

}
