package cn.beianbridge.purge;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code bridge.purge.*} (jobs/purge.yml); the schedule is {@code bridge.jobs.purge}.
 *
 * @param retention how long a raw file (an upload file as sent, a download file as received) keeps its bytes after
 * it was uploaded or received; never below {@link #MINIMUM_RETENTION}, the bureaus' "keep every uploaded file at
 * least 3 months"
 * @param chunkSize files whose bytes are dropped in one transaction
 * @param batchMetadata the purge of Spring Batch's job repository
 * @param personalData how long records holding personal data are kept
 */
@ConfigurationProperties("bridge.purge")
public record PurgeSettings(@DefaultValue("100d") Duration retention, @DefaultValue("1000") int chunkSize,
		@DefaultValue BatchMetadata batchMetadata, @DefaultValue PersonalData personalData) {

	public static final Duration MINIMUM_RETENTION = Duration.ofDays(90);

	public PurgeSettings {
		if (retention == null || retention.compareTo(MINIMUM_RETENTION) < 0) {
			throw new IllegalArgumentException("bridge.purge.retention must be at least 90 days (the bureaus require "
					+ "every uploaded file be kept 3 months), was " + describe(retention));
		}
		if (chunkSize < 1 || chunkSize > 10_000) {
			throw new IllegalArgumentException("bridge.purge.chunk-size must be between 1 and 10000, was " + chunkSize);
		}
	}

	/**
	 * @param age executions that finished longer ago than this are deleted with their steps, contexts, parameters and
	 * job instance; at least a day, so a failed execution can be looked at and restarted
	 * @param chunkSize job instances deleted in one transaction (a province job's instance holds about 35 step rows)
	 */
	public record BatchMetadata(@DefaultValue("30d") Duration age, @DefaultValue("25") int chunkSize) {

		public BatchMetadata {
			if (age == null || age.compareTo(Duration.ofDays(1)) < 0) {
				throw new IllegalArgumentException("bridge.purge.batch-metadata.age must be at least 1 day, was "
						+ describe(age));
			}
			if (chunkSize < 1 || chunkSize > 1_000) {
				throw new IllegalArgumentException(
						"bridge.purge.batch-metadata.chunk-size must be between 1 and 1000, was " + chunkSize);
			}
		}

	}

	/**
	 * Retention of personal data (PIPL art. 19: no longer than necessary for the purpose), each at least a day.
	 *
	 * @param decidedFilings a filing approved, rejected or refused this long ago loses its personal data (names, ID
	 * numbers, mobiles, emails, addresses of natural persons, attachment bytes); ids, states, dates, ICP numbers,
	 * domains and hashes stay. Long enough for the customer's questions and a change filing after the decision
	 * @param rejectedInputs input that broke the contract (kept whole for an operator) is deleted after this
	 * @param notifications sent and dead notifications (recipient and rendered text) are deleted after this
	 * @param events filing events delivered to the console and planned as notifications are deleted after this
	 * @param dropFolder files in the drop folder's {@code done/} and {@code failed/} are deleted after this
	 * @param apiAnswers the console API's answers kept for a repeated {@code Idempotency-Key} (they name what was
	 * changed) are deleted after this; a key older than this is new again
	 */
	public record PersonalData(@DefaultValue("180d") Duration decidedFilings, @DefaultValue("30d") Duration rejectedInputs,
			@DefaultValue("90d") Duration notifications, @DefaultValue("90d") Duration events,
			@DefaultValue("30d") Duration dropFolder, @DefaultValue("7d") Duration apiAnswers) {

		public PersonalData {
			atLeastADay("decided-filings", decidedFilings);
			atLeastADay("rejected-inputs", rejectedInputs);
			atLeastADay("notifications", notifications);
			atLeastADay("events", events);
			atLeastADay("drop-folder", dropFolder);
			atLeastADay("api-answers", apiAnswers);
		}

		private static void atLeastADay(String name, Duration retention) {
			if (retention == null || retention.compareTo(Duration.ofDays(1)) < 0) {
				throw new IllegalArgumentException("bridge.purge.personal-data." + name + " must be at least 1 day, was "
						+ describe(retention));
			}
		}

	}

	private static String describe(Duration duration) {
		return duration == null ? "nothing" : duration.toDays() + " days (" + duration + ")";
	}

}
