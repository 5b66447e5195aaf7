package cn.beianbridge.bureau;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import cn.beianbridge.filing.FilingDocument;
import cn.beianbridge.filing.FilingDocument.Access;
import cn.beianbridge.filing.FilingDocument.Attachment;
import cn.beianbridge.filing.FilingDocument.AttachmentOwner;
import cn.beianbridge.filing.FilingDocument.AttachmentPurpose;
import cn.beianbridge.filing.FilingDocument.PreApproval;
import cn.beianbridge.filing.FilingDocument.Website;
import cn.beianbridge.filing.FilingType;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The ministry's upload-data.xsd judges what the writer makes of generated filings of every shape, for each
 * operation it writes.
 */
class UploadDocumentSchemaTests {

	private static final String QQDWID = "110000000211";

	private final UploadDocumentWriter writer = new UploadDocumentWriter(ConfiguredCodeTables.load());

	@ParameterizedTest
	@EnumSource(value = FilingType.class, names = { "FIRST_FILING", "NEW_WEBSITE", "NEW_ACCESS" })
	void everyGeneratedFileIsValid(FilingType type) {
		for (long seed = 1; seed <= 150; seed++) {
			List<UploadRecord> records = new GeneratedFilings(seed * 31 + type.ordinal()).records(type, 5);
			byte[] document = writer.write(QQDWID, records);
			assertThat(BureauSchema.UPLOAD_DATA.check(document)).as("%s, seed %d", type, seed).isEmpty();
		}
	}

	@Test
	void everyCodeOfEveryTableMakesAValidFile() {
		CodeTables tables = ConfiguredCodeTables.load();
		List<String> invalid = new ArrayList<>();
		tables.serviceContent().keySet().forEach(name -> check(invalid, "service-content " + name,
				website(name, "ZH_CN", "CLOUD", "330100", null)));
		tables.language().keySet().forEach(name -> check(invalid, "language " + name,
				website("OTHER", name, "CLOUD", "330100", null)));
		tables.accessMethod().keySet().forEach(name -> check(invalid, "access-method " + name,
				website("OTHER", "ZH_CN", name, "330100", null)));
		tables.serverLocation().keySet().forEach(name -> check(invalid, "server-location " + name,
				website("OTHER", "ZH_CN", "CLOUD", name, null)));
		tables.preApprovalType().keySet().forEach(name -> check(invalid, "pre-approval-type " + name,
				website("OTHER", "ZH_CN", "CLOUD", "330100", new PreApproval(name, "第001号"))));
		tables.entityNature().forEach((name, code) -> assertThat(Long.parseLong(code)).as(name).isBetween(1L, 999L));
		tables.certificateType().forEach((name, code) -> assertThat(Long.parseLong(code)).as(name).isBetween(1L, 999L));
		tables.attachmentFormat().forEach((name, code) -> assertThat(Long.parseLong(code)).as(name).isPositive());
		tables.attachmentPurpose().forEach((name, code) -> assertThat(Long.parseLong(code)).as(name).isPositive());
		assertThat(invalid).isEmpty();
	}

	private void check(List<String> invalid, String what, Website website) {
		List<Attachment> scans = website.preApproval() == null ? List.of()
				: List.of(SampleFilings.attachment(AttachmentPurpose.PRE_APPROVAL_DOCUMENT, AttachmentOwner.WEBSITE, "w1",
						new byte[] { 1 }));
		FilingDocument filing = SampleFilings.filing("C-1", FilingType.FIRST_FILING, SampleFilings.entity("某公司"),
				List.of(website), scans);
		List<SchemaViolation> violations = BureauSchema.UPLOAD_DATA
			.check(writer.write(QQDWID, List.of(SampleFilings.record(filing, 1))));
		if (!violations.isEmpty()) {
			invalid.add(what + ": " + violations);
		}
	}

	private static Website website(String serviceContent, String language, String method, String serverLocation,
			PreApproval preApproval) {
		Website w = SampleFilings.website("w1", "站点", "example.cn");
		return new Website(w.consoleWebsiteId(), w.name(), w.domains(), w.homeUrl(), serviceContent, List.of(language),
				preApproval, new Access(method, serverLocation, w.access().ipRanges()), w.responsiblePerson(), null, null,
				null);
	}

}
