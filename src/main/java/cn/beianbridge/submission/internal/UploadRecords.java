package cn.beianbridge.submission.internal;

import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import cn.beianbridge.bureau.UploadRecord;
import cn.beianbridge.filing.FilingType;
import cn.beianbridge.filing.Filings;
import cn.beianbridge.filing.StoredFiling;
import cn.beianbridge.submission.SubmissionSettings;

/**
 * A stored filing as a record of an upload file; our ids are the stored rows' ids. A CHANGE or CANCEL names what it
 * changes by the bureau's ids instead ({@link ChangeAndCancelItems}).
 */
@Component
class UploadRecords {

	private final Filings filings;

	private final SubmissionSettings settings;

	private final ChangeAndCancelItems changeAndCancel;

	UploadRecords(Filings filings, SubmissionSettings settings, ChangeAndCancelItems changeAndCancel) {
		this.filings = filings;
		this.settings = settings;
		this.changeAndCancel = changeAndCancel;
	}

	UploadRecord of(long filingId) {
		return of(stored(filingId));
	}

	/** The filing's item of an upload file, or why the bureau's ids it needs are not known. */
	ChangeAndCancelItems.Built item(long filingId) {
		return item(stored(filingId));
	}

	/**
	 * The items of many filings, by id in their order: read together, one query per table for all of them, without
	 * their attachments' bytes, which the file writer fetches per record as it writes it.
	 */
	Map<Long, ChangeAndCancelItems.Built> items(List<Long> filingIds) {
		Map<Long, StoredFiling> stored = filings.storedWithoutContents(filingIds);
		Map<Long, ChangeAndCancelItems.Built> items = new LinkedHashMap<>();
		for (long filingId : filingIds) {
			StoredFiling filing = stored.get(filingId);
			if (filing == null) {
				throw new IllegalStateException("Filing " + filingId + " is gone");
			}
			// without their attachments' bytes: the file writer asks for each record's as it writes it
			items.put(filingId, item(filing));
		}
		return items;
	}

	private ChangeAndCancelItems.Built item(StoredFiling stored) {
		FilingType type = stored.document().filingType();
		if (type == FilingType.CHANGE || type == FilingType.CANCEL) {
			return changeAndCancel.of(stored);
		}
		return new ChangeAndCancelItems.Ready(of(stored), null);
	}

	private StoredFiling stored(long filingId) {
		return filings.stored(filingId)
			.orElseThrow(() -> new IllegalStateException("Filing " + filingId + " is gone"));
	}

	private static UploadRecord of(StoredFiling stored) {
		// The access (IspJrid) belongs to its website one to one, so it shares the website's id.
		return new UploadRecord(stored.document(), stored.id(), stored.websiteKeys().stream()
			.map(k -> new UploadRecord.WebsiteIds(k.websiteId(), k.websiteId(), k.domainIds(), k.ipRangeIds()))
			.toList());
	}

	String providerId() {
		return settings.providerId();
	}

}
