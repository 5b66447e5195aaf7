package cn.beianbridge.filing.internal;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.stereotype.Component;

import cn.beianbridge.crypto.PersonalData;
import cn.beianbridge.filing.FilingCensus;
import cn.beianbridge.filing.FilingState;
import cn.beianbridge.filing.FilingSummary;
import cn.beianbridge.filing.FilingType;
import cn.beianbridge.filing.HistoryEntry;
import cn.beianbridge.filing.Reason;
import cn.beianbridge.filing.RecordedReason;

@Component
public class FilingQueries {

	private final FilingMapper filings;

	private final EventMapper events;

	private final AwaitingNumbersMapper awaiting;

	private final PersonalData personalData;

	FilingQueries(FilingMapper filings, EventMapper events, AwaitingNumbersMapper awaiting,
			PersonalData personalData) {
		this.filings = filings;
		this.events = events;
		this.awaiting = awaiting;
		this.personalData = personalData;
	}

	public Optional<FilingSummary> findByConsoleFilingId(String consoleFilingId) {
		return Optional.ofNullable(filings.findIdByConsoleFilingId(consoleFilingId)).flatMap(this::find);
	}

	public List<FilingSummary> findByConsoleFilingIds(Collection<String> consoleFilingIds) {
		return consoleFilingIds.isEmpty() ? List.of() : filings.findSummaries(consoleFilingIds);
	}

	public Optional<FilingSummary> find(long id) {
		return Optional.ofNullable(filings.findSummary(id));
	}

	/** In one query; an id with no filing is not in it. */
	public Map<Long, FilingSummary> findAll(Collection<Long> ids) {
		Map<Long, FilingSummary> found = new HashMap<>();
		if (!ids.isEmpty()) {
			filings.findSummariesById(Set.copyOf(ids)).forEach(summary -> found.put(summary.id(), summary));
		}
		return found;
	}

	public List<FilingSummary> naming(String identifier) {
		if (identifier == null || identifier.isBlank()) {
			return List.of();
		}
		return filings.findIdsByBlindIndex(personalData.blindIndexes(identifier)).stream()
			.map(filings::findSummary)
			.toList();
	}

	public List<Long> waiting(String province, int limit, Collection<Long> excluding) {
		return filings.findWaiting(province, List.of(FilingType.values()), limit, List.copyOf(excluding));
	}

	/** The numbers of the entity's websites the bridge filed and the bureau approved. */
	public List<String> filedWebsiteNumbers(String province, String entityIcpNumber) {
		return filings.findFiledWebsiteNumbers(province, entityIcpNumber, FilingType.filingWebsites());
	}

	public List<HistoryEntry> history(long id) {
		return filings.findHistory(id);
	}

	public List<Reason> reasons(long id, ReasonKind kind) {
		return filings.findReasons(id, kind);
	}

	public List<Reason> latestReasons(long id, ReasonKind kind) {
		return filings.findLatestReasons(id, kind);
	}

	public List<RecordedReason> allReasons(long id) {
		return filings.findAllReasons(id)
			.stream()
			.map(row -> new RecordedReason(row.kind().name(), row.occurredAt(),
					Reason.of(row.code(), row.field(), row.text())))
			.toList();
	}

	public long count(FilingState state) {
		return filings.countByState(state);
	}

	public List<String> events(String consoleFilingId) {
		return events.findPayloads(consoleFilingId).stream().map(personalData::open).toList();
	}

	public long rejectedInputs() {
		return events.countRejectedInputs();
	}

	public FilingCensus census() {
		Map<FilingState, Long> byState = new EnumMap<>(FilingState.class);
		long reviewOverdue = 0;
		long deadlineMissed = 0;
		for (FilingRows.StateCountRow row : filings.countStates()) {
			byState.put(row.state(), row.filings());
			reviewOverdue += row.reviewOverdue();
			deadlineMissed += row.deadlineMissed();
		}
		Map<String, Long> byDelivery = new HashMap<>();
		for (FilingRows.DeliveryCountRow row : events.countDeliveries()) {
			byDelivery.put(row.deliveryStatus(), row.events());
		}
		AwaitingNumbersMapper.AwaitingCount approvals = awaiting.count();
		return new FilingCensus(byState, byDelivery, reviewOverdue, deadlineMissed, events.countRejectedInputs(),
				approvals.awaiting(), approvals.alerted());
	}

}
