package cn.beianbridge.bureau.internal;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.Base64;
import java.util.function.Consumer;
import java.util.zip.ZipInputStream;

import javax.crypto.CipherInputStream;
import javax.crypto.CipherOutputStream;

/**
 * The payload encoding as one stream: document → zip (one entry) → MD5 of the zip and its size → AES/CBC when a key is
 * given → Base64, into the one buffer that becomes {@code beianInfo}. The document, the zip and the ciphertext never
 * exist as separate copies; the same bytes as zipping, encrypting and encoding each whole in turn.
 */
public final class PackingChain {

	private static final int BUFFER = 64 * 1024;

	private PackingChain() {
	}

	/** What came out: the Base64 text, Base64 of the zip's MD5, and the zip's size. */
	public record Packed(String base64, String md5Base64, long zipBytes) {
	}

	/**
	 * @param key with {@code iv}, null for a plaintext payload
	 * @param expectedZipBytes a guess of the zip's size, to size the buffer once (0 when unknown)
	 * @param document writes the document into the stream it is given (and does not close it)
	 */
	public static Packed pack(String entryName, LocalDateTime entryTime, byte[] key, byte[] iv, long expectedZipBytes,
			Consumer<OutputStream> document) {
		Latin1Text text = new Latin1Text(base64Length(expectedZipBytes + 16));
		MessageDigest md5 = Digests.newMd5();
		long zipBytes;
		try {
			OutputStream encoded = Base64.getEncoder().wrap(text);
			OutputStream sent = key == null ? encoded : new CipherOutputStream(encoded, AesCbc.encrypting(key, iv));
			Measured zip = new Measured(sent, md5);
			SingleEntryZip.zip(entryName, entryTime, zip, zipped -> {
				try {
					BufferedOutputStream content = new BufferedOutputStream(new Unclosable(zipped), BUFFER);
					document.accept(content);
					content.flush();
				}
				catch (IOException ex) {
					throw new UncheckedIOException(ex);
				}
			}); // closes the chain: the cipher pads, Base64 writes its last quantum
			zipBytes = zip.count;
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("AES encryption failed: " + ex.getMessage(), ex);
		}
		return new Packed(text.toText(), Base64.getEncoder().encodeToString(md5.digest()), zipBytes);
	}

	/**
	 * The document of a payload we packed, read back as a stream (Base64 → AES → unzip) for the schema's check:
	 * neither the zip nor the document is held whole. Its MD5 is not checked, the payload being our own.
	 */
	public static InputStream document(String base64, byte[] key, byte[] iv) {
		try {
			InputStream decoded = Base64.getDecoder().wrap(new Latin1Input(base64));
			InputStream zip = key == null ? decoded : new CipherInputStream(decoded, AesCbc.decrypting(key, iv));
			ZipInputStream unzipped = new ZipInputStream(new BufferedInputStream(zip, BUFFER));
			if (unzipped.getNextEntry() == null) {
				throw new IllegalStateException("the payload holds no file");
			}
			return unzipped;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("AES decryption failed: " + ex.getMessage(), ex);
		}
	}

	private static int base64Length(long bytes) {
		return (int) Math.min(Integer.MAX_VALUE - 16, (Math.max(bytes, 0) + 2) / 3 * 4);
	}

	/** Counts and hashes the zip's bytes on their way to the cipher or the encoder. */
	private static final class Measured extends FilterOutputStream {

		private final MessageDigest md5;

		private long count;

		Measured(OutputStream out, MessageDigest md5) {
			super(out);
			this.md5 = md5;
		}

		@Override
		public void write(int b) throws IOException {
			md5.update((byte) b);
			count++;
			out.write(b);
		}

		@Override
		public void write(byte[] b, int off, int len) throws IOException {
			md5.update(b, off, len);
			count += len;
			out.write(b, off, len);
		}

	}

	/** Lets the document's writer flush without closing the zip under it. */
	private static final class Unclosable extends FilterOutputStream {

		Unclosable(OutputStream out) {
			super(out);
		}

		@Override
		public void write(byte[] b, int off, int len) throws IOException {
			out.write(b, off, len);
		}

		@Override
		public void close() throws IOException {
			flush();
		}

	}

	/** The Base64 bytes, grown rarely (sized from the estimate), then turned into the text once. */
	private static final class Latin1Text extends OutputStream {

		private byte[] bytes;

		private int count;

		Latin1Text(int expected) {
			this.bytes = new byte[Math.max(expected, 1024)];
		}

		@Override
		public void write(int b) {
			ensure(1);
			bytes[count++] = (byte) b;
		}

		@Override
		public void write(byte[] b, int off, int len) {
			ensure(len);
			System.arraycopy(b, off, bytes, count, len);
			count += len;
		}

		private void ensure(int more) {
			if (count + more > bytes.length) {
				long grown = Math.max((long) count + more, bytes.length + (bytes.length >> 2));
				bytes = Arrays.copyOf(bytes, (int) Math.min(grown, Integer.MAX_VALUE - 16));
			}
		}

		String toText() {
			String text = new String(bytes, 0, count, StandardCharsets.ISO_8859_1);
			bytes = null;
			return text;
		}

	}

}
