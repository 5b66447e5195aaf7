package cn.beianbridge.bureau;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Base64;
import java.util.function.Consumer;

import cn.beianbridge.bureau.internal.AesCbc;
import cn.beianbridge.bureau.internal.Digests;
import cn.beianbridge.bureau.internal.PackingChain;
import cn.beianbridge.bureau.internal.SingleEntryZip;

/**
 * The payload encoding of BUREAU-PROTOCOL.md, both ways: document bytes → zip (one entry) →
 * beianInfoHash = Base64(MD5(zip)) → AES/CBC when this bureau encrypts → beianInfo = Base64.
 * One instance per bureau (it holds that bureau's key); immutable and thread-safe.
 */
public final class PayloadCodec {

	public static final String DEFAULT_ENTRY_NAME = "beianinfo.xml";

	/** Refuses zip bombs: a 50 MB upload of XML and Base64 inflates to far less than this. */
	public static final long DEFAULT_MAX_UNZIPPED_BYTES = 512L * 1024 * 1024;

	private final BureauKey key;

	private final Clock clock;

	private final long maxUnzippedBytes;

	private PayloadCodec(BureauKey key, Clock clock, long maxUnzippedBytes) {
		this.key = key;
		this.clock = clock;
		this.maxUnzippedBytes = maxUnzippedBytes;
	}

	public static PayloadCodec plaintext() {
		return new PayloadCodec(null, Clock.system(ZoneId.of("Asia/Shanghai")), DEFAULT_MAX_UNZIPPED_BYTES);
	}

	public static PayloadCodec aes(BureauKey key) {
		if (key == null) {
			throw new IllegalArgumentException("An encrypting codec needs the bureau's AES key");
		}
		return new PayloadCodec(key, Clock.system(ZoneId.of("Asia/Shanghai")), DEFAULT_MAX_UNZIPPED_BYTES);
	}

	/** The zip entry's time comes from this clock: a fixed clock makes packing reproducible. */
	public PayloadCodec withClock(Clock clock) {
		return new PayloadCodec(key, clock, maxUnzippedBytes);
	}

	public PayloadCodec withMaxUnzippedBytes(long maxUnzippedBytes) {
		return new PayloadCodec(key, clock, maxUnzippedBytes);
	}

	public int encryptAlgorithm() {
		return key == null ? PackedPayload.PLAINTEXT : PackedPayload.AES_CBC;
	}

	public PackedPayload pack(byte[] document) {
		return pack(DEFAULT_ENTRY_NAME, document);
	}

	public PackedPayload pack(String entryName, byte[] document) {
		return pack(entryName, document.length, out -> {
			try {
				out.write(document);
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		});
	}

	/**
	 * Packs the document {@code document} writes, streamed: zipped, hashed, (encrypted) and Base64-encoded as it is
	 * written, so only the Base64 text is ever held whole (and the text made from it, once).
	 * @param expectedZipBytes a guess of the zip's size, to size the buffer once (0 when unknown)
	 * @param document writes the document into the stream it is given, which it must not close
	 */
	public PackedPayload pack(String entryName, long expectedZipBytes, Consumer<OutputStream> document) {
		if (entryName == null || entryName.isBlank()) {
			throw new IllegalArgumentException("The zip entry name is missing");
		}
		PackingChain.Packed packed = PackingChain.pack(entryName, LocalDateTime.now(clock),
				key == null ? null : key.key(), key == null ? null : key.iv(), expectedZipBytes, document);
		return new PackedPayload(packed.base64(), packed.md5Base64(), encryptAlgorithm(), PackedPayload.MD5,
				PackedPayload.ZIP, packed.zipBytes());
	}

	/**
	 * The document of a payload this codec packed, read back as a stream (to check it against the schema) without
	 * holding the zip or the document whole; the MD5 is not verified, {@link #unpack} does that.
	 */
	public InputStream document(PackedPayload payload) {
		return PackingChain.document(payload.beianInfo(), key == null ? null : key.key(), key == null ? null : key.iv());
	}

	public UnpackedFile unpack(PackedPayload payload) {
		return unpack(payload.beianInfo(), payload.beianInfoHash(), payload.encryptAlgorithm(), payload.hashAlgorithm(),
				payload.compressionFormat());
	}

	public UnpackedFile unpack(String beianInfo, String beianInfoHash, int encryptAlgorithm) {
		return unpack(beianInfo, beianInfoHash, encryptAlgorithm, PackedPayload.MD5, PackedPayload.ZIP);
	}

	/**
	 * Reverses {@link #pack}: checks the algorithm codes, Base64-decodes, decrypts, verifies the MD5, unzips.
	 * @throws PayloadRejected with the msg_code the bureau would answer (an undecodable beianInfo counts as a
	 * failed decryption, 6; an undecodable beianInfoHash as a mismatch, 7)
	 */
	public UnpackedFile unpack(String beianInfo, String beianInfoHash, int encryptAlgorithm, int hashAlgorithm,
			int compressionFormat) {
		if (encryptAlgorithm != PackedPayload.PLAINTEXT && encryptAlgorithm != PackedPayload.AES_CBC) {
			throw new PayloadRejected(9, "encryptAlgorithm %d is neither 0 (none) nor 1 (AES)".formatted(encryptAlgorithm));
		}
		if (hashAlgorithm != PackedPayload.MD5) {
			throw new PayloadRejected(10, "hashAlgorithm %d is not 0 (MD5)".formatted(hashAlgorithm));
		}
		if (compressionFormat != PackedPayload.ZIP) {
			throw new PayloadRejected(11, "compressionFormat %d is not 0 (zip)".formatted(compressionFormat));
		}
		byte[] received = decodeBase64(beianInfo, 6, "beianInfo");
		byte[] zip = encryptAlgorithm == PackedPayload.AES_CBC ? decrypt(received) : received;
		byte[] expected = decodeBase64(beianInfoHash, 7, "beianInfoHash");
		if (!MessageDigest.isEqual(expected, Digests.md5(zip))) {
			throw new PayloadRejected(7, "the MD5 of the zip does not match beianInfoHash");
		}
		try {
			SingleEntryZip.Entry entry = SingleEntryZip.unzip(zip, maxUnzippedBytes);
			return new UnpackedFile(entry.name(), entry.content());
		}
		catch (SingleEntryZip.NotOneEntry ex) {
			throw new PayloadRejected(ex.getMessage().contains("more than one") ? 17 : 8, ex.getMessage(), ex);
		}
		catch (IOException | RuntimeException ex) {
			throw new PayloadRejected(8, "unzip failed: " + ex.getMessage(), ex);
		}
	}

	private byte[] decrypt(byte[] encrypted) {
		if (key == null) {
			throw new PayloadRejected(6, "the payload is AES-encrypted but no AES key is configured for this bureau");
		}
		try {
			return AesCbc.decrypt(key.key(), key.iv(), encrypted);
		}
		catch (GeneralSecurityException ex) {
			throw new PayloadRejected(6, "AES decryption failed (wrong key or IV, or damaged data): " + ex.getMessage(), ex);
		}
	}

	private static byte[] decodeBase64(String text, int msgCode, String field) {
		if (text == null || text.isEmpty()) {
			throw new PayloadRejected(msgCode, field + " is empty");
		}
		try {
			return Base64.getDecoder().decode(withoutWhitespace(text));
		}
		catch (IllegalArgumentException ex) {
			throw new PayloadRejected(msgCode, field + " is not valid Base64: " + ex.getMessage(), ex);
		}
	}

	// Some SOAP stacks wrap Base64 at 76 columns; line breaks are not corruption.
	private static String withoutWhitespace(String text) {
		for (int i = 0; i < text.length(); i++) {
			if (Character.isWhitespace(text.charAt(i))) {
				return text.replaceAll("\\s+", "");
			}
		}
		return text;
	}

	/** The one file of a payload: its name in the zip (the bureau's file name) and its bytes. */
	public record UnpackedFile(String name, byte[] content) {
	}

}
