package cn.beianbridge;

import java.io.File;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import cn.beianbridge.support.FreePort;
import cn.beianbridge.support.HostilePeers;
import cn.beianbridge.support.MySqlTestDatabase;
import cn.beianbridge.support.TestClock;
import cn.beianbridge.support.TestNode;

import static cn.beianbridge.support.FilingJson.aFirstFiling;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The hostile peers of {@link HostilePeerIntegrationTests} against a node in a JVM of its own whose heap
 * ({@value #HEAP}) could not hold any of them whole: a 1 GB SOAP reply, a zip of 1 GB of zeros, a console page of
 * 10,000 filings (1 GB), a 100 MB drop file. The node runs its own jobs with the default caps; it exits on the first
 * OutOfMemoryError. It must take every one of them, stay up, and file a filing of another province meanwhile. Its
 * garbage collector's log gives the heap it needed ({@code target/hostile-heap-gc.log}).
 */
class HostilePeerHeapIntegrationTests {

	static final String HEAP = "-Xmx512m";

	final HostilePeers peers = new HostilePeers().bureau("13", HostilePeers.Bureau.OVERSIZED_REPLY)
		.bureau("14", HostilePeers.Bureau.ZIP_BOMB);

	Process node;

	@AfterEach
	void stop() {
		if (node != null) {
			node.destroyForcibly();
		}
		peers.stop();
	}

	@Test
	void aNodeInASmallHeapTakesEveryHostileInputStaysUpAndFilesTheOthers() throws Exception {
		String url = MySqlTestDatabase.freshDatabase("bridge_it_hostile_heap");
		Path drop = Files.createTempDirectory("bridge-hostile-heap-drop");
		HostilePeers.hundredMegabyteDropFile(drop.resolve("huge.json"));
		int port = FreePort.next();
		int managementPort = FreePort.next();
		Path log = Path.of("target", "hostile-heap-node.log");
		Path gcLog = Path.of("target", "hostile-heap-gc.log");

		node = start(url, port, managementPort, drop, log, gcLog);
		JdbcTemplate jdbc = new JdbcTemplate(new DriverManagerDataSource(url, "root", ""));
		await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofSeconds(1)).until(() -> ready(managementPort));
		HttpResponse<String> pushed = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
				URI.create("http://localhost:" + port + "/api/v1/filings"))
			.header("Authorization", "Bearer test-intake-token")
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofByteArray(aFirstFiling().inProvince("33")
				.withConsoleFilingId("HEAP-33").bytes()))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(pushed.statusCode()).as(pushed.body()).isEqualTo(202);

		await().atMost(Duration.ofMinutes(4)).pollInterval(Duration.ofSeconds(2)).until(() -> !node.isAlive()
				|| (Files.exists(drop.resolve("failed/huge.json")) && logged(log, "max-reply-size")
						&& logged(log, "more than the 50 items asked for")
						&& count(jdbc, "select count(*) from result_quarantine where province = '14'") > 0
						&& count(jdbc, "select count(*) from filing where console_filing_id = 'HEAP-33' and state = "
								+ "'APPROVED'") == 1));

		assertThat(node.isAlive()).as("the node is up (it exits on an OutOfMemoryError); see " + log).isTrue();
		assertThat(Files.readString(drop.resolve("failed/huge.json.errors.json"))).contains("FILE_TOO_LARGE");
		assertThat(jdbc.queryForObject("select text from result_quarantine where province = '14' limit 1",
				String.class)).contains("larger than 33554432 bytes");
		assertThat(Files.readString(log)).doesNotContain("OutOfMemoryError");
		System.out.println("Hostile node heap (" + HEAP + "): largest heap before a collection " + peakBeforeGc(gcLog)
				+ " MB, largest after " + peakAfterGc(gcLog) + " MB");
	}

	private Process start(String url, int port, int managementPort, Path drop, Path log, Path gcLog) throws Exception {
		String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
		String every5s = "0/5 * * * * ?";
		List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
				HEAP, "-XX:+ExitOnOutOfMemoryError", "-Xlog:gc:file=" + gcLog, "-XX:TieredStopAtLevel=1",
				TestClock.offsetArgument(), "-cp", classpath, TestNode.class.getName(),
				"--spring.profiles.active=test", "--spring.datasource.url=" + url,
				"--spring.datasource.username=root", "--spring.datasource.password=", "--server.port=" + port,
				"--management.server.port=" + managementPort,
				"--bridge.node.name=hostile", "--bridge.simulators.enabled=true",
				"--bridge.intake.token=test-intake-token", "--bridge.console.token=test-console-token",
				"--bridge.provinces.13.gateway.endpoint=" + peers.bureauEndpoint("13"),
				"--bridge.provinces.14.gateway.endpoint=" + peers.bureauEndpoint("14"),
				"--bridge.console.base-url=" + peers.consoleUrl(), "--bridge.collection.drop-folder=" + drop,
				"--spring.quartz.auto-startup=true", "--bridge.jobs.collect.enabled=true",
				"--bridge.jobs.collect.cron=" + every5s, "--bridge.jobs.submit.enabled=true",
				"--bridge.jobs.submit.cron=" + every5s, "--bridge.jobs.download.enabled=true",
				"--bridge.jobs.download.cron=" + every5s));
		return new ProcessBuilder(command).directory(new File(".")).redirectErrorStream(true)
			.redirectOutput(log.toFile())
			.start();
	}

	private static boolean ready(int managementPort) {
		try {
			return HttpClient.newHttpClient().send(HttpRequest.newBuilder(
					URI.create("http://localhost:" + managementPort + "/actuator/health")).build(),
					HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
		}
		catch (Exception notYet) {
			return false;
		}
	}

	private static boolean logged(Path log, String text) throws Exception {
		return Files.exists(log) && Files.readString(log, StandardCharsets.ISO_8859_1).contains(text);
	}

	private static int count(JdbcTemplate jdbc, String sql) {
		try {
			return jdbc.queryForObject(sql, Integer.class);
		}
		catch (RuntimeException tablesNotYetThere) {
			return 0;
		}
	}

	// -Xlog:gc lines: "... Pause Young (Normal) (G1 Evacuation Pause) 150M->80M(512M) 3.402ms"
	private static final Pattern COLLECTION = Pattern.compile("(\\d+)M->(\\d+)M\\(\\d+M\\)");

	private static long peakBeforeGc(Path gcLog) throws Exception {
		return peak(gcLog, 1);
	}

	private static long peakAfterGc(Path gcLog) throws Exception {
		return peak(gcLog, 2);
	}

	private static long peak(Path gcLog, int group) throws Exception {
		long peak = 0;
		for (String line : Files.readAllLines(gcLog)) {
			Matcher matcher = COLLECTION.matcher(line);
			if (matcher.find()) {
				peak = Math.max(peak, Long.parseLong(matcher.group(group)));
			}
		}
		return peak;
	}

}
