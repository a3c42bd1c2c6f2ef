package org.treatylens.corpus;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Reading a corpus from a folder, as {@code treatylens.corpus.location=file:...} does.
 */
class CorpusLoaderTests {

	@TempDir
	Path folder;

	@Test
	void shouldReadTheTreatyAndEveryDocumentTheManifestLists() throws IOException {
		copyBundledCorpus();
		BundledCorpus corpus = loader().read();
		assertThat(corpus.treaties()).extracting(CorpusFile::name).containsExactly("russia-iran-2025.txt");
		assertThat(corpus.documents()).extracting((d) -> d.file().name())
			.containsExactly("russia-iran-relations.txt", "crescent-jonkers.txt", "partnership-briefing-2025-01-24.txt",
					"not-a-military-alliance.txt", "stern-dpa-two-decades.txt");
	}

	@Test
	void shouldRefuseAManifestThatNamesAMissingFile() throws IOException {
		copyBundledCorpus();
		Files.writeString(this.folder.resolve("commentary/manifest.yaml"),
				"\n  - file: missing.txt\n    slug: missing\n", java.nio.file.StandardOpenOption.APPEND);
		assertThatThrownBy(() -> loader().read()).isInstanceOf(CorpusFormatException.class)
			.hasMessageContaining("manifest.yaml, line ")
			.hasMessageContaining("there is no file 'missing.txt' beside the manifest");
	}

	@Test
	void shouldSayWhenThereIsNoManifest() {
		assertThatThrownBy(() -> loader().read()).isInstanceOf(CorpusFormatException.class)
			.hasMessageContaining("there is no commentary/manifest.yaml");
	}

	private CorpusLoader loader() {
		return new CorpusLoader(null, new PathMatchingResourcePatternResolver(), this.folder.toUri().toString());
	}

	private void copyBundledCorpus() throws IOException {
		Files.createDirectories(this.folder.resolve("treaty"));
		Files.createDirectories(this.folder.resolve("commentary"));
		Files.write(this.folder.resolve("treaty/russia-iran-2025.txt"),
				CorpusFiles.bundled("treaty/russia-iran-2025.txt").text().getBytes());
		for (String name : new String[] { "manifest.yaml", "russia-iran-relations.txt", "crescent-jonkers.txt",
				"partnership-briefing-2025-01-24.txt", "not-a-military-alliance.txt", "stern-dpa-two-decades.txt" }) {
			Files.writeString(this.folder.resolve("commentary/" + name),
					CorpusFiles.bundled("commentary/" + name).text());
		}
	}

}
