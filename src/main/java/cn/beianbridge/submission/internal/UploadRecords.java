package cn.beianbridge.submission.internal;

import org.springframework.stereotype.Component;

import cn.beianbridge.bureau.UploadRecord;
import cn.beianbridge.filing.Filings;
import cn.beianbridge.filing.StoredFiling;
import cn.beianbridge.submission.SubmissionSettings;

/** A stored filing as a record of an upload file; our ids are the stored rows' ids. */
@Component
class UploadRecords {

	private final Filings filings;

	private final SubmissionSettings settings;

	UploadRecords(Filings filings, SubmissionSettings settings) {
		this.filings = filings;
		this.settings = settings;
	}

	UploadRecord of(long filingId) {
		StoredFiling stored = filings.stored(filingId)
			.orElseThrow(() -> new IllegalStateException("Filing " + filingId + " is gone"));
		// The access (IspJrid) belongs to its website one to one, so it shares the website's id.
		return new UploadRecord(stored.document(), stored.id(), stored.websiteKeys().stream()
			.map(k -> new UploadRecord.WebsiteIds(k.websiteId(), k.websiteId(), k.domainIds(), k.ipRangeIds()))
			.toList());
	}

	String providerId() {
		return settings.providerId();
	}

}
