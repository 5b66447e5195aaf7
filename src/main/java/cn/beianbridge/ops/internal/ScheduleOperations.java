package cn.beianbridge.ops.internal;

import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.beianbridge.ops.internal.OpsAudit.Change;
import cn.beianbridge.scheduling.Schedules;
import cn.beianbridge.scheduling.Schedules.Firing;
import cn.beianbridge.scheduling.Schedules.Schedule;

/** Every scheduled job: pause, resume, fire now, a new cron (kept over restarts), with a preview of its firings. */
@Service
public class ScheduleOperations {

	static final int PREVIEW = 5;

	private final Schedules schedules;

	private final OpsAudit audit;

	ScheduleOperations(Schedules schedules, OpsAudit audit) {
		this.schedules = schedules;
		this.audit = audit;
	}

	@PreAuthorize("hasRole('VIEWER')")
	public List<Schedule> schedules() {
		return schedules.all();
	}

	@PreAuthorize("hasRole('VIEWER')")
	public Schedule schedule(String job) {
		return known(job);
	}

	/** The next five firings of the cron for the job, in Asia/Shanghai, those the business calendar skips marked. */
	@PreAuthorize("hasRole('VIEWER')")
	public List<Firing> preview(String job, String cron) {
		known(job);
		try {
			return schedules.preview(job, cron, PREVIEW);
		}
		catch (IllegalArgumentException ex) {
			throw OpsProblem.badInput("cron", ex.getMessage());
		}
	}

	@PreAuthorize("hasRole('OPERATOR')")
	@Transactional
	public void pause(String job, String reason) {
		known(job);
		String why = OpsProblem.requireReason(reason);
		if (!change(() -> schedules.pause(job, who()))) {
			throw OpsProblem.refused("job " + job + " is paused already");
		}
		audit.record(Change.of("schedule.pause", "job:" + job, why, "paused").states("running", "paused"));
	}

	@PreAuthorize("hasRole('OPERATOR')")
	@Transactional
	public void resume(String job, String reason) {
		Schedule schedule = known(job);
		String why = OpsProblem.requireReason(reason);
		if (!change(() -> schedules.resume(job, who()))) {
			throw OpsProblem.refused("job " + job + " is not paused");
		}
		audit.record(Change.of("schedule.resume", "job:" + job, why, "resumed")
			.states("paused by " + schedule.pausedBy(), "running"));
	}

	/** Fires the job once now, as one more firing (on whichever node runs Quartz). */
	@PreAuthorize("hasRole('OPERATOR')")
	@Transactional
	public void trigger(String job, String reason) {
		known(job);
		String why = OpsProblem.requireReason(reason);
		if (!schedules.fireNow(job)) {
			throw OpsProblem.refused("job " + job + " is not scheduled (bridge.jobs." + job + ".enabled=false)");
		}
		audit.record(Change.of("schedule.trigger", "job:" + job, why, "fired now"));
	}

	/** Replaces the job's cron, at once and over restarts (start-up prefers it to bridge.jobs.<job>.cron). */
	@PreAuthorize("hasRole('ADMIN')")
	@Transactional
	public void changeCron(String job, String cron, String reason) {
		Schedule before = known(job);
		String why = OpsProblem.requireReason(reason);
		if (cron == null || cron.isBlank()) {
			throw OpsProblem.badInput("cron", "a cron expression is required");
		}
		String next = cron.strip();
		if (next.equals(before.cron())) {
			throw OpsProblem.refused("job " + job + " has this cron already");
		}
		try {
			schedules.changeCron(job, next, who());
		}
		catch (IllegalArgumentException ex) {
			throw OpsProblem.badInput("cron", ex.getMessage());
		}
		audit.record(Change.of("schedule.cron", "job:" + job, why, "cron set")
			.parameters(Map.of("cron", next))
			.states(before.cron(), next));
	}

	private Schedule known(String job) {
		return schedules.find(job).orElseThrow(() -> OpsProblem.notFound("no job " + job));
	}

	private static boolean change(BooleanSupplier change) {
		try {
			return change.getAsBoolean();
		}
		catch (IllegalStateException notScheduled) {
			throw OpsProblem.refused(notScheduled.getMessage());
		}
	}

	private static String who() {
		return SecurityContextHolder.getContext().getAuthentication().getName();
	}

}
