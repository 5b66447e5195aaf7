package cn.beianbridge.filing;

import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.List;

import cn.beianbridge.shared.LogMasking;

/**
 * A photo-approved filing exactly as the console hands it over (contracts/filing.schema.json), or a change or a
 * cancellation of what is filed. Names, not bureau codes: the bureau's code tables are configuration. Text is kept
 * exactly as given.
 *
 * @param photoApprovedAt null only for a CHANGE or CANCEL the console sent without it
 * @param entity null for a CANCEL, which names its target in {@code cancellation} instead
 * @param cancellation what a CANCEL cancels; null for every other type
 */
public record FilingDocument(String consoleFilingId, FilingType filingType, String province,
		OffsetDateTime photoApprovedAt, PhotoVerification photoVerification, String filingPasswordMd5,
		Entity entity, EmergencyContact emergencyContact, List<Website> websites, List<Attachment> attachments,
		Cancellation cancellation) {

	public FilingDocument {
		websites = websites == null ? List.of() : List.copyOf(websites);
		attachments = attachments == null ? List.of() : List.copyOf(attachments);
	}

	/** Any filing but a CANCEL. */
	public FilingDocument(String consoleFilingId, FilingType filingType, String province,
			OffsetDateTime photoApprovedAt, PhotoVerification photoVerification, String filingPasswordMd5,
			Entity entity, EmergencyContact emergencyContact, List<Website> websites, List<Attachment> attachments) {
		this(consoleFilingId, filingType, province, photoApprovedAt, photoVerification, filingPasswordMd5, entity,
				emergencyContact, websites, attachments, null);
	}

	public enum PhotoVerificationMethod {
		BACKDROP_PHOTO, APP_COLLECTION_CODE
	}

	public enum EntityNature {
		ENTERPRISE, INDIVIDUAL, GOVERNMENT, PUBLIC_INSTITUTION, SOCIAL_ORGANIZATION, MILITARY,
		PRIVATE_NON_ENTERPRISE, FOUNDATION, LAW_FIRM, OTHER
	}

	public enum CertificateType {
		RESIDENT_ID, UNIFIED_SOCIAL_CREDIT_CODE, PASSPORT, HK_MACAO_PERMIT, TAIWAN_PERMIT, MILITARY_ID, OTHER
	}

	public enum AttachmentPurpose {
		VERIFICATION_FORM, ENTITY_CERTIFICATE, ENTITY_PERSON_ID, WEBSITE_PERSON_ID, SITE_PHOTO,
		DOMAIN_CERTIFICATE, AUTHORIZATION_LETTER, COMMITMENT_LETTER, PRE_APPROVAL_DOCUMENT, OTHER
	}

	public enum AttachmentFormat {
		JPG, PNG, PDF
	}

	public enum AttachmentOwner {
		ENTITY, WEBSITE
	}

	/** What a CANCEL takes away: the entity with all its websites, one website, or only our access to one. */
	public enum CancellationKind {
		ENTITY, WEBSITE, ACCESS
	}

	public record PhotoVerification(PhotoVerificationMethod method, String collectionCode) {
	}

	public record Certificate(CertificateType type, String number, String address) {

		@Override
		public String toString() {
			return "Certificate[type=%s, number=%s, address=%s]"
				.formatted(type, LogMasking.hidden(number), LogMasking.hidden(address));
		}

	}

	public record Person(String name, Certificate certificate, String officePhone, String mobile, String email) {

		@Override
		public String toString() {
			return "Person[name=%s, certificate=%s, officePhone=%s, mobile=%s, email=%s]"
				.formatted(LogMasking.hidden(name), certificate, LogMasking.hidden(officePhone),
						LogMasking.hidden(mobile), LogMasking.hidden(email));
		}

	}

	public record Region(String provinceCode, String cityCode, String countyCode) {
	}

	public record Entity(String name, EntityNature nature, String investor, Region region, String address,
			Certificate certificate, Person responsiblePerson, String icpNumber, Long bureauEntityId) {

		@Override
		public String toString() {
			return ("Entity[name=%s, nature=%s, investor=%s, region=%s, address=%s, certificate=%s, "
					+ "responsiblePerson=%s, icpNumber=%s, bureauEntityId=%s]")
				.formatted(nature == EntityNature.INDIVIDUAL ? LogMasking.hidden(name) : name, nature,
						LogMasking.hidden(investor), region, LogMasking.hidden(address), certificate,
						responsiblePerson, icpNumber, bureauEntityId);
		}

	}

	public record EmergencyContact(String name, String mobile) {

		@Override
		public String toString() {
			return "EmergencyContact[name=%s, mobile=%s]"
				.formatted(LogMasking.hidden(name), LogMasking.hidden(mobile));
		}

	}

	public record PreApproval(String type, String number) {
	}

	public record IpRange(String start, String end) {
	}

	/** method, serviceContent, languages and preApproval.type are code-table names (config maps them). */
	public record Access(String method, String serverLocation, List<IpRange> ipRanges) {

		public Access {
			ipRanges = ipRanges == null ? List.of() : List.copyOf(ipRanges);
		}

	}

	public record Website(String consoleWebsiteId, String name, List<String> domains, String homeUrl,
			String serviceContent, List<String> languages, PreApproval preApproval, Access access,
			Person responsiblePerson, String remarks, String icpNumber, Long bureauWebsiteId) {

		public Website {
			domains = domains == null ? List.of() : List.copyOf(domains);
			languages = languages == null ? List.of() : List.copyOf(languages);
		}

	}

	public record Attachment(AttachmentPurpose purpose, AttachmentFormat format, AttachmentOwner owner,
			String consoleWebsiteId, String contentBase64, String sha256) {

		/** The decoded bytes; the contract validator has already checked that this decodes. */
		public byte[] content() {
			return Base64.getDecoder().decode(contentBase64);
		}

		@Override
		public String toString() {
			return ("Attachment[purpose=%s, format=%s, owner=%s, consoleWebsiteId=%s, contentBase64=%s, "
					+ "sha256=%s]")
				.formatted(purpose, format, owner, consoleWebsiteId,
						contentBase64 == null ? "null" : contentBase64.length() + " characters", sha256);
		}

	}

	/**
	 * A CANCEL's target and why.
	 *
	 * @param icpNumber the entity's number for ENTITY, the website's for WEBSITE and ACCESS
	 * @param reasonCode the reason's id in the bureau's cancel-reason table (1–999)
	 * @param remark the customer's words, or null; may hold personal data, so it is sealed at rest
	 * @param filingPasswordMd5 required for ENTITY
	 */
	public record Cancellation(CancellationKind kind, String icpNumber, Integer reasonCode, String remark,
			String filingPasswordMd5) {

		@Override
		public String toString() {
			return "Cancellation[kind=%s, icpNumber=%s, reasonCode=%s, remark=%s, filingPasswordMd5=%s]"
				.formatted(kind, icpNumber, reasonCode, LogMasking.hidden(remark), LogMasking.hidden(filingPasswordMd5));
		}

	}

}
