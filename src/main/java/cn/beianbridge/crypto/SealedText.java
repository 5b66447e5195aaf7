package cn.beianbridge.crypto;

import java.sql.CallableStatement;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;

import org.apache.ibatis.type.JdbcType;
import org.apache.ibatis.type.TypeHandler;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * MyBatis: a text column that holds personal data sealed, named where it is written
 * ({@code #{person.mobile,typeHandler=cn.beianbridge.crypto.SealedText}}). Deliberately not a {@code TypeReference}:
 * registered as a bean it must never become the handler of every String.
 */
@Component
public class SealedText implements TypeHandler<String> {

	// lazy: MyBatis builds its handlers before the data keys (read through MyBatis) exist
	private final ObjectProvider<PersonalData> personalData;

	SealedText(ObjectProvider<PersonalData> personalData) {
		this.personalData = personalData;
	}

	@Override
	public void setParameter(PreparedStatement ps, int i, String parameter, JdbcType jdbcType) throws SQLException {
		if (parameter == null) {
			ps.setNull(i, Types.VARCHAR);
		}
		else {
			ps.setString(i, personalData.getObject().seal(parameter));
		}
	}

	@Override
	public String getResult(ResultSet rs, String columnName) throws SQLException {
		return personalData.getObject().open(rs.getString(columnName));
	}

	@Override
	public String getResult(ResultSet rs, int columnIndex) throws SQLException {
		return personalData.getObject().open(rs.getString(columnIndex));
	}

	@Override
	public String getResult(CallableStatement cs, int columnIndex) throws SQLException {
		return personalData.getObject().open(cs.getString(columnIndex));
	}

}
