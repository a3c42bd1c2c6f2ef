package org.treatylens.corpus;

import java.io.IOException;
import java.io.UncheckedIOException;

import org.springframework.web.multipart.MultipartFile;

/**
 * Turns an uploaded file into a {@link CorpusFile}, refusing an empty upload.
 */
final class Uploads {

	private Uploads() {
	}

	static CorpusFile corpusFile(MultipartFile file) {
		if (file == null || file.isEmpty()) {
			throw new IllegalArgumentException("Choose a non-empty text file to upload");
		}
		try {
			String name = (file.getOriginalFilename() != null && !file.getOriginalFilename().isBlank())
					? file.getOriginalFilename() : "upload.txt";
			return new CorpusFile(name, file.getBytes());
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not read the upload", ex);
		}
	}

}
