package org.treatylens.system;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * The embedded server's superuser password: random, made once and kept beside the cluster
 * in a file only its owner may read (0600), so that the server can ask for it (SCRAM)
 * instead of trusting every local user and process as superuser.
 */
final class PostgresPassword {

	private PostgresPassword() {
	}

	/**
	 * The password kept in {@code file}, made (32 random bytes, hex) and written first
	 * when there is none.
	 */
	static String readOrCreate(Path file) {
		try {
			if (Files.exists(file)) {
				return read(file);
			}
			byte[] random = new byte[32];
			new SecureRandom().nextBytes(random);
			String password = HexFormat.of().formatHex(random);
			writePrivately(file, password);
			return password;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not keep the embedded database's password in " + file, ex);
		}
	}

	/** Writes {@code text} to a new file that only its owner may read or write. */
	static void writePrivately(Path file, String text) throws IOException {
		try {
			Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
		}
		catch (FileAlreadyExistsException ex) {
			Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
		}
		Files.writeString(file, text, StandardCharsets.UTF_8);
	}

	private static String read(Path file) throws IOException {
		// whoever loosened it, it is the superuser's password: tighten it again
		Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
		String password = Files.readString(file, StandardCharsets.UTF_8).strip();
		if (password.isEmpty()) {
			throw new IllegalStateException(file + " is empty; it should hold the embedded database's password");
		}
		return password;
	}

}
