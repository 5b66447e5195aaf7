package cn.beianbridge.crypto;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.sql.Clob;
import java.sql.SQLException;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.stereotype.Component;

import cn.beianbridge.crypto.internal.AesGcm;
import cn.beianbridge.crypto.internal.DataKeyRing;

/**
 * Personal data at rest: AES-256-GCM under the active data key, and the blind index (a keyed hash) for lookups.
 * A sealed value is {@code version(1) || dataKeyId(4) || nonce(12) || ciphertext || tag(16)}, the first five bytes
 * authenticated: values under two data keys (and so two master keys) are readable at once. Text columns hold it in
 * Base64, byte columns as is. {@code null} stays {@code null}.
 */
@Component
public class PersonalData {

	static final byte VERSION = 1;

	static final int HEADER_BYTES = 5;

	private final DataKeyRing keys;

	private final KeyEncryptionKeys masterKeys;

	private final List<byte[]> indexKeys;

	PersonalData(DataKeyRing keys, KeyEncryptionKeys masterKeys) {
		this.keys = keys;
		this.masterKeys = masterKeys;
		this.indexKeys = masterKeys.all().stream().map(key -> key.derive("blind index")).toList();
	}

	public String seal(String plaintext) {
		return plaintext == null ? null
				: Base64.getEncoder().encodeToString(seal(plaintext.getBytes(StandardCharsets.UTF_8)));
	}

	public byte[] seal(byte[] plaintext) {
		if (plaintext == null) {
			return null;
		}
		DataKeyRing.DataKey key = keys.active();
		return AesGcm.seal(key.key(), header(key.id()), plaintext);
	}

	/** @throws SealBroken when the value was altered, is not sealed, or its data key cannot be had */
	public String open(String sealed) {
		return sealed == null ? null : new String(open(decode(sealed)), StandardCharsets.UTF_8);
	}

	/** @throws SealBroken when the value was altered, is not sealed, or its data key cannot be had */
	public byte[] open(byte[] sealed) {
		if (sealed == null) {
			return null;
		}
		return AesGcm.open(keys.get(dataKeyId(sealed)).key(), sealed, HEADER_BYTES);
	}

	/** Whether the value is sealed under a data key still in use (null is): the background re-encryption skips it. */
	public boolean isCurrent(String sealed) {
		return sealed == null || isCurrent(decode(sealed));
	}

	public boolean isCurrent(byte[] sealed) {
		return sealed == null || !keys.get(dataKeyId(sealed)).retired();
	}

	/** Opens and seals again under the active data key. */
	public String reseal(String sealed) {
		return seal(open(sealed));
	}

	public byte[] reseal(byte[] sealed) {
		return seal(open(sealed));
	}

	/**
	 * The background re-encryption of one row read as a map: when a sealed value is under a retired data key, every
	 * sealed column is sealed again under the active one and every blind index is computed afresh under the current
	 * master key (the row was written under an older one).
	 *
	 * @return whether the row changed and must be written back
	 */
	public boolean resealRow(Map<String, Object> row, SealedColumns columns) {
		boolean stale = columns.text().stream().anyMatch(c -> !isCurrent(text(row.get(c))))
				|| columns.bytes().stream().anyMatch(c -> !isCurrent((byte[]) row.get(c)));
		if (!stale) {
			return false;
		}
		columns.blindIndexes().forEach((index, column) -> row.put(index, blindIndex(open(text(row.get(column))))));
		columns.text().forEach(c -> row.put(c, reseal(text(row.get(c)))));
		columns.bytes().forEach(c -> row.put(c, reseal((byte[]) row.get(c))));
		return true;
	}

	// H2 hands TEXT columns of a map result over as a Clob, MySQL as a String
	private static String text(Object value) {
		if (value instanceof Clob clob) {
			try {
				return clob.getSubString(1, Math.toIntExact(clob.length()));
			}
			catch (SQLException ex) {
				throw new IllegalStateException("Cannot read a sealed text column: " + ex.getMessage(), ex);
			}
		}
		return (String) value;
	}

	/**
	 * The blind index of a value under the current master key: HMAC-SHA256 (hex) of the value with surrounding space
	 * removed and in upper case, so {@code 11010519491231002x} finds {@code 11010519491231002X}.
	 */
	public String blindIndex(String value) {
		return value == null ? null : blindIndex(indexKeys.get(0), value);
	}

	/**
	 * What to look a value up by: its blind index under the current master key and under each previous one (rows the
	 * background re-encryption has not reached yet carry the old one).
	 */
	public List<String> blindIndexes(String value) {
		return indexKeys.stream().map(key -> blindIndex(key, value)).distinct().toList();
	}

	/** The id of the master key new data keys are wrapped by (safe to log). */
	public String masterKeyId() {
		return masterKeys.current().id();
	}

	private static String blindIndex(byte[] key, String value) {
		String normal = value.strip().toUpperCase(Locale.ROOT);
		return HexFormat.of().formatHex(AesGcm.hmacSha256(key, normal.getBytes(StandardCharsets.UTF_8)));
	}

	private static byte[] header(int dataKeyId) {
		return ByteBuffer.allocate(HEADER_BYTES).put(VERSION).putInt(dataKeyId).array();
	}

	private static int dataKeyId(byte[] sealed) {
		if (sealed.length < HEADER_BYTES || sealed[0] != VERSION) {
			throw new SealBroken("not a sealed value (version " + (sealed.length == 0 ? "none" : sealed[0]) + ")");
		}
		return ByteBuffer.wrap(sealed, 1, 4).getInt();
	}

	private static byte[] decode(String sealed) {
		try {
			return Base64.getDecoder().decode(sealed);
		}
		catch (IllegalArgumentException ex) {
			throw new SealBroken("not a sealed value (not Base64)");
		}
	}

}
