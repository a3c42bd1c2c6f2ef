package org.treatylens.system;

import java.net.InetSocketAddress;
import java.net.Socket;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The embedded PostgreSQL the app runs when no datasource is configured: a real server,
 * whose data survives a restart, stopped with the app, and started as an unprivileged
 * user when the tests run as root (as they do in CI).
 */
class EmbeddedDatabaseTests {

	private final ApplicationContextRunner contexts = new ApplicationContextRunner()
		.withUserConfiguration(EmbeddedDatabaseConfiguration.class);

	@Test
	void keepsItsDataAcrossRestartsAndStopsWithTheApp(@TempDir Path dataDir) throws Exception {
		// @TempDir is private to root; the server's user must be able to reach it
		Files.setPosixFilePermissions(dataDir, PosixFilePermissions.fromString("rwxr-xr-x"));
		ApplicationContextRunner app = this.contexts.withPropertyValues("treatylens.data-dir=" + dataDir,
				"treatylens.embedded-database.fallback-dir=" + dataDir.resolve("unexpected-fallback"));
		int[] port = new int[1];
		app.run((context) -> {
			JdbcTemplate jdbc = new JdbcTemplate(context.getBean(DataSource.class));
			assertThat(jdbc.queryForObject("select current_database()", String.class)).isEqualTo("treatylens");
			jdbc.execute("create table kept (note text)");
			jdbc.update("insert into kept values ('written before the restart')");
			port[0] = context.getBean(LocalPostgresServer.class).port();
		});
		assertThat(accepts(port[0])).as("the server stops with the app").isFalse();

		app.run((context) -> {
			JdbcTemplate jdbc = new JdbcTemplate(context.getBean(DataSource.class));
			assertThat(jdbc.queryForList("select note from kept", String.class))
				.containsExactly("written before the restart");
			Path cluster = context.getBean(LocalPostgresServer.class).dataDirectory();
			assertThat(cluster.startsWith(dataDir.resolve("postgres"))).as("kept under the data directory").isTrue();
			if (PostgresUser.forThisProcess().switchesUser()) {
				assertThat(Files.getOwner(cluster).getName()).isEqualTo(PostgresUser.UNPRIVILEGED);
			}
		});
	}

	@Test
	void startsNothingWhenADataSourceIsConfigured(@TempDir Path dataDir) {
		this.contexts
			.withPropertyValues("treatylens.data-dir=" + dataDir,
					"spring.datasource.url=jdbc:postgresql://127.0.0.1:5432/elsewhere")
			.run((context) -> assertThat(context).doesNotHaveBean(LocalPostgresServer.class)
				.doesNotHaveBean(DataSource.class));
		assertThat(dataDir.resolve("postgres")).doesNotExist();
	}

	@Test
	void fallsBackToAReachableDirectoryWhenTheServersUserCannotReachTheConfiguredOne(@TempDir Path tmp)
			throws Exception {
		Path passwd = Files.writeString(tmp.resolve("passwd"), "nobody:x:65534:65534:nobody:/nonexistent:/bin/false\n");
		PostgresUser nobody = PostgresUser.unprivileged(passwd);
		Path open = Files.createDirectories(tmp.resolve("open"));
		Path closed = Files.createDirectories(tmp.resolve("closed"));
		Files.setPosixFilePermissions(tmp, PosixFilePermissions.fromString("rwxr-xr-x"));
		Files.setPosixFilePermissions(closed, PosixFilePermissions.fromString("rwx------"));
		Path fallback = Files.createDirectories(tmp.resolve("fallback"));

		assertThat(LocalPostgresServer.chooseHome(nobody, open.resolve("data/postgres"), fallback))
			.isEqualTo(open.resolve("data/postgres"));
		Path chosen = LocalPostgresServer.chooseHome(nobody, closed.resolve("data/postgres"), fallback);
		assertThat(chosen.startsWith(fallback)).as("%s is under the fallback", chosen).isTrue();
		assertThat(LocalPostgresServer.chooseHome(nobody, closed.resolve("data/postgres"), fallback))
			.as("the same configuration finds the same data again")
			.isEqualTo(chosen);
		assertThatThrownBy(() -> LocalPostgresServer.chooseHome(nobody, closed.resolve("data/postgres"),
				closed.resolve("also-closed")))
			.hasMessageContaining("TREATYLENS_DATA_DIR");
		assertThat(nobody.command(List.of("initdb"))).last().isEqualTo("initdb");
	}

	@Test
	void asksForAPasswordThatIsKeptInAFileOnlyItsOwnerReads(@TempDir Path dataDir) throws Exception {
		Files.setPosixFilePermissions(dataDir, PosixFilePermissions.fromString("rwxr-xr-x"));
		embedded(dataDir).run((context) -> {
			LocalPostgresServer server = context.getBean(LocalPostgresServer.class);
			Path file = dataDir.resolve("postgres/superuser.password");
			assertThat(Files.getPosixFilePermissions(file)).isEqualTo(PosixFilePermissions.fromString("rw-------"));
			assertThat(Files.readString(file).strip()).isEqualTo(server.password()).hasSize(64);
			assertThat(Files.readString(server.dataDirectory().resolve("pg_hba.conf")))
				.doesNotContainPattern("(?m)^[^#].*\\strust");
			assertThatThrownBy(() -> DriverManager.getConnection(server.jdbcUrl(), "postgres", "").close())
				.isInstanceOf(SQLException.class);
			assertThatThrownBy(() -> DriverManager.getConnection(server.jdbcUrl(), "postgres", "wrong").close())
				.hasMessageContaining("password authentication failed");
			try (Connection connection = DriverManager.getConnection(server.jdbcUrl(), "postgres", server.password())) {
				assertThat(connection.isValid(5)).isTrue();
			}
		});
	}

	@Test
	void movesAClusterThatTrustedEveryLocalConnectionToAPassword(@TempDir Path dataDir) throws Exception {
		Files.setPosixFilePermissions(dataDir, PosixFilePermissions.fromString("rwxr-xr-x"));
		ApplicationContextRunner app = embedded(dataDir);
		app.run((context) -> new JdbcTemplate(context.getBean(DataSource.class)).execute("create table kept (n int)"));
		// as an earlier version left it: trust, and no password file
		Path hba = dataDir.resolve("postgres/data/pg_hba.conf");
		Files.writeString(hba, Files.readString(hba).replace("scram-sha-256", "trust"));
		Files.delete(dataDir.resolve("postgres/superuser.password"));

		app.run((context) -> {
			LocalPostgresServer server = context.getBean(LocalPostgresServer.class);
			assertThat(new JdbcTemplate(context.getBean(DataSource.class)).queryForObject("select count(*) from kept",
					Integer.class))
				.isZero();
			assertThat(Files.readString(hba)).doesNotContainPattern("(?m)^[^#].*\\strust");
			assertThatThrownBy(() -> DriverManager.getConnection(server.jdbcUrl(), "postgres", "").close())
				.isInstanceOf(SQLException.class);
			assertThat(dataDir.resolve("postgres/superuser.password")).exists();
		});
	}

	@Test
	void startsThePostmasterAgainWhenItIsKilledAndTheAppsConnectionsWorkAgain(@TempDir Path dataDir) throws Exception {
		Files.setPosixFilePermissions(dataDir, PosixFilePermissions.fromString("rwxr-xr-x"));
		embedded(dataDir).withPropertyValues("treatylens.embedded-database.watchdog-interval=500ms").run((context) -> {
			LocalPostgresServer server = context.getBean(LocalPostgresServer.class);
			JdbcTemplate jdbc = new JdbcTemplate(context.getBean(DataSource.class));
			HealthIndicator health = context.getBean("embeddedDatabaseHealthIndicator", HealthIndicator.class);
			assertThat(jdbc.queryForObject("select 1", Integer.class)).isOne();
			long pid = Long.parseLong(Files.readAllLines(server.dataDirectory().resolve("postmaster.pid")).get(0));

			ProcessHandle postmaster = ProcessHandle.of(pid).orElseThrow();
			postmaster.destroyForcibly();
			postmaster.onExit().get(30, TimeUnit.SECONDS);

			long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
			while (server.restarts() == 0 && System.nanoTime() < deadline) {
				Thread.sleep(200);
			}
			assertThat(server.restarts()).as("the watchdog started it again").isOne();
			Integer answer = null;
			while (answer == null && System.nanoTime() < deadline) {
				try {
					answer = jdbc.queryForObject("select 1", Integer.class);
				}
				catch (RuntimeException ex) {
					Thread.sleep(500);
				}
			}
			assertThat(answer).as("a query answers again after the postmaster was killed").isOne();
			assertThat(server.restarts()).isGreaterThanOrEqualTo(1);
			assertThat(Files.readAllLines(server.dataDirectory().resolve("postmaster.pid")).get(0))
				.isNotEqualTo(Long.toString(pid));
			assertThat(health.health().getStatus()).isEqualTo(Status.UP);
			assertThat(health.health().getDetails()).containsEntry("restarts", server.restarts());
		});
	}

	private ApplicationContextRunner embedded(Path dataDir) {
		return this.contexts.withPropertyValues("treatylens.data-dir=" + dataDir,
				"treatylens.embedded-database.fallback-dir=" + dataDir.resolve("unexpected-fallback"));
	}

	private static boolean accepts(int port) {
		try (Socket socket = new Socket()) {
			socket.connect(new InetSocketAddress("127.0.0.1", port), 500);
			return true;
		}
		catch (java.io.IOException ex) {
			return false;
		}
	}

}
