package cn.beianbridge.download.internal;

import cn.beianbridge.bureau.DownloadDocument;
import cn.beianbridge.bureau.DownloadDocumentReader;
import cn.beianbridge.bureau.UnreadableDocument;

/**
 * A downloaded file's document, read once: its kind for the stored row, then what is applied.
 *
 * @param document null when it cannot be read
 * @param problem why it cannot be read, or null
 */
record ReadDocument(DownloadDocument document, String problem) {

	// download_file.kind
	private static final int MAX_KIND = 32;

	static ReadDocument of(byte[] content) {
		try {
			return new ReadDocument(new DownloadDocumentReader().read(content), null);
		}
		catch (UnreadableDocument ex) {
			return new ReadDocument(null, ex.getMessage());
		}
	}

	String kind() {
		if (document == null) {
			return "UNREADABLE";
		}
		String kind = document.kind();
		return kind.length() > MAX_KIND ? kind.substring(0, MAX_KIND) : kind;
	}

}
