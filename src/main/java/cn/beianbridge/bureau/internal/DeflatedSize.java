package cn.beianbridge.bureau.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.LocalDateTime;
import java.util.function.Consumer;
import java.util.zip.Deflater;

/**
 * A quick upper estimate of a document's zip size: deflated at the fastest level, which compresses no better
 * than the default level the real zip uses, plus room for the zip's headers. Several times faster than zipping.
 * The document is streamed through and only counted, never kept.
 */
public final class DeflatedSize {

	private static final int ZIP_OVERHEAD = 512;

	private DeflatedSize() {
	}

	public static long estimate(byte[] document) {
		return estimate(out -> write(out, document));
	}

	/** @param document writes the document into the stream it is given */
	public static long estimate(Consumer<OutputStream> document) {
		try (Deflating counter = new Deflating()) {
			document.accept(counter);
			return counter.finish() + ZIP_OVERHEAD;
		}
	}

	/** The exact size of the zip of this document (one entry, the real zip's level), counted without keeping it. */
	public static long zipped(String entryName, LocalDateTime entryTime, Consumer<OutputStream> document) {
		Counting counted = new Counting();
		SingleEntryZip.zip(entryName, entryTime, counted, document);
		return counted.count;
	}

	private static void write(OutputStream out, byte[] bytes) {
		try {
			out.write(bytes);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static final class Counting extends OutputStream {

		private long count;

		@Override
		public void write(int b) {
			count++;
		}

		@Override
		public void write(byte[] b, int off, int len) {
			count += len;
		}

	}

	/** Deflates what is written into a scratch buffer, counting the output. */
	private static final class Deflating extends OutputStream {

		private final Deflater deflater = new Deflater(Deflater.BEST_SPEED, true);

		private final byte[] buffer = new byte[64 * 1024];

		private long size;

		@Override
		public void write(int b) {
			write(new byte[] { (byte) b }, 0, 1);
		}

		@Override
		public void write(byte[] b, int off, int len) {
			deflater.setInput(b, off, len);
			while (!deflater.needsInput()) {
				size += deflater.deflate(buffer);
			}
		}

		long finish() {
			deflater.finish();
			while (!deflater.finished()) {
				size += deflater.deflate(buffer);
			}
			return size;
		}

		@Override
		public void close() {
			deflater.end();
		}

	}

}
