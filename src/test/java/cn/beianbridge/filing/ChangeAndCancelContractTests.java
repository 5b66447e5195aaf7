package cn.beianbridge.filing;

import static cn.beianbridge.support.FilingJson.aCancellation;
import static cn.beianbridge.support.FilingJson.aChange;
import static cn.beianbridge.support.FilingJson.aFirstFiling;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import com.fasterxml.jackson.databind.node.ObjectNode;

import cn.beianbridge.filing.FilingDocument.CancellationKind;
import cn.beianbridge.province.ConfiguredProvinces;
import cn.beianbridge.support.ConfiguredCancelReasons;
import cn.beianbridge.support.FilingJson;

/** CHANGE and CANCEL filings against the contract, with the real cancel-reason table: each error names its field. */
class ChangeAndCancelContractTests {

	private static final FilingContract CONTRACT = new FilingContract(
			ConfiguredProvinces.catalogue().abbreviationsByProvince(), ConfiguredCancelReasons.table());

	// CHANGE

	@Test
	void acceptsAChangeByItsNumbersWithoutTheBureausIds() {
		ContractCheck check = CONTRACT.check(aChange().withWebsites(2).bytes());

		assertThat(check.errors()).isEmpty();
		FilingDocument change = check.document();
		assertThat(change.filingType()).isEqualTo(FilingType.CHANGE);
		assertThat(change.entity().icpNumber()).isEqualTo("浙ICP备2026012345号");
		assertThat(change.entity().bureauEntityId()).isNull();
		assertThat(change.websites()).extracting(FilingDocument.Website::icpNumber)
			.containsExactly("浙ICP备2026012345号-1", "浙ICP备2026012345号-2");
		assertThat(change.filingPasswordMd5()).isEqualTo("0cc175b9c0f1b6a831c399e269772661");
		assertThat(change.cancellation()).isNull();
	}

	@Test
	void acceptsAChangeWithoutPhotoVerificationApprovalTimeOrAttachments() {
		ObjectNode change = aChange().build();
		change.remove(List.of("photoVerification", "photoApprovedAt", "attachments"));

		ContractCheck check = CONTRACT.check(change);

		assertThat(check.errors()).isEmpty();
		assertThat(check.document().photoVerification()).isNull();
		assertThat(check.document().photoApprovedAt()).isNull();
		assertThat(check.document().attachments()).isEmpty();
	}

	@Test
	void aChangeNamesWhatIsFiledByNumber() {
		ObjectNode change = aChange().withWebsites(2).build();
		object(change, "/entity").remove("icpNumber");
		object(change, "/websites/1").remove("icpNumber");

		ContractCheck check = CONTRACT.check(change);

		assertThat(fields(check)).containsExactlyInAnyOrder("$.entity.icpNumber", "$.websites[1].icpNumber");
		assertThat(check.errors()).allSatisfy(reason -> assertThat(reason.text()).contains("CHANGE"));
	}

	@Test
	void aChangeNeedsTheEntityAndItsWebsites() {
		ObjectNode change = aChange().build();
		change.remove(List.of("entity", "websites", "attachments"));

		assertThat(fields(CONTRACT.check(change))).containsExactlyInAnyOrder("$.entity", "$.websites");
	}

	@Test
	void aPhotoVerificationNeedsItsApprovalTime() {
		ObjectNode change = aChange().build();
		change.remove("photoApprovedAt");

		assertThat(CONTRACT.check(change).errors()).singleElement()
			.satisfies(reason -> assertThat(reason.field()).isEqualTo("$.photoApprovedAt"));
	}

	@Test
	void aChangesWebsiteNumberMustBeAWebsitesNumberOfTheProvince() {
		ObjectNode change = aChange().build();
		object(change, "/websites/0").put("icpNumber", "京ICP备2026012345号");

		assertThat(fields(CONTRACT.check(change))).containsExactly("$.websites[0].icpNumber", "$.websites[0].icpNumber");
	}

	@Test
	void onlyACancelCarriesACancellation() {
		ObjectNode change = aChange().build();
		change.set("cancellation", aCancellation("WEBSITE").get("cancellation"));

		assertThat(CONTRACT.check(change).errors()).singleElement().satisfies(reason -> {
			assertThat(reason.field()).isEqualTo("$.cancellation");
			assertThat(reason.text()).contains("Only a CANCEL filing", "CHANGE");
		});
	}

	// CANCEL

	@ParameterizedTest
	@CsvSource({ "ENTITY, 浙ICP备2026012345号", "WEBSITE, 浙ICP备2026012345号-1", "ACCESS, 浙ICP备2026012345号-1" })
	void acceptsACancelOfEachKindWithNothingButItsTarget(CancellationKind kind, String number) {
		ContractCheck check = CONTRACT.check(aCancellation(kind.name()));

		assertThat(check.errors()).isEmpty();
		FilingDocument cancel = check.document();
		assertThat(cancel.filingType()).isEqualTo(FilingType.CANCEL);
		assertThat(cancel.entity()).isNull();
		assertThat(cancel.websites()).isEmpty();
		assertThat(cancel.photoVerification()).isNull();
		assertThat(cancel.cancellation().kind()).isEqualTo(kind);
		assertThat(cancel.cancellation().icpNumber()).isEqualTo(number);
		assertThat(cancel.cancellation().reasonCode()).isEqualTo(1);
		assertThat(cancel.cancellation().remark()).isEqualTo("客户张三来电申请，网站已停止运营");
		assertThat(cancel.cancellation().filingPasswordMd5())
			.isEqualTo(kind == CancellationKind.ENTITY ? "0cc175b9c0f1b6a831c399e269772661" : null);
	}

	@Test
	void aCancelNeedsItsCancellation() {
		ObjectNode cancel = aCancellation("WEBSITE");
		cancel.remove("cancellation");

		assertThat(CONTRACT.check(cancel).errors()).singleElement().satisfies(reason -> {
			assertThat(reason.field()).isEqualTo("$.cancellation");
			assertThat(reason.text()).contains("'cancellation'", "missing");
		});
	}

	@Test
	void cancellingAnEntityNeedsItsPassword() {
		ObjectNode cancel = aCancellation("ENTITY");
		object(cancel, "/cancellation").remove("filingPasswordMd5");

		assertThat(CONTRACT.check(cancel).errors()).singleElement().satisfies(reason -> {
			assertThat(reason.field()).isEqualTo("$.cancellation.filingPasswordMd5");
			assertThat(reason.text()).contains("CANCEL of an ENTITY");
		});
	}

	@ParameterizedTest
	@CsvSource({ "ENTITY, 浙ICP备2026012345号-1, website's number", "WEBSITE, 浙ICP备2026012345号, entity's number",
			"ACCESS, 浙ICP备2026012345号, entity's number", "WEBSITE, 京ICP备2026012345号-1, 京" })
	void theCancelledNumberMustFitTheKindAndProvince(String kind, String number, String said) {
		ObjectNode cancel = aCancellation(kind);
		object(cancel, "/cancellation").put("icpNumber", number);

		assertThat(CONTRACT.check(cancel).errors()).singleElement().satisfies(reason -> {
			assertThat(reason.field()).isEqualTo("$.cancellation.icpNumber");
			assertThat(reason.text()).contains(said);
		});
	}

	@Test
	void aCancelDescribesNothingElse() {
		ObjectNode cancel = aCancellation("ENTITY");
		ObjectNode filing = aFirstFiling().build();
		for (String field : List.of("photoVerification", "entity", "emergencyContact", "websites", "attachments")) {
			cancel.set(field, filing.get(field));
		}
		cancel.put("filingPasswordMd5", "0cc175b9c0f1b6a831c399e269772661").set("photoApprovedAt",
				filing.get("photoApprovedAt"));

		ContractCheck check = CONTRACT.check(cancel);

		assertThat(fields(check)).containsExactlyInAnyOrder("$.photoVerification", "$.filingPasswordMd5", "$.entity",
				"$.emergencyContact", "$.websites", "$.attachments");
		assertThat(check.errors()).allSatisfy(reason -> assertThat(reason.text()).contains("absent for a CANCEL"));
	}

	@ParameterizedTest
	@ValueSource(ints = { 0, 1000, -3 })
	void aReasonCodeOutsideTheBureausRangeIsNamed(int code) {
		ObjectNode cancel = aCancellation("WEBSITE");
		object(cancel, "/cancellation").put("reasonCode", code);

		assertThat(fields(CONTRACT.check(cancel))).containsExactly("$.cancellation.reasonCode");
	}

	@Test
	void aReasonCodeTheTableDoesNotListIsNamedWithTheValidOnes() {
		ObjectNode cancel = aCancellation("ACCESS");
		object(cancel, "/cancellation").put("reasonCode", 7);

		assertThat(CONTRACT.check(cancel).errors()).singleElement().satisfies(reason -> {
			assertThat(reason.field()).isEqualTo("$.cancellation.reasonCode");
			assertThat(reason.text()).contains("Reason 7 is not in the bureau's cancel-reason table", "1 网站已关闭",
					"99 其他").doesNotContain("5 域名到期");
		});
	}

	@Test
	void aReasonTheBureauWithdrewIsNamed() {
		ObjectNode cancel = aCancellation("ACCESS");
		object(cancel, "/cancellation").put("reasonCode", 5);

		assertThat(CONTRACT.check(cancel).errors()).singleElement().satisfies(reason -> {
			assertThat(reason.field()).isEqualTo("$.cancellation.reasonCode");
			assertThat(reason.text()).contains("Reason 5 (域名到期未续费) is no longer valid");
		});
	}

	@Test
	void withoutAReasonTableEveryCancelIsRefusedNamingItsReason() {
		FilingContract withoutTable = new FilingContract(ConfiguredProvinces.catalogue().abbreviationsByProvince());

		assertThat(withoutTable.check(aCancellation("WEBSITE")).errors()).singleElement().satisfies(reason -> {
			assertThat(reason.field()).isEqualTo("$.cancellation.reasonCode");
			assertThat(reason.text()).contains("none is configured");
		});
	}

	@Test
	void aBrokenReasonTableStopsStartUpNamingEachEntry() {
		assertThatIllegalStateException()
			.isThrownBy(() -> new CancelReasons(Map.of(0, new CancelReasons.CancelReason("旧原因", true), 7,
					new CancelReasons.CancelReason(" ", true), 8, new CancelReasons.CancelReason("其他", null))))
			.withMessageContaining("bridge.cancel-reasons.table.0: the id must be 1-999")
			.withMessageContaining("bridge.cancel-reasons.table.7.text: the reason's text (Nr) is missing")
			.withMessageContaining("bridge.cancel-reasons.table.8.valid: missing");
	}

	@Test
	void theCancellationsOwnFieldsAreChecked() {
		ObjectNode cancel = aCancellation("ENTITY");
		object(cancel, "/cancellation").put("kind", "DOMAIN").put("remark", "网".repeat(1001))
			.put("filingPasswordMd5", "secret").remove("icpNumber");

		ContractCheck check = CONTRACT.check(cancel);

		assertThat(fields(check)).containsExactlyInAnyOrder("$.cancellation.kind", "$.cancellation.remark",
				"$.cancellation.filingPasswordMd5", "$.cancellation.icpNumber");
		assertThat(check.errors()).filteredOn(reason -> reason.field().equals("$.cancellation.kind")).singleElement()
			.satisfies(reason -> assertThat(reason.text()).contains("ENTITY, WEBSITE, ACCESS"));
	}

	@Test
	void aCancelIsReadBackFromAnyFilingTypeText() {
		ObjectNode cancel = aCancellation("WEBSITE");
		cancel.put("photoApprovedAt", "2026-11-27T15:04:05+08:00");

		ContractCheck check = CONTRACT.check(FilingJson.MAPPER.valueToTree(cancel));

		assertThat(check.errors()).isEmpty();
		assertThat(check.document().photoApprovedAt()).isNotNull();
	}

	private static ObjectNode object(ObjectNode filing, String pointer) {
		return (ObjectNode) filing.at(pointer);
	}

	private static List<String> fields(ContractCheck check) {
		return check.errors().stream().map(Reason::field).toList();
	}

}
