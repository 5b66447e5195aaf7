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

	/** The most attachment bytes one query fetches (and holds, before they are encoded). */
	static final long CONTENT_GROUP_BYTES = 16L << 20;

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
	 * The items of many filings, by id in their order: read together, one query per table for all of them; their
	 * attachments' bytes then fetched by sha256, each distinct content once, in groups of at most
	 * {@value #CONTENT_GROUP_BYTES} bytes (one query each), so the bytes a file carries are never all read at once.
	 */
	Map<Long, ChangeAndCancelItems.Built> items(List<Long> filingIds) {
		Map<Long, StoredFiling> stored = filings.storedWithoutContents(filingIds);
		Map<String, String> contents = contents(stored.values());
		Map<Long, ChangeAndCancelItems.Built> items = new LinkedHashMap<>();
		for (long filingId : filingIds) {
			StoredFiling filing = stored.get(filingId);
			if (filing == null) {
				throw new IllegalStateException("Filing " + filingId + " is gone");
			}
			items.put(filingId, item(filing.withContents(contents)));
		}
		return items;
	}

	/** Each distinct attachment's content as Base64, by sha256 (shared by every filing that offers it). */
	private Map<String, String> contents(Collection<StoredFiling> stored) {
		Map<String, Long> sizes = new LinkedHashMap<>();
		stored.forEach(filing -> sizes.putAll(filing.attachmentSizes()));
		Map<String, String> contents = new HashMap<>();
		List<String> group = new ArrayList<>();
		long groupBytes = 0;
		for (Map.Entry<String, Long> attachment : sizes.entrySet()) {
			if (!group.isEmpty() && groupBytes + attachment.getValue() > CONTENT_GROUP_BYTES) {
				fetch(group, contents);
				group.clear();
				groupBytes = 0;
			}
			group.add(attachment.getKey());
			groupBytes += attachment.getValue();
		}
		fetch(group, contents);
		return contents;
	}

	private void fetch(List<String> sha256s, Map<String, String> contents) {
		if (!sha256s.isEmpty()) {
			filings.attachmentContents(sha256s)
				.forEach((sha256, bytes) -> contents.put(sha256, Base64.getEncoder().encodeToString(bytes)));
		}
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
