package cn.beianbridge.ops.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code bridge.ops.*}: the operations console's people.
 *
 * @param demoUsers the demo's users, one per role (user {@code viewer}, password {@code viewer-demo}, bearer token
 * {@code demo-viewer-token}; the same for {@code operator} and {@code admin}), printed at start-up; refused by the
 * {@code mysql} profile
 * @param initialAdmin the first ADMIN, created at start-up when no ADMIN exists
 * ({@code BRIDGE_OPS_INITIAL_ADMIN_USERNAME}, {@code BRIDGE_OPS_INITIAL_ADMIN_PASSWORD})
 */
@ConfigurationProperties("bridge.ops")
record OpsSettings(@DefaultValue("false") boolean demoUsers, @DefaultValue InitialAdmin initialAdmin) {

	record InitialAdmin(String username, String password) {

		boolean given() {
			return username != null && !username.isBlank() && password != null && !password.isBlank();
		}

	}

}
