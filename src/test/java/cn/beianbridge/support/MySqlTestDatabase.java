package cn.beianbridge.support;

import java.net.InetSocketAddress;
import java.net.Socket;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

import org.junit.jupiter.api.Assumptions;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * The local MariaDB/MySQL on 127.0.0.1:3306 (root, empty password). Each test class gets a database of
 * its own, dropped and created afresh, named for the class and for this checkout, so the suites of two checkouts
 * (worktrees, a clean clone beside the working copy) can run at once. Unreachable: the test is skipped, unless BRIDGE_REQUIRE_MYSQL=true
 * (CI), where it fails.
 */
public final class MySqlTestDatabase {

	private static final String HOST = System.getProperty("bridge.test.mysql.host", "127.0.0.1");

	private static final int PORT = 3306;

	/** A short, stable mark of the directory the tests run in. */
	private static final String CHECKOUT = Integer.toHexString(
			java.nio.file.Path.of("").toAbsolutePath().normalize().toString().hashCode() & 0xffffff);

	private MySqlTestDatabase() {
	}

	/** Creates the database {@code name} afresh and points the application at it. */
	public static void register(String name, DynamicPropertyRegistry registry) {
		String url = freshDatabase(name);
		registry.add("spring.datasource.url", () -> url);
		registry.add("spring.datasource.username", () -> "root");
		registry.add("spring.datasource.password", () -> "");
	}

	public static String freshDatabase(String base) {
		requireReachable();
		String name = base + "_" + CHECKOUT;
		String server = "jdbc:mysql://" + HOST + ":" + PORT + "/";
		try (Connection connection = DriverManager.getConnection(server, "root", "");
				Statement statement = connection.createStatement()) {
			statement.execute("DROP DATABASE IF EXISTS " + name);
			statement.execute("CREATE DATABASE " + name + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Cannot create test database " + name + " on " + server, ex);
		}
		return server + name + "?useUnicode=true&characterEncoding=utf8&connectionTimeZone=UTC"
				+ "&forceConnectionTimeZoneToSession=true&rewriteBatchedStatements=true";
	}

	public static void requireReachable() {
		boolean reachable;
		try (Socket socket = new Socket()) {
			socket.connect(new InetSocketAddress(HOST, PORT), 1_000);
			reachable = true;
		}
		catch (java.io.IOException ex) {
			reachable = false;
		}
		if (!reachable && Boolean.parseBoolean(System.getenv("BRIDGE_REQUIRE_MYSQL"))) {
			throw new IllegalStateException("MySQL is not reachable on " + HOST + ":" + PORT
					+ " and BRIDGE_REQUIRE_MYSQL=true: start MariaDB (see .ci/run)");
		}
		Assumptions.assumeTrue(reachable, "MySQL not reachable on " + HOST + ":" + PORT + ": skipped");
	}

}
