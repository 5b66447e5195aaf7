package cn.beianbridge.filing.internal;

import java.util.ArrayList;
import java.util.List;

import org.springframework.util.unit.DataSize;

import cn.beianbridge.filing.FilingDocument;
import cn.beianbridge.filing.FilingDocument.Attachment;
import cn.beianbridge.filing.Reason;
import cn.beianbridge.province.Province;

/** The interface's limits per attachment purpose (150 KB for the verification form, 100 KB for ID images and photo). */
public final class AttachmentSizeRule implements FilingRule {

	@Override
	public List<Reason> check(FilingDocument filing, Province province) {
		List<Reason> reasons = new ArrayList<>();
		for (int i = 0; i < filing.attachments().size(); i++) {
			Attachment attachment = filing.attachments().get(i);
			DataSize limit = attachment.purpose() == null ? null
					: province.rules().attachmentMaxSize().get(attachment.purpose().name());
			long size = decodedSize(attachment);
			if (limit != null && size > limit.toBytes()) {
				reasons.add(Reason.of("attachment-too-large", "$.attachments[" + i + "].contentBase64",
						attachment.purpose() + " attachment is " + size + " bytes; " + province.displayName()
								+ " accepts at most " + kilobytes(limit) + " (" + limit.toBytes() + " bytes)"));
			}
		}
		return reasons;
	}

	/** Content that does not decode counts as empty: the contract check reports it. */
	private static long decodedSize(Attachment attachment) {
		if (attachment.contentBase64() == null) {
			return 0;
		}
		try {
			return attachment.content().length;
		}
		catch (IllegalArgumentException ex) {
			return 0;
		}
	}

	private static String kilobytes(DataSize size) {
		return size.toBytes() % 1024 == 0 ? size.toKilobytes() + " KB" : size.toBytes() + " bytes";
	}

}
