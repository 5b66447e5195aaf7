package cn.beianbridge.submission;

import java.io.IOException;
import java.net.ServerSocket;
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
import cn.beianbridge.filing.FilingIntake;
import cn.beianbridge.filing.IntakeSource;
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
		int port = freePort();
		nodeA = node(url, "node-a", port, true);
		nodeB = node(url, "node-b", freePort(), false, "http://localhost:" + port);
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
		assertThat(jdbc.queryForObject("select count(*) from filing where state = 'SUBMITTED'", Integer.class))
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

	private static ConfigurableApplicationContext node(String url, String nodeId, int port, boolean simulators,
			String... bureauBase) {
		List<String> properties = new ArrayList<>(List.of("spring.datasource.url=" + url,
				"spring.datasource.username=root", "spring.datasource.password=", "server.port=" + port,
				"bridge.submission.node-id=" + nodeId, "bridge.simulators.enabled=" + simulators,
				"bridge.simulators.bureau.review-delay=1h", "bridge.bureau.rate-per-second=100"));
		for (String base : bureauBase) {
			PROVINCES.forEach(p -> properties.add("bridge.provinces." + p + ".gateway.endpoint=" + base
					+ "/simulator/bureau/" + p));
		}
		// as command-line arguments: they must win over application-mysql.yml, as on a real node
		return new SpringApplicationBuilder(BeianBridgeApplication.class).profiles("test", "mysql")
			.run(properties.stream().map(p -> "--" + p).toArray(String[]::new));
	}

	private static int freePort() {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
