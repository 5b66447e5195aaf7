package cn.beianbridge.ops.internal;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.beianbridge.ops.OpsRole;
import cn.beianbridge.ops.internal.OpsAudit.Change;

/**
 * The console's people and the API's tokens (ADMIN). A password has at least 12 characters; a token is shown once,
 * when issued, and kept as its SHA-256 only. Nobody disables themselves or the last enabled ADMIN.
 */
@Service
public class UserOperations {

	static final int MIN_PASSWORD = 12;

	private static final Pattern USERNAME = Pattern.compile("[A-Za-z0-9._@-]{2,64}");

	private final SecureRandom random = new SecureRandom();

	private final OpsUsers users;

	private final OpsAudit audit;

	UserOperations(OpsUsers users, OpsAudit audit) {
		this.users = users;
		this.audit = audit;
	}

	@PreAuthorize("hasRole('ADMIN')")
	public List<OpsUserMapper.OpsUserRow> users() {
		return users.all();
	}

	@PreAuthorize("hasRole('ADMIN')")
	public List<OpsUserMapper.TokenRow> tokens() {
		return users.tokens();
	}

	@PreAuthorize("hasRole('ADMIN')")
	@Transactional
	public void create(String username, String role, String password) {
		if (username == null || !USERNAME.matcher(username).matches()) {
			throw OpsProblem.badInput("username", "2 to 64 letters, digits or . _ @ -");
		}
		OpsRole opsRole = role(role);
		requirePassword(password);
		if (!users.create(username, password, opsRole, me())) {
			throw OpsProblem.refused("user " + username + " exists");
		}
		audit.record(Change.of("user.create", "user:" + username, null, "created as " + opsRole)
			.parameters(Map.of("role", opsRole)));
	}

	@PreAuthorize("hasRole('ADMIN')")
	@Transactional
	public void setEnabled(String username, Boolean enabled) {
		if (enabled == null) {
			throw OpsProblem.badInput("enabled", "true or false");
		}
		OpsUserMapper.OpsUserRow user = existing(username);
		if (user.enabled() == enabled) {
			throw OpsProblem.refused("user " + username + " is already " + (enabled ? "enabled" : "disabled"));
		}
		if (!enabled && username.equals(me())) {
			throw OpsProblem.refused("you cannot disable yourself");
		}
		if (!enabled && user.role() == OpsRole.ADMIN && users.enabledAdmins() <= 1) {
			throw OpsProblem.refused("user " + username + " is the last enabled ADMIN");
		}
		users.setEnabled(username, enabled);
		audit.record(Change.of(enabled ? "user.enable" : "user.disable", "user:" + username, null,
				enabled ? "enabled" : "disabled")
			.states(user.enabled() ? "enabled" : "disabled", enabled ? "enabled" : "disabled"));
	}

	@PreAuthorize("hasRole('ADMIN')")
	@Transactional
	public void resetPassword(String username, String password) {
		existing(username);
		requirePassword(password);
		users.setPassword(username, password);
		audit.record(Change.of("user.reset-password", "user:" + username, null, "password set"));
	}

	/** @return the new token, shown this once */
	@PreAuthorize("hasRole('ADMIN')")
	@Transactional
	public String issueToken(String username, String label) {
		existing(username);
		if (label == null || label.isBlank() || label.length() > 100) {
			throw OpsProblem.badInput("label", "what the token is for, 1 to 100 characters");
		}
		byte[] bytes = new byte[32];
		random.nextBytes(bytes);
		String token = "bbo_" + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
		users.issueToken(username, token, label.strip());
		audit.record(Change.of("token.issue", "user:" + username, null, "token issued: " + label.strip()));
		return token;
	}

	@PreAuthorize("hasRole('ADMIN')")
	@Transactional
	public void revokeToken(long id) {
		OpsUserMapper.TokenRow token = users.token(id);
		if (token == null) {
			throw OpsProblem.notFound("no token " + id);
		}
		if (!users.revoke(id)) {
			throw OpsProblem.refused("token " + id + " is already revoked");
		}
		audit.record(Change.of("token.revoke", "user:" + token.username(), null, "token revoked: " + token.label())
			.parameters(Map.of("token", id)));
	}

	private OpsUserMapper.OpsUserRow existing(String username) {
		OpsUserMapper.OpsUserRow user = username == null ? null : users.find(username);
		if (user == null) {
			throw OpsProblem.notFound("no user " + username);
		}
		return user;
	}

	private static OpsRole role(String role) {
		try {
			return OpsRole.valueOf(role == null ? "" : role.strip().toUpperCase());
		}
		catch (IllegalArgumentException ex) {
			throw OpsProblem.badInput("role", "one of VIEWER, OPERATOR, ADMIN");
		}
	}

	private static void requirePassword(String password) {
		if (password == null || password.length() < MIN_PASSWORD) {
			throw OpsProblem.badInput("password", "at least " + MIN_PASSWORD + " characters");
		}
	}

	private static String me() {
		return SecurityContextHolder.getContext().getAuthentication().getName();
	}

}
