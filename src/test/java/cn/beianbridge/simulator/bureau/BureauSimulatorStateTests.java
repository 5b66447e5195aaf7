package cn.beianbridge.simulator.bureau;

import java.time.Clock;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;

import cn.beianbridge.bureau.BureauReturn;
import cn.beianbridge.filing.CancelReasons;
import cn.beianbridge.province.Province;

import static org.assertj.core.api.Assertions.assertThat;

/** The simulated bureaus keep their state in the database: a new simulator carries on where the old one stood. */
class BureauSimulatorStateTests extends SimulatorTestSupport {

	@Autowired
	SimulatorUploadMapper uploads;

	@Autowired
	SimulatorRegisterMapper register;

	@Autowired
	SimulatorDownloadMapper downloads;

	@Autowired
	SimulatorCancellationMapper cancelled;

	@Autowired
	BureauSimulatorSettings settings;

	@Autowired
	PlatformTransactionManager transactions;

	@Autowired
	Clock clock;

	@Autowired
	CancelReasons cancelReasons;

	@Test
	void aNewSimulatorKnowsTheLastUploadAndTheFilesWaiting() {
		drain(JIANGSU);
		long sequence = uploadAccepted(JIANGSU,
				files(JIANGSU).firstFiling("江苏重启官网", "restart-" + UploadFiles.nextId() + ".cn"));

		BureauSimulatorConfiguration configuration = new BureauSimulatorConfiguration();
		Cancellations cancellations = configuration.simulatorCancellations(register, cancelled, provinces, settings,
				transactions, clock);
		SimulatedBureau restarted = configuration.simulatedBureau(uploads, register, downloads, cancelled,
				cancellations, new BureauSimulator(provinces, cancellations), settings, cancelReasons, transactions,
				clock, true);

		BureauReturn previous = ask(restarted, "isp_querypreviousupload");
		assertThat(previous.fileInfo().dataSequence()).isEqualTo(sequence);
		BureauReturn decided = ask(restarted, "isp_download");
		assertThat(decided.msgCode()).isEqualTo(3);
		assertThat(calls(JIANGSU).download().fileInfo().fileName()).as("the running simulator sends the same file")
			.isEqualTo(decided.fileInfo().fileName());
		assertThat(drain(JIANGSU)).extracting(file -> file.document().kind()).containsExactly("BASJ", "BAJG");
	}

	private BureauReturn ask(SimulatedBureau bureau, String operation) {
		Province province = provinces.get(JIANGSU);
		Map<String, String> parameters = calls(JIANGSU).auth();
		return bureau.answer(province, new ReceivedCall(province.gateway().namespace(), operation, parameters, Set.of()),
				FaultSwitches.NONE).result();
	}

}
