package cn.beianbridge.ops.internal;

import java.time.Clock;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

import cn.beianbridge.ops.OpsRole;
import cn.beianbridge.shared.Sha256;

/**
 * The console's people ({@code ops_user}, passwords hashed) and the API's bearer tokens ({@code ops_api_token}, kept
 * as SHA-256). At start-up: the demo's users, one per role; otherwise the first ADMIN from the environment, or a
 * warning that says how to create one. No default user or password exists outside the demo.
 */
@Component
class OpsUsers implements UserDetailsService {

	private static final Logger log = LoggerFactory.getLogger(OpsUsers.class);

	private final OpsUserMapper mapper;

	private final PasswordEncoder passwords;

	private final OpsSettings settings;

	private final Clock clock;

	OpsUsers(OpsUserMapper mapper, PasswordEncoder passwords, OpsSettings settings, Clock clock) {
		this.mapper = mapper;
		this.passwords = passwords;
		this.settings = settings;
		this.clock = clock;
	}

	@Override
	public UserDetails loadUserByUsername(String username) {
		OpsUserMapper.OpsUserRow row = mapper.find(username);
		if (row == null) {
			throw new UsernameNotFoundException("no such user");
		}
		return User.withUsername(row.username())
			.password(row.passwordHash())
			.disabled(!row.enabled())
			.authorities(List.of(new SimpleGrantedAuthority(row.role().authority())))
			.build();
	}

	/** The user a bearer token belongs to, or null (unknown, revoked, or its user disabled). */
	OpsUserMapper.OpsUserRow byToken(String token) {
		OpsUserMapper.OpsUserRow row = mapper.findByToken(Sha256.hex(token));
		return row == null || !row.enabled() ? null : row;
	}

	/** @return false when the user name is taken */
	boolean create(String username, String password, OpsRole role, String createdBy) {
		return mapper.insert(username, passwords.encode(password), role, clock.instant(), createdBy) == 1;
	}

	void issueToken(String username, String token, String label) {
		mapper.insertToken(Sha256.hex(token), username, label, clock.instant());
	}

	OpsUserMapper.OpsUserRow find(String username) {
		return mapper.find(username);
	}

	List<OpsUserMapper.OpsUserRow> all() {
		return mapper.all();
	}

	int enabledAdmins() {
		return mapper.countAdmins();
	}

	boolean setEnabled(String username, boolean enabled) {
		return mapper.setEnabled(username, enabled) == 1;
	}

	boolean setPassword(String username, String password) {
		return mapper.setPassword(username, passwords.encode(password)) == 1;
	}

	List<OpsUserMapper.TokenRow> tokens() {
		return mapper.tokens();
	}

	OpsUserMapper.TokenRow token(long id) {
		return mapper.token(id);
	}

	boolean revoke(long id) {
		return mapper.revoke(id, clock.instant()) == 1;
	}

	@EventListener(ApplicationReadyEvent.class)
	void firstUsers() {
		if (settings.demoUsers()) {
			for (OpsRole role : OpsRole.values()) {
				String name = role.name().toLowerCase();
				// hashing a password takes a while (bcrypt): only for a user not there yet, not at every start
				if (mapper.find(name) == null) {
					create(name, name + "-demo", role, "demo");
				}
				issueToken(name, "demo-" + name + "-token", "demo");
			}
			log.info("Operations console demo users (bridge.ops.demo-users): viewer / viewer-demo, operator / "
					+ "operator-demo, admin / admin-demo; API bearer tokens demo-viewer-token, demo-operator-token, "
					+ "demo-admin-token");
			return;
		}
		if (mapper.countAdmins() > 0) {
			return;
		}
		OpsSettings.InitialAdmin admin = settings.initialAdmin();
		if (admin != null && admin.given()) {
			create(admin.username(), admin.password(), OpsRole.ADMIN, "environment");
			log.info("Operations console: ADMIN {} created from BRIDGE_OPS_INITIAL_ADMIN_USERNAME", admin.username());
			return;
		}
		log.warn("Operations console: no ADMIN user exists, so nobody can log in. Set BRIDGE_OPS_INITIAL_ADMIN_USERNAME "
				+ "and BRIDGE_OPS_INITIAL_ADMIN_PASSWORD (bridge.ops.initial-admin.*) and restart: the first ADMIN "
				+ "is created then; remove the password from the environment afterwards");
	}

}
