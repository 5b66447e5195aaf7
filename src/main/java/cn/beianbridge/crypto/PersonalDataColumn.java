package cn.beianbridge.crypto;

import java.sql.CallableStatement;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

import org.apache.ibatis.type.JdbcType;
import org.apache.ibatis.type.TypeHandler;
import org.springframework.beans.factory.ObjectProvider;

/**
 * What the MyBatis handlers of personal data share: null stays null, the value is written as {@link #stored} makes it
 * and read as {@link #read} gives it back. Deliberately not a {@code TypeReference}: registered as a bean, such a
 * handler would become the handler of every String.
 */
abstract class PersonalDataColumn<T> implements TypeHandler<T> {

	// lazy: MyBatis builds its handlers before the data keys (read through MyBatis) exist
	private final ObjectProvider<PersonalData> personalData;

	private final int sqlType;

	PersonalDataColumn(ObjectProvider<PersonalData> personalData, int sqlType) {
		this.personalData = personalData;
		this.sqlType = sqlType;
	}

	abstract void bind(PreparedStatement ps, int i, T value, PersonalData data) throws SQLException;

	abstract T read(ResultSet rs, String column, PersonalData data) throws SQLException;

	abstract T read(ResultSet rs, int column, PersonalData data) throws SQLException;

	abstract T read(CallableStatement cs, int column, PersonalData data) throws SQLException;

	@Override
	public void setParameter(PreparedStatement ps, int i, T parameter, JdbcType jdbcType) throws SQLException {
		if (parameter == null) {
			ps.setNull(i, sqlType);
		}
		else {
			bind(ps, i, parameter, personalData.getObject());
		}
	}

	@Override
	public T getResult(ResultSet rs, String columnName) throws SQLException {
		return read(rs, columnName, personalData.getObject());
	}

	@Override
	public T getResult(ResultSet rs, int columnIndex) throws SQLException {
		return read(rs, columnIndex, personalData.getObject());
	}

	@Override
	public T getResult(CallableStatement cs, int columnIndex) throws SQLException {
		return read(cs, columnIndex, personalData.getObject());
	}

}
