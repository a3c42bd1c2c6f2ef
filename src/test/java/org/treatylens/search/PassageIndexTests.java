package org.treatylens.search;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

/**
 * The index's life cycle: built, reopened, thrown away when outdated or damaged.
 */
class PassageIndexTests {

	@TempDir
	Path dir;

	@Test
	void shouldAskForARebuildWhenNoIndexExists() throws IOException {
		try (PassageIndex index = new PassageIndex(this.dir)) {
			assertThat(index.openedAs()).isEqualTo(PassageIndex.State.MISSING);
			assertThat(index.needsRebuild()).isTrue();
			assertThat(index.size()).isZero();
			index.replaceAll(FixturePassages.all(), 1);
			assertThat(index.needsRebuild()).isFalse();
			assertThat(index.size()).isEqualTo(FixturePassages.all().size());
		}
	}

	@Test
	void shouldServeAVerifiedIndexAfterARestart() throws IOException {
		try (PassageIndex index = new PassageIndex(this.dir)) {
			index.replaceAll(FixturePassages.all(), 1);
		}
		try (PassageIndex index = new PassageIndex(this.dir)) {
			assertThat(index.openedAs()).isEqualTo(PassageIndex.State.READY);
			assertThat(index.needsRebuild()).isFalse();
			assertThat(index.size()).isEqualTo(FixturePassages.all().size());
		}
	}

	@Test
	void shouldReplaceTheContentDeterministically() throws IOException {
		try (PassageIndex index = new PassageIndex(this.dir)) {
			index.replaceAll(FixturePassages.all(), 1);
			index.replaceAll(FixturePassages.all(), 1);
			assertThat(index.size()).isEqualTo(FixturePassages.all().size());
			index.replaceAll(FixturePassages.all().subList(0, 3), 2);
			assertThat(index.size()).isEqualTo(3);
		}
	}

	@Test
	void shouldRoundTripEveryStoredField() throws IOException {
		try (PassageIndex index = new PassageIndex(this.dir)) {
			index.replaceAll(FixturePassages.all(), 1);
			List<SearchablePassage> stored = index.read((searcher) -> {
				var top = searcher.search(new MatchAllDocsQuery(), 100);
				return Stream.of(top.scoreDocs).map((hit) -> {
					try {
						return PassageDocuments.fromDocument(searcher.storedFields().document(hit.doc));
					}
					catch (IOException ex) {
						throw new IllegalStateException(ex);
					}
				}).toList();
			});
			assertThat(stored).containsExactlyInAnyOrderElementsOf(FixturePassages.all());
		}
	}

	@Test
	void shouldRebuildAnIndexOfAnotherSchemaVersion() throws IOException {
		try (IndexWriter writer = new IndexWriter(FSDirectory.open(this.dir),
				new IndexWriterConfig(SearchAnalyzers.perField()))) {
			writer.addDocument(PassageDocuments.toDocument(FixturePassages.all().get(0), null));
			writer.setLiveCommitData(Map.of(IndexFields.SCHEMA_VERSION_KEY, "0").entrySet());
			writer.commit();
		}
		try (PassageIndex index = new PassageIndex(this.dir)) {
			assertThat(index.openedAs()).isEqualTo(PassageIndex.State.OUTDATED);
			assertThat(index.needsRebuild()).isTrue();
			assertThat(index.size()).isZero();
		}
	}

	@Test
	void shouldNeverServeADamagedIndex() throws IOException {
		try (PassageIndex index = new PassageIndex(this.dir)) {
			index.replaceAll(FixturePassages.all(), 1);
		}
		try (Stream<Path> files = Files.list(this.dir)) {
			for (Path file : files
				.filter((f) -> !f.getFileName().toString().startsWith("segments")
						&& !f.getFileName().toString().equals("write.lock"))
				.toList()) {
				byte[] bytes = Files.readAllBytes(file);
				bytes[bytes.length / 2] ^= 0x5A;
				Files.write(file, bytes);
			}
		}
		try (PassageIndex index = new PassageIndex(this.dir)) {
			assertThat(index.openedAs()).isEqualTo(PassageIndex.State.DAMAGED);
			assertThat(index.openingProblem()).isNotBlank();
			assertThat(index.size()).isZero();
			index.replaceAll(FixturePassages.all(), 1);
			assertThat(index.size()).isEqualTo(FixturePassages.all().size());
		}
	}

	@Test
	void shouldCloseTwiceWithoutComplaint() throws IOException {
		PassageIndex index = new PassageIndex(this.dir);
		index.close();
		assertThatCode(index::close).doesNotThrowAnyException();
	}

}
