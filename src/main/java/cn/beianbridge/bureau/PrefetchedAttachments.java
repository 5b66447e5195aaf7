package cn.beianbridge.bureau;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import cn.beianbridge.filing.FilingDocument;

/**
 * An {@link AttachmentSource} that asks its source for the contents of the next {@code window} attachments at once,
 * in the order the records need them, and keeps only that window: a file's records are written in order (measured
 * once, then packed file by file), so a thousand records cost a few queries, not one per record, and no more than a
 * window of scans is held (the interface caps one at 150 KB).
 */
public final class PrefetchedAttachments implements AttachmentSource {

	/** Contents fetched together: at most 64 x 150 KB in memory per province. */
	public static final int WINDOW = 64;

	private final AttachmentSource source;

	private final List<String> order;

	private final Map<String, Integer> positions = new HashMap<>();

	private final int window;

	private Map<String, byte[]> held = Map.of();

	/**
	 * @param records in the order they will be written; only attachments without their own content are fetched
	 */
	public PrefetchedAttachments(AttachmentSource source, List<? extends UploadItem> records, int window) {
		if (window < 1) {
			throw new IllegalArgumentException("window must be at least 1, not " + window);
		}
		this.source = source;
		this.window = window;
		Set<String> needed = new LinkedHashSet<>();
		for (UploadItem record : records) {
			for (FilingDocument.Attachment attachment : attachments(record)) {
				if (attachment.contentBase64() == null && attachment.sha256() != null) {
					needed.add(attachment.sha256());
				}
			}
		}
		this.order = List.copyOf(needed);
		for (int i = 0; i < order.size(); i++) {
			positions.put(order.get(i), i);
		}
	}

	@Override
	public Map<String, byte[]> contents(Collection<String> sha256s) {
		if (!held.keySet().containsAll(sha256s)) {
			held = refill(sha256s);
		}
		Map<String, byte[]> asked = new HashMap<>();
		sha256s.forEach(sha256 -> {
			byte[] content = held.get(sha256);
			if (content != null) {
				asked.put(sha256, content);
			}
		});
		return asked;
	}

	/**
	 * Keeps what is held of the asked contents, and fetches the missing ones with those that follow them, up to the
	 * window (more if one record needs more).
	 */
	private Map<String, byte[]> refill(Collection<String> sha256s) {
		Map<String, byte[]> kept = new HashMap<>();
		Set<String> fetch = new LinkedHashSet<>();
		for (String sha256 : sha256s) {
			if (held.containsKey(sha256)) {
				kept.put(sha256, held.get(sha256));
			}
			else {
				fetch.add(sha256);
			}
		}
		int first = fetch.stream().map(positions::get).filter(p -> p != null).min(Integer::compare)
			.orElse(order.size());
		for (int i = first; i < order.size() && kept.size() + fetch.size() < window; i++) {
			if (!kept.containsKey(order.get(i))) {
				fetch.add(order.get(i));
			}
		}
		kept.putAll(source.contents(new ArrayList<>(fetch)));
		return kept;
	}

	private static List<FilingDocument.Attachment> attachments(UploadItem item) {
		List<FilingDocument.Attachment> attachments = item instanceof UploadRecord record ? record.filing().attachments()
				: item instanceof ChangeRecord change ? change.filing().attachments() : null;
		return attachments == null ? List.of() : attachments;
	}

}
