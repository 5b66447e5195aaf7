package cn.beianbridge.support;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import cn.beianbridge.BeianBridgeApplication;

/**
 * Two nodes on one MariaDB database for the kill tests: a survivor in this JVM, which also runs the simulated
 * bureaus, and a victim in a JVM of its own, talking to the survivor's bureau for province 33, which a test can
 * kill with SIGKILL (no shutdown hook, no finally block).
 */
public final class SeparateNodes {

	/**
	 * The kill tests' lock. Their minutes go mostly to waiting (a node's JVM starting, the default staleness and
	 * schedules running out), so each such class runs beside the rest of the integration tests
	 * ({@code @Execution(CONCURRENT)}, the failsafe execution's JUnit configuration in the pom), but never two of them at
	 * once: their nodes' start-ups would share the two cores with each other as well.
	 */
	public static final String KILLED = "nodes killed and started again";

	private SeparateNodes() {
	}

	/** The survivor: profile test on MariaDB, simulators on, serving the bureaus on {@code port}. */
	public static ConfigurableApplicationContext survivor(String url, int port, String... overrides) {
		List<String> args = new ArrayList<>(List.of("--spring.datasource.url=" + url,
				"--spring.datasource.username=root", "--spring.datasource.password=", "--server.port=" + port,
				"--bridge.simulators.enabled=true", "--bridge.node.name=survivor", cluster(url)));
		args.addAll(List.of(overrides));
		return new SpringApplicationBuilder(BeianBridgeApplication.class).profiles("test")
			.initializers(TestClock.initializer())
			.run(args.toArray(String[]::new));
	}

	/**
	 * The victim: the application in a JVM of its own, Quartz on, province 33's bureau at the survivor; its
	 * output goes to {@code target/<log>}. {@code jobArguments} switch on the job it runs and how.
	 */
	public static Process victim(String url, int bureauPort, String log, String... jobArguments) throws IOException {
		List<String> arguments = new ArrayList<>(List.of(
				"--bridge.provinces.33.gateway.endpoint=http://localhost:" + bureauPort + "/simulator/bureau/33",
				"--bridge.bureau.read-timeout=120s"));
		arguments.addAll(List.of(jobArguments));
		return node(url, log, arguments);
	}

	/**
	 * The application in a JVM of its own on the suite's clock: profile test on MariaDB, no simulator, Quartz on, the
	 * jobs and peers as {@code arguments} say; its output goes to {@code target/<log>} (appended, so one file tells a
	 * node's restarts in order).
	 */
	public static Process node(String url, String log, List<String> arguments) throws IOException {
		// C1 only: a test node starts in about two thirds of the time, and its start-up counts in the kill tests' time
		// to resume
		List<String> node = new ArrayList<>(List.of("--server.port=" + FreePort.next(),
				"--bridge.simulators.enabled=false", "--spring.quartz.auto-startup=true", cluster(url)));
		node.addAll(arguments);
		return start(url, List.of("-Xmx512m", "-XX:TieredStopAtLevel=1"), log, node);
	}

	/**
	 * The Quartz cluster of the nodes on this database, named for the database. Quartz keeps its job stores' connection
	 * providers in one registry per JVM, by scheduler name: a survivor started in this JVM beside another test's
	 * context of the default name (the kill tests run beside the others) would share that entry, and lose it with that
	 * context ("HikariDataSource ... has been closed"). Every node of the test, here and in its own JVM, has the name.
	 */
	private static String cluster(String url) {
		String database = url.substring(url.lastIndexOf('/') + 1).split("\\?")[0];
		return "--spring.quartz.properties.org.quartz.scheduler.instanceName=bridge-" + database;
	}

	/**
	 * The simulated bureaus alone, in a JVM of their own with {@code heap}, serving on {@code port}: the bridge's
	 * benchmarks then measure the bridge's heap, not a bureau's copy of every upload beside it. No job, no Quartz.
	 */
	public static Process bureaus(String url, int port, String heap, String log, String... arguments) throws IOException {
		List<String> node = new ArrayList<>(List.of("--server.port=" + port, "--bridge.simulators.enabled=true",
				"--spring.quartz.auto-startup=false", "--spring.main.banner-mode=off"));
		node.addAll(List.of(arguments));
		return start(url, List.of("-Xmx" + heap), log, node);
	}

	private static Process start(String url, List<String> jvmOptions, String log, List<String> arguments)
			throws IOException {
		String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
		List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
		command.addAll(jvmOptions);
		command.addAll(List.of(TestClock.offsetArgument(), "-cp", classpath, TestNode.class.getName(),
				"--spring.profiles.active=test", "--spring.datasource.url=" + url, "--spring.datasource.username=root",
				"--spring.datasource.password="));
		command.addAll(arguments);
		return new ProcessBuilder(command).directory(new File(".")).redirectErrorStream(true)
			.redirectOutput(ProcessBuilder.Redirect.appendTo(new File("target", log)))
			.start();
	}

}
