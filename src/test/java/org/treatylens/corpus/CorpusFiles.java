package org.treatylens.corpus;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The bundled corpus files, read from the classpath as the app reads them.
 */
final class CorpusFiles {

	private CorpusFiles() {
	}

	static CorpusFile bundled(String path) {
		try (InputStream in = CorpusFiles.class.getClassLoader().getResourceAsStream("db/corpus/" + path)) {
			if (in == null) {
				throw new IllegalArgumentException("No bundled file " + path);
			}
			return new CorpusFile(path, in.readAllBytes());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
