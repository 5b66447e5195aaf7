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
 * MyBatis: a byte column that holds personal data sealed (an ID-card photo), named where it is written
 * ({@code #{content,typeHandler=cn.beianbridge.crypto.SealedBytes}}).
 */
@Component
public class SealedBytes implements TypeHandler<byte[]> {

	private final ObjectProvider<PersonalData> personalData;

	SealedBytes(ObjectProvider<PersonalData> personalData) {
		this.personalData = personalData;
	}

	@Override
	public void setParameter(PreparedStatement ps, int i, byte[] parameter, JdbcType jdbcType) throws SQLException {
		if (parameter == null) {
			ps.setNull(i, Types.VARBINARY);
		}
		else {
			ps.setBytes(i, personalData.getObject().seal(parameter));
		}
	}

	@Override
	public byte[] getResult(ResultSet rs, String columnName) throws SQLException {
		return personalData.getObject().open(rs.getBytes(columnName));
	}

	@Override
	public byte[] getResult(ResultSet rs, int columnIndex) throws SQLException {
		return personalData.getObject().open(rs.getBytes(columnIndex));
	}

	@Override
	public byte[] getResult(CallableStatement cs, int columnIndex) throws SQLException {
		return personalData.getObject().open(cs.getBytes(columnIndex));
	}

}
