package org.treatylens.system;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.UUID;

import org.testcontainers.DockerClientFactory;
import org.testcontainers.postgresql.PostgreSQLContainer;

/**
 * The real PostgreSQL that tests run against, chosen once per test JVM: a Testcontainers
 * server where a Docker engine answers; otherwise the server named by
 * {@code TREATYLENS_TEST_DATABASE_URL} (a JDBC URL whose user may create databases);
 * otherwise an embedded PostgreSQL. On it every application context gets a database of
 * its own ({@link #freshDatabase()}), dropped when the JVM exits, so neither runs nor
 * contexts see each other's data.
 */
public final class TestDatabase {

	public static final String URL_VARIABLE = "TREATYLENS_TEST_DATABASE_URL";

	private static volatile Connection details;

	private TestDatabase() {
	}

	public record Connection(String url, String username, String password, String description) {
	}

	/**
	 * A new temporary directory, removed when the JVM exits.
	 */
	public static java.nio.file.Path scratchDirectory() {
		try {
			java.nio.file.Path dir = java.nio.file.Files.createTempDirectory("treatylens-test-");
			Runtime.getRuntime().addShutdownHook(new Thread(() -> deleteTree(dir), "test-scratch-delete"));
			return dir;
		}
		catch (java.io.IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

	private static void deleteTree(java.nio.file.Path dir) {
		try (var paths = java.nio.file.Files.walk(dir)) {
			paths.sorted(java.util.Comparator.reverseOrder()).forEach((p) -> p.toFile().delete());
		}
		catch (java.io.IOException ex) {
			// best effort: it is a temporary directory
		}
	}

	public static Connection get() {
		if (details == null) {
			synchronized (TestDatabase.class) {
				if (details == null) {
					details = start();
				}
			}
		}
		return details;
	}

	/**
	 * A new, empty database on the test server, for one application context. Each context
	 * gets its own, as it gets its own data directory: a context's background work (the
	 * corpus job worker) must never take up another context's jobs.
	 */
	public static Connection freshDatabase() {
		Connection server = get();
		return freshDatabaseOn(server.url(), server.username(), server.password());
	}

	private static Connection start() {
		if (dockerAvailable()) {
			PostgreSQLContainer container = new PostgreSQLContainer("postgres:17-alpine");
			container.start();
			return new Connection(container.getJdbcUrl(), container.getUsername(), container.getPassword(),
					"Testcontainers " + container.getDockerImageName());
		}
		String serverUrl = System.getenv(URL_VARIABLE);
		if (serverUrl != null && !serverUrl.isBlank()) {
			return new Connection(serverUrl.strip(),
					System.getenv().getOrDefault("TREATYLENS_TEST_DATABASE_USER", "postgres"),
					System.getenv().getOrDefault("TREATYLENS_TEST_DATABASE_PASSWORD", ""), "server " + serverUrl);
		}
		return embedded();
	}

	private static boolean dockerAvailable() {
		try {
			return DockerClientFactory.instance().isDockerAvailable();
		}
		catch (RuntimeException ex) {
			return false;
		}
	}

	private static Connection embedded() {
		try {
			// the app's own embedded server, which also runs when the tests run as root
			java.nio.file.Path home = java.nio.file.Files.createTempDirectory("treatylens-test-postgres-");
			java.nio.file.Files.setPosixFilePermissions(home,
					java.nio.file.attribute.PosixFilePermissions.fromString("rwxr-xr-x"));
			LocalPostgresServer postgres = LocalPostgresServer.start(home.resolve("postgres"), home);
			// one hook, in order: the server must stop before its binaries go
			Runtime.getRuntime().addShutdownHook(new Thread(() -> {
				postgres.close();
				deleteTree(home);
			}, "embedded-postgres-stop"));
			return new Connection(postgres.jdbcUrl(), LocalPostgresServer.SUPERUSER, postgres.password(),
					"embedded PostgreSQL");
		}
		catch (Exception ex) {
			throw new IllegalStateException("No PostgreSQL for the tests: no Docker engine, no " + URL_VARIABLE
					+ ", and the embedded server did not start", ex);
		}
	}

	private static Connection freshDatabaseOn(String serverUrl, String user, String password) {
		String name = "treatylens_test_"
				+ UUID.randomUUID().toString().replace("-", "").substring(0, 12).toLowerCase(Locale.ROOT);
		execute(serverUrl, user, password, "create database " + name);
		Runtime.getRuntime()
			.addShutdownHook(new Thread(
					() -> execute(serverUrl, user, password, "drop database if exists " + name + " with (force)"),
					"test-database-drop"));
		int query = serverUrl.indexOf('?');
		String base = (query < 0) ? serverUrl : serverUrl.substring(0, query);
		String params = (query < 0) ? "" : serverUrl.substring(query);
		String url = base.substring(0, base.lastIndexOf('/') + 1) + name + params;
		return new Connection(url, user, password, "database " + name + " on " + serverUrl);
	}

	private static void execute(String url, String user, String password, String sql) {
		try (java.sql.Connection connection = DriverManager.getConnection(url, user, password);
				Statement statement = connection.createStatement()) {
			statement.execute(sql);
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Could not run '" + sql + "' on " + url + ": " + ex.getMessage(), ex);
		}
	}

}
