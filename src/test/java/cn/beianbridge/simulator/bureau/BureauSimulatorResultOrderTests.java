package cn.beianbridge.simulator.bureau;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import cn.beianbridge.bureau.BureauReturn;
import cn.beianbridge.bureau.DownloadDocument;
import cn.beianbridge.bureau.UploadRecord;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The orders a simulated bureau hands out a round's numbers (BASJ) and results (BAJG) in, switched at run time; every
 * file is valid against download-data.xsd ({@link SimulatorTestSupport#downloaded}).
 */
class BureauSimulatorResultOrderTests extends SimulatorTestSupport {

	@BeforeEach
	void nothingWaiting() {
		drain(JIANGSU);
	}

	@Test
	void inOrderByDefaultTheNumbersComeFirst() {
		approveOne();

		assertThat(kinds(drain(JIANGSU))).containsExactly("BASJ", "BAJG");
	}

	@Test
	void reversedTheResultsComeFirst() {
		simulator.faults(JIANGSU).resultOrder(ResultOrder.REVERSED);
		approveOne();

		assertThat(kinds(drain(JIANGSU))).containsExactly("BAJG", "BASJ");
	}

	@Test
	void inOneFileBothSectionsComeTogetherTheResultsFirst() {
		simulator.faults(JIANGSU).resultOrder(ResultOrder.ONE_FILE);
		UploadRecord record = approveOne();

		List<Downloaded> files = drain(JIANGSU);

		assertThat(files).singleElement().satisfies(file -> {
			assertThat(file.document().kind()).isEqualTo("BAJG+BASJ");
			assertThat(file.document().filedData().get(0).records().get(0).entity().ispZtid()).isEqualTo(record.ispZtid());
			assertThat(file.document().bureauResults().get(0).results().get(0).code()).isEqualTo(1001);
		});
	}

	@Test
	void numbersInALaterDownloadAreNotOfferedBeforeTheResultsAreAcknowledged() {
		simulator.faults(JIANGSU).resultOrder(ResultOrder.NUMBERS_IN_LATER_DOWNLOAD);
		approveOne();
		SoapBureauCalls calls = calls(JIANGSU);

		BureauReturn results = calls.download();
		assertThat(results.msgCode()).as("the last file on offer").isEqualTo(1);
		assertThat(downloaded(JIANGSU, results).document().kind()).isEqualTo("BAJG");
		assertThat(calls.download().fileInfo().fileName()).as("sent again until acknowledged")
			.isEqualTo(results.fileInfo().fileName());
		assertThat(calls.acknowledge(results.fileInfo().fileName()).msgCode()).isZero();

		assertThat(kinds(drain(JIANGSU))).containsExactly("BASJ");
	}

	@Test
	void numbersLateAreOfferedOnlyAfterTheDelay() {
		simulator.faults(JIANGSU).resultOrder(ResultOrder.NUMBERS_LATE).numbersDelay(Duration.ofSeconds(2));
		approveOne();

		assertThat(kinds(drain(JIANGSU))).containsExactly("BAJG");

		await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(kinds(drain(JIANGSU))).contains("BASJ"));
	}

	@Test
	void duplicatesComeAgainAfterTheirAcknowledgementAndUnderANewName() {
		simulator.faults(JIANGSU).duplicateFiles(true);
		approveOne();

		List<Downloaded> files = drain(JIANGSU);

		assertThat(kinds(files)).containsExactly("BASJ", "BASJ", "BAJG", "BAJG", "BASJ", "BAJG");
		String basj = files.get(0).fileName();
		String bajg = files.get(2).fileName();
		assertThat(files).extracting(Downloaded::fileName)
			.containsExactly(basj, basj, bajg, bajg, basj + "R", bajg + "R");
		assertThat(files.get(4).document()).isEqualTo(files.get(0).document());
		assertThat(files.get(5).document()).isEqualTo(files.get(2).document());
	}

	@Test
	void mixedEveryRoundStillBringsItsNumbersAndResults() {
		simulator.faults(JIANGSU).resultOrder(ResultOrder.MIXED).numbersDelay(Duration.ofMillis(200));
		List<Long> approved = new ArrayList<>();
		List<Downloaded> files = new ArrayList<>();
		// a round per record: each draws its own order
		for (int i = 0; i < 12; i++) {
			approved.add(approveOne().ispZtid());
			files.addAll(drain(JIANGSU));
		}

		await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
			files.addAll(drain(JIANGSU));
			assertThat(files.stream().flatMap(file -> file.document().filedData().stream())
				.flatMap(filed -> filed.records().stream()).map(record -> record.entity().ispZtid()))
				.containsAll(approved);
		});
		assertThat(files.stream().flatMap(file -> file.document().bureauResults().stream())
			.flatMap(results -> results.results().stream()).map(result -> Long.valueOf(result.identifier())))
			.containsAll(approved);
	}

	/** One first filing uploaded and decided (approved) at the next download. */
	private UploadRecord approveOne() {
		simulator.forceNext(JIANGSU, Decision.APPROVE);
		UploadRecord record = files(JIANGSU).firstFiling("江苏顺序官网", "order-" + UploadFiles.nextId() + ".cn");
		uploadAccepted(JIANGSU, record);
		return record;
	}

	private static List<String> kinds(List<Downloaded> files) {
		return files.stream().map(Downloaded::document).map(DownloadDocument::kind).toList();
	}

}
