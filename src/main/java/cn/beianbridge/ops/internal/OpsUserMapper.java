package cn.beianbridge.ops.internal;

import java.time.Instant;
import java.util.List;

import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;
import org.apache.ibatis.annotations.Update;

import cn.beianbridge.ops.OpsRole;

@Mapper
interface OpsUserMapper {

	@Select("SELECT username, password_hash, role, enabled FROM ops_user WHERE username = #{username}")
	OpsUserRow find(@Param("username") String username);

	@Select("SELECT username, password_hash, role, enabled FROM ops_user ORDER BY username")
	List<OpsUserRow> all();

	@Select("SELECT COUNT(*) FROM ops_user WHERE role = 'ADMIN' AND enabled")
	int countAdmins();

	@Insert("INSERT IGNORE INTO ops_user (username, password_hash, role, enabled, created_at, created_by) "
			+ "VALUES (#{username}, #{hash}, #{role}, TRUE, #{now}, #{by})")
	int insert(@Param("username") String username, @Param("hash") String hash, @Param("role") OpsRole role,
			@Param("now") Instant now, @Param("by") String by);

	@Select("SELECT u.username, u.password_hash, u.role, u.enabled FROM ops_api_token t "
			+ "JOIN ops_user u ON u.username = t.username WHERE t.token_sha256 = #{sha256} AND t.revoked_at IS NULL")
	OpsUserRow findByToken(@Param("sha256") String sha256);

	@Insert("INSERT IGNORE INTO ops_api_token (token_sha256, username, label, created_at) "
			+ "VALUES (#{sha256}, #{username}, #{label}, #{now})")
	int insertToken(@Param("sha256") String sha256, @Param("username") String username, @Param("label") String label,
			@Param("now") Instant now);

	@Update("UPDATE ops_user SET enabled = #{enabled} WHERE username = #{username}")
	int setEnabled(@Param("username") String username, @Param("enabled") boolean enabled);

	@Update("UPDATE ops_user SET password_hash = #{hash} WHERE username = #{username}")
	int setPassword(@Param("username") String username, @Param("hash") String hash);

	@Select("SELECT id, username, label, created_at, revoked_at FROM ops_api_token ORDER BY username, id")
	List<TokenRow> tokens();

	@Select("SELECT id, username, label, created_at, revoked_at FROM ops_api_token WHERE id = #{id}")
	TokenRow token(@Param("id") long id);

	@Update("UPDATE ops_api_token SET revoked_at = #{now} WHERE id = #{id} AND revoked_at IS NULL")
	int revoke(@Param("id") long id, @Param("now") Instant now);

	record TokenRow(long id, String username, String label, Instant createdAt, Instant revokedAt) {
	}

	record OpsUserRow(String username, String passwordHash, OpsRole role, boolean enabled) {
	}

}
