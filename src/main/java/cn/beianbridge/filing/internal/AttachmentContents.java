package cn.beianbridge.filing.internal;

import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Component;

import cn.beianbridge.filing.FilingDocument;

/**
 * Stores attachment bytes once per sha256: the same ID card scan offered by many filings is one row. One select
 * spares sending known bytes again; INSERT IGNORE settles a race with another intake.
 */
@Component
class AttachmentContents {

	private final FilingMapper mapper;

	private final BatchedInserts batched;

	AttachmentContents(FilingMapper mapper, BatchedInserts batched) {
		this.mapper = mapper;
		this.batched = batched;
	}

	void store(Collection<FilingDocument.Attachment> attachments, Instant now) {
		if (attachments.isEmpty()) {
			return;
		}
		Map<String, byte[]> offered = new LinkedHashMap<>();
		attachments.forEach(attachment -> offered.putIfAbsent(attachment.sha256(), attachment.content()));
		Set<String> known = new HashSet<>(mapper.findKnownContents(offered.keySet()));
		batched.insert(BatchedInserts.Insert.CONTENT, offered.entrySet().stream()
			.filter(content -> !known.contains(content.getKey()))
			.map(content -> new NewRows.NewContent(content.getKey(), content.getValue().length, content.getValue(),
					now))
			.toList());
	}

}
