package cn.beianbridge.submission.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.ToDoubleFunction;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import cn.beianbridge.filing.SubmissionDeadlines;
import cn.beianbridge.province.Province;
import cn.beianbridge.province.ProvinceCatalogue;
import cn.beianbridge.scheduling.ScheduledWork;
import cn.beianbridge.shared.ChinaTime;
import cn.beianbridge.shared.OperatorAlert;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * The {@code sla-watch} job: per province how many filings wait, the oldest deadline, how many are at risk
 * (deadline within {@code bridge.submission.at-risk-horizon}) or missed; and an alert, once per filing,
 * when a deadline passes before the filing reached its bureau.
 */
@Component
class SubmissionSlaWatch implements ScheduledWork {

	private static final Logger log = LoggerFactory.getLogger(SubmissionSlaWatch.class);

	private final SubmissionDeadlines deadlines;

	private final Clock clock;

	private final Duration horizon;

	private final MeterRegistry meters;

	private final Map<String, SubmissionDeadlines.ProvinceWaiting> latest = new ConcurrentHashMap<>();

	private final TransactionTemplate transactions;

	private final ApplicationEventPublisher events;

	SubmissionSlaWatch(SubmissionDeadlines deadlines, Clock clock, ProvinceCatalogue provinces, MeterRegistry meters,
			@Value("${bridge.submission.at-risk-horizon:4h}") Duration horizon, TransactionTemplate transactions,
			ApplicationEventPublisher events) {
		this.transactions = transactions;
		this.events = events;
		this.deadlines = deadlines;
		this.clock = clock;
		this.meters = meters;
		this.horizon = horizon;
		for (Province province : provinces.all()) {
			gauge("bridge.submission.waiting", province.code(), SubmissionDeadlines.ProvinceWaiting::waiting);
			gauge("bridge.submission.at.risk", province.code(), SubmissionDeadlines.ProvinceWaiting::atRisk);
			gauge("bridge.submission.missed", province.code(), SubmissionDeadlines.ProvinceWaiting::missed);
			gauge("bridge.submission.oldest.deadline.seconds", province.code(),
					sla -> sla.oldestDeadline() == null ? 0 : sla.oldestDeadline().getEpochSecond());
		}
	}

	@Override
	public String jobName() {
		return "sla-watch";
	}

	@Override
	public void run() {
		Instant now = clock.instant();
		latest.clear();
		deadlines.waitingByProvince(now, now.plus(horizon)).forEach(sla -> latest.put(sla.province(), sla));
		List<SubmissionDeadlines.Missed> missed = deadlines.newlyMissed(now);
		for (SubmissionDeadlines.Missed filing : missed) {
			// the flag and the operators' alert commit together: an alert is planned once, exactly when flagged
			Boolean flagged = transactions.execute(tx -> {
				if (!deadlines.flagMissed(filing.id(), now)) {
					return false;
				}
				events.publishEvent(new OperatorAlert(OperatorAlert.Kind.SLA_MISSED, filing.consoleFilingId(),
						Map.of("province", filing.province(), "consoleFilingId", filing.consoleFilingId(),
								"submissionDeadline", ChinaTime.format(filing.submissionDeadline()))));
				return true;
			});
			if (Boolean.TRUE.equals(flagged)) {
				meters.counter("bridge.submission.deadlines.missed", "province", filing.province()).increment();
				log.error("SLA MISSED: filing {} (province {}) was not submitted by its deadline {}",
						filing.consoleFilingId(), filing.province(), ChinaTime.format(filing.submissionDeadline()));
			}
		}
	}

	/** For tests and the admin view: the snapshot the gauges read. */
	Map<String, SubmissionDeadlines.ProvinceWaiting> snapshot() {
		return Map.copyOf(latest);
	}

	private void gauge(String name, String province, ToDoubleFunction<SubmissionDeadlines.ProvinceWaiting> value) {
		Gauge.builder(name, latest, map -> map.containsKey(province) ? value.applyAsDouble(map.get(province)) : 0)
			.tag("province", province)
			.register(meters);
	}

}
