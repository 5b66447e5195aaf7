package cn.beianbridge.crypto;

import java.sql.CallableStatement;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;

import org.springframework.beans.factory.ObjectProvider;

/** A text column of personal data: what is written is {@link #stored}, what a reader gets is {@link #given}. */
abstract class TextColumn extends PersonalDataColumn<String> {

	TextColumn(ObjectProvider<PersonalData> personalData) {
		super(personalData, Types.VARCHAR);
	}

	abstract String stored(String value, PersonalData data);

	abstract String given(String stored, PersonalData data);

	@Override
	final void bind(PreparedStatement ps, int i, String value, PersonalData data) throws SQLException {
		ps.setString(i, stored(value, data));
	}

	@Override
	final String read(ResultSet rs, String column, PersonalData data) throws SQLException {
		return given(rs.getString(column), data);
	}

	@Override
	final String read(ResultSet rs, int column, PersonalData data) throws SQLException {
		return given(rs.getString(column), data);
	}

	@Override
	final String read(CallableStatement cs, int column, PersonalData data) throws SQLException {
		return given(cs.getString(column), data);
	}

}
