package cn.beianbridge.submission;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import cn.beianbridge.support.FreePort;
import cn.beianbridge.support.SeparateNodes;

/**
 * The simulated bureaus of {@link SubmissionBenchmark} in a JVM of their own, on the benchmark's database, reached
 * over SOAP as the in-process ones are; their levers through the simulator's JSON admin. Started before the bridge
 * (they migrate the fresh database first), stopped after it.
 */
final class SeparateBureaus implements AutoCloseable {

	private static final Duration START_WITHIN = Duration.ofMinutes(3);

	private final Process process;

	private final int port;

	private final HttpClient http = HttpClient.newHttpClient();

	private SeparateBureaus(Process process, int port) {
		this.process = process;
		this.port = port;
	}

	/** The simulators' settings for the benchmark, wherever they run (switched on apart). */
	static List<String> simulatorSettings() {
		return List.of(
				// decisions do not matter here: none is due while the benchmark runs
				"bridge.simulators.bureau.review-delay=30d",
				"bridge.simulators.bureau.keep-upload-payloads=" + SubmissionBenchmark.SIM_PAYLOADS);
	}

	static SeparateBureaus start(String url, int filings) throws IOException, InterruptedException {
		int port = FreePort.next();
		List<String> arguments = new ArrayList<>();
		simulatorSettings().forEach(setting -> arguments.add("--" + setting));
		arguments.add("--logging.level.cn.beianbridge=WARN");
		Process process = SeparateNodes.bureaus(url, port, SubmissionBenchmark.BUREAU_HEAP,
				"benchmark-bureaus-" + filings + ".log", arguments.toArray(String[]::new));
		SeparateBureaus bureaus = new SeparateBureaus(process, port);
		bureaus.awaitStarted();
		return bureaus;
	}

	/** Every province's endpoint, {@code {code}} standing for the province's code. */
	String endpoint() {
		return "http://localhost:" + port + "/simulator/bureau/{code}";
	}

	void replyDelay(List<String> provinces, long millis) throws IOException, InterruptedException {
		for (String code : provinces) {
			HttpResponse<String> response = http.send(HttpRequest.newBuilder(faults(code))
				.header("Content-Type", "application/json")
				.POST(HttpRequest.BodyPublishers.ofString("{\"replyDelayMs\": " + millis + "}"))
				.build(), HttpResponse.BodyHandlers.ofString());
			if (response.statusCode() != 200) {
				throw new IllegalStateException("Bureau " + code + " refused its reply delay: HTTP "
						+ response.statusCode() + " " + response.body());
			}
		}
	}

	private void awaitStarted() throws InterruptedException {
		long deadline = System.nanoTime() + START_WITHIN.toNanos();
		String last = "no answer";
		while (System.nanoTime() < deadline) {
			if (!process.isAlive()) {
				throw new IllegalStateException("The bureaus' JVM ended at start with " + process.exitValue()
						+ " (see target/benchmark-bureaus-*.log)");
			}
			try {
				HttpResponse<String> answer = http.send(HttpRequest.newBuilder(faults("11")).build(),
						HttpResponse.BodyHandlers.ofString());
				if (answer.statusCode() == 200) {
					return;
				}
				last = "HTTP " + answer.statusCode() + " " + answer.body();
			}
			catch (IOException notYet) {
				// not listening yet
			}
			Thread.sleep(500);
		}
		close();
		throw new IllegalStateException("The bureaus' JVM did not answer within " + START_WITHIN + ": " + last);
	}

	private URI faults(String code) {
		return URI.create("http://localhost:" + port + "/simulator/bureau/" + code + "/faults");
	}

	@Override
	public void close() throws InterruptedException {
		process.destroy();
		if (!process.waitFor(30, TimeUnit.SECONDS)) {
			process.destroyForcibly().waitFor();
		}
	}

}
