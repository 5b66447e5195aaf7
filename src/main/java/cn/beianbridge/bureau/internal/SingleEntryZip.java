package cn.beianbridge.bureau.internal;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.LocalDateTime;
import java.util.function.Consumer;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/** compressionFormat 0: a zip holding exactly one file. */
public final class SingleEntryZip {

	private SingleEntryZip() {
	}

	/** The entry time is given, not read from the clock here, so the same input can give the same bytes. */
	public static byte[] zip(String entryName, LocalDateTime entryTime, byte[] content) {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream(content.length / 2 + 1024);
		zip(entryName, entryTime, bytes, out -> {
			try {
				out.write(content);
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		});
		return bytes.toByteArray();
	}

	/**
	 * Zips what {@code content} writes into {@code sink}, then closes the sink (a chain under it finishes: a cipher
	 * pads, an encoder writes its last bytes).
	 */
	public static void zip(String entryName, LocalDateTime entryTime, OutputStream sink, Consumer<OutputStream> content) {
		try (ZipOutputStream zip = new ZipOutputStream(sink)) {
			ZipEntry entry = new ZipEntry(entryName);
			entry.setTimeLocal(entryTime);
			zip.putNextEntry(entry);
			content.accept(zip);
			zip.closeEntry();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * The one entry's content.
	 * @throws NotOneEntry when the zip holds no file or more than one
	 * @throws IOException when the bytes are not a readable zip or the content exceeds {@code maxBytes}
	 */
	public static Entry unzip(byte[] zipBytes, long maxBytes) throws IOException, NotOneEntry {
		try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(zipBytes))) {
			ZipEntry entry = nextFile(zip);
			if (entry == null) {
				throw new NotOneEntry("no file found in the zip (not a zip, or an empty one)");
			}
			byte[] content = readAtMost(zip, maxBytes);
			ZipEntry another = nextFile(zip);
			if (another != null) {
				throw new NotOneEntry("the zip holds more than one file (%s, %s)".formatted(entry.getName(), another.getName()));
			}
			return new Entry(entry.getName(), content);
		}
	}

	private static ZipEntry nextFile(ZipInputStream zip) throws IOException {
		ZipEntry entry = zip.getNextEntry();
		while (entry != null && entry.isDirectory()) {
			entry = zip.getNextEntry();
		}
		return entry;
	}

	private static byte[] readAtMost(InputStream in, long maxBytes) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		byte[] buffer = new byte[64 * 1024];
		long total = 0;
		for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
			total += n;
			if (total > maxBytes) {
				throw new IOException("the unzipped file is larger than %d bytes".formatted(maxBytes));
			}
			out.write(buffer, 0, n);
		}
		return out.toByteArray();
	}

	public record Entry(String name, byte[] content) {
	}

	/** A readable zip with the wrong number of files. */
	public static final class NotOneEntry extends Exception {

		public NotOneEntry(String message) {
			super(message);
		}

	}

}
