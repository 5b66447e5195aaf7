package cn.beianbridge.submission;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;

import cn.beianbridge.bureau.SchemaViolation;
import cn.beianbridge.bureau.UploadDocumentWriter;

/**
 * @param providerId our {@code Qqdwid} in upload documents: the provider's numeric id at the bureaus. No default: a
 * value that does not fit the schema's type would make every file fail it (5001), so none starts the application
 */
@ConfigurationProperties("bridge.submission")
public record SubmissionSettings(String providerId) {

	/** What upload-data.xsd types Qqdwid as, in words for the operator. */
	static final String QQDWID_TYPE = "an integer (xs:long) of at least 1, the provider's id the bureaus assigned";

	public SubmissionSettings {
		requireFitsQqdwid(providerId);
	}

	private static void requireFitsQqdwid(String providerId) {
		if (providerId == null || providerId.isBlank()) {
			throw new IllegalArgumentException("bridge.submission.provider-id is missing (BRIDGE_SUBMISSION_PROVIDER_ID): "
					+ "upload-data.xsd wants Qqdwid as " + QQDWID_TYPE);
		}
		List<SchemaViolation> violations = UploadDocumentWriter.qqdwidViolations(providerId);
		if (!violations.isEmpty()) {
			throw new IllegalArgumentException("bridge.submission.provider-id '%s' does not fit the bureau's Qqdwid: "
				.formatted(providerId) + "upload-data.xsd wants " + QQDWID_TYPE + " (" + violations.get(0).rule() + ")");
		}
	}

}
