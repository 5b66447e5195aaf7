package cn.beianbridge.simulator.bureau;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import cn.beianbridge.bureau.BureauSchema;
import cn.beianbridge.bureau.DownloadDocument.BureauCancellation;
import cn.beianbridge.bureau.DownloadDocument.FiledRecord;
import cn.beianbridge.bureau.DownloadDocument.FiledWebsite;
import cn.beianbridge.bureau.UploadRecord;
import cn.beianbridge.support.FilingJson;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Generated cases: every way of handing out cancellations ({@link CancellationPlay}) under the result orders and
 * repeated files, with websites, entities and ids never given cancelled in the same download as a round of results.
 * Every file the simulator writes, handed out or not, is valid against download-data.xsd, and no cancellation is
 * lost on the way.
 */
class BureauSimulatorCancellationSchemaTests extends SimulatorTestSupport {

	// a province no other test of this context downloads from, so its table of files holds only these cases
	private static final String FUJIAN = "35";

	private static final List<ResultOrder> ORDERS = List.of(ResultOrder.IN_ORDER, ResultOrder.REVERSED,
			ResultOrder.NUMBERS_IN_LATER_DOWNLOAD, ResultOrder.ONE_FILE);

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void everyFileOfEveryCaseIsValidAndCarriesEveryCancellation() {
		drain(FUJIAN);
		Random random = new Random(13);
		int zxsjFiles = 0;
		for (int c = 0; c < 16; c++) {
			CancellationPlay play = new CancellationPlay((c & 1) != 0, (c & 2) != 0, (c & 4) != 0, (c & 8) != 0,
					c % 3 == 0);
			simulator.playCancellations(FUJIAN, play);
			simulator.faults(FUJIAN).resultOrder(ORDERS.get(c % ORDERS.size())).duplicateFiles(c % 5 == 0);
			FiledRecord filed = fileEntityWithTwoWebsites();
			Set<BureauCancellation> expected = new HashSet<>();

			if (random.nextBoolean()) {
				FiledWebsite website = filed.websites().get(random.nextInt(2));
				expected.add(told(simulator.cancel(website.icpNumber(), "强制注销：网站无法访问")));
			}
			SimulatedCancellation entity = simulator.cancel(filed.entity().icpNumber(), null);
			expected.add(told(entity));
			if (random.nextBoolean()) {
				expected.add(told(simulator.cancelUnknown(FUJIAN, random.nextInt(2), 900_000_000 + c, null)));
			}
			uploadAccepted(FUJIAN, files(FUJIAN).firstFiling("福建同批官网", domain()));
			List<Downloaded> files = drain(FUJIAN);

			List<BureauCancellation> seen = files.stream()
				.flatMap(file -> file.document().bureauCancellations().stream())
				.flatMap(section -> section.cancellations().stream())
				.toList();
			assertThat(seen).as("case %d: %s", c, play).containsAll(expected)
				.allSatisfy(cancellation -> assertThat(cancellation.kind()).isBetween(0, 1));
			if (play.websiteFirst() && !entity.websites().isEmpty()) {
				assertThat(firstFileWith(files, 1, filed.websites()
					.stream()
					.filter(website -> website.icpNumber().equals(entity.websites().get(0)))
					.findFirst()
					.orElseThrow()
					.wzid())).as("case %d: the website's file comes first", c)
					.isLessThan(firstFileWith(files, 0, filed.entity().ztid()));
			}
			zxsjFiles += (int) files.stream().filter(file -> !file.document().bureauCancellations().isEmpty()).count();
		}

		List<byte[]> written = jdbc.queryForList("SELECT document FROM sim_download WHERE province = ?", byte[].class,
				FUJIAN);
		List<String> violations = new ArrayList<>();
		written.forEach(document -> violations.addAll(BureauSchema.DOWNLOAD_DATA.violations(document)));
		assertThat(violations).isEmpty();
		assertThat(zxsjFiles).isGreaterThanOrEqualTo(16);
	}

	private static int firstFileWith(List<Downloaded> files, int kind, long bureauId) {
		for (int i = 0; i < files.size(); i++) {
			if (files.get(i).document().bureauCancellations().stream()
				.flatMap(section -> section.cancellations().stream())
				.anyMatch(cancellation -> cancellation.kind() == kind && cancellation.recordId() == bureauId)) {
				return i;
			}
		}
		throw new AssertionError("no file carries Zxlb %d Jlid %d".formatted(kind, bureauId));
	}

	/** The record the provider should read; an entity's remark was drawn, so it is taken as returned. */
	private static BureauCancellation told(SimulatedCancellation cancellation) {
		return new BureauCancellation(cancellation.kind(), cancellation.bureauId(), cancellation.remark());
	}

	private FiledRecord fileEntityWithTwoWebsites() {
		UploadRecord record = UploadFiles.record(FilingJson.aFirstFiling().inProvince(FUJIAN).websiteName("福建注销官网")
			.domains(domain()).anotherWebsite("福建注销商城", domain()).document(), UploadFiles.nextId());
		uploadAccepted(FUJIAN, record);
		return drain(FUJIAN).stream()
			.flatMap(file -> file.document().filedData().stream())
			.flatMap(filed -> filed.records().stream())
			.filter(filed -> Long.valueOf(record.ispZtid()).equals(filed.entity().ispZtid()))
			.findFirst()
			.orElseThrow();
	}

	private static String domain() {
		return "cases-" + UploadFiles.nextId() + ".cn";
	}

}
