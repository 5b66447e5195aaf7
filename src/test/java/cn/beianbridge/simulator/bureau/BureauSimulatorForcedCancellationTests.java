package cn.beianbridge.simulator.bureau;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.TestPropertySource;

import cn.beianbridge.bureau.BeianStatusReply;
import cn.beianbridge.bureau.DownloadDocument.BureauCancellation;
import cn.beianbridge.bureau.DownloadDocument.FiledRecord;
import cn.beianbridge.support.FilingJson;
import cn.beianbridge.support.MutableClock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * With forced cancellations on at the demo's rate, the bureaus cancel one filing of their own each three minutes,
 * counted from the start, and the provider reads it in a ZXSJ file at the download that plays it.
 */
@TestPropertySource(properties = "bridge.simulators.bureau.forced-cancellations-every=3m")
@ExtendWith(OutputCaptureExtension.class)
@Import(MovableClockConfiguration.class)
class BureauSimulatorForcedCancellationTests extends SimulatorTestSupport {

	private static final String BEIJING = "11";

	@Autowired
	MutableClock clock;

	@Test
	void aFiledEntityOrWebsiteIsCancelledEveryThreeMinutesAndToldAtThatDownload(CapturedOutput output) {
		String domain = "forced-" + UploadFiles.nextId() + ".cn";
		uploadAccepted(BEIJING, files(BEIJING).firstFiling("北京强制注销官网", domain));
		List<Downloaded> approved = drain(BEIJING);
		FiledRecord filed = approved.get(0).document().filedData().get(0).records().get(0);
		long ztid = filed.entity().ztid();
		long wzid = filed.websites().get(0).wzid();
		// the only entity this context's Beijing files, so the certificate finds it alone
		String certificate = FilingJson.aFirstFiling().inProvince(BEIJING).document().entity().certificate().number();
		assertThat(BeianStatusReply.parse(calls(BEIJING).status(1, certificate)).statusInfo().filed()).isTrue();

		clock.advance(Duration.ofMinutes(3).minusSeconds(1));
		assertThat(drain(BEIJING)).as("not yet three minutes since the start").isEmpty();
		assertThat(status(domain).filed()).isTrue();

		clock.advance(Duration.ofSeconds(1));
		List<Downloaded> first = drain(BEIJING);
		assertThat(first).singleElement().satisfies(file -> assertThat(file.document().kind()).isEqualTo("ZXSJ"));
		BureauCancellation forced = cancellations(first).get(0);
		assertThat(cancellations(first)).hasSize(1);
		assertThat(forced.kind() == 0 ? forced.recordId() == ztid : forced.recordId() == wzid)
			.as("the entity's Ztid or the website's Wzid: %s", forced).isTrue();
		assertThat(forced.remark()).startsWith("强制注销");
		assertThat(status(domain).filed()).as("either way its website is gone").isFalse();
		assertThat(output).containsOnlyOnce("Simulated bureau 11 cancelled")
			.contains(forced.kind() == 0 ? "(Ztid " + ztid + ")" : "(Wzid " + wzid + ")", "forcibly");

		clock.advance(Duration.ofMinutes(3).minusSeconds(1));
		assertThat(drain(BEIJING)).as("the next one three minutes after the last").isEmpty();
		clock.advance(Duration.ofSeconds(1));
		List<BureauCancellation> second = cancellations(drain(BEIJING));
		if (forced.kind() == 0) {
			assertThat(second).as("nothing filed is left to cancel").isEmpty();
		}
		else {
			assertThat(second).extracting(BureauCancellation::kind, BureauCancellation::recordId)
				.containsExactly(tuple(0, ztid));
		}
		assertThat(BeianStatusReply.parse(calls(BEIJING).status(1, certificate)).statusInfo().filed())
			.as("the entity is cancelled either way by now").isFalse();
	}

	private BeianStatusReply.StatusInfo status(String domain) {
		return BeianStatusReply.parse(calls(BEIJING).status(0, domain)).statusInfo();
	}

	private static List<BureauCancellation> cancellations(List<Downloaded> files) {
		return files.stream().flatMap(file -> file.document().bureauCancellations().stream())
			.flatMap(section -> section.cancellations().stream()).toList();
	}

}
