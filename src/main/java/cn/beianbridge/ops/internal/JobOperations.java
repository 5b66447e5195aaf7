package cn.beianbridge.ops.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.LongFunction;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

import cn.beianbridge.ops.internal.OpsAudit.Change;
import cn.beianbridge.province.ProvinceCatalogue;
import cn.beianbridge.purge.BatchRuns;
import cn.beianbridge.scheduling.JobExecutions;
import cn.beianbridge.scheduling.JobExecutions.Execution;
import cn.beianbridge.scheduling.ProvinceOutcome;
import cn.beianbridge.submission.UploadFiles;

/**
 * The province jobs' runs (Spring Batch's executions): the list, one run with its provinces, and the actions Batch
 * allows on it. The actions are not put in a transaction of ours: Batch commits its repository itself (and refuses to
 * start a run inside a caller's transaction); the audit row follows once Batch has done it.
 */
@Service
public class JobOperations {

	static final int PAGE_SIZE = 20;

	private static final Set<String> STATUSES = Set.of("STARTING", "STARTED", "STOPPING", "STOPPED", "FAILED",
			"COMPLETED", "ABANDONED", "UNKNOWN");

	private final BatchRuns runs;

	private final JobExecutions executions;

	private final ProvinceCatalogue catalogue;

	private final OpsAudit audit;

	private final UploadFiles uploadFiles;

	private final Clock clock;

	JobOperations(BatchRuns runs, JobExecutions executions, ProvinceCatalogue catalogue, OpsAudit audit,
			UploadFiles uploadFiles, Clock clock) {
		this.runs = runs;
		this.executions = executions;
		this.catalogue = catalogue;
		this.audit = audit;
		this.uploadFiles = uploadFiles;
		this.clock = clock;
	}

	/** One page of the runs matching the filter, newest first. */
	@PreAuthorize("hasRole('VIEWER')")
	public JobList list(JobFilter filter) {
		BatchRuns.Filter checked = check(filter);
		int page = filter.page() == null ? 0 : filter.page();
		if (page < 0) {
			throw OpsProblem.badInput("page", "0 or more");
		}
		List<BatchRuns.BatchRun> found = runs.search(checked, page * PAGE_SIZE, PAGE_SIZE + 1);
		return new JobList(found.subList(0, Math.min(PAGE_SIZE, found.size())), page, found.size() > PAGE_SIZE,
				runs.jobNames());
	}

	@PreAuthorize("hasRole('VIEWER')")
	public Execution execution(long id) {
		return executions.find(id).orElseThrow(() -> OpsProblem.notFound("no job execution " + id));
	}

	/**
	 * Per province step of a submit run (by step id), the upload files it worked: those of its province with a move
	 * between the step's start and end, as the step held the province's lease all that time. A step that skipped its
	 * province (another run held it) worked none, and neither did other runs.
	 */
	@PreAuthorize("hasRole('VIEWER')")
	public Map<Long, List<UploadFiles.MovedFile>> stepFiles(Execution execution) {
		Map<Long, List<UploadFiles.MovedFile>> files = new LinkedHashMap<>();
		if (!UploadFiles.SUBMIT_JOB.equals(execution.job())) {
			return files;
		}
		// Batch stamps its steps with the system clock in the node's zone, the moves are stamped by our Clock: the
		// same clock in production, while one set to another date (a rehearsal, the tests) is ahead by a fixed amount
		Duration ahead = Duration.between(Instant.now(), clock.instant());
		for (JobExecutions.Step step : execution.steps()) {
			boolean worked = step.started() != null && !ProvinceOutcome.skipped(step.exitDescription());
			if (step.province() != null && worked) {
				files.put(step.id(), uploadFiles.movedBetween(step.province(), ours(step.started(), ahead),
						step.ended() == null ? null : ours(step.ended(), ahead)));
			}
		}
		return files;
	}

	private static Instant ours(LocalDateTime batchTime, Duration ahead) {
		return batchTime.atZone(ZoneId.systemDefault()).toInstant().plus(ahead);
	}

	/** Restarts a FAILED or STOPPED run: only its unfinished provinces run again. */
	@PreAuthorize("hasRole('ADMIN')")
	public Execution restart(long id, String reason) {
		return act("job.restart", id, reason, executions::restart,
				(before, after) -> "restarted as execution " + after.id());
	}

	@PreAuthorize("hasRole('OPERATOR')")
	public Execution stop(long id, String reason) {
		return act("job.stop", id, reason, executions::stop, (before, after) -> "asked to stop");
	}

	/** Marks a run its dead node left FAILED, so that it can be restarted; a live node's run is refused. */
	@PreAuthorize("hasRole('ADMIN')")
	public Execution recover(long id, String reason) {
		return act("job.recover", id, reason, executions::recover,
				(before, after) -> "marked " + after.status() + " (node " + before.node() + " is dead)");
	}

	@PreAuthorize("hasRole('ADMIN')")
	public Execution abandon(long id, String reason) {
		return act("job.abandon", id, reason, executions::abandon, (before, after) -> "abandoned");
	}

	private Execution act(String action, long id, String reason, LongFunction<Execution> change, Outcome outcome) {
		String why = OpsProblem.requireReason(reason);
		Execution before = execution(id);
		Execution after;
		try {
			after = change.apply(id);
		}
		catch (JobExecutions.Refused refused) {
			throw OpsProblem.refused("job execution " + id + ": " + refused.getMessage());
		}
		audit.record(Change.of(action, "job-execution:" + id, why, outcome.describe(before, after))
			.states(state(before), state(after.id() == id ? after : execution(id))));
		return after;
	}

	private static String state(Execution execution) {
		return execution.status() + (execution.node() == null ? "" : " on node " + execution.node());
	}

	private BatchRuns.Filter check(JobFilter filter) {
		String status = blankToNull(filter.status());
		if (status != null && !STATUSES.contains(status)) {
			throw OpsProblem.badInput("status", "one of " + STATUSES);
		}
		String province = blankToNull(filter.province());
		if (province != null && catalogue.find(province).isEmpty()) {
			throw OpsProblem.badInput("province", "no province " + province);
		}
		LocalDate from = date("from", filter.from());
		LocalDate to = date("to", filter.to());
		if (from != null && to != null && to.isBefore(from)) {
			throw OpsProblem.badInput("to", "before from");
		}
		String error = blankToNull(filter.error());
		if (error != null && error.length() > 200) {
			throw OpsProblem.badInput("error", "at most 200 characters");
		}
		return new BatchRuns.Filter(blankToNull(filter.job()), status, province, from, to, error);
	}

	private static LocalDate date(String field, String text) {
		if (blankToNull(text) == null) {
			return null;
		}
		try {
			return LocalDate.parse(text.strip());
		}
		catch (DateTimeParseException ex) {
			throw OpsProblem.badInput(field, "a date as 2026-12-01");
		}
	}

	private static String blankToNull(String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}

	private interface Outcome {

		String describe(Execution before, Execution after);

	}

	/** The list's filter as the URL carries it (every part optional); {@code page} counts from 0. */
	public record JobFilter(String job, String status, String province, String from, String to, String error,
			Integer page) {
	}

	/** One page of runs; {@code jobs} are the job names to filter by. */
	public record JobList(List<BatchRuns.BatchRun> runs, int page, boolean hasNext, List<String> jobs) {
	}

}
