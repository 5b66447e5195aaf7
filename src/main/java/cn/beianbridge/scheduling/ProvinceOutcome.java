package cn.beianbridge.scheduling;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * What one province's share of a province job run did.
 *
 * @param status how it went
 * @param reason why it was busy, waiting or in trouble (null when done)
 * @param counts what it did, by a label the run summary adds up, in order (e.g. {@code files accepted})
 * @param written the number of items written (filings submitted, files applied): Batch's write count
 */
public record ProvinceOutcome(Status status, String reason, Map<String, Integer> counts, int written) {

	private static final String SKIPPED = "skipped, ";

	public ProvinceOutcome {
		Objects.requireNonNull(status, "status");
		if (status != Status.DONE && (reason == null || reason.isBlank())) {
			throw new IllegalArgumentException("a " + status + " outcome needs its reason");
		}
		counts = counts == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(counts));
	}

	public static ProvinceOutcome done(Map<String, Integer> counts, int written) {
		return new ProvinceOutcome(Status.DONE, null, counts, written);
	}

	/** Another live run has the province now (its lease): nothing attempted, nothing wrong. */
	public static ProvinceOutcome busy(String why) {
		return new ProvinceOutcome(Status.BUSY, why, Map.of(), 0);
	}

	/** A dependency has not started yet: nothing attempted; the next firing tries again. */
	public static ProvinceOutcome waiting(String why) {
		return new ProvinceOutcome(Status.WAITING, why, Map.of(), 0);
	}

	/** The province's work did not get through (its bureau, its state): reported as a failure of the province. */
	public static ProvinceOutcome trouble(String why, Map<String, Integer> counts, int written) {
		return new ProvinceOutcome(Status.TROUBLE, why, counts, written);
	}

	/** The line a step's exit description and the run summary show. */
	public String describe() {
		String done = counts.entrySet().stream().map(count -> count.getValue() + " " + count.getKey())
			.collect(Collectors.joining(", "));
		return switch (status) {
			case DONE -> done.isEmpty() ? "done" : done;
			case BUSY -> SKIPPED + "busy: " + reason;
			case WAITING -> SKIPPED + "waiting: " + reason;
			case TROUBLE -> "trouble: " + reason + (done.isEmpty() ? "" : " (" + done + ")");
		};
	}

	/** Whether a step's exit description ({@link #describe()}) says its province was skipped: nothing attempted. */
	public static boolean skipped(String description) {
		return description != null && description.startsWith(SKIPPED);
	}

	public enum Status {

		DONE, BUSY, WAITING, TROUBLE

	}

}
