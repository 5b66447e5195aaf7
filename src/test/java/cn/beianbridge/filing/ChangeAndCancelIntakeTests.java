package cn.beianbridge.filing;

import static cn.beianbridge.support.FilingJson.aCancellation;
import static cn.beianbridge.support.FilingJson.aChange;
import static cn.beianbridge.support.FilingJson.aFirstFiling;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;

import com.fasterxml.jackson.databind.node.ObjectNode;

import cn.beianbridge.filing.FilingDocument.CancellationKind;
import cn.beianbridge.submission.ProvinceSubmitter;
import cn.beianbridge.support.FilingJson;
import cn.beianbridge.support.SimulatedBureausTestSupport;

/**
 * CHANGE and CANCEL filings taken in (bridge.intake.change-and-cancel.enabled) on H2: stored and read back as sent,
 * held by the province rules intake can check, and taken up by the submit job. Fujian wants a
 * change to list every website of the entity here.
 */
@TestPropertySource(properties = { "bridge.intake.change-and-cancel.enabled=true",
		"bridge.provinces.35.rules.change-and-cancel.change-lists-every-website=true" })
class ChangeAndCancelIntakeTests extends SimulatedBureausTestSupport {

	@Autowired
	FilingIntake intake;

	@Autowired
	Filings filings;

	@Autowired
	FilingContract contract;

	@Autowired
	ProvinceSubmitter submitter;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	HeldFilings held;

	@Test
	void aChangeIsStoredAndReadBackAsTheConsoleSentIt() {
		byte[] change = aChange().withConsoleFilingId("CHG-STORE").withWebsites(2).bytes();

		IntakeResult result = intake.accept(change, IntakeSource.PUSH, "test");

		assertThat(result.outcome()).isEqualTo(IntakeResult.Outcome.STORED);
		assertThat(result.state()).isEqualTo(FilingState.RECEIVED);
		assertThat(filings.document(result.filingId())).contains(contract.check(change).document());
	}

	@Test
	void aChangeWithoutANewPhotoVerificationIsKeptHeldWhereTheProvinceWantsOne() {
		ObjectNode change = aChange().withConsoleFilingId("CHG-NO-PHOTO").build();
		change.remove(List.of("photoVerification", "photoApprovedAt"));

		IntakeResult result = intake.accept(bytes(change), IntakeSource.PUSH, "test");

		assertThat(result.outcome()).isEqualTo(IntakeResult.Outcome.HELD);
		assertThat(result.reasons()).extracting(Reason::code, Reason::field)
			.containsExactly(tuple("change-photo-verification", "$.photoVerification"));
		FilingDocument stored = filings.document(result.filingId()).orElseThrow();
		assertThat(stored.photoVerification()).isNull();
		assertThat(stored.photoApprovedAt()).isNull();
		// without an approval time the deadline counts from intake
		FilingSummary summary = filings.find(result.filingId()).orElseThrow();
		assertThat(summary.submissionDeadline()).isAfter(summary.receivedAt());
	}

	@ParameterizedTest
	@EnumSource(CancellationKind.class)
	void aCancelOfEachKindIsStoredWithItsRemarkSealed(CancellationKind kind) {
		ObjectNode cancel = aCancellation(kind.name());

		IntakeResult result = intake.accept(bytes(cancel), IntakeSource.CONSOLE, "page 1");

		assertThat(result.outcome()).isEqualTo(IntakeResult.Outcome.STORED);
		FilingDocument stored = filings.document(result.filingId()).orElseThrow();
		assertThat(stored).isEqualTo(contract.check(cancel).document());
		assertThat(stored.cancellation().kind()).isEqualTo(kind);
		assertThat(stored.entity()).isNull();
		String remarkAtRest = jdbc.queryForObject("SELECT remark FROM filing_cancellation WHERE filing_id = ?",
				String.class, result.filingId());
		assertThat(remarkAtRest).isNotBlank().doesNotContain("张三", "网站");
	}

	@Test
	void aChangeWithoutThePasswordIsHeldNamingIt() {
		ObjectNode change = aChange().withConsoleFilingId("CHG-NO-PASSWORD").build();
		change.remove("filingPasswordMd5");

		IntakeResult result = intake.accept(bytes(change), IntakeSource.PUSH, "test");

		assertThat(result.outcome()).isEqualTo(IntakeResult.Outcome.HELD);
		assertThat(result.reasons()).extracting(Reason::code, Reason::field)
			.containsExactly(tuple("change-filing-password", "$.filingPasswordMd5"));
		assertThat(filings.holdReasons(result.filingId())).extracting(Reason::field)
			.containsExactly("$.filingPasswordMd5");
	}

	@Test
	void whereEveryWebsiteMustBeListedAChangeLeavingOneOutIsHeldNamingIt() {
		long filed = approved(aFirstFiling().inProvince("35").withConsoleFilingId("FJ-FILED").withWebsites(2)
			.bytes(), "闽ICP备2026012345号");

		IntakeResult partial = intake.accept(aChange().inProvince("35").withConsoleFilingId("FJ-CHG-1").bytes(),
				IntakeSource.PUSH, "test");
		IntakeResult complete = intake.accept(
				aChange().inProvince("35").withConsoleFilingId("FJ-CHG-2").withWebsites(2).bytes(), IntakeSource.PUSH,
				"test");

		assertThat(filed).isPositive();
		assertThat(partial.outcome()).isEqualTo(IntakeResult.Outcome.HELD);
		assertThat(partial.reasons()).singleElement().satisfies(reason -> {
			assertThat(reason.code()).isEqualTo("change-every-website");
			assertThat(reason.field()).isEqualTo("$.websites");
			assertThat(reason.text()).contains("闽ICP备2026012345号-2").doesNotContain("号-1 ");
		});
		assertThat(complete.outcome()).isEqualTo(IntakeResult.Outcome.STORED);
		// an operator's re-check still finds the website missing
		assertThat(held.recheck(partial.filingId(), "operator").state()).isEqualTo(FilingState.HELD);
	}

	@Test
	void theSubmitJobTakesChangesAndCancelsUpHoldingOnesThatNameWhatTheBridgeDoesNotHost() {
		long first = intake.accept(aFirstFiling().withConsoleFilingId("CC-FIRST").withOwnWebsite("示例官网").bytes(),
				IntakeSource.PUSH, "test").filingId();
		long change = intake.accept(aChange().withConsoleFilingId("CC-CHANGE").bytes(), IntakeSource.PUSH, "test")
			.filingId();
		ObjectNode cancelJson = aCancellation("ACCESS").put("consoleFilingId", "CC-CANCEL");
		long cancel = intake.accept(bytes(cancelJson), IntakeSource.PUSH, "test").filingId();

		submitter.submit("33");

		assertThat(filings.find(first).orElseThrow().state()).isEqualTo(FilingState.SUBMITTED);
		// nothing here filed 浙ICP备2026012345号: the bureau could not be told which object is meant
		assertThat(filings.currentHoldReasons(change)).extracting(Reason::field)
			.containsExactly("$.entity.icpNumber", "$.websites[0].icpNumber");
		assertThat(filings.currentHoldReasons(cancel)).singleElement()
			.satisfies(reason -> assertThat(reason.text()).contains("浙ICP备2026012345号-1", "not one we host"));
		for (long id : List.of(change, cancel)) {
			assertThat(filings.find(id).orElseThrow().state()).isEqualTo(FilingState.HELD);
		}
	}

	/** Taken in and, as if the bureau had approved it, with its numbers: the entity's and -1, -2... */
	private long approved(byte[] filing, String entityNumber) {
		long id = intake.accept(filing, IntakeSource.PUSH, "test").filingId();
		jdbc.update("UPDATE filing SET state = 'APPROVED', approved_entity_icp = ? WHERE id = ?", entityNumber, id);
		jdbc.update("UPDATE website SET approved_icp_number = CONCAT(?, '-', ordinal + 1) WHERE filing_id = ?",
				entityNumber, id);
		return id;
	}

	private static byte[] bytes(ObjectNode filing) {
		return filing.toString().getBytes(StandardCharsets.UTF_8);
	}

}
