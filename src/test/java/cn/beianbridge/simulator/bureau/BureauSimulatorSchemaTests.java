package cn.beianbridge.simulator.bureau;

import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import cn.beianbridge.bureau.BureauReturn;
import cn.beianbridge.bureau.BureauSchema;
import cn.beianbridge.bureau.DownloadDocument.FiledDomain;
import cn.beianbridge.bureau.DownloadDocument.FiledIpRange;
import cn.beianbridge.bureau.DownloadDocument.FiledRecord;
import cn.beianbridge.bureau.DownloadDocument.FiledWebsite;
import cn.beianbridge.bureau.DownloadDocument.Result;
import cn.beianbridge.bureau.PackedPayload;
import cn.beianbridge.bureau.UploadRecord;
import cn.beianbridge.support.FilingJson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * The simulated bureau judges uploads by the ministry's upload-data.xsd, as a real one does, and answers in
 * replies valid against the *-return.xsd.
 */
class BureauSimulatorSchemaTests extends SimulatorTestSupport {

	private static final Charset GBK = Charset.forName("GBK");

	@BeforeEach
	void nothingWaiting() {
		drain(JIANGSU);
	}

	@Test
	void aFileThatFailsTheSchemaIsReceivedThenRefusedWith5001NamingTheRuleNotTheValue() {
		UploadRecord record = files(JIANGSU).firstFiling("江苏格式官网", domain("schema"));
		String valid = new String(files(JIANGSU).document(record), GBK);
		byte[] regionAsServerLocation = valid.replaceFirst("<Fbdd>\\d+</Fbdd>", "<Fbdd>320100</Fbdd>").getBytes(GBK);
		String fileName = UploadFiles.fileName(JIANGSU);
		SoapBureauCalls calls = calls(JIANGSU);

		assertThat(calls.upload(codec(JIANGSU).pack(fileName, regionAsServerLocation), nextSequence(calls)).msgCode())
			.as("received: data errors come back as results").isZero();

		List<Result> results = drain(JIANGSU).get(0).document().bureauResults().get(0).results();
		assertThat(results).singleElement().satisfies(result -> {
			assertThat(result.code()).isEqualTo(5001);
			assertThat(result.identifier()).isEqualTo(fileName);
			assertThat(result.codes().get(0).text()).contains("upload-data.xsd",
					"Baxx/Wz_xx/Jr_xx/Wzfb/Fbdd: value breaks maxInclusive 64").doesNotContain("320100");
		});
	}

	@Test
	void aValidFileWithSeveralAttachmentsIsFiled() {
		UploadRecord record = UploadFiles.record(FilingJson.aFirstFiling().inProvince(JIANGSU).websiteName("江苏附件官网")
			.domains(domain("attachments")).anotherWebsite("江苏附件商城", domain("shop")).withDomainCertificates()
			.withAttachment("ENTITY_CERTIFICATE", 2048).document(), UploadFiles.nextId());
		assertThat(record.filing().attachments()).hasSize(5);

		uploadAccepted(JIANGSU, record);

		List<Downloaded> files = drain(JIANGSU);
		assertThat(files.get(1).document().bureauResults().get(0).results()).extracting(Result::code).containsExactly(1001);
	}

	@Test
	void aNewWebsiteOrNewAccessNamedOnlyByTheBureausIdsIsFiledUnderTheirNumbers() {
		uploadAccepted(JIANGSU, files(JIANGSU).firstFiling("江苏主体官网", domain("entity")));
		FiledRecord first = drain(JIANGSU).get(0).document().filedData().get(0).records().get(0);

		uploadAccepted(JIANGSU, files(JIANGSU).newWebsite(first.entity().ztid(), null, "江苏第二网站", domain("second")));
		List<Downloaded> websiteFiles = drain(JIANGSU);
		FiledRecord second = websiteFiles.get(0).document().filedData().get(0).records().get(0);
		assertThat(second.websites().get(0).icpNumber()).isEqualTo(first.entity().icpNumber() + "-2");
		assertThat(websiteFiles.get(1).document().bureauResults().get(0).results()).singleElement()
			.satisfies(result -> assertThat(result.identifier()).isEqualTo(Long.toString(first.entity().ztid())));

		uploadAccepted(JIANGSU, files(JIANGSU).newAccess(first.websites().get(0).wzid(), null));
		List<Result> access = drain(JIANGSU).get(1).document().bureauResults().get(0).results();
		assertThat(access).singleElement().satisfies(result -> {
			assertThat(result.code()).isEqualTo(1001);
			assertThat(result.identifier()).isEqualTo(Long.toString(first.websites().get(0).wzid()));
		});
	}

	@Test
	void filedDataSendsTheDomainsAccessAndRangesAsUploadedWithOurIdsAndKeepsTheBureausIdsForLaterFiles() {
		UploadRecord record = files(JIANGSU).firstFiling("江苏编号官网", domain("ids"), domain("ids-shop"));
		uploadAccepted(JIANGSU, record);
		FiledWebsite filed = drain(JIANGSU).get(0).document().filedData().get(0).records().get(0).websites().get(0);
		UploadRecord.WebsiteIds ours = record.websiteIds().get(0);
		List<String> domains = record.filing().websites().get(0).domains();

		assertThat(filed.domains()).extracting(FiledDomain::domain, FiledDomain::ispYmid).containsExactly(
				tuple(domains.get(0), ours.ispYmids().get(0)), tuple(domains.get(1), ours.ispYmids().get(1)));
		assertThat(filed.accesses()).singleElement().satisfies(access -> {
			assertThat(access.ispJrid()).isEqualTo(ours.ispJrid());
			assertThat(access.providerId()).as("the uploading provider's Qqdwid").isEqualTo(Long.parseLong(UploadFiles.QQDWID));
			assertThat(access.ipRanges()).extracting(FiledIpRange::startAddress, FiledIpRange::endAddress,
					FiledIpRange::ispIpid).containsExactly(tuple("203.0.113.1", "203.0.113.1", ours.ispIpids().get(0)));
		});

		UploadRecord access = files(JIANGSU).newAccess(filed.wzid(), null);
		uploadAccepted(JIANGSU, access);
		FiledWebsite again = drain(JIANGSU).get(0).document().filedData().get(0).records().get(0).websites().get(0);

		assertThat(again.domains()).as("the same Ymids").isEqualTo(filed.domains());
		assertThat(again.accesses()).hasSize(2).startsWith(filed.accesses().get(0));
		assertThat(again.accesses().get(1).ispJrid()).isEqualTo(access.websiteIds().get(0).ispJrid());
		assertThat(again.accesses().get(1).jrid()).isNotEqualTo(filed.accesses().get(0).jrid());
	}

	@Test
	void aNewAccessForAWebsiteIdItNeverFiledIsRefused() {
		uploadAccepted(JIANGSU, files(JIANGSU).newAccess(424242L, null));

		List<Result> results = drain(JIANGSU).get(0).document().bureauResults().get(0).results();

		assertThat(results).extracting(Result::code).containsExactly(1059);
	}

	@Test
	void everyReplyOfTheUploadAndDownloadServiceIsValidAgainstItsSchema() {
		SoapBureauCalls calls = calls(JIANGSU);
		String up = SoapBureauCalls.UP_DOWN_LOAD;
		List<String> replies = new ArrayList<>();
		BiConsumer<BureauSchema, String> valid = (schema, text) -> {
			replies.add(text);
			assertThat(schema.check(text)).as(text).isEmpty();
		};
		String previous = calls.callForText(up, "isp_querypreviousupload", calls.auth());
		valid.accept(BureauSchema.QUERYPREVIOUSUPLOAD_RETURN, previous);
		long next = BureauReturn.parse(previous).fileInfo().dataSequence() + 1;
		PackedPayload payload = packed(JIANGSU, files(JIANGSU).firstFiling("江苏回执官网", domain("reply")));

		valid.accept(BureauSchema.UPLOAD_RETURN, calls.callForText(up, "isp_upload", calls.uploadParameters(payload, next + 3)));
		simulator.faults(JIANGSU).maintenanceUploads(true);
		valid.accept(BureauSchema.UPLOAD_RETURN, calls.callForText(up, "isp_upload", calls.uploadParameters(payload, next)));
		simulator.faults(JIANGSU).maintenanceUploads(false);
		valid.accept(BureauSchema.UPLOAD_RETURN, calls.callForText(up, "isp_upload", calls.uploadParameters(payload, next)));
		valid.accept(BureauSchema.QUERYPREVIOUSUPLOAD_RETURN, calls.callForText(up, "isp_querypreviousupload",
				calls.auth()));
		String download;
		while (BureauReturn.parse(download = calls.callForText(up, "isp_download", calls.auth())).msgCode() != 2) {
			valid.accept(BureauSchema.DOWNLOAD_RETURN, download);
			String fileName = BureauReturn.parse(download).fileInfo().fileName();
			valid.accept(BureauSchema.DOWNLOADACK_RETURN, calls.callForText(up, "isp_downloadack",
					calls.acknowledgeParameters(fileName)));
		}
		valid.accept(BureauSchema.DOWNLOAD_RETURN, download);
		valid.accept(BureauSchema.DOWNLOADACK_RETURN, calls.callForText(up, "isp_downloadack",
				calls.acknowledgeParameters("neverOffered1")));

		assertThat(replies).extracting(text -> BureauReturn.parse(text).msgCode()).contains(14, 901, 0, 1, 2, 999);
	}

	private static String domain(String purpose) {
		return purpose + "-" + UploadFiles.nextId() + ".cn";
	}

}
