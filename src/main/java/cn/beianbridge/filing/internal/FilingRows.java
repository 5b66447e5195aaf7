package cn.beianbridge.filing.internal;

import java.time.Instant;

import cn.beianbridge.filing.FilingDocument.AttachmentFormat;
import cn.beianbridge.filing.FilingDocument.AttachmentOwner;
import cn.beianbridge.filing.FilingDocument.AttachmentPurpose;
import cn.beianbridge.filing.FilingDocument.CancellationKind;
import cn.beianbridge.filing.FilingDocument.CertificateType;
import cn.beianbridge.filing.FilingDocument.EntityNature;
import cn.beianbridge.filing.FilingDocument.PhotoVerificationMethod;
import cn.beianbridge.filing.FilingState;
import cn.beianbridge.filing.FilingType;
import cn.beianbridge.shared.LogMasking;

/** Flat rows as the tables hold them; {@link FilingReader} assembles them into a document. */
final class FilingRows {

	private FilingRows() {
	}

	/** filing_cancellation; the remark sealed. */
	record CancellationRow(CancellationKind kind, String icpNumber, Integer reasonCode, String remark, long filingId) {

		@Override
		public String toString() {
			return "CancellationRow[kind=%s, icpNumber=%s, reasonCode=%s, remark=%s, filingId=%s]".formatted(kind,
					icpNumber, reasonCode, LogMasking.hidden(remark), filingId);
		}

	}

	record FilingRow(long id, String consoleFilingId, FilingType filingType, String province,
			Instant photoApprovedAt, PhotoVerificationMethod photoMethod, String collectionCode,
			String filingPasswordMd5, String entityName, EntityNature entityNature, String entityInvestor,
			String regionProvince, String regionCity, String regionCounty, String entityAddress,
			CertificateType entityCertType, String entityCertNumber, String entityCertAddress,
			String entityIcpNumber, Long bureauEntityId, String personName, CertificateType personCertType,
			String personCertNumber, String personCertAddress, String personOfficePhone, String personMobile,
			String personEmail, String emergencyName, String emergencyMobile, Instant submissionDeadline) {

		/** The row with its personal data opened (FilingMapper.xml seals it). */
		FilingRow opened(cn.beianbridge.crypto.PersonalData data) {
			return new FilingRow(id, consoleFilingId, filingType, province, photoApprovedAt, photoMethod, collectionCode,
					filingPasswordMd5, data.open(entityName), entityNature, data.open(entityInvestor), regionProvince,
					regionCity, regionCounty, data.open(entityAddress), entityCertType, data.open(entityCertNumber),
					data.open(entityCertAddress), entityIcpNumber, bureauEntityId, data.open(personName), personCertType,
					data.open(personCertNumber), data.open(personCertAddress), data.open(personOfficePhone),
					data.open(personMobile), data.open(personEmail), data.open(emergencyName),
					data.open(emergencyMobile), submissionDeadline);
		}

		@Override
		public String toString() {
			return ("FilingRow[id=%s, consoleFilingId=%s, filingType=%s, province=%s, photoApprovedAt=%s, "
					+ "photoMethod=%s, collectionCode=%s, filingPasswordMd5=%s, entityName=%s, entityNature=%s, "
					+ "entityInvestor=%s, regionProvince=%s, regionCity=%s, regionCounty=%s, entityAddress=%s, "
					+ "entityCertType=%s, entityCertNumber=%s, entityCertAddress=%s, entityIcpNumber=%s, "
					+ "bureauEntityId=%s, personName=%s, personCertType=%s, personCertNumber=%s, "
					+ "personCertAddress=%s, personOfficePhone=%s, personMobile=%s, personEmail=%s, "
					+ "emergencyName=%s, emergencyMobile=%s, submissionDeadline=%s]")
				.formatted(id, consoleFilingId, filingType, province, photoApprovedAt, photoMethod, collectionCode,
						LogMasking.hidden(filingPasswordMd5),
						entityNature == EntityNature.INDIVIDUAL ? LogMasking.hidden(entityName) : entityName,
						entityNature, LogMasking.hidden(entityInvestor), regionProvince, regionCity, regionCounty,
						LogMasking.hidden(entityAddress), entityCertType, LogMasking.hidden(entityCertNumber),
						LogMasking.hidden(entityCertAddress), entityIcpNumber, bureauEntityId,
						LogMasking.hidden(personName), personCertType, LogMasking.hidden(personCertNumber),
						LogMasking.hidden(personCertAddress), LogMasking.hidden(personOfficePhone),
						LogMasking.hidden(personMobile), LogMasking.hidden(personEmail),
						LogMasking.hidden(emergencyName), LogMasking.hidden(emergencyMobile), submissionDeadline);
		}

	}

	record WebsiteRow(long id, String consoleWebsiteId, String name, String homeUrl, String serviceContent,
			String languages, String preApprovalType, String preApprovalNumber, String accessMethod,
			String serverLocation, String personName, CertificateType personCertType, String personCertNumber,
			String personCertAddress, String personOfficePhone, String personMobile, String personEmail,
			String remarks, String icpNumber, Long bureauWebsiteId, long filingId) {

		/** The row with its responsible person opened (FilingMapper.xml seals it). */
		WebsiteRow opened(cn.beianbridge.crypto.PersonalData data) {
			return new WebsiteRow(id, consoleWebsiteId, name, homeUrl, serviceContent, languages, preApprovalType,
					preApprovalNumber, accessMethod, serverLocation, data.open(personName), personCertType,
					data.open(personCertNumber), data.open(personCertAddress), data.open(personOfficePhone),
					data.open(personMobile), data.open(personEmail), remarks, icpNumber, bureauWebsiteId, filingId);
		}

		@Override
		public String toString() {
			return ("WebsiteRow[id=%s, consoleWebsiteId=%s, name=%s, homeUrl=%s, serviceContent=%s, languages=%s, "
					+ "preApprovalType=%s, preApprovalNumber=%s, accessMethod=%s, serverLocation=%s, personName=%s, "
					+ "personCertType=%s, personCertNumber=%s, personCertAddress=%s, personOfficePhone=%s, "
					+ "personMobile=%s, personEmail=%s, remarks=%s, icpNumber=%s, bureauWebsiteId=%s, filingId=%s]")
				.formatted(id, consoleWebsiteId, name, homeUrl, serviceContent, languages, preApprovalType,
						preApprovalNumber, accessMethod, serverLocation, LogMasking.hidden(personName), personCertType,
						LogMasking.hidden(personCertNumber), LogMasking.hidden(personCertAddress),
						LogMasking.hidden(personOfficePhone), LogMasking.hidden(personMobile),
						LogMasking.hidden(personEmail), LogMasking.hidden(remarks), icpNumber, bureauWebsiteId, filingId);
		}

	}

	record DomainRow(long id, long websiteId, String domain) {
	}

	record IpRangeRow(long id, long websiteId, String startIp, String endIp) {
	}

	/**
	 * A filing's attachment; {@code content} null when it was not asked for (a bulk read) or the retention purge
	 * dropped it.
	 */
	record AttachmentRow(AttachmentPurpose purpose, AttachmentFormat format, AttachmentOwner owner,
			String consoleWebsiteId, String sha256, byte[] content, long filingId) {

		/** The row with its bytes opened (FilingMapper.xml seals them). */
		AttachmentRow opened(cn.beianbridge.crypto.PersonalData data) {
			return new AttachmentRow(purpose, format, owner, consoleWebsiteId, sha256, data.open(content), filingId);
		}

	}

	/** attachment_content: the bytes (sealed) of one sha256; null once the retention purge dropped them. */
	record ContentRow(String sha256, byte[] content) {
	}

	/**
	 * The entity's ICP number from the console (an existing entity) and the one the bureau filed (BASJ). With the
	 * id: a row of nulls only would come back from MyBatis as no row at all.
	 */
	record EntityNumbersRow(long id, String entityIcpNumber, String approvedEntityIcp) {
	}

	record WebsiteNumbersRow(long id, String consoleWebsiteId, String icpNumber, String approvedIcpNumber) {
	}

	/** One state's filings, and how many of them carry a flag that still calls for action. */
	record StateCountRow(FilingState state, long filings, long reviewOverdue, long deadlineMissed) {
	}

	/** A filing's state, to name the ones a bulk move did not find where it expected them. */
	record StateRow(long id, FilingState state) {
	}

	record ReasonRow(ReasonKind kind, Instant occurredAt, String code, String field, String text) {
	}

	record DeliveryCountRow(String deliveryStatus, long events) {
	}

}
