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
 * MyBatis: writes the blind index of a value ({@link PersonalData#blindIndex}) into its index column
 * ({@code #{person.certificate.number,typeHandler=cn.beianbridge.crypto.BlindIndex}}); reads the column as stored.
 */
@Component
public class BlindIndex implements TypeHandler<String> {

	private final ObjectProvider<PersonalData> personalData;

	BlindIndex(ObjectProvider<PersonalData> personalData) {
		this.personalData = personalData;
	}

	@Override
	public void setParameter(PreparedStatement ps, int i, String parameter, JdbcType jdbcType) throws SQLException {
		if (parameter == null) {
			ps.setNull(i, Types.CHAR);
		}
		else {
			ps.setString(i, personalData.getObject().blindIndex(parameter));
		}
	}

	@Override
	public String getResult(ResultSet rs, String columnName) throws SQLException {
		return rs.getString(columnName);
	}

	@Override
	public String getResult(ResultSet rs, int columnIndex) throws SQLException {
		return rs.getString(columnIndex);
	}

	@Override
	public String getResult(CallableStatement cs, int columnIndex) throws SQLException {
		return cs.getString(columnIndex);
	}

}
