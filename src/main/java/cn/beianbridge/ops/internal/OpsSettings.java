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
 * @param oidcUsernameClaim with OIDC sign-in configured ({@code spring.security.oauth2.client.registration.*}): the
 * claim naming the console user ({@code preferred_username}); the user must exist in the console
 */
@ConfigurationProperties("bridge.ops")
record OpsSettings(@DefaultValue("false") boolean demoUsers, @DefaultValue InitialAdmin initialAdmin,
		@DefaultValue("preferred_username") String oidcUsernameClaim) {

	record InitialAdmin(String username, String password) {

		boolean given() {
			return username != null && !username.isBlank() && password != null && !password.isBlank();
		}

	}

}
