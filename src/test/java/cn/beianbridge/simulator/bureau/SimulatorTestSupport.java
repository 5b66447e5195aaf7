package cn.beianbridge.simulator.bureau;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import cn.beianbridge.bureau.BureauReturn;
import cn.beianbridge.bureau.BureauSchema;
import cn.beianbridge.bureau.CodeTables;
import cn.beianbridge.bureau.DownloadDocument;
import cn.beianbridge.bureau.DownloadDocumentReader;
import cn.beianbridge.bureau.PackedPayload;
import cn.beianbridge.bureau.PayloadCodec;
import cn.beianbridge.bureau.UploadRecord;
import cn.beianbridge.province.Province;
import cn.beianbridge.province.ProvinceCatalogue;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The simulated bureaus running in the application on a random port, reviewing without delay. Zhejiang (33)
 * encrypts and has an account; Jiangsu (32) has an account in plaintext; Guangdong (44) speaks its own namespace
 * with the demo's empty account. Tests share the context, so each reads the sequence and drains downloads first.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "bridge.simulators.enabled=true", "bridge.simulators.bureau.review-delay=0s",
				"bridge.simulators.bureau.password-checks-per-window=3",
				"bridge.simulators.bureau.keep-only-access-in=32",
				"bridge.provinces.33.gateway.isp-id=ISP3300001", "bridge.provinces.33.gateway.user-name=bridge33",
				"bridge.provinces.33.gateway.password=Zhe-jiang-33", "bridge.provinces.33.gateway.aes-key=0123456789abcdef",
				"bridge.provinces.33.gateway.aes-iv=fedcba9876543210", "bridge.provinces.32.gateway.isp-id=ISP3200001",
				"bridge.provinces.32.gateway.user-name=bridge32", "bridge.provinces.32.gateway.password=Jiang-su-32",
				"bridge.provinces.44.gateway.namespace=http://icp.gdca.example/isp" })
@ActiveProfiles("test")
abstract class SimulatorTestSupport {

	static final String ZHEJIANG = "33";

	static final String JIANGSU = "32";

	static final String GUANGDONG = "44";

	@LocalServerPort
	int port;

	@Autowired
	ProvinceCatalogue provinces;

	@Autowired
	CodeTables codeTables;

	@Autowired
	BureauSimulator simulator;

	@AfterEach
	void switchFaultsOff() {
		simulator.resetAll();
	}

	String endpoint(String province) {
		return "http://localhost:%d/simulator/bureau/%s".formatted(port, province);
	}

	SoapBureauCalls calls(String province) {
		Province configured = provinces.get(province);
		return new SoapBureauCalls(endpoint(province), configured.gateway().namespace(), configured.gateway().ispId(),
				configured.gateway().userName(), configured.gateway().password());
	}

	PayloadCodec codec(String province) {
		return BureauCodecs.of(provinces.get(province).gateway());
	}

	UploadFiles files(String province) {
		return new UploadFiles(codeTables, province);
	}

	long nextSequence(SoapBureauCalls calls) {
		return calls.previousUpload().fileInfo().dataSequence() + 1;
	}

	PackedPayload packed(String province, UploadRecord... records) {
		return codec(province).pack(UploadFiles.fileName(province), files(province).document(records));
	}

	/** Uploads the records as one file with the next dataSequence; returns the sequence used. */
	long uploadAccepted(String province, UploadRecord... records) {
		SoapBureauCalls calls = calls(province);
		long sequence = nextSequence(calls);
		BureauReturn reply = calls.upload(packed(province, records), sequence);
		assertThat(reply.msgCode()).as(reply.msg()).isZero();
		return sequence;
	}

	/** Downloads and acknowledges every waiting file, in order. */
	List<Downloaded> drain(String province) {
		SoapBureauCalls calls = calls(province);
		List<Downloaded> files = new ArrayList<>();
		while (true) {
			BureauReturn reply = calls.download();
			if (reply.msgCode() == 2) {
				return files;
			}
			assertThat(reply.msgCode()).as(reply.msg()).isIn(1, 3);
			files.add(downloaded(province, reply));
			assertThat(calls.acknowledge(reply.fileInfo().fileName()).msgCode()).isZero();
		}
	}

	/** The file, which must be valid against the official schema like every file a bureau sends. */
	Downloaded downloaded(String province, BureauReturn reply) {
		PayloadCodec.UnpackedFile file = codec(province).unpack(reply.fileInfo().beianInfo(),
				reply.fileInfo().beianInfoHash(), reply.fileInfo().encryptAlgorithm());
		assertThat(BureauSchema.DOWNLOAD_DATA.violations(file.content())).as(reply.fileInfo().fileName()).isEmpty();
		return new Downloaded(reply.fileInfo().fileName(), new DownloadDocumentReader().read(file.content()));
	}

	record Downloaded(String fileName, DownloadDocument document) {
	}

}
