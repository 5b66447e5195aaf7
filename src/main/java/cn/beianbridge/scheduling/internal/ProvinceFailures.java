package cn.beianbridge.scheduling.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;

import cn.beianbridge.scheduling.ProvinceJobSettings;
import cn.beianbridge.shared.ChinaTime;
import cn.beianbridge.shared.OperatorAlert;

/**
 * A province job failing for a province is one line, not a line a minute: the first failure is logged with its cause
 * (and its stack trace, once per new cause), a lasting one again every {@code remind-every} with its count, the
 * recovery once with the figures, and past {@code alert-after} the operators are alerted once. The spell is a row
 * of {@code province_trouble}, so it is the same on every node and across restarts. Metrics per job and province:
 * {@code bridge.jobs.province.failures} (a counter) and {@code bridge.jobs.province.failing.seconds} (how long the
 * spell has lasted, 0 when none).
 */
@Component
class ProvinceFailures {

	private static final Logger log = LoggerFactory.getLogger(ProvinceFailures.class);

	// ids, sequence numbers and times change from one failure to the next; the way it fails does not
	private static final Pattern VARYING = Pattern.compile("\\d{5,}");

	private static final int MAX_CAUSE = 1000;

	private final ProvinceTroubleMapper mapper;

	private final ProvinceJobSettings settings;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	private final MeterRegistry meters;

	private final Map<String, Instant> failingSince = new ConcurrentHashMap<>();

	ProvinceFailures(ProvinceTroubleMapper mapper, ProvinceJobSettings settings, Clock clock,
			ApplicationEventPublisher events, MeterRegistry meters) {
		this.mapper = mapper;
		this.settings = settings;
		this.clock = clock;
		this.events = events;
		this.meters = meters;
	}

	/** @param error the exception that failed the province's partition, or null for a reported trouble */
	@Transactional
	void failed(String job, String province, String cause, Throwable error) {
		Instant now = clock.instant();
		String text = cause.length() > MAX_CAUSE ? cause.substring(0, MAX_CAUSE) : cause;
		String key = VARYING.matcher(text).replaceAll("#");
		meters.counter("bridge.jobs.province.failures", "job", job, "province", province).increment();
		if (mapper.insertIgnore(job, province, text, key, now) == 1) {
			failing(job, province, now);
			warn(error, "{} of province {} failing: {}", title(job), province, text);
			return;
		}
		TroubleRow row = mapper.lock(job, province);
		int failures = row.failures() + 1;
		String over = failures + " failures over " + minutes(row.since(), now);
		Instant reported = row.reportedAt();
		if (!row.causeKey().equals(key)) {
			warn(error, "{} of province {} failing another way: {} ({})", title(job), province, text, over);
			reported = now;
		}
		else if (!now.isBefore(reported.plus(settings.remindEvery()))) {
			log.warn("{} of province {} still failing: {} ({})", title(job), province, text, over);
			reported = now;
		}
		Instant alerted = row.alertedAt();
		if (alerted == null && !now.isBefore(row.since().plus(settings.alertAfter()))) {
			log.error("{} of province {} has been failing for {} ({}): operators alerted; last cause: {}", title(job),
					province, minutes(row.since(), now), over, text);
			events.publishEvent(new OperatorAlert(OperatorAlert.Kind.PROVINCE_FAILING,
					job + ":" + province + "@" + row.since().toEpochMilli(),
					Map.of("province", province, "job", job, "cause", text, "failures", String.valueOf(failures),
							"since", ChinaTime.format(row.since()))));
			alerted = now;
		}
		mapper.update(new TroubleRow(job, province, text, key, row.since(), failures, now, reported, alerted));
		failing(job, province, row.since());
	}

	/** The province's work went through: a spell of failures, if there was one, ends with one line. */
	@Transactional
	void succeeded(String job, String province) {
		failingSince.remove(job + ":" + province);
		TroubleRow row = mapper.find(job, province);
		if (row != null && mapper.delete(job, province) == 1) {
			log.info("{} of province {} recovered after {} failures over {}", title(job), province, row.failures(),
					minutes(row.since(), clock.instant()));
		}
	}

	private void failing(String job, String province, Instant since) {
		String key = job + ":" + province;
		if (failingSince.put(key, since) == null) {
			Gauge.builder("bridge.jobs.province.failing.seconds", failingSince,
					spells -> spells.containsKey(key)
							? Duration.between(spells.get(key), clock.instant()).toSeconds() : 0)
				.description("How long the province job has been failing for the province (0: it is not)")
				.tag("job", job)
				.tag("province", province)
				.register(meters);
		}
	}

	private static void warn(Throwable error, String format, Object... arguments) {
		if (error == null) {
			log.warn(format, arguments);
		}
		else {
			Object[] withError = Arrays.copyOf(arguments, arguments.length + 1);
			withError[arguments.length] = error;
			log.warn(format, withError);
		}
	}

	static String title(String job) {
		return job.substring(0, 1).toUpperCase(Locale.ROOT) + job.substring(1);
	}

	private static String minutes(Instant from, Instant to) {
		long minutes = Duration.between(from, to).toMinutes();
		return minutes + " min";
	}

}
