package cn.beianbridge.submission.internal;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.CallableStatement;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.Arrays;
import java.util.Base64;

import org.apache.ibatis.type.JdbcType;
import org.apache.ibatis.type.TypeHandler;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

import cn.beianbridge.crypto.PersonalData;

/**
 * MyBatis: an upload file's {@code beian_info} sealed as {@code SealedText} seals it (Base64 of the sealed value, so
 * either reads the other's), but handed to the driver as a stream: the sealed bytes are Base64-encoded as the driver
 * reads them, instead of becoming a byte array and then a string a third larger than the 50 MB file each. Reading
 * is {@code SealedText}'s.
 */
@Component
class SealedPayloadText implements TypeHandler<String> {

	// lazy: MyBatis builds its handlers before the data keys (read through MyBatis) exist
	private final ObjectProvider<PersonalData> personalData;

	SealedPayloadText(ObjectProvider<PersonalData> personalData) {
		this.personalData = personalData;
	}

	@Override
	public void setParameter(PreparedStatement ps, int i, String beianInfo, JdbcType jdbcType) throws SQLException {
		if (beianInfo == null) {
			ps.setNull(i, Types.VARCHAR);
			return;
		}
		// Base64 is ASCII: its Latin-1 bytes are its UTF-8 bytes, which SealedText seals
		byte[] sealed = personalData.getObject().seal(beianInfo.getBytes(StandardCharsets.ISO_8859_1));
		Base64Input text = new Base64Input(sealed);
		ps.setAsciiStream(i, text, text.length());
	}

	@Override
	public String getResult(ResultSet rs, String columnName) throws SQLException {
		return open(rs.getString(columnName));
	}

	@Override
	public String getResult(ResultSet rs, int columnIndex) throws SQLException {
		return open(rs.getString(columnIndex));
	}

	@Override
	public String getResult(CallableStatement cs, int columnIndex) throws SQLException {
		return open(cs.getString(columnIndex));
	}

	private String open(String stored) {
		return personalData.getObject().open(stored);
	}

	/** Base64 of a byte array, encoded a slice at a time as it is read. */
	static final class Base64Input extends InputStream {

		private static final int SLICE = 3 * 16 * 1024;

		private final byte[] source;

		private final byte[] encoded = new byte[SLICE / 3 * 4];

		private int next;

		private int position;

		private int limit;

		Base64Input(byte[] source) {
			this.source = source;
		}

		int length() {
			return Math.toIntExact((source.length + 2L) / 3 * 4);
		}

		@Override
		public int read() {
			if (!fill()) {
				return -1;
			}
			return encoded[position++] & 0xff;
		}

		@Override
		public int read(byte[] b, int off, int len) {
			if (len == 0) {
				return 0;
			}
			if (!fill()) {
				return -1;
			}
			int n = Math.min(len, limit - position);
			System.arraycopy(encoded, position, b, off, n);
			position += n;
			return n;
		}

		private boolean fill() {
			if (position < limit) {
				return true;
			}
			if (next >= source.length) {
				return false;
			}
			int end = Math.min(source.length, next + SLICE);
			limit = Base64.getEncoder().encode(Arrays.copyOfRange(source, next, end), encoded);
			position = 0;
			next = end;
			return true;
		}

	}

}
