package cn.beianbridge.submission;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import cn.beianbridge.BeianBridgeApplication;
import cn.beianbridge.crypto.PersonalData;
import cn.beianbridge.support.TestClock;
import cn.beianbridge.filing.FilingIntake;
import cn.beianbridge.filing.IntakeSource;
import cn.beianbridge.support.FreePort;
import cn.beianbridge.support.MySqlTestDatabase;

import static cn.beianbridge.support.FilingJson.aFirstFiling;
import static org.assertj.core.api.Assertions.assertThat;

/** Two nodes on one MariaDB submit the same provinces at the same time: each filing goes up once. */
class TwoNodeSubmissionIntegrationTests {

	static final List<String> PROVINCES = List.of("33", "35", "44");

	static ConfigurableApplicationContext nodeA;

	static ConfigurableApplicationContext nodeB;

	@BeforeAll
	static void startTwoNodes() {
		String url = MySqlTestDatabase.freshDatabase("bridge_it_two_nodes");
		int port = FreePort.next();
		nodeA = node(url, "node-a", port, true, null, "bridge.provinces.61.gateway.password=the-password",
				"bridge.provinces.62.gateway.aes-key=0123456789abcdef", "bridge.provinces.62.gateway.aes-iv=fedcba9876543210");
		// node B was given a wrong password for Shaanxi (61): the bureau refuses it (msg_code 5)
		nodeB = node(url, "node-b", FreePort.next(), false, "http://localhost:" + port,
				"bridge.provinces.61.gateway.endpoint=http://localhost:" + port + "/simulator/bureau/61",
				"bridge.provinces.61.gateway.password=not-the-password",
				// and a wrong AES key for Gansu (62): every file it builds fails decryption (msg_code 6)
				"bridge.provinces.62.gateway.endpoint=http://localhost:" + port + "/simulator/bureau/62",
				"bridge.provinces.62.gateway.aes-key=abcdef0123456789", "bridge.provinces.62.gateway.aes-iv=fedcba9876543210");
	}

	@AfterAll
	static void stopNodes() {
		if (nodeB != null) {
			nodeB.close();
		}
		if (nodeA != null) {
			nodeA.close();
		}
	}

	@Test
	void everyFilingIsUploadedOnceAndNoSequenceIsReused() throws Exception {
		FilingIntake intake = nodeA.getBean(FilingIntake.class);
		int perProvince = 40;
		for (String province : PROVINCES) {
			for (int i = 0; i < perProvince; i++) {
				intake.accept(aFirstFiling().inProvince(province).withConsoleFilingId("TWO-" + province + "-" + i)
					.bytes(), IntakeSource.PUSH, "test");
			}
		}
		ExecutorService pool = Executors.newFixedThreadPool(6);
		List<Callable<ProvinceSubmitter.ProvinceSubmission>> runs = new ArrayList<>();
		for (int round = 0; round < 3; round++) {
			for (String province : PROVINCES) {
				runs.add(() -> nodeA.getBean(ProvinceSubmitter.class).submit(province));
				runs.add(() -> nodeB.getBean(ProvinceSubmitter.class).submit(province));
			}
		}
		List<ProvinceSubmitter.ProvinceSubmission> results = new ArrayList<>();
		for (Future<ProvinceSubmitter.ProvinceSubmission> run : pool.invokeAll(runs)) {
			results.add(run.get());
		}
		pool.shutdown();
		for (String province : PROVINCES) {
			nodeB.getBean(ProvinceSubmitter.class).submit(province); // whatever a skipped round left
		}

		assertThat(results).as("runs really overlapped").anySatisfy(r -> assertThat(r.skipped()).contains("lease held"));
		JdbcTemplate jdbc = nodeA.getBean(JdbcTemplate.class);
		assertThat(jdbc.queryForObject("select count(*) from filing where state = 'SUBMITTED' and province in "
				+ "('33', '35', '44')", Integer.class))
			.isEqualTo(perProvince * PROVINCES.size());
		for (String province : PROVINCES) {
			List<Long> sequences = jdbc.queryForList(
					"select data_sequence from sim_upload where province = ? order by data_sequence", Long.class, province);
			assertThat(sequences).as("gapless, each once").isEqualTo(
					java.util.stream.LongStream.rangeClosed(1, sequences.size()).boxed().toList());
		}
		assertThat(jdbc.queryForObject("select count(*) from (select filing_id from upload_batch_filing f join "
				+ "upload_batch b on b.id = f.batch_id where b.state = 'ACCEPTED' group by filing_id having count(*) > 1) x",
				Integer.class)).as("filings in two accepted files").isZero();
	}

	@Test
	void aRefusedAccountBlocksTheProvinceUntilAnOperatorActs() {
		nodeA.getBean(FilingIntake.class).accept(aFirstFiling().inProvince("61").withConsoleFilingId("TWO-BLOCK-1")
			.bytes(), IntakeSource.PUSH, "test");

		ProvinceSubmitter.ProvinceSubmission refused = nodeB.getBean(ProvinceSubmitter.class).submit("61");
		ProvinceSubmitter.ProvinceSubmission afterwards = nodeA.getBean(ProvinceSubmitter.class).submit("61");

		assertThat(refused.filesAccepted()).isZero();
		assertThat(afterwards.skipped()).startsWith("blocked:");
		JdbcTemplate jdbc = nodeA.getBean(JdbcTemplate.class);
		assertThat(jdbc.queryForObject("select msg_code from province_block where province = '61'", Integer.class))
			.isEqualTo(5);
		assertThat(jdbc.queryForObject("select count(*) from sim_upload where province = '61'", Integer.class)).isZero();
		assertThat(jdbc.queryForObject("select state from upload_batch where province = '61'", String.class))
			.isEqualTo("BLOCKED");
		// the operators' alert, once, planned in the transaction that blocked the province
		assertThat(jdbc.queryForList("select subject from notification where kind = 'PROVINCE_BLOCKED'", String.class))
			.map(nodeA.getBean(PersonalData.class)::open)
			.singleElement().asString().contains("陕西").contains("上传已阻断");
	}

	/** @param bureauBase where this node finds the simulated bureaus of PROVINCES (null: its own) */
	@Test
	void aFileTheBureauCannotReadIsRebuiltOnceThenNeedsAnOperator() {
		nodeA.getBean(FilingIntake.class).accept(aFirstFiling().inProvince("62").withConsoleFilingId("TWO-FIX-1")
			.bytes(), IntakeSource.PUSH, "test");

		ProvinceSubmitter.ProvinceSubmission run = nodeB.getBean(ProvinceSubmitter.class).submit("62");

		assertThat(run.filesAccepted()).isZero();
		JdbcTemplate jdbc = nodeA.getBean(JdbcTemplate.class);
		assertThat(jdbc.queryForMap("select state, attempts, last_msg_code from upload_batch where province = '62'"))
			.containsEntry("state", "BLOCKED").containsEntry("attempts", 2).containsEntry("last_msg_code", 6);
		assertThat(jdbc.queryForObject("select count(*) from sim_upload where province = '62'", Integer.class)).isZero();
	}

	private static ConfigurableApplicationContext node(String url, String nodeId, int port, boolean simulators,
			String bureauBase, String... overrides) {
		List<String> properties = new ArrayList<>(List.of("spring.datasource.url=" + url,
				"spring.datasource.username=root", "spring.datasource.password=", "server.port=" + port,
				"bridge.node.name=" + nodeId, "bridge.simulators.enabled=" + simulators,
				"bridge.simulators.bureau.review-delay=1h", "bridge.bureau.rate-per-second=100",
				"bridge.notifications.operators.emails=ops@provider.example"));
		if (bureauBase != null) {
			PROVINCES.forEach(p -> properties.add("bridge.provinces." + p + ".gateway.endpoint=" + bureauBase
					+ "/simulator/bureau/" + p));
		}
		properties.addAll(List.of(overrides));
		// as command-line arguments: they must win over the profile's files, as on a real node
		return new SpringApplicationBuilder(BeianBridgeApplication.class).profiles("test")
			.initializers(TestClock.initializer())
			.run(properties.stream().map(p -> "--" + p).toArray(String[]::new));
	}

}
