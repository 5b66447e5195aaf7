package cn.beianbridge.bureau;

import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import cn.beianbridge.filing.FilingDocument;
import cn.beianbridge.filing.FilingType;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** The schemas the application validates with are the ministry's, byte for byte, and they judge. */
class BureauSchemaTests {

	private static final Charset GBK = Charset.forName("GBK");

	@ParameterizedTest
	@EnumSource(BureauSchema.class)
	void theClasspathCopyIsThePublishedSchema(BureauSchema schema) throws Exception {
		Path published = Path.of(System.getProperty("bridge.shared.dir", "../shared"), "bureau-xsd", schema.file());
		// the project's fixed ground sits beside the checkout; a clone elsewhere has only the classpath copies
		assumeTrue(Files.isRegularFile(published), "no published schemas at " + published.toAbsolutePath());
		try (var copy = BureauSchema.class.getResourceAsStream("/bureau-xsd/" + schema.file())) {
			assertThat(copy.readAllBytes()).isEqualTo(Files.readAllBytes(published));
		}
		assertThat(schema.schema()).isNotNull();
	}

	@Test
	void aDownloadDocumentWithoutItsVersionIsRefusedWithTheLineAndTheReason() {
		byte[] document = "<?xml version=\"1.0\" encoding=\"GBK\"?>\n<DownloadData><ICP/></DownloadData>".getBytes(GBK);

		assertThat(BureauSchema.DOWNLOAD_DATA.violations(document)).isNotEmpty()
			.allSatisfy(violation -> assertThat(violation).matches("\\d+:\\d+: .*"))
			.anySatisfy(violation -> assertThat(violation).contains("version"));
	}

	@Test
	void aViolationNamesItsElementWithPositionsAndItsRuleButNeverTheValue() {
		FilingDocument.Person p = SampleFilings.person("宋佳磊");
		FilingDocument.Person shortPhone = new FilingDocument.Person(p.name(), p.certificate(), "8666-1234", p.mobile(),
				p.email());
		FilingDocument.Website w = SampleFilings.website("w1", "站点", "a.cn");
		FilingDocument.Website second = new FilingDocument.Website("w2", w.name(), List.of("b.cn"), w.homeUrl(),
				w.serviceContent(), w.languages(), null, w.access(), shortPhone, null, null, null);
		FilingDocument filing = SampleFilings.filing("F-2", FilingType.FIRST_FILING, SampleFilings.entity("某公司"),
				List.of(w, second), List.of());
		byte[] document = new UploadDocumentWriter(ConfiguredCodeTables.load()).write("1",
				List.of(SampleFilings.record(SampleFilings.firstFiling("F-1"), 1), SampleFilings.record(filing, 2)));

		assertThat(BureauSchema.UPLOAD_DATA.check(document)).singleElement().satisfies(violation -> {
			assertThat(violation.path()).isEqualTo("UploadData/ICP/XZBA/Baxx[2]/Wz_xx[2]/Wz_Fzr/Fzr_dhhm");
			assertThat(violation.position(3)).isEqualTo(2);
			assertThat(violation.describe(4)).isEqualTo(
					"Wz_xx[2]/Wz_Fzr/Fzr_dhhm: value of length 9 breaks minLength 11 (cvc-minLength-valid)");
			assertThat(violation.toString()).doesNotContain("8666");
		});
	}

	@Test
	void aMissingOrMisplacedElementIsNamedWhereItBelongs() {
		String xml = "<?xml version=\"1.0\" encoding=\"GBK\"?><UploadData version=\"V.3.0\"><ICP><XZJR><Xzxx>"
				+ "<Wz_xx><Wzid>5</Wzid></Wz_xx><IspJrid>6</IspJrid><Wzjrfs><Jrfs>1</Jrfs></Wzjrfs></Xzxx></XZJR>"
				+ "<Qqdwid>beianbridge</Qqdwid></ICP></UploadData>";

		assertThat(BureauSchema.UPLOAD_DATA.check(xml.getBytes(GBK))).extracting(SchemaViolation::toString)
			.containsExactly(
					"UploadData/ICP/XZJR/Xzxx/Wzjrfs: Invalid content was found starting with element 'Wzjrfs'. One of "
							+ "'{Wzfb}' is expected. (cvc-complex-type.2.4.a)",
					"UploadData/ICP/Qqdwid: value is not a valid integer (cvc-datatype-valid.1.2.1)");
	}

	@Test
	void rulesAreReadInEnglishWhateverTheServersLanguage() {
		Locale before = Locale.getDefault();
		Locale.setDefault(Locale.SIMPLIFIED_CHINESE);
		try {
			String xml = "<UploadData version=\"V.3.0\"><ICP><Qqdwid>0</Qqdwid></ICP></UploadData>";
			assertThat(BureauSchema.UPLOAD_DATA.check(xml.getBytes(GBK))).extracting(SchemaViolation::toString)
				.containsExactly("UploadData/ICP/Qqdwid: value breaks minInclusive 1 (cvc-minInclusive-valid)");
			assertThat(BureauSchema.UPLOAD_DATA.check("<UploadData>".getBytes(GBK))).last().asString()
				.contains("not well-formed XML at line 1: XML document structures must start and end");
		}
		finally {
			Locale.setDefault(before);
		}
	}

	@Test
	void somethingThatIsNotXmlIsReportedNotThrown() {
		assertThat(BureauSchema.UPLOAD_DATA.violations("not xml".getBytes(GBK))).singleElement().asString()
			.startsWith("1:1: ");
		assertThat(BureauSchema.UPLOAD_DATA.check("<UploadData><ICP>".getBytes(GBK))).last().asString()
			.startsWith("UploadData/ICP: not well-formed XML at line 1");
	}

}
