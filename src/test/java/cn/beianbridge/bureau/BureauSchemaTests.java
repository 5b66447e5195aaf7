package cn.beianbridge.bureau;

import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

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
	void somethingThatIsNotXmlIsReportedNotThrown() {
		assertThat(BureauSchema.UPLOAD_DATA.violations("not xml".getBytes(GBK))).singleElement().asString()
			.startsWith("1:1: ");
	}

}
