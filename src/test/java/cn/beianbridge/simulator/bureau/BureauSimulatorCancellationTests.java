package cn.beianbridge.simulator.bureau;

import java.net.http.HttpResponse;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import cn.beianbridge.bureau.BeianStatusReply;
import cn.beianbridge.bureau.BureauReturn;
import cn.beianbridge.bureau.DownloadDocument;
import cn.beianbridge.bureau.DownloadDocument.BureauCancellation;
import cn.beianbridge.bureau.DownloadDocument.FiledRecord;
import cn.beianbridge.bureau.DownloadDocument.FiledWebsite;
import cn.beianbridge.bureau.DownloadDocument.Result;
import cn.beianbridge.bureau.UploadRecord;
import cn.beianbridge.support.FilingJson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.tuple;

/**
 * A simulated bureau cancels filings of its own accord: the register forgets them at once, and the provider learns it
 * from ZXSJ records at its next download, handed out in each way the spec leaves open. Every file is valid against
 * download-data.xsd ({@link SimulatorTestSupport#downloaded}).
 */
class BureauSimulatorCancellationTests extends SimulatorTestSupport {

	private static final String UNREACHABLE = "强制注销：网站无法访问";

	@BeforeEach
	void nothingWaiting() {
		drain(ZHEJIANG);
	}

	@Test
	void aCancelledWebsiteIsToldAloneAtTheNextDownloadAndIsNoLongerFiled() {
		String cancelledDomain = domain("gone");
		String keptDomain = domain("kept");
		FiledRecord filed = fileEntityWithTwoWebsites(cancelledDomain, keptDomain);
		FiledWebsite website = filed.websites().get(0);

		SimulatedCancellation cancelled = simulator.cancel(website.icpNumber(), UNREACHABLE);

		assertThat(cancelled).isEqualTo(new SimulatedCancellation(ZHEJIANG, 1, website.wzid(), website.icpNumber(),
				List.of(), UNREACHABLE));
		assertThat(drain(ZHEJIANG)).singleElement().satisfies(file -> {
			assertThat(file.document().kind()).isEqualTo("ZXSJ");
			assertThat(cancellations(file)).containsExactly(new BureauCancellation(1, website.wzid(), UNREACHABLE));
		});
		assertThat(status(0, cancelledDomain).filed()).isFalse();
		assertThat(status(0, keptDomain).filed()).as("the entity's other website stays filed").isTrue();

		uploadAccepted(ZHEJIANG, files(ZHEJIANG).newAccess(website.wzid(), null));
		assertThat(results(drain(ZHEJIANG))).extracting(Result::code).as("website already cancelled")
			.containsExactly(1050);
	}

	@Test
	void aCancelledEntityTakesAllItsWebsitesAndFreesTheirDomains() {
		String first = domain("entity-a");
		String second = domain("entity-b");
		FiledRecord filed = fileEntityWithTwoWebsites(first, second);

		SimulatedCancellation cancelled = simulator.cancel(Long.toString(filed.entity().ztid()), null);

		assertThat(cancelled.kind()).isZero();
		assertThat(cancelled.icpNumber()).isEqualTo(filed.entity().icpNumber());
		assertThat(cancelled.websites()).containsExactlyElementsOf(
				filed.websites().stream().map(FiledWebsite::icpNumber).toList());
		assertThat(cancelled.remark()).startsWith("强制注销");
		assertThat(cancellations(drain(ZHEJIANG).get(0)))
			.containsExactly(new BureauCancellation(0, filed.entity().ztid(), cancelled.remark()));
		assertThat(status(0, first).filed()).isFalse();
		assertThat(status(0, second).filed()).isFalse();
		assertThat(calls(ZHEJIANG).verifyPassword(filed.entity().icpNumber(), UploadFiles.PASSWORD_MD5))
			.as("no filing has that number any more: no password is right").contains("<VerifyRes>1</VerifyRes>");

		uploadAccepted(ZHEJIANG, files(ZHEJIANG).newWebsite(filed.entity().ztid(), null, "浙江注销后网站", domain("late")));
		assertThat(results(drain(ZHEJIANG))).extracting(Result::code).as("entity already cancelled")
			.containsExactly(1049);
		uploadAccepted(ZHEJIANG, files(ZHEJIANG).firstFiling("浙江重新备案", first));
		assertThat(results(drain(ZHEJIANG))).extracting(Result::code).as("its domain may be filed again")
			.containsExactly(1001);
		assertThat(status(0, first).filed()).isTrue();
	}

	@Test
	void anIdTheBureauNeverGaveIsToldAsItIs() {
		long neverGiven = 330_000_000_000_001L;

		simulator.cancelUnknown(ZHEJIANG, 1, neverGiven, "强制注销：空壳网站");

		assertThat(cancellations(drain(ZHEJIANG).get(0)))
			.containsExactly(new BureauCancellation(1, neverGiven, "强制注销：空壳网站"));
	}

	@Test
	void whatCannotBeCancelledIsRefusedNamingTheField() {
		FiledRecord filed = fileEntityWithTwoWebsites(domain("twice"), domain("twice-b"));
		simulator.cancel(filed.websites().get(1).icpNumber(), UNREACHABLE);

		assertThatIllegalArgumentException().isThrownBy(() -> simulator.cancel(filed.websites().get(1).icpNumber(), null))
			.withMessageContaining("cancelled already");
		assertThatIllegalArgumentException().isThrownBy(() -> simulator.cancel("浙ICP备1999999999号", null))
			.withMessageContaining("target '浙ICP备1999999999号'");
		assertThatIllegalArgumentException().isThrownBy(() -> simulator.cancel(JIANGSU, filed.entity().icpNumber(), null))
			.withMessageContaining("filed in province 33, not 32");
		assertThatIllegalArgumentException().isThrownBy(() -> simulator.cancelUnknown(ZHEJIANG, 2, 77, null))
			.as("download-data.xsd allows Zxlb 0 and 1 only").withMessageContaining("kind (Zxlb)");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> simulator.cancelUnknown(ZHEJIANG, 0, filed.entity().ztid(), null))
			.withMessageContaining("bureauId (Jlid)");
		assertThat(drain(ZHEJIANG)).hasSize(1);
	}

	@Test
	void severalCancellationsComeInOneFileOrOneFileEach() {
		FiledRecord filed = fileEntityWithTwoWebsites(domain("together-a"), domain("together-b"));
		simulator.cancel(filed.websites().get(0).icpNumber(), UNREACHABLE);
		simulator.cancel(filed.websites().get(1).icpNumber(), UNREACHABLE);

		assertThat(drain(ZHEJIANG)).singleElement()
			.satisfies(file -> assertThat(cancellations(file)).extracting(BureauCancellation::recordId)
				.containsExactly(filed.websites().get(0).wzid(), filed.websites().get(1).wzid()));

		simulator.playCancellations(ZHEJIANG, CancellationPlay.oneFileEach());
		FiledRecord other = fileEntityWithTwoWebsites(domain("apart-a"), domain("apart-b"));
		simulator.cancel(other.websites().get(0).icpNumber(), UNREACHABLE);
		simulator.cancel(other.websites().get(1).icpNumber(), UNREACHABLE);

		List<Downloaded> files = drain(ZHEJIANG);
		assertThat(files).hasSize(2);
		assertThat(files).flatExtracting(BureauSimulatorCancellationTests::cancellations)
			.extracting(BureauCancellation::recordId)
			.containsExactly(other.websites().get(0).wzid(), other.websites().get(1).wzid());
	}

	@Test
	void withResultsTheRecordsRideInTheFirstFileOfTheRound() {
		simulator.playCancellations(ZHEJIANG, CancellationPlay.ridingWithResults());
		FiledRecord filed = fileEntityWithTwoWebsites(domain("ride-a"), domain("ride-b"));

		simulator.cancel(filed.websites().get(0).icpNumber(), UNREACHABLE);
		uploadAccepted(ZHEJIANG, files(ZHEJIANG).firstFiling("浙江同批官网", domain("ride-round")));
		List<Downloaded> inOrder = drain(ZHEJIANG);
		simulator.faults(ZHEJIANG).resultOrder(ResultOrder.REVERSED);
		simulator.cancel(filed.websites().get(1).icpNumber(), UNREACHABLE);
		uploadAccepted(ZHEJIANG, files(ZHEJIANG).firstFiling("浙江同批官网", domain("ride-reversed")));
		List<Downloaded> reversed = drain(ZHEJIANG);
		simulator.faults(ZHEJIANG).resultOrder(ResultOrder.ONE_FILE);
		simulator.cancel(filed.entity().icpNumber(), null);
		uploadAccepted(ZHEJIANG, files(ZHEJIANG).firstFiling("浙江同批官网", domain("ride-one")));
		List<Downloaded> oneFile = drain(ZHEJIANG);
		simulator.cancelUnknown(ZHEJIANG, 0, 424_242, null);
		List<Downloaded> noRound = drain(ZHEJIANG);

		assertThat(kinds(inOrder)).containsExactly("BASJ+ZXSJ", "BAJG");
		assertThat(kinds(reversed)).containsExactly("BAJG+ZXSJ", "BASJ");
		assertThat(kinds(oneFile)).containsExactly("BAJG+BASJ+ZXSJ");
		assertThat(kinds(noRound)).as("no round of results to ride with").containsExactly("ZXSJ");
		assertThat(cancellations(reversed.get(0))).extracting(BureauCancellation::recordId)
			.containsExactly(filed.websites().get(1).wzid());
	}

	@Test
	void repeatedARecordComesOnceMoreInALaterFile() {
		simulator.playCancellations(ZHEJIANG, CancellationPlay.repeatedLater());
		FiledRecord filed = fileEntityWithTwoWebsites(domain("again-a"), domain("again-b"));

		simulator.cancel(filed.websites().get(0).icpNumber(), UNREACHABLE);
		List<Downloaded> files = drain(ZHEJIANG);

		assertThat(files).hasSize(2);
		assertThat(files.get(0).fileName()).isNotEqualTo(files.get(1).fileName());
		assertThat(cancellations(files.get(1))).isEqualTo(cancellations(files.get(0)))
			.containsExactly(new BureauCancellation(1, filed.websites().get(0).wzid(), UNREACHABLE));
	}

	@Test
	void anEntityAfterOneOfItsWebsitesComesInAFileOfferedOnlyOnceTheWebsitesWasAcknowledged() {
		simulator.playCancellations(ZHEJIANG, CancellationPlay.entityAfterWebsite());
		FiledRecord filed = fileEntityWithTwoWebsites(domain("first-a"), domain("first-b"));
		simulator.cancel(filed.entity().icpNumber(), "强制注销：主体证件信息核查不实");
		SoapBureauCalls calls = calls(ZHEJIANG);

		BureauReturn website = calls.download();
		assertThat(website.msgCode()).as("the only file on offer").isEqualTo(1);
		assertThat(cancellations(downloaded(ZHEJIANG, website)))
			.containsExactly(new BureauCancellation(1, filed.websites().get(0).wzid(), UNREACHABLE));
		assertThat(calls.download().fileInfo().fileName()).as("sent again until acknowledged")
			.isEqualTo(website.fileInfo().fileName());
		assertThat(calls.acknowledge(website.fileInfo().fileName()).msgCode()).isZero();

		assertThat(drain(ZHEJIANG)).singleElement()
			.satisfies(file -> assertThat(cancellations(file)).containsExactly(
					new BureauCancellation(0, filed.entity().ztid(), "强制注销：主体证件信息核查不实")));
	}

	@Test
	void anEntityMayComeWithARecordForEachOfItsWebsites() {
		simulator.playCancellations(ZHEJIANG, CancellationPlay.entityWithItsWebsites());
		FiledRecord filed = fileEntityWithTwoWebsites(domain("listed-a"), domain("listed-b"));

		simulator.cancel(filed.entity().icpNumber(), "强制注销：主体证件信息核查不实");

		assertThat(drain(ZHEJIANG)).singleElement()
			.satisfies(file -> assertThat(cancellations(file))
				.extracting(BureauCancellation::kind, BureauCancellation::recordId)
				.containsExactly(tuple(0, filed.entity().ztid()), tuple(1, filed.websites().get(0).wzid()),
						tuple(1, filed.websites().get(1).wzid())));
	}

	@Test
	void theAdminEndpointCancelsAndSwitches() {
		FiledRecord filed = fileEntityWithTwoWebsites(domain("admin-a"), domain("admin-b"));
		String admin = endpoint(ZHEJIANG);

		HttpResponse<String> play = RawSoap.json("POST", admin + "/cancellation-play", "{\"onePerFile\": true}");
		assertThat(play.statusCode()).isEqualTo(200);
		assertThat(play.body()).contains("\"onePerFile\":true", "\"withResults\":null");
		assertThat(simulator.cancellationPlay(ZHEJIANG).onePerFile()).isTrue();
		HttpResponse<String> cancelled = RawSoap.json("POST", admin + "/cancellations",
				"{\"target\": \"%s\", \"remark\": \"%s\"}".formatted(filed.websites().get(0).icpNumber(), UNREACHABLE));
		assertThat(cancelled.statusCode()).as(cancelled.body()).isEqualTo(200);
		assertThat(cancelled.body()).contains("\"bureauId\":" + filed.websites().get(0).wzid(), "\"kind\":1");
		assertThat(RawSoap.json("POST", admin + "/cancellations/unknown",
				"{\"kind\": 0, \"bureauId\": 515151, \"remark\": \"强制注销\"}").statusCode()).isEqualTo(200);
		HttpResponse<String> unknown = RawSoap.json("POST", admin + "/cancellations", "{\"target\": \"nothing\"}");
		assertThat(unknown.statusCode()).isEqualTo(400);
		assertThat(unknown.body()).contains("target 'nothing'");

		assertThat(drain(ZHEJIANG)).flatExtracting(BureauSimulatorCancellationTests::cancellations)
			.extracting(BureauCancellation::kind, BureauCancellation::recordId)
			.containsExactly(tuple(1, filed.websites().get(0).wzid()),
					tuple(0, 515151L));
		assertThat(RawSoap.json("DELETE", admin + "/cancellation-play", null).body()).contains("\"onePerFile\":null");
	}

	/** A first filing of one entity with two websites, approved, its numbers downloaded. */
	private FiledRecord fileEntityWithTwoWebsites(String domain, String otherDomain) {
		UploadRecord record = UploadFiles.record(FilingJson.aFirstFiling().inProvince(ZHEJIANG).websiteName("浙江注销官网")
			.domains(domain).anotherWebsite("浙江注销商城", otherDomain).document(), UploadFiles.nextId());
		uploadAccepted(ZHEJIANG, record);
		List<Downloaded> files = drain(ZHEJIANG);
		assertThat(kinds(files)).containsExactly("BASJ", "BAJG");
		return files.get(0).document().filedData().get(0).records().get(0);
	}

	private BeianStatusReply.StatusInfo status(int type, String condition) {
		return BeianStatusReply.parse(calls(ZHEJIANG).status(type, condition)).statusInfo();
	}

	private static List<BureauCancellation> cancellations(Downloaded file) {
		return file.document().bureauCancellations().stream().flatMap(section -> section.cancellations().stream())
			.toList();
	}

	private static List<Result> results(List<Downloaded> files) {
		return files.stream().flatMap(file -> file.document().bureauResults().stream())
			.flatMap(results -> results.results().stream()).toList();
	}

	private static List<String> kinds(List<Downloaded> files) {
		return files.stream().map(Downloaded::document).map(DownloadDocument::kind).toList();
	}

	private static String domain(String purpose) {
		return purpose + "-" + UploadFiles.nextId() + ".cn";
	}

}
