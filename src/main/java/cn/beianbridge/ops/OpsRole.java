package cn.beianbridge.ops;

/**
 * Who may do what in the operations console. Each role includes the ones below it.
 * <ul>
 * <li>VIEWER reads everything (personal data masked);</li>
 * <li>OPERATOR also pauses and resumes, triggers, stops, redelivers and lifts a block;</li>
 * <li>ADMIN also restarts, recovers, abandons, runs bulk actions, cancels, unmasks and manages users.</li>
 * </ul>
 */
public enum OpsRole {

	VIEWER, OPERATOR, ADMIN;

	/** The Spring Security authority, {@code ROLE_<name>}. */
	public String authority() {
		return "ROLE_" + name();
	}

}
