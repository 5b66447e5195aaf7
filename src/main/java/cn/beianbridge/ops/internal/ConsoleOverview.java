package cn.beianbridge.ops.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

import cn.beianbridge.bureau.GatewayCircuits;
import cn.beianbridge.calendar.BusinessCalendar;
import cn.beianbridge.download.QuarantinedResults;
import cn.beianbridge.drift.DriftFindings;
import cn.beianbridge.filing.Filings;
import cn.beianbridge.filing.ProvinceFilingCounts;
import cn.beianbridge.notification.NotificationStatus;
import cn.beianbridge.notification.Notifications;
import cn.beianbridge.scheduling.JobWatch;
import cn.beianbridge.shared.ChinaTime;
import cn.beianbridge.submission.UploadFiles;

/**
 * The console's first page: per province where its filings stand and how its gateway does, then what else waits for
 * an operator across the cluster. Every figure is a GROUP BY of its owning module, so the page can poll.
 */
@Service
public class ConsoleOverview {

	private final ProvinceOperations provinces;

	private final ProvinceFilingCounts filingCounts;

	private final Filings filings;

	private final Notifications notifications;

	private final GatewayCircuits circuits;

	private final JobWatch jobs;

	private final UploadFiles uploadFiles;

	private final QuarantinedResults quarantine;

	private final DriftFindings drift;

	private final BusinessCalendar calendar;

	private final Clock clock;

	private final Duration atRiskHorizon;

	ConsoleOverview(ProvinceOperations provinces, ProvinceFilingCounts filingCounts, Filings filings,
			Notifications notifications, GatewayCircuits circuits, JobWatch jobs, UploadFiles uploadFiles,
			QuarantinedResults quarantine, DriftFindings drift, BusinessCalendar calendar, Clock clock,
			@Value("${bridge.submission.at-risk-horizon:4h}") Duration atRiskHorizon) {
		this.provinces = provinces;
		this.filingCounts = filingCounts;
		this.filings = filings;
		this.notifications = notifications;
		this.circuits = circuits;
		this.jobs = jobs;
		this.uploadFiles = uploadFiles;
		this.quarantine = quarantine;
		this.drift = drift;
		this.calendar = calendar;
		this.clock = clock;
		this.atRiskHorizon = atRiskHorizon;
	}

	@PreAuthorize("hasRole('VIEWER')")
	public Overview overview() {
		Instant now = clock.instant();
		Instant startOfDay = LocalDate.ofInstant(now, ChinaTime.ZONE).atStartOfDay(ChinaTime.ZONE).toInstant();
		Map<String, ProvinceFilingCounts.Counts> counts = filingCounts.byProvince(now, now.plus(atRiskHorizon),
				startOfDay);
		Map<String, String> circuit = circuits.states();
		Map<String, JobWatch.ProvinceTrouble> lastError = new HashMap<>();
		jobs.troubles().forEach(trouble -> lastError.merge(trouble.province(), trouble,
				(one, other) -> one.lastFailureAt().isAfter(other.lastFailureAt()) ? one : other));
		Map<String, Instant> lastAccepted = uploadFiles.lastAccepted();
		Map<String, Long> quarantined = quarantine.countByProvince();
		Map<String, Long> drifted = drift.openByProvince();
		List<ProvinceRow> rows = provinces.provinces()
			.stream()
			.map(p -> new ProvinceRow(p, counts.getOrDefault(p.code(), ProvinceFilingCounts.Counts.none(p.code())),
					circuit.get(p.code()), lastError.get(p.code()), lastAccepted.get(p.code()),
					quarantined.getOrDefault(p.code(), 0L), drifted.getOrDefault(p.code(), 0L)))
			.toList();
		List<JobWatch.RunningExecution> running = jobs.running();
		SortedSet<Integer> loaded = calendar.loadedYears();
		SortedSet<Integer> missing = calendar.missingYears();
		Integer nextMissing = !missing.isEmpty() ? missing.first() : loaded.isEmpty() ? null : loaded.last() + 1;
		return new Overview(now, rows, running, running.stream().filter(JobWatch.RunningExecution::nodeDead).count(),
				jobs.stuckTriggers(), loaded, nextMissing, filings.census().events("DEAD"),
				notifications.countByStatus().getOrDefault(NotificationStatus.DEAD, 0L),
				quarantined.values().stream().mapToLong(Long::longValue).sum(),
				drifted.values().stream().mapToLong(Long::longValue).sum());
	}

	/**
	 * @param nextMissingYear the first year without an official calendar: missing now, or the one after the last
	 * loaded
	 */
	public record Overview(Instant at, List<ProvinceRow> provinces, List<JobWatch.RunningExecution> running,
			long suspectedDead, List<JobWatch.StuckTrigger> stuckTriggers, SortedSet<Integer> calendarYears,
			Integer nextMissingYear, long deadEvents, long deadNotifications, long quarantined, long driftFindings) {

		/** The provinces' figures summed. */
		public ProvinceFilingCounts.Counts totals() {
			return provinces.stream()
				.map(ProvinceRow::filings)
				.reduce(ProvinceFilingCounts.Counts.none("all"), ProvinceFilingCounts.Counts::plus);
		}

		public long blocked() {
			return provinces.stream().filter(row -> row.status().block() != null).count();
		}

		public long paused() {
			return provinces.stream().filter(row -> row.status().pause() != null).count();
		}

	}

	/**
	 * @param circuit the gateway's circuit breaker ({@code CLOSED}, {@code OPEN}, {@code HALF_OPEN}); null for a
	 * province without a gateway (not enabled)
	 * @param lastError the province's job failing now, if one is
	 * @param lastSuccess when the bureau last accepted a file of ours
	 * @param driftFindings domains we show as filed that the bureau does not (the drift check's open findings)
	 */
	public record ProvinceRow(ProvinceOperations.ProvinceStatus status, ProvinceFilingCounts.Counts filings,
			String circuit, JobWatch.ProvinceTrouble lastError, Instant lastSuccess, long quarantined,
			long driftFindings) {

		/** Nothing to look at: no filing waiting or in review, the gateway fine. */
		public boolean quiet() {
			return filings.waiting() + filings.held() + filings.inReview() + filings.decidedToday() + quarantined
					+ driftFindings == 0
					&& status.block() == null && status.pause() == null && lastError == null
					&& (circuit == null || "CLOSED".equals(circuit));
		}

	}

}
