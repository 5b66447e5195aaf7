package cn.beianbridge.download;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Results kept in quarantine for an operator (unmatched, unappliable, unreadable files): counted, listed, applied to
 * the filing a person names, or dismissed. Each is settled once; the row stays, with who settled it and why.
 */
public interface QuarantinedResults {

	/** Per province with any, how many results are in quarantine and not yet settled. */
	Map<String, Long> countByProvince();

	/** Newest first; {@code openOnly}: only those nobody settled yet. */
	List<QuarantinedResult> list(boolean openOnly, int limit);

	Optional<QuarantinedResult> find(long id);

	/**
	 * Applies the quarantined result, read again from its stored file, to the filing the person names, as the download
	 * applies a result: the filing must be SUBMITTED, in the file's province, its approval not already parked.
	 *
	 * @return what became of the filing, e.g. {@code filing DEMO-3 is REFUSED}
	 * @throws IllegalArgumentException when there is no such row or filing
	 * @throws IllegalStateException when it cannot be applied (settled already, a whole file, the file's bytes purged,
	 * the filing in another state or province)
	 */
	String attach(long id, long filingId, String by, String reason);

	/** @throws IllegalStateException when it was settled already */
	void dismiss(long id, String by, String reason);

}
