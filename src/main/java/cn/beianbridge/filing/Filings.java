package cn.beianbridge.filing;

import java.util.Collection;
import java.util.List;
import java.util.Map;
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

	/** Many filings at a glance, in one query: by id; an id with no filing is not in it. */
	public Map<Long, FilingSummary> find(Collection<Long> ids) {
		return queries.findAll(ids);
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

	/**
	 * Many filings as {@link #stored(long)} gives one, in one query per table for all of them, but without their
	 * attachments' bytes (each attachment's {@code contentBase64} is null): a file's thousand filings with theirs would
	 * be too much at once. Their contents come from {@link #attachmentContents(Collection)}, as the file writer needs
	 * them.
	 *
	 * @return by id, in the order given; an id with no filing is not in it
	 */
	public Map<Long, StoredFiling> storedWithoutContents(Collection<Long> ids) {
		return reader.loadStoredWithoutContents(ids);
	}

	/** The stored bytes of these attachments, by sha256, in one query; one purged or unknown is not in it. */
	public Map<String, byte[]> attachmentContents(Collection<String> sha256s) {
		return reader.attachmentContents(sha256s);
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
