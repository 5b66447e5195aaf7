package cn.beianbridge.simulator.bureau;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import cn.beianbridge.bureau.BeianStatusReply;
import cn.beianbridge.bureau.BureauReturn;
import cn.beianbridge.bureau.CodeTables;
import cn.beianbridge.bureau.DownloadDocument;
import cn.beianbridge.bureau.DownloadDocument.BureauCancellation;
import cn.beianbridge.bureau.DownloadDocument.FiledData;
import cn.beianbridge.bureau.DownloadDocument.FiledRecord;
import cn.beianbridge.bureau.DownloadDocumentReader;
import cn.beianbridge.bureau.PayloadCodec;
import cn.beianbridge.bureau.UploadRecord;
import cn.beianbridge.province.ProvinceCatalogue;
import cn.beianbridge.province.ProvinceGateway;
import cn.beianbridge.shared.IcpNumber;
import cn.beianbridge.support.MySqlTestDatabase;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One whole upload → decision → download → acknowledge cycle, and a cancellation told after it, with the simulator's
 * state on MariaDB.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "bridge.simulators.enabled=true", "bridge.simulators.bureau.review-delay=0s",
				// the mysql profile leaves the console unset; the collection route needs an address to start
				"bridge.console.base-url=http://localhost:${server.port}/simulator/console",
				"bridge.provinces.33.gateway.isp-id=ISP3300001", "bridge.provinces.33.gateway.user-name=bridge33",
				"bridge.provinces.33.gateway.password=Zhe-jiang-33", "bridge.provinces.33.gateway.aes-key=0123456789abcdef",
				"bridge.provinces.33.gateway.aes-iv=fedcba9876543210", "bridge.provinces.32.gateway.isp-id=ISP3200001",
				"bridge.provinces.32.gateway.user-name=bridge32", "bridge.provinces.32.gateway.password=Jiang-su-32" })
@ActiveProfiles("test")
class BureauSimulatorIntegrationTests {

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		MySqlTestDatabase.register("bridge_it_simulator", registry);
	}

	@LocalServerPort
	int port;

	@Autowired
	ProvinceCatalogue provinces;

	@Autowired
	CodeTables codeTables;

	@Autowired
	BureauSimulator simulator;

	@Test
	void uploadsAreDecidedDownloadedAndAcknowledged() {
		SoapBureauCalls calls = calls("33");
		PayloadCodec codec = BureauCodecs.of(provinces.get("33").gateway());
		UploadFiles files = new UploadFiles(codeTables, "33");
		UploadRecord record = files.firstFiling("浙江数据库官网", "mariadb-" + UploadFiles.nextId() + ".cn");

		assertThat(calls.previousUpload().fileInfo().dataSequence()).isZero();
		assertThat(calls.upload(codec.pack(UploadFiles.fileName("33"), files.document(record)), 1).msgCode()).isZero();
		assertThat(calls.upload(codec.pack(UploadFiles.fileName("33"), files.document(record)), 3)
			.missingDataSequences()).containsExactly(2L);
		assertThat(calls.previousUpload().fileInfo().dataSequence()).isEqualTo(1);

		BureauReturn filedData = calls.download();
		assertThat(filedData.msgCode()).isEqualTo(3);
		FiledData filed = read(codec, filedData).filedData().get(0);
		assertThat(IcpNumber.parse(filed.records().get(0).entity().icpNumber())).isPresent();
		assertThat(calls.download().fileInfo().fileName()).isEqualTo(filedData.fileInfo().fileName());
		assertThat(calls.acknowledge(filedData.fileInfo().fileName()).msgCode()).isZero();

		BureauReturn results = calls.download();
		assertThat(results.msgCode()).isEqualTo(1);
		assertThat(read(codec, results).bureauResults().get(0).results()).extracting(result -> result.code())
			.isEqualTo(List.of(1001));
		assertThat(calls.acknowledge(results.fileInfo().fileName()).msgCode()).isZero();
		assertThat(calls.download().msgCode()).isEqualTo(2);
	}

	@Test
	void aCancellationIsRecordedAndToldAtTheNextDownload() {
		SoapBureauCalls calls = calls("32");
		PayloadCodec codec = BureauCodecs.of(provinces.get("32").gateway());
		UploadFiles files = new UploadFiles(codeTables, "32");
		String domain = "mariadb-cancel-" + UploadFiles.nextId() + ".cn";
		long sequence = calls.previousUpload().fileInfo().dataSequence() + 1;
		assertThat(calls.upload(codec.pack(UploadFiles.fileName("32"), files.document(files.firstFiling("江苏注销官网",
				domain))), sequence).msgCode()).isZero();
		BureauReturn numbers = calls.download();
		FiledRecord filed = read(codec, numbers).filedData().get(0).records().get(0);
		calls.acknowledge(numbers.fileInfo().fileName());
		calls.acknowledge(calls.download().fileInfo().fileName());

		simulator.playCancellations("32", CancellationPlay.entityAfterWebsite());
		simulator.cancel(filed.entity().icpNumber(), "强制注销：主体证件信息核查不实");

		List<BureauCancellation> told = new java.util.ArrayList<>();
		BureauReturn reply;
		while ((reply = calls.download()).msgCode() != 2) {
			read(codec, reply).bureauCancellations().forEach(section -> told.addAll(section.cancellations()));
			assertThat(calls.acknowledge(reply.fileInfo().fileName()).msgCode()).isZero();
		}
		assertThat(told).containsExactly(
				new BureauCancellation(1, filed.websites().get(0).wzid(), "强制注销：网站无法访问"),
				new BureauCancellation(0, filed.entity().ztid(), "强制注销：主体证件信息核查不实"));
		assertThat(BeianStatusReply.parse(calls.status(0, domain)).statusInfo().filed()).isFalse();
	}

	private SoapBureauCalls calls(String province) {
		ProvinceGateway gateway = provinces.get(province).gateway();
		return new SoapBureauCalls("http://localhost:%d/simulator/bureau/%s".formatted(port, province),
				gateway.namespace(), gateway.ispId(), gateway.userName(), gateway.password());
	}

	private static DownloadDocument read(PayloadCodec codec, BureauReturn reply) {
		return new DownloadDocumentReader().read(codec.unpack(reply.fileInfo().beianInfo(), reply.fileInfo().beianInfoHash(),
				reply.fileInfo().encryptAlgorithm()).content());
	}

}
