package cn.beianbridge.filing.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
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

	/**
	 * Raw bytes per insert statement: sealed and escaped they stay well below MariaDB's default max_allowed_packet
	 * (16 MB) however many scans a page carries.
	 */
	static final int BYTES_PER_STATEMENT = 4 * 1024 * 1024;

	private final FilingMapper mapper;

	AttachmentContents(FilingMapper mapper) {
		this.mapper = mapper;
	}

	void store(Collection<FilingDocument.Attachment> attachments, Instant now) {
		if (attachments.isEmpty()) {
			return;
		}
		Map<String, byte[]> offered = new LinkedHashMap<>();
		attachments.forEach(attachment -> offered.putIfAbsent(attachment.sha256(), attachment.content()));
		Set<String> known = new HashSet<>();
		for (List<String> some : Chunks.of(List.copyOf(offered.keySet()), Chunks.ROWS)) {
			known.addAll(mapper.findKnownContents(some));
		}
		List<NewRows.NewContent> statement = new ArrayList<>();
		long bytes = 0;
		for (Map.Entry<String, byte[]> content : offered.entrySet()) {
			if (known.contains(content.getKey())) {
				continue;
			}
			int size = content.getValue().length;
			if (!statement.isEmpty() && (bytes + size > BYTES_PER_STATEMENT || statement.size() == Chunks.ROWS)) {
				mapper.insertAttachmentContents(statement);
				statement = new ArrayList<>();
				bytes = 0;
			}
			statement.add(new NewRows.NewContent(content.getKey(), size, content.getValue(), now));
			bytes += size;
		}
		if (!statement.isEmpty()) {
			mapper.insertAttachmentContents(statement);
		}
	}

}
