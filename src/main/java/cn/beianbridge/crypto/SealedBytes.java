package cn.beianbridge.crypto;

import java.sql.CallableStatement;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * MyBatis: a byte column that holds personal data sealed (an ID-card scan), named where it is written
 * ({@code #{content,typeHandler=cn.beianbridge.crypto.SealedBytes}}).
 */
@Component
public class SealedBytes extends PersonalDataColumn<byte[]> {

	SealedBytes(ObjectProvider<PersonalData> personalData) {
		super(personalData, Types.VARBINARY);
	}

	@Override
	void bind(PreparedStatement ps, int i, byte[] value, PersonalData data) throws SQLException {
		ps.setBytes(i, data.seal(value));
	}

	@Override
	byte[] read(ResultSet rs, String column, PersonalData data) throws SQLException {
		return data.open(rs.getBytes(column));
	}

	@Override
	byte[] read(ResultSet rs, int column, PersonalData data) throws SQLException {
		return data.open(rs.getBytes(column));
	}

	@Override
	byte[] read(CallableStatement cs, int column, PersonalData data) throws SQLException {
		return data.open(cs.getBytes(column));
	}

}
