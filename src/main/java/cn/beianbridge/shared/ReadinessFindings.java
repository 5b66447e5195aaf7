package cn.beianbridge.shared;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the {@link ProductionReadiness} contributions found: settings that refuse start-up, and allowed but risky
 * ones, reported once per kind. Each text names the setting and its environment variable, never a secret's value.
 */
public final class ReadinessFindings {

	private final List<String> refusals = new ArrayList<>();

	private final Map<String, String> warnings = new LinkedHashMap<>();

	/** A setting missing or unsafe: production does not start, e.g. {@code "bridge.intake.token (BRIDGE_INTAKE_TOKEN) is blank"}. */
	public void refuse(String problem) {
		refusals.add(problem);
	}

	/** Allowed, but said at start-up; a second warning of the same {@code kind} is dropped (one line per kind). */
	public void warn(String kind, String text) {
		warnings.putIfAbsent(kind, text);
	}

	public List<String> refusals() {
		return List.copyOf(refusals);
	}

	public List<String> warnings() {
		return List.copyOf(warnings.values());
	}

}
