package cn.beianbridge.crypto;

import java.sql.CallableStatement;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * MyBatis: a text column that holds personal data sealed (Base64), named where it is written
 * ({@code #{person.mobile,typeHandler=cn.beianbridge.crypto.SealedText}}).
 */
@Component
public class SealedText extends PersonalDataColumn<String> {

	SealedText(ObjectProvider<PersonalData> personalData) {
		super(personalData, Types.VARCHAR);
	}

	@Override
	void bind(PreparedStatement ps, int i, String value, PersonalData data) throws SQLException {
		ps.setString(i, data.seal(value));
	}

	@Override
	String read(ResultSet rs, String column, PersonalData data) throws SQLException {
		return data.open(rs.getString(column));
	}

	@Override
	String read(ResultSet rs, int column, PersonalData data) throws SQLException {
		return data.open(rs.getString(column));
	}

	@Override
	String read(CallableStatement cs, int column, PersonalData data) throws SQLException {
		return data.open(cs.getString(column));
	}

}
