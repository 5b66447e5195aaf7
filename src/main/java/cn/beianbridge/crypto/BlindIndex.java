package cn.beianbridge.crypto;

import java.sql.CallableStatement;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * MyBatis: writes the blind index of a value ({@link PersonalData#blindIndex}) into its index column
 * ({@code #{person.certificate.number,typeHandler=cn.beianbridge.crypto.BlindIndex}}); reads the column as stored.
 */
@Component
public class BlindIndex extends PersonalDataColumn<String> {

	BlindIndex(ObjectProvider<PersonalData> personalData) {
		super(personalData, Types.CHAR);
	}

	@Override
	void bind(PreparedStatement ps, int i, String value, PersonalData data) throws SQLException {
		ps.setString(i, data.blindIndex(value));
	}

	@Override
	String read(ResultSet rs, String column, PersonalData data) throws SQLException {
		return rs.getString(column);
	}

	@Override
	String read(ResultSet rs, int column, PersonalData data) throws SQLException {
		return rs.getString(column);
	}

	@Override
	String read(CallableStatement cs, int column, PersonalData data) throws SQLException {
		return cs.getString(column);
	}

}
