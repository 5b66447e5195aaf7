package cn.beianbridge.download;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import cn.beianbridge.bureau.DownloadDocument.BureauResults;
import cn.beianbridge.bureau.DownloadDocument.Result;
import cn.beianbridge.bureau.DownloadDocument.ResultCode;
import cn.beianbridge.bureau.DownloadDocument.ReviewOpinion;
import cn.beianbridge.bureau.peer.DownloadDocumentWriter;
import cn.beianbridge.crypto.PersonalData;
import cn.beianbridge.download.internal.DownloadedFileApplier;
import cn.beianbridge.download.internal.ProvinceDownloader;
import cn.beianbridge.filing.BureauNumbers;
import cn.beianbridge.filing.FiledDomains;
import cn.beianbridge.filing.FiledDomains.FiledDomain;
import cn.beianbridge.filing.FiledNumbers;
import cn.beianbridge.filing.FilingIntake;
import cn.beianbridge.filing.FilingState;
import cn.beianbridge.filing.FilingTransitions;
import cn.beianbridge.filing.Filings;
import cn.beianbridge.filing.HostedObjects;
import cn.beianbridge.filing.HostedObjects.Website;
import cn.beianbridge.filing.IntakeResult;
import cn.beianbridge.filing.IntakeSource;
import cn.beianbridge.notification.NotificationKind;
import cn.beianbridge.notification.NotificationRecord;
import cn.beianbridge.notification.Notifications;
import cn.beianbridge.simulator.bureau.BureauSimulator;
import cn.beianbridge.submission.ProvinceSubmitter;
import cn.beianbridge.support.FilingJson;
import cn.beianbridge.support.SimulatedBureausTestSupport;

import static cn.beianbridge.support.FilingJson.aCancellation;
import static cn.beianbridge.support.FilingJson.aChange;
import static cn.beianbridge.support.FilingJson.aFirstFiling;
import static cn.beianbridge.download.SimulatorApprovals.texts;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.awaitility.Awaitility.await;

/**
 * The bureau's results (BAJG) for the customer's changes ({@code Czlx} 4) and cancellations (5 access, 6 entity, 7
 * website), hand-built, against CHANGE and CANCEL filings stored through intake and SUBMITTED, for entities the
 * simulated bureaus filed (so every bureau id is ours from their BASJ): found by every identifier form, decided once,
 * and what the console, the customer and what we show as filed see after.
 */
@TestPropertySource(properties = { "bridge.intake.change-and-cancel.enabled=true",
		"bridge.notifications.enabled=true", "bridge.notifications.poll-interval=100ms",
		"bridge.notifications.operators.emails=ops@test.example.cn" })
class ChangeAndCancelResultsTests extends SimulatedBureausTestSupport {

	private static final AtomicInteger FILES = new AtomicInteger();

	@Autowired
	ProvinceSubmitter submitter;

	@Autowired
	ProvinceDownloader downloader;

	@Autowired
	DownloadedFileApplier applier;

	@Autowired
	FilingIntake intake;

	@Autowired
	FilingTransitions transitions;

	@Autowired
	Filings filings;

	@Autowired
	BureauNumbers numbers;

	@Autowired
	HostedObjects hosted;

	@Autowired
	FiledDomains filedDomains;

	@Autowired
	Notifications notifications;

	@Autowired
	BureauSimulator simulator;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	PersonalData personalData;

	SimulatorApprovals approvals;

	@BeforeEach
	void approvalsBySimulator() {
		approvals = new SimulatorApprovals(intake, submitter, downloader, simulator, filings, jdbc);
	}

	@AfterEach
	void bureausBehave() {
		simulator.resetAll();
	}

	@Test
	void anApprovedChangeMakesItsDataCurrentAndTheEarlierFilingKeepsItsHistory() throws Exception {
		long first = approvals.approved("33", "CR-CUR", aFirstFiling().domains("cr-current.cn"));
		FiledNumbers filed = numbers.of(first).orElseThrow();
		Website before = hosted.website(numbers.of(first).orElseThrow().websites().get(0).websiteId()).orElseThrow();
		int history = filings.history(first).size();
		long change = submittedChange("33", "CR-CUR-CHG", first, "cr-current.cn", "cr-added.cn");

		decide("33", result(1001, 4, String.valueOf(approvals.ztidOf(first))));

		assertThat(filings.find(change).orElseThrow().state()).isEqualTo(FilingState.APPROVED);
		JsonNode approved = approvals.lastEvent("CR-CUR-CHG");
		assertThat(approved.get("type").asText()).isEqualTo("APPROVED");
		assertThat(approved.get("entityIcpNumber").asText()).isEqualTo(filed.entityIcpNumber());
		assertThat(approved.get("websites").get(0).get("icpNumber").asText())
			.isEqualTo(filed.websites().get(0).icpNumber());
		// what we show as filed is the change's: its domains, under its filing, the added one too
		assertThat(filedDomains.after("33", 0, 10_000)).filteredOn(d -> d.consoleFilingId().startsWith("CR-CUR"))
			.extracting(FiledDomain::consoleFilingId, FiledDomain::domain, FiledDomain::websiteIcpNumber)
			.containsExactlyInAnyOrder(
					tuple("CR-CUR-CHG", "cr-current.cn", filed.websites().get(0).icpNumber()),
					tuple("CR-CUR-CHG", "cr-added.cn", filed.websites().get(0).icpNumber()));
		// the bureau's ids answer with the change's rows, which took them over
		Website now = hosted.websitesByWzid(before.wzid()).stream().collect(single());
		assertThat(now.filing().consoleFilingId()).isEqualTo("CR-CUR-CHG");
		assertThat(now.access().jrid()).isEqualTo(before.access().jrid());
		assertThat(hosted.websitesByJrid(before.access().jrid())).extracting(Website::websiteId)
			.containsExactly(now.websiteId());
		assertThat(now.domains()).filteredOn(d -> d.domain().equals("cr-current.cn")).singleElement()
			.satisfies(d -> assertThat(d.ymid()).isEqualTo(before.domains().get(0).ymid()));
		assertThat(hosted.entityByZtid(approvals.ztidOf(first)).orElseThrow().websites()).extracting(Website::websiteId)
			.containsExactly(now.websiteId());
		// the earlier filing keeps its state and its history
		assertThat(filings.find(first).orElseThrow().state()).isEqualTo(FilingState.APPROVED);
		assertThat(filings.history(first)).hasSize(history);
		// the customer hears of it as of an approval, with the numbers
		await().atMost(Duration.ofSeconds(20))
			.until(() -> kinds("CR-CUR-CHG").contains(NotificationKind.FILING_APPROVED));

		// the same result again (a redelivered file): nothing more
		int events = filings.events("CR-CUR-CHG").size();
		decide("33", result(1001, 4, String.valueOf(approvals.ztidOf(first))));
		assertThat(filings.events("CR-CUR-CHG")).hasSize(events);
		assertThat(approvals.quarantined("33")).isZero();
	}

	/** Each {@code Czlx} with each form the protocol allows of naming the object; decided here as rejected. */
	static Stream<Arguments> identifierForms() {
		return Stream.of(Arguments.of(4, "Bs Ztid"), Arguments.of(4, "Bs ICP number"), Arguments.of(4, "Jlid"),
				Arguments.of(6, "Bs Ztid"), Arguments.of(6, "Bs ICP number"), Arguments.of(6, "Jlid"),
				Arguments.of(7, "Bs Wzid"), Arguments.of(7, "Bs ICP number"), Arguments.of(7, "Jlid"),
				Arguments.of(7, "Bs entity Ztid"), Arguments.of(5, "Bs Jrid"), Arguments.of(5, "Bs ICP number"),
				Arguments.of(5, "Jlid"), Arguments.of(5, "Bs entity Ztid"));
	}

	@ParameterizedTest(name = "Czlx {0} by {1}")
	@MethodSource("identifierForms")
	void everyIdentifierFormFindsTheRequestAndARejectionLeavesTheFiledDataCurrent(int czlx, String form)
			throws Exception {
		String id = "CR-ID-" + czlx + "-" + form.replace(' ', '-');
		long first = approvals.approved("50", id, aFirstFiling().domains(id.toLowerCase() + ".cn"));
		FiledNumbers filed = numbers.of(first).orElseThrow();
		Website website = hosted.website(filed.websites().get(0).websiteId()).orElseThrow();
		long request = czlx == 4 ? submittedChange("50", id + "-REQ", first, id.toLowerCase() + ".cn", "other.cn")
				: submittedCancel("50", id + "-REQ", czlx == 6 ? "ENTITY" : czlx == 7 ? "WEBSITE" : "ACCESS",
						czlx == 6 ? filed.entityIcpNumber() : filed.websites().get(0).icpNumber());
		long ztid = approvals.ztidOf(first);
		Long bureauId = switch (czlx) {
			case 7 -> website.wzid();
			case 5 -> website.access().jrid();
			default -> ztid;
		};
		String objectId = bureauId.toString();
		String icpNumber = czlx == 4 || czlx == 6 ? filed.entityIcpNumber() : filed.websites().get(0).icpNumber();
		String bs = switch (form) {
			case "Jlid" -> null;
			case "Bs ICP number" -> icpNumber;
			case "Bs entity Ztid" -> String.valueOf(ztid);
			default -> objectId;
		};
		ReviewOpinion opinion = new ReviewOpinion("审核员甲", "2026-11-28 10:00:00", "网站名称与内容不符", false, czlx,
				"Jlid".equals(form) ? objectId : null);

		decide("50", new Result(List.of(new ResultCode(1002, "审核不通过")), czlx, bs, null, List.of(opinion)));

		assertThat(filings.find(request).orElseThrow().state()).isEqualTo(FilingState.REJECTED);
		JsonNode rejected = approvals.lastEvent(id + "-REQ");
		assertThat(rejected.get("type").asText()).isEqualTo("REJECTED");
		assertThat(rejected.get("reasons").get(0).get("text").asText()).isEqualTo("网站名称与内容不符");
		// the filed data stays as it was
		assertThat(numbers.of(first).orElseThrow()).isEqualTo(filed);
		assertThat(filings.find(first).orElseThrow().state()).isEqualTo(FilingState.APPROVED);
		assertThat(filedDomains.after("50", 0, 10_000)).extracting(FiledDomain::consoleFilingId).contains(id)
			.doesNotContain(id + "-REQ");
		assertThat(approvals.quarantined("50")).isZero();
	}

	@Test
	void aRefusedChangeIsRefusedWithTheBureausCodesAndTheFiledDataStaysCurrent() throws Exception {
		long first = approvals.approved("34", "CR-REFUSE", aFirstFiling().domains("cr-refuse.cn"));
		long change = submittedChange("34", "CR-REFUSE-CHG", first, "cr-refused-new.cn");

		decide("34", new Result(List.of(new ResultCode(1017, "该主体已有变更在审核中")), 4,
				numbers.of(first).orElseThrow().entityIcpNumber(), null, List.of()));

		assertThat(filings.find(change).orElseThrow().state()).isEqualTo(FilingState.REFUSED);
		JsonNode refused = approvals.lastEvent("CR-REFUSE-CHG");
		assertThat(refused.get("reasons").get(0).get("code").asText()).isEqualTo("1017");
		assertThat(filedDomains.after("34", 0, 10_000)).filteredOn(d -> d.consoleFilingId().startsWith("CR-REFUSE"))
			.extracting(FiledDomain::consoleFilingId, FiledDomain::domain)
			.containsExactly(tuple("CR-REFUSE", "cr-refuse.cn"));
	}

	@Test
	void anApprovedEntityCancellationRetiresEveryNumberCancelsItsFilingsAndTellsTheCustomer() throws Exception {
		long first = approvals.approved("37", "CR-ZX-ENTITY", aFirstFiling().withWebsites(2));
		FiledNumbers before = numbers.of(first).orElseThrow();
		long cancel = submittedCancel("37", "CR-ZX-ENTITY-REQ", "ENTITY", before.entityIcpNumber());

		decide("37", result(1001, 6, String.valueOf(approvals.ztidOf(first))));

		// the request succeeded: the CANCEL is APPROVED (no number of its own)
		assertThat(filings.find(cancel).orElseThrow().state()).isEqualTo(FilingState.APPROVED);
		JsonNode approved = approvals.lastEvent("CR-ZX-ENTITY-REQ");
		assertThat(approved.get("type").asText()).isEqualTo("APPROVED");
		assertThat(approved.has("entityIcpNumber")).isFalse();
		// what it named is cancelled as a bureau cancellation does it, by the customer
		assertThat(filings.find(first).orElseThrow().state()).isEqualTo(FilingState.CANCELLED);
		FiledNumbers after = numbers.of(first).orElseThrow();
		assertThat(after.entityIcpNumber()).isNull();
		assertThat(after.websites()).allSatisfy(w -> assertThat(w.icpNumber()).isNull());
		List<String> retired = new ArrayList<>();
		retired.add(before.entityIcpNumber());
		before.websites().forEach(w -> retired.add(w.icpNumber()));
		JsonNode cancelled = approvals.lastEvent("CR-ZX-ENTITY");
		assertThat(cancelled.get("type").asText()).isEqualTo("CANCELLED");
		assertThat(cancelled.get("cancelledBy").asText()).isEqualTo("CUSTOMER");
		assertThat(cancelled.get("scope").asText()).isEqualTo("ENTITY");
		assertThat(texts(cancelled.get("retiredIcpNumbers"))).containsExactlyInAnyOrderElementsOf(retired);
		assertThat(filedDomains.after("37", 0, 10_000)).extracting(FiledDomain::consoleFilingId)
			.doesNotContain("CR-ZX-ENTITY");
		await().atMost(Duration.ofSeconds(20))
			.until(() -> kinds("CR-ZX-ENTITY").contains(NotificationKind.FILING_CANCELLED_ON_REQUEST));
		assertThat(kinds("CR-ZX-ENTITY")).doesNotContain(NotificationKind.FILING_CANCELLED_BY_BUREAU);
		// the operators get the domains to cut off, once
		List<String> domains = jdbc.queryForList("select d.domain from website_domain d join website w "
				+ "on w.id = d.website_id where w.filing_id = ?", String.class, first);
		assertThat(jdbc.queryForList("select body from notification where kind = 'CUSTOMER_CANCELLATION'",
				String.class).stream().map(personalData::open).toList()).singleElement().asString()
			.contains("CR-ZX-ENTITY-REQ").contains(domains);

		// the same result again: nothing more
		int events = filings.events("CR-ZX-ENTITY").size() + filings.events("CR-ZX-ENTITY-REQ").size();
		decide("37", result(1001, 6, before.entityIcpNumber()));
		assertThat(filings.events("CR-ZX-ENTITY").size() + filings.events("CR-ZX-ENTITY-REQ").size()).isEqualTo(events);
		assertThat(approvals.quarantined("37")).isZero();
	}

	@Test
	void anApprovedWebsiteCancellationRetiresThatWebsitesNumberAndAnAccessCancellationNone() throws Exception {
		long first = approvals.approved("36", "CR-ZX-SITE", aFirstFiling().withWebsites(2));
		FiledNumbers before = numbers.of(first).orElseThrow();
		Website second = hosted.website(before.websites().get(1).websiteId()).orElseThrow();
		long cancel = submittedCancel("36", "CR-ZX-SITE-REQ", "WEBSITE", before.websites().get(0).icpNumber());

		decide("36", result(1001, 7, before.websites().get(0).icpNumber()));

		assertThat(filings.find(cancel).orElseThrow().state()).isEqualTo(FilingState.APPROVED);
		assertThat(filings.find(first).orElseThrow().state()).isEqualTo(FilingState.APPROVED);
		FiledNumbers after = numbers.of(first).orElseThrow();
		assertThat(after.entityIcpNumber()).isEqualTo(before.entityIcpNumber());
		assertThat(after.websites()).extracting(FiledNumbers.WebsiteNumber::icpNumber)
			.containsExactly(null, before.websites().get(1).icpNumber());
		JsonNode cancelled = approvals.lastEvent("CR-ZX-SITE");
		assertThat(cancelled.get("cancelledBy").asText()).isEqualTo("CUSTOMER");
		assertThat(cancelled.get("scope").asText()).isEqualTo("WEBSITE");
		assertThat(texts(cancelled.get("retiredIcpNumbers"))).containsExactly(before.websites().get(0).icpNumber());

		long access = submittedCancel("36", "CR-ZX-ACCESS-REQ", "ACCESS", before.websites().get(1).icpNumber());
		decide("36", result(1001, 5, String.valueOf(second.access().jrid())));

		assertThat(filings.find(access).orElseThrow().state()).isEqualTo(FilingState.APPROVED);
		JsonNode dropped = approvals.lastEvent("CR-ZX-SITE");
		assertThat(dropped.get("scope").asText()).isEqualTo("ACCESS");
		assertThat(texts(dropped.get("retiredIcpNumbers"))).as("the website stays filed, elsewhere").isEmpty();
		assertThat(numbers.of(first).orElseThrow().websites().get(1).icpNumber())
			.isEqualTo(before.websites().get(1).icpNumber());
		assertThat(approvals.quarantined("36")).isZero();
	}

	@Test
	void aResultNamingNoRequestOrOneNotSubmittedIsQuarantinedAndAlertedOnce() throws Exception {
		long first = approvals.approved("41", "CR-UNKNOWN", aFirstFiling());
		String entityNumber = numbers.of(first).orElseThrow().entityIcpNumber();

		String file = decide("41", result(1001, 6, "987654321"));
		decide("41", result(1001, 4, entityNumber));

		IntakeResult received = intake.accept(change("41", "CR-UNKNOWN-CHG", first, "cr-unknown.cn"),
				IntakeSource.PUSH, "test");
		assertThat(received.outcome()).as(received.reasons().toString()).isEqualTo(IntakeResult.Outcome.STORED);
		// another file (its remark differs: the same content is one file, applied once)
		decide("41", new Result(List.of(new ResultCode(1001, "通过")), 4, entityNumber, "再次下发", List.of()));

		assertThat(filings.find(received.filingId()).orElseThrow().state()).isEqualTo(FilingState.RECEIVED);
		assertThat(jdbc.queryForList("select text from result_quarantine where province = '41' order by id",
				String.class)).satisfiesExactly(
						t -> assertThat(t).contains("987654321", "cancellation of entity"),
						t -> assertThat(t).contains(entityNumber, "no SUBMITTED filing"),
						t -> assertThat(t).contains("CR-UNKNOWN-CHG", "RECEIVED, not SUBMITTED"));
		assertThat(jdbc.queryForObject("select count(*) from notification where kind = 'RESULT_QUARANTINED' "
				+ "and notification_key like ?", Integer.class, "alert:RESULT_QUARANTINED:41:" + file + ":%"))
			.as("alerted").isPositive();
	}

	/** A CHANGE of the approved filing's entity and (first) website, with these domains, as the console sends it. */
	private byte[] change(String province, String consoleFilingId, long of, String... domains) throws Exception {
		FiledNumbers filed = numbers.of(of).orElseThrow();
		ObjectNode json = aChange().inProvince(province).withConsoleFilingId(consoleFilingId).domains(domains).build();
		((ObjectNode) json.get("entity")).put("icpNumber", filed.entityIcpNumber());
		((ObjectNode) ((ArrayNode) json.get("websites")).get(0)).put("icpNumber", filed.websites().get(0).icpNumber());
		return FilingJson.MAPPER.writeValueAsBytes(json);
	}

	private long submittedChange(String province, String consoleFilingId, long of, String... domains)
			throws Exception {
		return submitted(change(province, consoleFilingId, of, domains));
	}

	private long submittedCancel(String province, String consoleFilingId, String kind, String icpNumber)
			throws Exception {
		ObjectNode json = aCancellation(kind).put("province", province).put("consoleFilingId", consoleFilingId);
		((ObjectNode) json.get("cancellation")).put("icpNumber", icpNumber);
		return submitted(FilingJson.MAPPER.writeValueAsBytes(json));
	}

	// the upload of CHANGE and CANCEL is another part of issue 13: here they reach SUBMITTED by the filing's moves
	private long submitted(byte[] json) {
		IntakeResult result = intake.accept(json, IntakeSource.PUSH, "test");
		assertThat(result.outcome()).as(result.reasons().toString()).isEqualTo(IntakeResult.Outcome.STORED);
		transitions.batched(List.of(result.filingId()), "test", "packed into a test file");
		transitions.submitted(List.of(result.filingId()), "test", "taken by the bureau (test)");
		return result.filingId();
	}

	private static Result result(int code, int czlx, String bs) {
		return new Result(List.of(new ResultCode(code, code == 1001 ? "通过" : "不通过")), czlx, bs, null, List.of());
	}

	/** A BAJG file stored as the download stores it, and applied. */
	private String decide(String province, Result result) {
		String fileName = province + "BAJG_CR" + FILES.incrementAndGet();
		new HandBuiltFiles(downloader, applier, jdbc).applied(province, fileName,
				new DownloadDocumentWriter().write(new BureauResults(List.of(result))));
		return fileName;
	}

	private List<NotificationKind> kinds(String consoleFilingId) {
		return notifications.forFiling(consoleFilingId).stream().map(NotificationRecord::kind).toList();
	}

	private static <T> java.util.stream.Collector<T, ?, T> single() {
		return java.util.stream.Collectors.collectingAndThen(java.util.stream.Collectors.toList(), list -> {
			assertThat(list).hasSize(1);
			return list.get(0);
		});
	}

}
