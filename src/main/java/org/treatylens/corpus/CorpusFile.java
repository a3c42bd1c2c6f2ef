package org.treatylens.corpus;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;

/**
 * A corpus file as received: its name and its bytes. The text is UTF-8; the SHA-256 of
 * the bytes tells the loader whether a file changed since it was stored.
 */
public final class CorpusFile {

	private final String name;

	private final byte[] content;

	public CorpusFile(String name, byte[] content) {
		Objects.requireNonNull(name, "name");
		Objects.requireNonNull(content, "content");
		// keep only the file name: browsers may send a path
		String plain = name.replace('\\', '/');
		this.name = plain.substring(plain.lastIndexOf('/') + 1);
		this.content = content.clone();
	}

	public static CorpusFile of(String name, String text) {
		return new CorpusFile(name, text.getBytes(StandardCharsets.UTF_8));
	}

	public String name() {
		return this.name;
	}

	/**
	 * The content decoded as UTF-8; malformed input is an error, never silently replaced.
	 */
	public String text() {
		try {
			return StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(this.content))
				.toString();
		}
		catch (CharacterCodingException ex) {
			throw new CorpusFormatException(this.name, 0, "the file is not UTF-8 text");
		}
	}

	public String sha256() {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(this.content));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("Every JDK has SHA-256", ex);
		}
	}

	@Override
	public String toString() {
		return this.name + " (" + this.content.length + " bytes)";
	}

}
