package cn.beianbridge.scheduling;

/**
 * The scheduler changed something on its own, as a person could have in the console (e.g. it recovered and restarted
 * a run a dead node left): published so the change is audited, with actor {@code system}.
 *
 * @param action as the console names it, e.g. {@code job.recover-and-restart}
 * @param target e.g. {@code job-execution:42}
 * @param reason why the scheduler acted
 */
public record SchedulerActed(String action, String target, String reason, String outcome, String before,
		String after) {
}
