package cn.beianbridge.ops.internal;

import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

import cn.beianbridge.ops.OpsRole;
import cn.beianbridge.scheduling.ThisNode;

/**
 * The audit log. A service records a change after it succeeded, inside the change's own transaction where the
 * change is ours to commit, so a change and its row commit together; a refused change records nothing.
 */
@Component
class OpsAudit {

	static final String SYSTEM = "system";

	private final AuditMapper mapper;

	private final ThisNode node;

	private final Clock clock;

	OpsAudit(AuditMapper mapper, ThisNode node, Clock clock) {
		this.mapper = mapper;
		this.node = node;
		this.clock = clock;
	}

	/** Records a change the signed-in person made. */
	void record(Change change) {
		Authentication who = SecurityContextHolder.getContext().getAuthentication();
		if (who == null || !who.isAuthenticated()) {
			throw new IllegalStateException("a console change without a signed-in user: " + change.action());
		}
		insert(who.getName(), roleOf(who), change);
	}

	/**
	 * Records a change a person started that finished later, off their request (a bulk run): under the name and role
	 * they held when they started it.
	 */
	void recordFor(String actor, String role, Change change) {
		insert(actor, role, change);
	}

	/** Records a change the scheduler made on its own. */
	void recordSystem(Change change) {
		insert(SYSTEM, SYSTEM, change);
	}

	@PreAuthorize("hasRole('VIEWER')")
	public List<AuditEntry> find(AuditQuery query, int limit) {
		return mapper.find(query, limit);
	}

	private void insert(String actor, String role, Change change) {
		mapper.insert(new AuditEntry(null, clock.instant(), actor, role, change.action(), change.target(),
				clip(change.parameters(), 2000), clip(change.reason(), 1000), change.dryRunCount(),
				clip(change.outcome(), 1000), clip(change.before(), 1000), clip(change.after(), 1000),
				node.incarnation()));
	}

	/** The highest console role the person holds. */
	static String roleOf(Authentication who) {
		List<String> held = who.getAuthorities().stream().map(GrantedAuthority::getAuthority).toList();
		return Arrays.stream(OpsRole.values())
			.filter(role -> held.contains(role.authority()))
			.reduce((lower, higher) -> higher)
			.map(OpsRole::name)
			.orElse("NONE");
	}

	private static String clip(String text, int max) {
		return text == null || text.length() <= max ? text : text.substring(0, max - 1) + "…";
	}

	/**
	 * What changed.
	 *
	 * @param action e.g. {@code province.lift-block}
	 * @param target e.g. {@code province:61}, {@code job-execution:42}
	 */
	record Change(String action, String target, String parameters, String reason, Integer dryRunCount, String outcome,
			String before, String after) {

		static Change of(String action, String target, String reason, String outcome) {
			return new Change(action, target, null, reason, null, outcome, null, null);
		}

		Change parameters(Map<String, ?> parameters) {
			String text = new TreeMap<>(parameters).entrySet()
				.stream()
				.map(entry -> entry.getKey() + "=" + entry.getValue())
				.collect(Collectors.joining(", "));
			return new Change(action, target, text, reason, dryRunCount, outcome, before, after);
		}

		Change states(String before, String after) {
			return new Change(action, target, parameters, reason, dryRunCount, outcome, before, after);
		}

		Change dryRunCount(int count) {
			return new Change(action, target, parameters, reason, count, outcome, before, after);
		}

	}

}
