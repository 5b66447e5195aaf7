package cn.beianbridge.simulator.bureau;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

import cn.beianbridge.bureau.CodeTables;
import cn.beianbridge.bureau.PayloadCodec;
import cn.beianbridge.province.ProvinceCatalogue;
import cn.beianbridge.province.ProvinceGateway;
import cn.beianbridge.support.MutableClock;

import static org.assertj.core.api.Assertions.assertThat;

/** A record is decided only once the review delay has passed, on the first download after it. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "bridge.simulators.enabled=true", "bridge.simulators.bureau.review-delay=2h" })
@ActiveProfiles("test")
@Import(MovableClockConfiguration.class)
class BureauSimulatorReviewDelayTests {

	@LocalServerPort
	int port;

	@Autowired
	ProvinceCatalogue provinces;

	@Autowired
	CodeTables codeTables;

	@Autowired
	MutableClock clock;

	@Test
	void decidesNothingBeforeTheReviewDelayHasPassed() {
		ProvinceGateway gateway = provinces.get("11").gateway();
		SoapBureauCalls calls = new SoapBureauCalls("http://localhost:%d/simulator/bureau/11".formatted(port),
				gateway.namespace(), gateway.ispId(), gateway.userName(), gateway.password());
		UploadFiles files = new UploadFiles(codeTables, "11");
		PayloadCodec codec = BureauCodecs.of(gateway);
		long sequence = calls.previousUpload().fileInfo().dataSequence() + 1;
		assertThat(calls.upload(codec.pack(UploadFiles.fileName("11"), files.document(files.firstFiling("北京等待官网",
				"delay-" + UploadFiles.nextId() + ".cn"))), sequence).msgCode()).isZero();

		clock.advance(Duration.ofMinutes(119));
		assertThat(calls.download().msgCode()).isEqualTo(2);

		clock.advance(Duration.ofMinutes(1));
		assertThat(calls.download().msgCode()).isEqualTo(3);
	}

}
