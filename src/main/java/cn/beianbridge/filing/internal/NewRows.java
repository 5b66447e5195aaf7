package cn.beianbridge.filing.internal;

import java.time.Instant;
import java.util.List;
import java.util.stream.IntStream;

import cn.beianbridge.filing.FilingDocument;
import cn.beianbridge.filing.FilingEventType;
import cn.beianbridge.filing.FilingState;
import cn.beianbridge.filing.IntakeSource;
import cn.beianbridge.filing.Reason;

/**
 * Rows about to be inserted, one record per row: the single insert and the multi-row insert of a page name the same
 * properties, so FilingMapper.xml says once which column takes what and which values are sealed.
 */
final class NewRows {

	private NewRows() {
	}

	/**
	 * @param password the filing password's MD5: the document's own, or for a CANCEL its cancellation's
	 * @param version 0, or 1 when the filing is stored already moved on (held at intake: RECEIVED, then HELD)
	 */
	record NewFiling(FilingDocument doc, String password, FilingState state, int version, IntakeSource source,
			Instant photoApprovedAt, Instant deadline, boolean provisional, Instant now) {

		static NewFiling of(FilingDocument doc, FilingState state, int version, IntakeSource source, Instant deadline,
				boolean provisional, Instant now) {
			FilingDocument.Cancellation cancellation = doc.cancellation();
			return new NewFiling(doc, cancellation == null ? doc.filingPasswordMd5() : cancellation.filingPasswordMd5(),
					state, version, source, doc.photoApprovedAt() == null ? null : doc.photoApprovedAt().toInstant(),
					deadline, provisional, now);
		}

	}

	record NewWebsite(long filingId, int ordinal, FilingDocument.Website w, String languages) {

		static NewWebsite of(long filingId, int ordinal, FilingDocument.Website website) {
			return new NewWebsite(filingId, ordinal, website, String.join(",", website.languages()));
		}

	}

	record NewDomain(long websiteId, int ordinal, String domain) {
	}

	record NewIpRange(long websiteId, int ordinal, FilingDocument.IpRange range) {
	}

	record NewContent(String sha256, int size, byte[] content, Instant now) {
	}

	record NewAttachment(long filingId, int ordinal, FilingDocument.Attachment a) {
	}

	/** A filing moved from one state to another, with others in one batch. */
	record StateMove(long filingId, FilingState from, FilingState to, Instant at) {
	}

	record NewHistory(long filingId, FilingState from, FilingState to, Instant at, String actor, String cause) {

		/** filing_history.cause: a cause naming a bureau's file is cut, never a failed insert. */
		NewHistory {
			cause = cause.length() > 255 ? cause.substring(0, 254) + "…" : cause;
		}

	}

	record NewReason(long filingId, long historyId, ReasonKind kind, Reason r) {
	}

	record NewEvent(String eventId, Long filingId, String consoleFilingId, String province, FilingEventType type,
			Instant at, String payload) {
	}

	static List<NewDomain> domains(long websiteId, FilingDocument.Website website) {
		List<String> domains = website.domains();
		return IntStream.range(0, domains.size()).mapToObj(i -> new NewDomain(websiteId, i, domains.get(i))).toList();
	}

	static List<NewIpRange> ipRanges(long websiteId, FilingDocument.Website website) {
		List<FilingDocument.IpRange> ranges = website.access().ipRanges();
		return IntStream.range(0, ranges.size()).mapToObj(i -> new NewIpRange(websiteId, i, ranges.get(i))).toList();
	}

	static List<NewAttachment> attachments(long filingId, FilingDocument doc) {
		List<FilingDocument.Attachment> attachments = doc.attachments();
		return IntStream.range(0, attachments.size())
			.mapToObj(i -> new NewAttachment(filingId, i, attachments.get(i)))
			.toList();
	}

	static List<NewReason> reasons(long filingId, long historyId, ReasonKind kind, List<Reason> reasons) {
		return reasons.stream().map(reason -> new NewReason(filingId, historyId, kind, reason)).toList();
	}

	/** Ids of a page's rows, read back by their keys: one select per table instead of a key per row. */
	record FilingId(long id, String consoleFilingId) {
	}

	record WebsiteId(long id, long filingId, int ordinal) {
	}

	record HistoryId(long id, long filingId) {
	}

}
