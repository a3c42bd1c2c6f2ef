package org.treatylens.system;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The operating-system user the PostgreSQL binaries run as. PostgreSQL's {@code initdb}
 * and {@code postgres} refuse to run as root, and root is who runs the app in containers
 * and CI; so as root the binaries run as the unprivileged {@code nobody} user (through
 * {@code setpriv}, else {@code runuser}), and otherwise as the current user.
 */
record PostgresUser(String name, int uid, int gid, List<String> commandPrefix) {

	static final String UNPRIVILEGED = "nobody";

	PostgresUser {
		commandPrefix = List.copyOf(commandPrefix);
	}

	/**
	 * The user for this process: itself, or {@code nobody} when it is root.
	 */
	static PostgresUser forThisProcess() {
		int uid = effectiveUid();
		if (uid != 0) {
			return new PostgresUser(System.getProperty("user.name"), uid, -1, List.of());
		}
		return unprivileged(Path.of("/etc/passwd"));
	}

	static PostgresUser unprivileged(Path passwd) {
		int[] ids = lookUp(passwd, UNPRIVILEGED).orElseThrow(() -> new IllegalStateException(
				"Running as root, and PostgreSQL refuses to run as root; but there is no '" + UNPRIVILEGED
						+ "' user in " + passwd + " to run it as. Configure SPRING_DATASOURCE_URL instead."));
		List<String> prefix;
		if (executable("setpriv")) {
			prefix = List.of("setpriv", "--reuid=" + ids[0], "--regid=" + ids[1], "--clear-groups", "--");
		}
		else if (executable("runuser")) {
			prefix = List.of("runuser", "-u", UNPRIVILEGED, "--");
		}
		else {
			throw new IllegalStateException("Running as root, and PostgreSQL refuses to run as root; but neither "
					+ "setpriv nor runuser is installed to run it as '" + UNPRIVILEGED
					+ "'. Install util-linux or configure SPRING_DATASOURCE_URL.");
		}
		return new PostgresUser(UNPRIVILEGED, ids[0], ids[1], prefix);
	}

	/**
	 * Whether the binaries run as another user than this process.
	 */
	boolean switchesUser() {
		return !this.commandPrefix.isEmpty();
	}

	List<String> command(List<String> command) {
		List<String> full = new ArrayList<>(this.commandPrefix);
		full.addAll(command);
		return full;
	}

	/**
	 * Whether this user can reach {@code path}: every existing directory on the way must
	 * let it search (execute). Directories still to be created will be made by this
	 * process with mode 755, so they do not stand in the way.
	 */
	boolean canTraverse(Path path) {
		if (!switchesUser()) {
			return true;
		}
		Path current = path.toAbsolutePath().normalize();
		List<Path> chain = new ArrayList<>();
		for (Path p = current; p != null; p = p.getParent()) {
			chain.add(0, p);
		}
		for (Path dir : chain) {
			if (!Files.exists(dir, LinkOption.NOFOLLOW_LINKS)) {
				return true;
			}
			if (!searchable(dir)) {
				return false;
			}
		}
		return true;
	}

	private boolean searchable(Path dir) {
		try {
			Path real = dir.toRealPath();
			int owner = (Integer) Files.getAttribute(real, "unix:uid");
			int group = (Integer) Files.getAttribute(real, "unix:gid");
			Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(real);
			if (owner == this.uid) {
				return permissions.contains(PosixFilePermission.OWNER_EXECUTE);
			}
			if (group == this.gid) {
				return permissions.contains(PosixFilePermission.GROUP_EXECUTE);
			}
			return permissions.contains(PosixFilePermission.OTHERS_EXECUTE);
		}
		catch (IOException ex) {
			return false;
		}
	}

	/**
	 * Hands {@code dir} (recursively) to this user, so the server can write it.
	 */
	void own(Path dir) {
		if (!switchesUser()) {
			return;
		}
		try (var paths = Files.walk(dir)) {
			for (Path p : (Iterable<Path>) paths::iterator) {
				if ((Integer) Files.getAttribute(p, "unix:uid", LinkOption.NOFOLLOW_LINKS) != this.uid) {
					Files.setAttribute(p, "unix:uid", this.uid, LinkOption.NOFOLLOW_LINKS);
					Files.setAttribute(p, "unix:gid", this.gid, LinkOption.NOFOLLOW_LINKS);
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not hand " + dir + " to user " + this.name, ex);
		}
	}

	private static int effectiveUid() {
		try {
			// /proc/self belongs to the process's effective user
			return (Integer) Files.getAttribute(Path.of("/proc/self"), "unix:uid");
		}
		catch (IOException | UnsupportedOperationException | IllegalArgumentException ex) {
			return "root".equals(System.getProperty("user.name")) ? 0 : 1000;
		}
	}

	private static Optional<int[]> lookUp(Path passwd, String user) {
		try {
			for (String line : Files.readAllLines(passwd)) {
				String[] fields = line.split(":");
				if (fields.length > 3 && fields[0].equals(user)) {
					return Optional.of(new int[] { Integer.parseInt(fields[2]), Integer.parseInt(fields[3]) });
				}
			}
			return Optional.empty();
		}
		catch (IOException | NumberFormatException ex) {
			return Optional.empty();
		}
	}

	private static boolean executable(String program) {
		String path = System.getenv().getOrDefault("PATH", "/usr/sbin:/usr/bin:/sbin:/bin");
		for (String dir : (path + ":/usr/sbin:/usr/bin:/sbin:/bin").split(":")) {
			if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, program))) {
				return true;
			}
		}
		return false;
	}

}
