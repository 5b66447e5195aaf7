package cn.beianbridge.filing;

import java.util.Map;

/**
 * Where all filings stand at one moment, as an operator wants it at a glance: how many in each state, how their
 * console events fare in the outbox, and how many carry a flag that still calls for action. Two equal censuses
 * mean nothing moved in between.
 *
 * @param filings filings per state; a state with none may be missing
 * @param events outbox events per delivery status ({@code PENDING}, {@code DELIVERED}, {@code DEAD})
 * @param reviewOverdue SUBMITTED filings flagged past their province's review limit
 * @param deadlineMissed filings not yet with the bureau (received, batched, held) flagged past their submission
 * deadline
 * @param rejectedInputs input kept because it broke the console contract
 * @param awaitingNumbers SUBMITTED filings the bureau approved before sending their ICP numbers
 * ({@link AwaitingApproval})
 * @param awaitingNumbersAsked those of them whose numbers are so late that the bureau was asked (and the operators
 * told)
 */
public record FilingCensus(Map<FilingState, Long> filings, Map<String, Long> events, long reviewOverdue,
		long deadlineMissed, long rejectedInputs, long awaitingNumbers, long awaitingNumbersAsked) {

	public FilingCensus {
		filings = Map.copyOf(filings);
		events = Map.copyOf(events);
	}

	public long filings(FilingState state) {
		return filings.getOrDefault(state, 0L);
	}

	public long events(String deliveryStatus) {
		return events.getOrDefault(deliveryStatus, 0L);
	}

}
