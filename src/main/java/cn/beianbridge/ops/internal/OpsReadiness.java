package cn.beianbridge.ops.internal;

import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

import cn.beianbridge.shared.ProductionReadiness;
import cn.beianbridge.shared.ReadinessFindings;

/** Production has no demo users (their passwords are in the README); its first ADMIN comes from the environment. */
@Component
class OpsReadiness implements ProductionReadiness {

	@Override
	public void check(Environment environment, ReadinessFindings findings) {
		if (environment.getProperty("bridge.ops.demo-users", Boolean.class, false)) {
			findings.refuse("bridge.ops.demo-users (BRIDGE_OPS_DEMO_USERS) is true: the demo's console users and "
					+ "tokens, whose passwords anyone can read, would be created");
		}
		String password = environment.getProperty("bridge.ops.initial-admin.password", "");
		if (!password.isEmpty() && password.length() < 12) {
			findings.refuse("bridge.ops.initial-admin.password (BRIDGE_OPS_INITIAL_ADMIN_PASSWORD) is shorter than 12 "
					+ "characters");
		}
	}

}
