package cn.beianbridge.submission.internal;

import static cn.beianbridge.support.FilingJson.aCancellation;
import static cn.beianbridge.support.FilingJson.aChange;
import static cn.beianbridge.support.FilingJson.aFirstFiling;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import cn.beianbridge.bureau.BureauClients;
import cn.beianbridge.bureau.BureauSchema;
import cn.beianbridge.bureau.CancelRecord;
import cn.beianbridge.bureau.ChangeRecord;
import cn.beianbridge.bureau.ChangeRecord.DomainIds;
import cn.beianbridge.bureau.ChangeRecord.RangeIds;
import cn.beianbridge.bureau.UploadDocumentWriter;
import cn.beianbridge.bureau.peer.UploadDocumentReader;
import cn.beianbridge.bureau.peer.UploadedFile;
import cn.beianbridge.crypto.PersonalData;
import cn.beianbridge.filing.BureauIds;
import cn.beianbridge.filing.FilingHeld;
import cn.beianbridge.filing.FilingIntake;
import cn.beianbridge.filing.FilingState;
import cn.beianbridge.filing.Filings;
import cn.beianbridge.filing.HistoryEntry;
import cn.beianbridge.filing.IntakeResult;
import cn.beianbridge.filing.IntakeSource;
import cn.beianbridge.filing.Reason;
import cn.beianbridge.filing.StoredFiling;
import cn.beianbridge.simulator.bureau.BureauSimulator;
import cn.beianbridge.submission.FilingUploads;
import cn.beianbridge.submission.ProvinceSubmitter;
import cn.beianbridge.submission.internal.ChangeAndCancelItems.Ready;
import cn.beianbridge.submission.internal.ChangeAndCancelItems.Target;
import cn.beianbridge.submission.internal.ChangeAndCancelItems.Unresolved;
import cn.beianbridge.support.SimulatedBureausTestSupport;

/**
 * CHANGE and CANCEL filings on their way to the bureau (H2, the simulated bureaus over SOAP): named by the bureau's
 * ids of what we host, held when one is not known, one per object and kind in flight, the filing password checked
 * first where it is needed. Each test files its own entity in Zhejiang (33) with the defaults of config/provinces.yml.
 */
@TestPropertySource(properties = "bridge.intake.change-and-cancel.enabled=true")
class ChangeAndCancelSubmissionTests extends SimulatedBureausTestSupport {

	private static final AtomicInteger ENTITIES = new AtomicInteger();

	@Autowired
	FilingIntake intake;

	@Autowired
	Filings filings;

	@Autowired
	BureauIds bureauIds;

	@Autowired
	ChangeAndCancelItems items;

	@Autowired
	ProvinceSubmitter submitter;

	@Autowired
	UploadDocumentWriter writer;

	@Autowired
	BureauSimulator simulator;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	FilingUploads uploads;

	@Autowired
	PersonalData personalData;

	@Autowired
	BureauClients clients;

	@AfterEach
	void calm() {
		simulator.resetAll();
	}

	@Test
	void aChangeNamesWhatIsFiledByTheBureausIdsAndAnAddedDomainAndRangeByOursOnly() {
		Filed filed = approved("keep");
		ObjectNode json = numbered(aChange().withConsoleFilingId(filed.prefix() + "-CHG")
			.domains(filed.domain(), "added-" + filed.prefix().toLowerCase() + ".cn")
			.ipRanges("203.0.113.1", "203.0.113.1", "198.51.100.1", "198.51.100.9")
			.build(), filed.entityNumber());
		StoredFiling change = filings.stored(stored(json)).orElseThrow();

		Ready ready = (Ready) items.of(change);

		ChangeRecord record = (ChangeRecord) ready.item();
		assertThat(record.filing().entity().bureauEntityId()).as("Ztid").isEqualTo(filed.ztid());
		assertThat(record.filing().websites()).singleElement()
			.satisfies(website -> assertThat(website.bureauWebsiteId()).as("Wzid").isEqualTo(filed.wzid()));
		assertThat(record.websiteIds()).singleElement().satisfies(ids -> {
			assertThat(ids.jrid()).as("Jrid").isEqualTo(filed.jrid());
			assertThat(ids.domains()).containsExactly(new DomainIds(filed.domainId(), filed.ymid()),
					new DomainIds(change.websiteKeys().get(0).domainIds().get(1), null));
			assertThat(ids.ranges()).containsExactly(new RangeIds(filed.rangeId(), filed.ipid()),
					new RangeIds(change.websiteKeys().get(0).ipRangeIds().get(1), null));
		});
		assertThat(record.attachmentOwners()).isEqualTo(ChangeRecord.OwnerReference.BUREAU_ID);
		assertThat(ready.target()).isEqualTo(new Target("CHANGE", filed.ztid()));
		assertThat(BureauSchema.UPLOAD_DATA.check(writer.write("1", List.of(record)))).isEmpty();
	}

	@Test
	void aChangeMayNameItsEntityAndWebsiteByTheBureausIds() {
		Filed filed = approved("byid");
		ObjectNode json = numbered(aChange().withConsoleFilingId(filed.prefix() + "-CHG").domains(filed.domain())
			.build(), filed.entityNumber());
		((ObjectNode) json.get("entity")).put("bureauEntityId", filed.ztid());
		((ObjectNode) json.get("websites").get(0)).put("bureauWebsiteId", filed.wzid());

		ChangeRecord record = (ChangeRecord) ((Ready) items.of(filings.stored(stored(json)).orElseThrow())).item();

		assertThat(record.filing().entity().bureauEntityId()).isEqualTo(filed.ztid());
		assertThat(record.filing().websites().get(0).bureauWebsiteId()).isEqualTo(filed.wzid());
		assertThat(record.websiteIds().get(0).jrid()).isEqualTo(filed.jrid());
	}

	@ParameterizedTest
	@ValueSource(strings = { "ENTITY", "WEBSITE", "ACCESS" })
	void aCancellationNamesItsTargetByTheBureausIdOfItsKind(String kind) {
		Filed filed = approved("zx" + kind.charAt(0));
		ObjectNode json = aCancellation(kind).put("consoleFilingId", filed.prefix() + "-ZX");
		((ObjectNode) json.get("cancellation")).put("icpNumber",
				"ENTITY".equals(kind) ? filed.entityNumber() : filed.entityNumber() + "-1");

		Ready ready = (Ready) items.of(filings.stored(stored(json)).orElseThrow());

		long jlid = switch (kind) {
			case "ENTITY" -> filed.ztid();
			case "WEBSITE" -> filed.wzid();
			default -> filed.jrid();
		};
		CancelRecord record = (CancelRecord) ready.item();
		assertThat(record.kind()).isEqualTo(CancelRecord.Kind.valueOf(kind));
		assertThat(record.jlid()).isEqualTo(jlid);
		assertThat(record.reason()).isEqualTo(1);
		assertThat(ready.target()).isEqualTo(new Target("CANCEL_" + kind, jlid));
		assertThat(BureauSchema.UPLOAD_DATA.check(writer.write("1", List.of(record)))).isEmpty();
	}

	@Test
	void whatWeDoNotHostOrWhoseIdNeverCameIsHeldNamingTheFieldAndTheNumberWhileTheRestGoOn() {
		String stranger = entityNumber();
		long unknownChange = stored(numbered(aChange().withConsoleFilingId("SC-UNKNOWN-CHG").build(), stranger));
		Filed noBasj = approvedWithoutIds("nobasj");
		ObjectNode cancelJson = aCancellation("WEBSITE").put("consoleFilingId", noBasj.prefix() + "-ZX");
		((ObjectNode) cancelJson.get("cancellation")).put("icpNumber", noBasj.entityNumber() + "-1");
		long idNeverCame = stored(cancelJson);
		long first = stored(aFirstFiling().withConsoleFilingId("SC-UNKNOWN-FIRST").withOwnWebsite("另一个网站").build());

		submitter.submit("33");

		assertThat(filings.find(unknownChange).orElseThrow().state()).isEqualTo(FilingState.HELD);
		assertThat(filings.currentHoldReasons(unknownChange)).extracting(Reason::field, Reason::text).containsExactly(
				tuple("$.entity.icpNumber",
						"The entity " + stranger + " is not one we host: no approved filing of ours names it"),
				tuple("$.websites[0].icpNumber",
						"The website " + stranger + "-1 is not one we host: no approved filing of ours names it"));
		assertThat(filings.events("SC-UNKNOWN-CHG")).anySatisfy(event -> assertThat(event).contains("HELD", stranger));
		assertThat(filings.find(idNeverCame).orElseThrow().state()).isEqualTo(FilingState.HELD);
		assertThat(filings.currentHoldReasons(idNeverCame)).singleElement().satisfies(reason -> {
			assertThat(reason.field()).isEqualTo("$.cancellation.icpNumber");
			assertThat(reason.text()).contains(noBasj.entityNumber() + "-1", "Wzid", "never came");
		});
		assertThat(filings.find(first).orElseThrow().state()).as("the others go on").isEqualTo(FilingState.SUBMITTED);
		assertThat(jdbc.queryForList("select body from notification where kind = 'CHANGE_TARGET_UNKNOWN' and "
				+ "console_filing_id = 'SC-UNKNOWN-CHG'", String.class)).map(personalData::open).singleElement()
			.asString().contains("SC-UNKNOWN-CHG", stranger);
	}

	@Test
	void aSecondChangeOfAnEntityWaitsVisiblyForTheFirstToBeDecidedAndGoesAfter() {
		Filed filed = approved("twice");
		long firstChange = stored(numbered(aChange().withConsoleFilingId(filed.prefix() + "-CHG-A")
			.domains(filed.domain()).build(), filed.entityNumber()));
		long secondChange = stored(numbered(aChange().withConsoleFilingId(filed.prefix() + "-CHG-B")
			.domains(filed.domain()).build(), filed.entityNumber()));
		ObjectNode cancelJson = aCancellation("ACCESS").put("consoleFilingId", filed.prefix() + "-ZX");
		((ObjectNode) cancelJson.get("cancellation")).put("icpNumber", filed.entityNumber() + "-1");
		long accessCancel = stored(cancelJson);

		submitter.submit("33");
		submitter.submit("33");

		assertThat(filings.find(firstChange).orElseThrow().state()).isEqualTo(FilingState.SUBMITTED);
		assertThat(filings.find(accessCancel).orElseThrow().state()).as("another kind is not held up")
			.isEqualTo(FilingState.SUBMITTED);
		assertThat(filings.find(secondChange).orElseThrow().state()).isEqualTo(FilingState.RECEIVED);
		assertThat(waits(secondChange)).singleElement().satisfies(entry -> {
			assertThat(entry.cause()).startsWith("waits for " + filed.prefix() + "-CHG-A to be decided");
			assertThat(entry.fromState()).isEqualTo(FilingState.RECEIVED);
			assertThat(entry.toState()).isEqualTo(FilingState.RECEIVED);
		});

		// decided (the bureau's results for changes are applied elsewhere): the waiting one goes with the next run
		jdbc.update("UPDATE filing SET state = 'APPROVED' WHERE id = ?", firstChange);
		submitter.submit("33");

		assertThat(filings.find(secondChange).orElseThrow().state()).isEqualTo(FilingState.SUBMITTED);
		assertThat(waits(secondChange)).hasSize(1);
	}

	@Test
	void twoChangesOfOneEntityInOneRunGoOneAtATime() {
		Filed filed = approved("onerun");
		long one = stored(numbered(aChange().withConsoleFilingId(filed.prefix() + "-CHG-A").domains(filed.domain())
			.build(), filed.entityNumber()));
		long other = stored(numbered(aChange().withConsoleFilingId(filed.prefix() + "-CHG-B").domains(filed.domain())
			.build(), filed.entityNumber()));

		submitter.submit("33");

		assertThat(filings.find(one).orElseThrow().state()).isEqualTo(FilingState.SUBMITTED);
		assertThat(filings.find(other).orElseThrow().state()).isEqualTo(FilingState.RECEIVED);
		assertThat(waits(other)).singleElement()
			.satisfies(entry -> assertThat(entry.cause()).contains(filed.prefix() + "-CHG-A"));
	}

	@Test
	void theFilingPasswordOfAChangeAndOfAnEntitysCancellationIsCheckedBeforeSending() {
		Filed changed = approved("pwchg");
		Filed cancelled = approved("pwzx");
		Filed website = approved("pwweb");
		String otherPassword = "e10adc3949ba59abbe56e057f20f883e";
		for (Filed filed : List.of(changed, cancelled, website)) {
			jdbc.update("insert into sim_filing_password (icp_number, province, password_md5, learned_at) "
					+ "values (?, '33', ?, current_timestamp)", filed.entityNumber(), otherPassword);
		}
		long change = stored(numbered(aChange().withConsoleFilingId(changed.prefix() + "-CHG")
			.domains(changed.domain()).build(), changed.entityNumber()));
		ObjectNode entityJson = aCancellation("ENTITY").put("consoleFilingId", cancelled.prefix() + "-ZX");
		((ObjectNode) entityJson.get("cancellation")).put("icpNumber", cancelled.entityNumber());
		long entityCancel = stored(entityJson);
		ObjectNode websiteJson = aCancellation("WEBSITE").put("consoleFilingId", website.prefix() + "-ZX");
		((ObjectNode) websiteJson.get("cancellation")).put("icpNumber", website.entityNumber() + "-1");
		long websiteCancel = stored(websiteJson);

		submitter.submit("33");

		for (long wrong : List.of(change, entityCancel)) {
			assertThat(filings.find(wrong).orElseThrow().state()).isEqualTo(FilingState.HELD);
			assertThat(filings.currentHoldReasons(wrong)).extracting(Reason::code)
				.containsExactly(FilingHeld.filingPasswordWrongReason().code());
		}
		assertThat(filings.find(websiteCancel).orElseThrow().state()).as("a website's cancellation carries none")
			.isEqualTo(FilingState.SUBMITTED);
		assertThat(jdbc.queryForObject("select count(*) from filing_password_check where filing_id = ?", Integer.class,
				websiteCancel)).isZero();
	}

	/**
	 * What the bureau got, read back from the simulator's store of received files ({@code sim_upload}): the simulated
	 * bureau takes the upload call but does not review BGBA or ZXBA yet, so the files themselves are judged here.
	 */
	@Test
	void aChangeAndAWebsitesCancellationGoToTheBureauEachInAFileOfItsOwnValidAgainstTheSchema() {
		Filed filed = approved("files");
		long change = stored(numbered(aChange().withConsoleFilingId(filed.prefix() + "-CHG")
			.domains(filed.domain(), "new-" + filed.domain()).build(), filed.entityNumber()));
		ObjectNode cancelJson = aCancellation("WEBSITE").put("consoleFilingId", filed.prefix() + "-ZX");
		((ObjectNode) cancelJson.get("cancellation")).put("icpNumber", filed.entityNumber() + "-1");
		long cancel = stored(cancelJson);

		submitter.submit("33");

		assertThat(filings.find(change).orElseThrow().state()).isEqualTo(FilingState.SUBMITTED);
		assertThat(filings.find(cancel).orElseThrow().state()).isEqualTo(FilingState.SUBMITTED);
		UploadedFile changeFile = received(change);
		assertThat(changeFile.operation()).isEqualTo("BGBA");
		assertThat(changeFile.records()).isEmpty();
		assertThat(changeFile.cancels()).isEmpty();
		assertThat(changeFile.changes()).singleElement().satisfies(sent -> {
			assertThat(sent.ztid()).isEqualTo(filed.ztid());
			assertThat(sent.entityIcpNumber()).isEqualTo(filed.entityNumber());
			assertThat(sent.websites()).singleElement().satisfies(website -> {
				assertThat(website.wzid()).isEqualTo(filed.wzid());
				assertThat(website.domains()).extracting(UploadedFile.UploadedDomain::ymid, UploadedFile.UploadedDomain::domain)
					.containsExactly(tuple(filed.ymid(), filed.domain()), tuple(null, "new-" + filed.domain()));
				assertThat(website.accesses()).singleElement()
					.satisfies(access -> assertThat(access.jrid()).isEqualTo(filed.jrid()));
			});
			assertThat(sent.filingPasswordMd5()).isEqualTo("0cc175b9c0f1b6a831c399e269772661");
		});
		UploadedFile cancelFile = received(cancel);
		assertThat(cancelFile.operation()).isEqualTo("ZXBA");
		assertThat(cancelFile.changes()).isEmpty();
		assertThat(cancelFile.cancels()).singleElement().satisfies(sent -> {
			assertThat(sent.zxlb()).isEqualTo(1);
			assertThat(sent.jlid()).isEqualTo(filed.wzid());
			assertThat(sent.reason()).isEqualTo(1);
			assertThat(sent.remark()).isEqualTo("客户张三来电申请，网站已停止运营");
		});
	}

	/**
	 * A first filing of a company of its own, approved with its numbers and the bureau's ids as BASJ would bring them:
	 * one website, one domain, one IP address.
	 */
	private Filed approved(String name) {
		Filed filed = approvedWithoutIds(name);
		long base = 7_000_000L + filed.filingId() * 10; // ids of its own
		bureauIds.keep(new BureauIds.WebsiteIds(filed.websiteId(), base + 1, base + 2, base + 3,
				Map.of(filed.domainId(), base + 4), Map.of(filed.rangeId(), base + 5)), "test", "BASJ");
		return new Filed(filed.prefix(), filed.filingId(), filed.entityNumber(), filed.domain(), filed.websiteId(),
				filed.domainId(), filed.rangeId(), base + 1, base + 2, base + 3, base + 4, base + 5);
	}

	private Filed approvedWithoutIds(String name) {
		String entityNumber = entityNumber();
		String prefix = "SC-" + name.toUpperCase();
		String domain = name.toLowerCase() + "-" + ENTITIES.get() + ".cn";
		long id = stored(aFirstFiling().withConsoleFilingId(prefix).domains(domain).build());
		jdbc.update("UPDATE filing SET state = 'APPROVED', approved_entity_icp = ? WHERE id = ?", entityNumber, id);
		jdbc.update("UPDATE website SET approved_icp_number = CONCAT(?, '-', ordinal + 1) WHERE filing_id = ?",
				entityNumber, id);
		StoredFiling.WebsiteKeys keys = filings.stored(id).orElseThrow().websiteKeys().get(0);
		return new Filed(prefix, id, entityNumber, domain, keys.websiteId(), keys.domainIds().get(0),
				keys.ipRangeIds().get(0), 0, 0, 0, 0, 0);
	}

	/** A number of its own for each entity, so no test finds another's. */
	private static String entityNumber() {
		return "浙ICP备20269%05d号".formatted(ENTITIES.incrementAndGet());
	}

	/** The change's entity and websites under this entity number (-1, -2, ...). */
	private static ObjectNode numbered(ObjectNode change, String entityNumber) {
		((ObjectNode) change.get("entity")).put("icpNumber", entityNumber);
		ArrayNode websites = (ArrayNode) change.get("websites");
		for (int i = 0; i < websites.size(); i++) {
			((ObjectNode) websites.get(i)).put("icpNumber", entityNumber + "-" + (i + 1));
		}
		return change;
	}

	private long stored(ObjectNode filing) {
		IntakeResult result = intake.accept(filing.toString().getBytes(StandardCharsets.UTF_8), IntakeSource.PUSH,
				"test");
		assertThat(result.outcome()).as(result.reasons().toString()).isEqualTo(IntakeResult.Outcome.STORED);
		return result.filingId();
	}

	/** The file holding the filing as the simulated bureau received it, read (and so judged by upload-data.xsd). */
	private UploadedFile received(long filingId) {
		String fileName = uploads.forFiling(filingId).get(0).fileName();
		Map<String, Object> row = jdbc.queryForMap(
				"select beian_info, beian_info_hash, encrypt_algorithm from sim_upload where file_name = ?", fileName);
		byte[] document = clients.get("33").payloadCodec()
			.unpack((String) row.get("beian_info"), (String) row.get("beian_info_hash"),
					((Number) row.get("encrypt_algorithm")).intValue())
			.content();
		assertThat(BureauSchema.UPLOAD_DATA.check(document)).isEmpty();
		return new UploadDocumentReader().read(document);
	}

	private List<HistoryEntry> waits(long id) {
		return filings.history(id).stream().filter(entry -> entry.cause().startsWith("waits for ")).toList();
	}

	private record Filed(String prefix, long filingId, String entityNumber, String domain, long websiteId,
			long domainId, long rangeId, long ztid, long wzid, long jrid, long ymid, long ipid) {
	}

}
