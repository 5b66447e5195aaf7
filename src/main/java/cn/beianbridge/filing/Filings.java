package cn.beianbridge.filing;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;

import cn.beianbridge.filing.internal.FilingQueries;
import cn.beianbridge.filing.internal.FilingReader;
import cn.beianbridge.filing.internal.ReasonKind;

/** Read access to stored filings: what they are, where they stand, how they got there. */
@Service
public class Filings {

	private final FilingQueries queries;

	private final FilingReader reader;

	Filings(FilingQueries queries, FilingReader reader) {
		this.queries = queries;
		this.reader = reader;
	}

	public Optional<FilingSummary> findByConsoleFilingId(String consoleFilingId) {
		return queries.findByConsoleFilingId(consoleFilingId);
	}

	/** Those of these consoleFilingIds that are stored, in one query. */
	public List<FilingSummary> findByConsoleFilingIds(Collection<String> consoleFilingIds) {
		return queries.findByConsoleFilingIds(consoleFilingIds);
	}

	public Optional<FilingSummary> find(long id) {
		return queries.find(id);
	}

	/**
	 * The filings whose applicant or any responsible person has this certificate (resident ID) number, mobile or email,
	 * oldest first: found by blind index, so the value itself is in no query and no column (a data subject's request,
	 * an operator's search). Case and surrounding space do not matter.
	 */
	public List<FilingSummary> naming(String identifier) {
		return queries.naming(identifier);
	}

	/** The filing exactly as the console sent it (attachments re-encoded from the stored bytes). */
	public Optional<FilingDocument> document(long id) {
		return reader.load(id);
	}

	/** Who to tell about the filing (responsible persons, names, domains), read without the attachments. */
	public Optional<FilingContacts> contacts(long id) {
		return reader.loadContacts(id);
	}

	/** Filings a province's next upload takes: RECEIVED, earliest submission deadline first. */
	public List<Long> waitingForSubmission(String province, int limit) {
		return queries.waiting(province, limit, List.of());
	}

	/** As {@link #waitingForSubmission(String, int)}, without these (the ones a run already left waiting). */
	public List<Long> waitingForSubmission(String province, int limit, Collection<Long> excluding) {
		return queries.waiting(province, limit, excluding);
	}

	/** The filing with the keys of its stored parts, as an upload file needs it. */
	public Optional<StoredFiling> stored(long id) {
		return reader.loadStored(id);
	}

	public List<HistoryEntry> history(long id) {
		return queries.history(id);
	}

	public List<Reason> holdReasons(long id) {
		return queries.reasons(id, ReasonKind.HOLD);
	}

	/** Why the filing is held now: the reasons of its latest hold (a re-check may have replaced earlier ones). */
	public List<Reason> currentHoldReasons(long id) {
		return queries.latestReasons(id, ReasonKind.HOLD);
	}

	/** Every reason its history recorded (holds, the reviewers' opinions, the bureau's codes), oldest first. */
	public List<RecordedReason> reasons(long id) {
		return queries.allReasons(id);
	}

	public long count(FilingState state) {
		return queries.count(state);
	}

	/** Events waiting in (or delivered from) the outbox for one filing, as JSON, oldest first. */
	public List<String> events(String consoleFilingId) {
		return queries.events(consoleFilingId);
	}

	public long rejectedInputs() {
		return queries.rejectedInputs();
	}

	/** Where all filings stand now: states, console events, flags that call for action. */
	public FilingCensus census() {
		return queries.census();
	}

}
