package cn.beianbridge.collection;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import cn.beianbridge.filing.FilingDocument;
import cn.beianbridge.filing.FilingState;
import cn.beianbridge.filing.Filings;
import cn.beianbridge.support.BridgeHttp;
import cn.beianbridge.support.FilingJson;

import static cn.beianbridge.support.FilingJson.aFirstFiling;
import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "bridge.intake.max-bytes=64KB")
@ActiveProfiles("test")
class PushIntakeTests {

	private static final String TOKEN = "test-intake-token";

	@LocalServerPort
	int port;

	@Autowired
	Filings filings;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	MeterRegistry meters;

	BridgeHttp http;

	@BeforeEach
	void connect() {
		http = new BridgeHttp(port);
	}

	@Test
	void aNewFilingIsAcceptedOnceAndAgainAnswersWithTheSameId() {
		// photo-approved on Friday 27 Nov: due by the end of Monday 30 Nov
		byte[] filing = aFirstFiling().withConsoleFilingId("PUSH-NEW-1").photoApprovedAt("2026-11-27T15:04:05+08:00")
			.bytes();

		BridgeHttp.Response first = http.post("/api/v1/filings", TOKEN, filing);
		BridgeHttp.Response again = http.post("/api/v1/filings", TOKEN, filing);

		assertThat(first.status()).isEqualTo(202);
		assertThat(first.json().get("state").asText()).isEqualTo("RECEIVED");
		assertThat(again.status()).isEqualTo(200);
		assertThat(again.json().get("id").asLong()).isEqualTo(first.json().get("id").asLong());
		assertThat(jdbc.queryForObject("select count(*) from filing where console_filing_id = 'PUSH-NEW-1'",
				Integer.class)).isOne();
		long id = first.json().get("id").asLong();
		assertThat(filings.history(id)).singleElement()
			.satisfies(entry -> assertThat(entry.toState()).isEqualTo(FilingState.RECEIVED));
		assertThat(filings.find(id).orElseThrow().submissionDeadline()).isEqualTo("2026-11-30T16:00:00Z");
	}

	@Test
	void aFilingThatBreaksAProvinceRuleIsHeldWithItsReasonAndTheConsoleIsTold() {
		// Shanghai wants the app's collection code instead of a backdrop photo.
		byte[] filing = aFirstFiling().inProvince("31").withConsoleFilingId("PUSH-HELD-1")
			.photoApprovedAt("2026-11-27T15:04:05+08:00").bytes();

		BridgeHttp.Response response = http.post("/api/v1/filings", TOKEN, filing);

		assertThat(response.status()).isEqualTo(202);
		assertThat(response.json().get("state").asText()).isEqualTo("HELD");
		assertThat(texts(response.json().get("reasons"), "code")).contains("photo-verification-method");
		long id = response.json().get("id").asLong();
		assertThat(filings.holdReasons(id)).extracting("code").contains("photo-verification-method");
		assertThat(filings.events("PUSH-HELD-1")).singleElement().satisfies(event -> assertThat(event)
			.contains("\"type\":\"HELD\"", "\"submissionDeadline\":\"2026-12-01T00:00:00+08:00\"", "photo"));
	}

	@Test
	void everyFieldErrorIsReportedTogetherAndNothingIsStoredButTheInputIsKept() {
		ObjectNode filing = aFirstFiling().withConsoleFilingId("PUSH-BAD-1").build();
		((ObjectNode) filing.get("entity")).remove("address");
		((ObjectNode) filing.get("entity")).put("nature", "PIRATE");
		((ObjectNode) filing.at("/entity/responsiblePerson")).put("mobile", "12345");
		((ObjectNode) filing.at("/websites/0/access/ipRanges/0")).put("start", "300.1.1.1");
		filing.put("colour", "red");
		long rejectedBefore = filings.rejectedInputs();

		BridgeHttp.Response response = http.post("/api/v1/filings", TOKEN, bytes(filing));

		assertThat(response.status()).isEqualTo(400);
		assertThat(texts(response.json().get("errors"), "field")).contains("$.entity.address", "$.entity.nature",
				"$.entity.responsiblePerson.mobile", "$.websites[0].access.ipRanges[0].start", "$.colour");
		assertThat(filings.findByConsoleFilingId("PUSH-BAD-1")).isEmpty();
		assertThat(filings.rejectedInputs()).isEqualTo(rejectedBefore + 1);
		assertThat(filings.events("PUSH-BAD-1")).singleElement()
			.satisfies(event -> assertThat(event).contains("\"type\":\"HELD\"", "$.entity.address"));
	}

	@Test
	void aRejectedFilingPushedAgainIsAnsweredAlikeButKeptAndAnnouncedOnce() {
		ObjectNode filing = aFirstFiling().withConsoleFilingId("PUSH-BAD-AGAIN").build();
		((ObjectNode) filing.get("entity")).remove("address");
		long rejectedBefore = filings.rejectedInputs();

		BridgeHttp.Response first = http.post("/api/v1/filings", TOKEN, bytes(filing));
		BridgeHttp.Response again = http.post("/api/v1/filings", TOKEN, bytes(filing));

		assertThat(again.status()).isEqualTo(first.status()).isEqualTo(400);
		assertThat(texts(again.json().get("errors"), "field")).contains("$.entity.address");
		assertThat(filings.rejectedInputs()).isEqualTo(rejectedBefore + 1);
		assertThat(filings.events("PUSH-BAD-AGAIN")).singleElement()
			.satisfies(event -> assertThat(event).contains("\"type\":\"HELD\""));
	}

	@Test
	void aChecksumOrAttachmentMistakeIsAFieldErrorToo() {
		ObjectNode filing = aFirstFiling().withConsoleFilingId("PUSH-BAD-2").build();
		String id = filing.at("/entity/responsiblePerson/certificate/number").asText();
		((ObjectNode) filing.at("/entity/responsiblePerson/certificate")).put("number",
				id.substring(0, 16) + (id.charAt(16) == '1' ? '2' : '1') + id.charAt(17));
		((ObjectNode) filing.at("/attachments/0")).put("sha256", "0".repeat(64));

		BridgeHttp.Response response = http.post("/api/v1/filings", TOKEN, bytes(filing));

		assertThat(response.status()).isEqualTo(400);
		assertThat(texts(response.json().get("errors"), "field")).contains(
				"$.entity.responsiblePerson.certificate.number", "$.attachments[0].sha256");
	}

	@Test
	void inputThatIsNotAFilingAtAllIsABadRequestNeverAServerError() {
		for (String body : new String[] { "", "not json", "[1,2]", "{\"consoleFilingId\": 7}", "null" }) {
			BridgeHttp.Response response = http.post("/api/v1/filings", TOKEN, body.getBytes(StandardCharsets.UTF_8));
			assertThat(response.status()).as(body).isEqualTo(400);
			assertThat(response.json().get("errors").size()).as(body).isPositive();
		}
	}

	@Test
	void withoutTheRightTokenNothingIsTakenIn() {
		byte[] filing = aFirstFiling().withConsoleFilingId("PUSH-AUTH-1").bytes();

		assertThat(http.post("/api/v1/filings", null, filing).status()).isEqualTo(401);
		assertThat(http.post("/api/v1/filings", "wrong", filing).status()).isEqualTo(401);
		assertThat(filings.findByConsoleFilingId("PUSH-AUTH-1")).isEmpty();
	}

	@Test
	void aBodyOverTheConfiguredSizeIsRefusedWith413() {
		ObjectNode filing = aFirstFiling().withConsoleFilingId("PUSH-BIG-1").build();
		filing.withArray("attachments").add(FilingJson.attachment("OTHER", "ENTITY", null, "x".repeat(70_000)));

		BridgeHttp.Response response = http.post("/api/v1/filings", TOKEN, bytes(filing));

		assertThat(response.status()).isEqualTo(413);
		assertThat(filings.findByConsoleFilingId("PUSH-BIG-1")).isEmpty();
	}

	@Test
	void textIsStoredExactlyAsGivenMarkupCharactersIncluded() {
		ObjectNode filing = aFirstFiling().withConsoleFilingId("PUSH-TEXT-1").build();
		((ObjectNode) filing.get("entity")).put("name", "<b>\"甲&乙\"</b> 'Co' 喆堃");
		((ObjectNode) filing.at("/websites/0")).put("remarks", "  leading and trailing spaces  ");

		BridgeHttp.Response response = http.post("/api/v1/filings", TOKEN, bytes(filing));

		FilingDocument stored = filings.document(response.json().get("id").asLong()).orElseThrow();
		assertThat(stored.entity().name()).isEqualTo("<b>\"甲&乙\"</b> 'Co' 喆堃");
		assertThat(stored.websites().get(0).remarks()).isEqualTo("  leading and trailing spaces  ");
		assertThat(stored.attachments()).hasSize(2);
		assertThat(stored.attachments().get(0).content()).isEqualTo("licence scan".getBytes(StandardCharsets.UTF_8));
	}

	@Test
	void whatComesInIsCountedPerOutcomeForOperators() {
		double held = count("HELD");
		double rejected = count("REJECTED");

		http.post("/api/v1/filings", TOKEN, aFirstFiling().inProvince("31").withConsoleFilingId("PUSH-M-1").bytes());
		http.post("/api/v1/filings", TOKEN, "{}".getBytes(StandardCharsets.UTF_8));

		assertThat(count("HELD")).isEqualTo(held + 1);
		assertThat(count("REJECTED")).isEqualTo(rejected + 1);
	}

	private double count(String outcome) {
		Counter counter = meters.find("bridge.intake.filings").tags("source", "PUSH", "outcome", outcome).counter();
		return counter == null ? 0 : counter.count();
	}

	private static byte[] bytes(JsonNode node) {
		return node.toString().getBytes(StandardCharsets.UTF_8);
	}

	private static List<String> texts(JsonNode array, String field) {
		List<String> values = new ArrayList<>();
		array.forEach(item -> values.add(item.path(field).asText()));
		return values;
	}

}
