package cn.beianbridge.simulator.bureau;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.test.context.ActiveProfiles;

import cn.beianbridge.bureau.BeianStatusReply;
import cn.beianbridge.bureau.BureauReturn;
import cn.beianbridge.bureau.BureauSchema;
import cn.beianbridge.bureau.CodeTables;
import cn.beianbridge.bureau.DownloadDocument;
import cn.beianbridge.bureau.DownloadDocument.BureauCancellation;
import cn.beianbridge.bureau.DownloadDocument.FiledRecord;
import cn.beianbridge.bureau.DownloadDocumentReader;
import cn.beianbridge.bureau.PayloadCodec;
import cn.beianbridge.province.ProvinceCatalogue;
import cn.beianbridge.province.ProvinceGateway;
import cn.beianbridge.support.MutableClock;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * With forced cancellations on at the demo's rate, a bureau cancels one filing of its own each four minutes, counted
 * from its first download, and the provider reads it in a ZXSJ file at the download that plays it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "bridge.simulators.enabled=true", "bridge.simulators.bureau.forced-cancellations-every=4m" })
@ActiveProfiles("test")
@ExtendWith(OutputCaptureExtension.class)
class BureauSimulatorForcedCancellationTests {

	private static final String BEIJING = "11";

	@LocalServerPort
	int port;

	@Autowired
	ProvinceCatalogue provinces;

	@Autowired
	CodeTables codeTables;

	@Autowired
	MutableClock clock;

	@Test
	void aFiledEntityOrWebsiteIsCancelledEveryFourMinutesAndToldAtThatDownload(CapturedOutput output) {
		String domain = "forced-" + UploadFiles.nextId() + ".cn";
		UploadFiles files = new UploadFiles(codeTables, BEIJING);
		SoapBureauCalls calls = calls();
		long sequence = calls.previousUpload().fileInfo().dataSequence() + 1;
		assertThat(calls.upload(codec().pack(UploadFiles.fileName(BEIJING),
				files.document(files.firstFiling("北京强制注销官网", domain))), sequence).msgCode()).isZero();
		List<DownloadDocument> approved = drain();
		FiledRecord filed = approved.get(0).filedData().get(0).records().get(0);
		long ztid = filed.entity().ztid();
		long wzid = filed.websites().get(0).wzid();

		clock.advance(Duration.ofMinutes(4).minusSeconds(1));
		assertThat(drain()).as("not yet four minutes since the first download").isEmpty();
		assertThat(status(domain).filed()).isTrue();

		clock.advance(Duration.ofSeconds(1));
		List<DownloadDocument> first = drain();
		assertThat(first).singleElement().satisfies(file -> assertThat(file.kind()).isEqualTo("ZXSJ"));
		BureauCancellation forced = cancellations(first).get(0);
		assertThat(cancellations(first)).hasSize(1);
		assertThat(forced.kind() == 0 ? forced.recordId() == ztid : forced.recordId() == wzid)
			.as("the entity's Ztid or the website's Wzid: %s", forced).isTrue();
		assertThat(forced.remark()).startsWith("强制注销");
		assertThat(status(domain).filed()).as("either way its website is gone").isFalse();
		assertThat(output).containsOnlyOnce("Simulated bureau 11 cancelled")
			.contains(forced.kind() == 0 ? "(Ztid " + ztid + ")" : "(Wzid " + wzid + ")", "forcibly");

		clock.advance(Duration.ofMinutes(4).minusSeconds(1));
		assertThat(drain()).as("the next one four minutes after the last").isEmpty();
		clock.advance(Duration.ofSeconds(1));
		List<BureauCancellation> second = cancellations(drain());
		if (forced.kind() == 0) {
			assertThat(second).as("nothing filed is left to cancel").isEmpty();
		}
		else {
			assertThat(second).extracting(BureauCancellation::kind, BureauCancellation::recordId)
				.containsExactly(org.assertj.core.groups.Tuple.tuple(0, ztid));
		}
		assertThat(BeianStatusReply.parse(calls.status(1, "SIM" + ztid)).statusInfo().filed()).isFalse();
	}

	private BeianStatusReply.StatusInfo status(String domain) {
		return BeianStatusReply.parse(calls().status(0, domain)).statusInfo();
	}

	private List<DownloadDocument> drain() {
		SoapBureauCalls calls = calls();
		List<DownloadDocument> documents = new ArrayList<>();
		BureauReturn reply;
		while ((reply = calls.download()).msgCode() != 2) {
			assertThat(reply.msgCode()).as(reply.msg()).isIn(1, 3);
			byte[] content = codec().unpack(reply.fileInfo().beianInfo(), reply.fileInfo().beianInfoHash(),
					reply.fileInfo().encryptAlgorithm()).content();
			assertThat(BureauSchema.DOWNLOAD_DATA.violations(content)).isEmpty();
			documents.add(new DownloadDocumentReader().read(content));
			assertThat(calls.acknowledge(reply.fileInfo().fileName()).msgCode()).isZero();
		}
		return documents;
	}

	private static List<BureauCancellation> cancellations(List<DownloadDocument> documents) {
		return documents.stream().flatMap(document -> document.bureauCancellations().stream())
			.flatMap(section -> section.cancellations().stream()).toList();
	}

	private SoapBureauCalls calls() {
		ProvinceGateway gateway = provinces.get(BEIJING).gateway();
		return new SoapBureauCalls("http://localhost:%d/simulator/bureau/%s".formatted(port, BEIJING),
				gateway.namespace(), gateway.ispId(), gateway.userName(), gateway.password());
	}

	private PayloadCodec codec() {
		return BureauCodecs.of(provinces.get(BEIJING).gateway());
	}

	@TestConfiguration
	static class MovableClockConfiguration {

		@Bean
		@Primary
		MutableClock movableClock() {
			return new MutableClock(Instant.parse("2026-11-27T07:00:00Z"));
		}

	}

}
