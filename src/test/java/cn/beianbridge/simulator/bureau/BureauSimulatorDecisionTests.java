package cn.beianbridge.simulator.bureau;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import cn.beianbridge.bureau.BeianStatusReply;
import cn.beianbridge.bureau.BeianStatusReply.StatusInfo;
import cn.beianbridge.bureau.BureauReturn;
import cn.beianbridge.bureau.BureauSchema;
import cn.beianbridge.bureau.DownloadDocument.FiledRecord;
import cn.beianbridge.bureau.DownloadDocument.Result;
import cn.beianbridge.bureau.DownloadDocument.ReviewOpinion;
import cn.beianbridge.bureau.StatusQueryType;
import cn.beianbridge.bureau.UploadRecord;
import cn.beianbridge.shared.IcpNumber;
import cn.beianbridge.support.FilingJson;
import cn.beianbridge.support.TestClock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** What the simulated reviewers decide, and how the decisions come down: BASJ and BAJG files, until acknowledged. */
class BureauSimulatorDecisionTests extends SimulatorTestSupport {

	@BeforeEach
	void nothingWaiting() {
		drain(ZHEJIANG);
	}

	@Test
	void approvesAFirstFilingWithTheProvincesIcpNumbers() {
		UploadRecord record = files(ZHEJIANG).firstFiling("浙江批准官网", domain("approve"));
		uploadAccepted(ZHEJIANG, record);

		List<Downloaded> files = drain(ZHEJIANG);

		assertThat(files).extracting(file -> file.document().kind()).containsExactly("BASJ", "BAJG");
		FiledRecord filed = files.get(0).document().filedData().get(0).records().get(0);
		IcpNumber entity = IcpNumber.parse(filed.entity().icpNumber()).orElseThrow();
		assertThat(entity.abbreviation()).isEqualTo("浙");
		assertThat(entity.kind()).isEqualTo(IcpNumber.LicenceKind.FILING);
		assertThat(entity.serial()).hasSize(10).startsWith(String.valueOf(TestClock.today().getYear()));
		assertThat(entity.isWebsiteNumber()).isFalse();
		assertThat(filed.entity().ispZtid()).isEqualTo(record.ispZtid());
		assertThat(filed.websites()).singleElement().satisfies(website -> {
			assertThat(website.ispWzid()).isEqualTo(record.websiteIds().get(0).ispWzid());
			assertThat(website.icpNumber()).isEqualTo(filed.entity().icpNumber() + "-1");
			assertThat(IcpNumber.parse(website.icpNumber())).isPresent();
		});
		Result result = onlyResult(files.get(1));
		assertThat(result.code()).isEqualTo(1001);
		assertThat(result.operation()).isEqualTo(1);
		assertThat(result.identifier()).isEqualTo(String.valueOf(record.ispZtid()));
	}

	@Test
	void rejectsANameCarryingTheMarkerWithTheReviewersOpinion() {
		uploadAccepted(ZHEJIANG, files(ZHEJIANG).firstFiling("驳回示例网", domain("reject")));

		List<Downloaded> files = drain(ZHEJIANG);

		assertThat(files).extracting(file -> file.document().kind()).containsExactly("BAJG");
		Result result = onlyResult(files.get(0));
		assertThat(result.code()).isEqualTo(1002);
		ReviewOpinion opinion = result.opinions().get(0);
		assertThat(opinion.reviewer()).isEqualTo(Reviewer.REVIEWER_NAME);
		assertThat(opinion.approved()).isFalse();
		assertThat(opinion.opinion()).contains("驳回示例网");
		assertThat(opinion.date()).startsWith(String.valueOf(TestClock.today().getYear()));
	}

	@Test
	void refusesADomainFiledBefore() {
		String domain = domain("twice");
		uploadAccepted(ZHEJIANG, files(ZHEJIANG).firstFiling("浙江先来官网", domain));
		drain(ZHEJIANG);
		uploadAccepted(ZHEJIANG, files(ZHEJIANG).firstFiling("浙江后到官网", domain));

		Result result = onlyResult(drain(ZHEJIANG).get(0));

		assertThat(result.code()).isEqualTo(1005);
		assertThat(result.codes().get(0).text()).contains("域名已备案").contains(domain);
	}

	@Test
	void decidesAsToldWhenADecisionIsForced() {
		simulator.forceNext(ZHEJIANG, Decision.REFUSE, 1020);
		simulator.forceNext(ZHEJIANG, Decision.APPROVE);
		uploadAccepted(ZHEJIANG, files(ZHEJIANG).firstFiling("浙江正常官网", domain("forced")),
				files(ZHEJIANG).firstFiling("驳回但放行网", domain("forced")));

		List<Downloaded> files = drain(ZHEJIANG);

		List<Result> results = files.get(files.size() - 1).document().bureauResults().get(0).results();
		assertThat(results).extracting(Result::code).containsExactly(1020, 1001);
		assertThat(simulator.forcedDecisions(ZHEJIANG)).isEmpty();
	}

	@Test
	void filesNewWebsitesAndNewAccessesUnderTheEntitysNumber() {
		uploadAccepted(ZHEJIANG, files(ZHEJIANG).firstFiling("浙江主体官网", domain("entity")));
		FiledRecord first = drain(ZHEJIANG).get(0).document().filedData().get(0).records().get(0);

		uploadAccepted(ZHEJIANG,
				files(ZHEJIANG).newWebsite(first.entity().ztid(), first.entity().icpNumber(), "浙江第二网站", domain("second")));
		List<Downloaded> websiteFiles = drain(ZHEJIANG);
		FiledRecord second = websiteFiles.get(0).document().filedData().get(0).records().get(0);
		assertThat(second.websites().get(0).icpNumber()).isEqualTo(first.entity().icpNumber() + "-2");
		Result websiteResult = onlyResult(websiteFiles.get(1));
		assertThat(websiteResult.operation()).isEqualTo(2);
		assertThat(websiteResult.identifier()).isEqualTo(first.entity().icpNumber());

		String websiteNumber = first.websites().get(0).icpNumber();
		uploadAccepted(ZHEJIANG, files(ZHEJIANG).newAccess(first.websites().get(0).wzid(), websiteNumber));
		Result accessResult = onlyResult(drain(ZHEJIANG).get(1));
		assertThat(accessResult.code()).isEqualTo(1001);
		assertThat(accessResult.operation()).isEqualTo(3);
		assertThat(accessResult.identifier()).isEqualTo(websiteNumber);
	}

	@Test
	void sendsAFileAgainUntilItIsAcknowledged() {
		uploadAccepted(ZHEJIANG, files(ZHEJIANG).firstFiling("浙江重发官网", domain("again")));
		SoapBureauCalls calls = calls(ZHEJIANG);

		BureauReturn first = calls.download();
		BureauReturn again = calls.download();

		assertThat(first.msgCode()).isEqualTo(3);
		assertThat(again.msgCode()).isEqualTo(3);
		assertThat(again.fileInfo().fileName()).isEqualTo(first.fileInfo().fileName());
		assertThat(calls.acknowledge(first.fileInfo().fileName()).msgCode()).isZero();
		BureauReturn last = calls.download();
		assertThat(last.msgCode()).isEqualTo(1);
		assertThat(last.fileInfo().fileName()).isNotEqualTo(first.fileInfo().fileName());
		assertThat(calls.acknowledge(last.fileInfo().fileName()).msgCode()).isZero();
		assertThat(calls.acknowledge(last.fileInfo().fileName()).msg()).contains("before");
		assertThat(calls.download().msgCode()).isEqualTo(2);
	}

	@Test
	void refusesAFileThatFailsTheSchemaOrHasTheWrongVersionThroughItsResult() {
		SoapBureauCalls calls = calls(ZHEJIANG);
		String broken = UploadFiles.fileName(ZHEJIANG);
		String oldVersion = UploadFiles.fileName(ZHEJIANG);
		long sequence = nextSequence(calls);
		assertThat(calls.upload(codec(ZHEJIANG).pack(broken, UploadFiles.gbk("<UploadData version=\"V.3.0\"><ICP>")),
				sequence).msgCode()).isZero();
		assertThat(calls.upload(codec(ZHEJIANG).pack(oldVersion,
				UploadFiles.gbk("<UploadData version=\"V.2.0\"><ICP><XZBA/><Qqdwid>1</Qqdwid></ICP></UploadData>")),
				sequence + 1).msgCode()).isZero();

		List<Result> results = drain(ZHEJIANG).get(0).document().bureauResults().get(0).results();

		// a file refused whole has no operation; the schema wants Czlx 1–7, so it comes as 1, named by the file
		assertThat(results).extracting(Result::code, Result::identifier, Result::operation)
			.containsExactly(tuple(5001, broken, 1),
					tuple(5004, oldVersion, 1));
	}

	@Test
	void tellsTheStatusOfADomainItFiledInTheOfficialShape() {
		String domain = domain("status");
		uploadAccepted(ZHEJIANG, files(ZHEJIANG).firstFiling("浙江状态官网", domain));
		FiledRecord filed = drain(ZHEJIANG).get(0).document().filedData().get(0).records().get(0);

		String status = calls(ZHEJIANG).status(0, domain);

		assertThat(BureauSchema.QUERYBEIANSTATUS_RETURN.violations(status.getBytes(StandardCharsets.UTF_8))).isEmpty();
		BeianStatusReply reply = BeianStatusReply.parse(status);
		assertThat(reply.msgCode()).isZero();
		assertThat(reply.statusInfo()).isEqualTo(new StatusInfo(0, domain, "浙江状态官网", filed.entity().icpNumber(),
				filed.websites().get(0).icpNumber(), true));
		String unknown = calls(ZHEJIANG).status(0, domain("never"));
		assertThat(BureauSchema.QUERYBEIANSTATUS_RETURN.violations(unknown.getBytes(StandardCharsets.UTF_8))).isEmpty();
		assertThat(BeianStatusReply.parse(unknown).statusInfo().filed()).isFalse();
		assertThat(BeianStatusReply.parse(unknown).statusInfo().websiteIcpNumber()).isNull();
		String tooShort = calls(ZHEJIANG).status(0, "a.c");
		assertThat(BureauSchema.QUERYBEIANSTATUS_RETURN.violations(tooShort.getBytes(StandardCharsets.UTF_8))).isEmpty();
		assertThat(BeianStatusReply.parse(tooShort).msgCode()).isEqualTo(999);
		assertThat(BeianStatusReply.parse(tooShort).statusInfo()).isNull();
	}

	@Test
	void tellsTheStatusOfAnEntityByItsCertificateForEveryTypeButDomain() {
		uploadAccepted(ZHEJIANG, files(ZHEJIANG).firstFiling("浙江证件官网", domain("certificate")));
		drain(ZHEJIANG);
		String certificate = FilingJson.aFirstFiling().inProvince(ZHEJIANG).document().entity().certificate().number();

		for (StatusQueryType type : StatusQueryType.values()) {
			if (type.byDomain()) {
				continue;
			}
			String status = calls(ZHEJIANG).status(type.code(), certificate);

			assertThat(BureauSchema.QUERYBEIANSTATUS_RETURN.violations(status.getBytes(StandardCharsets.UTF_8)))
				.isEmpty();
			StatusInfo info = BeianStatusReply.parse(status).statusInfo();
			assertThat(info.conditionType()).isEqualTo(type.code());
			assertThat(info.condition()).isEqualTo(certificate);
			assertThat(info.filed()).isTrue();
			assertThat(IcpNumber.parse(info.entityIcpNumber())).hasValueSatisfying(
					number -> assertThat(number.isWebsiteNumber()).isFalse());
			assertThat(info.websiteIcpNumber()).as("an entity query names no website").isNull();
			assertThat(info.websiteName()).isNull();
			StatusInfo unknown = BeianStatusReply.parse(calls(ZHEJIANG).status(type.code(), "91330000NEVER0001X"))
				.statusInfo();
			assertThat(unknown.filed()).isFalse();
			assertThat(unknown.entityIcpNumber()).isNull();
		}
	}

	@Test
	void checksOneEntitysFilingPasswordAtMostThreeTimesInItsWindow() {
		uploadAccepted(JIANGSU, files(JIANGSU).firstFiling("江苏密码官网", domain("password")));
		FiledRecord filed = drain(JIANGSU).get(0).document().filedData().get(0).records().get(0);
		SoapBureauCalls calls = calls(JIANGSU);

		assertThat(calls.verifyPassword(filed.entity().icpNumber(), UploadFiles.PASSWORD_MD5))
			.as("the password filed with the entity").contains("<VerifyRes>0</VerifyRes>");
		assertThat(calls.verifyPassword(filed.websites().get(0).icpNumber(), "0".repeat(32)))
			.as("another password, asked by a website's number").contains("<VerifyRes>1</VerifyRes>");
		assertThat(calls.verifyPassword(filed.entity().icpNumber(), UploadFiles.PASSWORD_MD5))
			.contains("<VerifyRes>0</VerifyRes>");
		assertThat(BureauReturn.parse(calls.verifyPassword(filed.entity().icpNumber(), UploadFiles.PASSWORD_MD5))
			.msgCode()).as("the fourth check of one entity's password in the window (3 here)").isEqualTo(22);
		assertThat(calls.verifyPassword("苏ICP备1999999999号", UploadFiles.PASSWORD_MD5))
			.as("another entity's checks count apart").contains("<VerifyRes>");
	}

	private static Result onlyResult(Downloaded file) {
		assertThat(file.document().kind()).isEqualTo("BAJG");
		return file.document().bureauResults().get(0).results().get(0);
	}

	private static String domain(String purpose) {
		return purpose + "-" + UploadFiles.nextId() + ".cn";
	}

}
