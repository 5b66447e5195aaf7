package cn.beianbridge.bureau;

import java.util.Collection;
import java.util.Map;

/**
 * Where {@link UploadDocumentWriter} takes the bytes of an attachment whose document carries none (its
 * {@code contentBase64} is null): asked once per record as it is written, so a file of 1,000 filings never holds
 * every scan at once. An attachment that carries its own content is written from it without asking.
 */
@FunctionalInterface
public interface AttachmentSource {

	/** Only the documents' own content: an attachment without any cannot be written (its filing is set aside). */
	AttachmentSource OWN_CONTENT = sha256s -> Map.of();

	/**
	 * @param sha256s the contents one record needs (hex SHA-256, as {@code FilingDocument.Attachment#sha256()})
	 * @return the bytes of those found, by SHA-256; one missing makes its record unwritable
	 */
	Map<String, byte[]> contents(Collection<String> sha256s);

}
