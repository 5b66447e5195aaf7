package cn.beianbridge.bureau.internal;

import java.util.List;
import java.util.Map;
import java.util.Objects;

import cn.beianbridge.bureau.AttachmentSource;
import cn.beianbridge.filing.FilingDocument.Attachment;

/**
 * One record's attachment bytes while it is written: those its document carries as Base64, the others fetched from
 * the {@link AttachmentSource} in one call for the record and dropped with it.
 */
public final class AttachmentContents {

	private final Map<String, byte[]> fetched;

	private AttachmentContents(Map<String, byte[]> fetched) {
		this.fetched = fetched;
	}

	public static AttachmentContents of(List<Attachment> attachments, AttachmentSource source) {
		List<String> missing = attachments.stream()
			.filter(attachment -> attachment.contentBase64() == null && attachment.sha256() != null)
			.map(Attachment::sha256)
			.distinct()
			.toList();
		return new AttachmentContents(missing.isEmpty() ? Map.of() : Objects.requireNonNull(source.contents(missing)));
	}

	/** The attachment's content as the element's text: its own Base64 as is, or the fetched bytes encoded on the way. */
	void write(DocumentOutput out, String element, Attachment attachment) {
		if (attachment.contentBase64() != null) {
			out.required(element, attachment.contentBase64());
			return;
		}
		byte[] bytes = attachment.sha256() == null ? null : fetched.get(attachment.sha256());
		if (bytes == null) {
			throw new IllegalArgumentException("%s: the content of attachment %s (%s) is not stored".formatted(element,
					attachment.sha256(), attachment.purpose()));
		}
		out.base64(element, bytes);
	}

}
