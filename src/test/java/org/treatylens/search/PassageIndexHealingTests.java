package org.treatylens.search;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The index written one document at a time, the corpus generation it records, and how it
 * heals after a failed write: without Spring, on a {@code @TempDir}.
 */
class PassageIndexHealingTests {

	@TempDir
	Path dir;

	private static List<SearchablePassage> of(String document) {
		return FixturePassages.all().stream().filter((p) -> document.equals(p.document())).toList();
	}

	private static List<String> ids(PassageIndex index) {
		return index.read((searcher) -> {
			var top = searcher.search(new org.apache.lucene.search.MatchAllDocsQuery(), 100);
			List<String> ids = new java.util.ArrayList<>();
			for (var hit : top.scoreDocs) {
				ids.add(searcher.storedFields().document(hit.doc).get(IndexFields.ID));
			}
			ids.sort(null);
			return ids;
		});
	}

	@Test
	void shouldRecordTheCorpusGenerationOfEveryCommitAndReadItBackAfterARestart() throws IOException {
		try (PassageIndex index = new PassageIndex(this.dir)) {
			assertThat(index.generation()).isZero();
			index.replaceAll(FixturePassages.all(), 7);
			assertThat(index.generation()).isEqualTo(7);
			index.removeDocument("stern", 9);
			assertThat(index.generation()).isEqualTo(9);
		}
		try (PassageIndex index = new PassageIndex(this.dir)) {
			assertThat(index.openedAs()).isEqualTo(PassageIndex.State.READY);
			assertThat(index.generation()).isEqualTo(9);
		}
	}

	@Test
	void shouldReplaceOrRemoveOneDocumentAndLeaveEveryOtherEntryAlone() throws IOException {
		try (PassageIndex index = new PassageIndex(this.dir)) {
			index.replaceAll(FixturePassages.all(), 1);
			List<String> before = ids(index);

			List<SearchablePassage> briefing = of("briefing");
			index.replaceDocument("briefing", briefing.subList(0, 1), 2);
			List<String> droppedFromBriefing = briefing.subList(1, briefing.size())
				.stream()
				.map(SearchablePassage::id)
				.toList();
			assertThat(ids(index)).containsExactlyInAnyOrderElementsOf(
					before.stream().filter((id) -> !droppedFromBriefing.contains(id)).toList());

			index.removeDocument("analysis", 3);
			List<String> analysis = of("analysis").stream().map(SearchablePassage::id).toList();
			assertThat(ids(index)).doesNotContainAnyElementsOf(analysis)
				.contains(briefing.get(0).id(), "art_3__para_1", "art_23__para_1")
				.containsAll(of("stern").stream().map(SearchablePassage::id).toList());

			index.replaceDocument("analysis", of("analysis"), 4);
			index.replaceDocument("briefing", of("briefing"), 5);
			assertThat(ids(index)).isEqualTo(before);
		}
	}

	@Test
	void shouldServeTheOldIndexAfterAFailedWriteAndHealWithANewWriter() throws IOException {
		Path location = this.dir.resolve("index");
		Path movedAway = this.dir.resolve("moved-away");
		try (PassageIndex index = new PassageIndex(location)) {
			index.replaceAll(FixturePassages.all(), 1);
			// the directory disappears and a file takes its place: no write can succeed
			Files.move(location, movedAway);
			Files.writeString(location, "not a directory");

			assertThatThrownBy(() -> index.replaceDocument("stern", of("stern"), 2)).isInstanceOf(IOException.class);
			assertThat(index.broken()).isNotBlank();
			assertThat(index.needsRebuild()).isTrue();
			// searches keep the last committed index rather than nothing
			assertThat(index.servable()).isTrue();
			assertThat(index.size()).isEqualTo(FixturePassages.all().size());
			assertThatThrownBy(() -> index.replaceDocument("stern", of("stern"), 2))
				.hasMessageContaining("must be rebuilt");
			assertThatThrownBy(() -> index.replaceAll(FixturePassages.all(), 2)).isInstanceOf(IOException.class);

			Files.delete(location);
			index.replaceAll(FixturePassages.all(), 3);

			assertThat(index.broken()).isNull();
			assertThat(index.needsRebuild()).isFalse();
			assertThat(index.generation()).isEqualTo(3);
			assertThat(index.size()).isEqualTo(FixturePassages.all().size());
			index.removeDocument("stern", 4);
			assertThat(index.size()).isEqualTo(FixturePassages.all().size() - of("stern").size());
		}
		try (PassageIndex reopened = new PassageIndex(location)) {
			assertThat(reopened.openedAs()).isEqualTo(PassageIndex.State.READY);
			assertThat(reopened.generation()).isEqualTo(4);
		}
	}

	@Test
	void shouldSayTheIndexIsBeingRebuiltRatherThanFindNothingUntilItHoldsACorpus() throws IOException {
		try (PassageIndex index = new PassageIndex(this.dir)) {
			SearchService service = new SearchService(index, Duration.ofSeconds(2));
			assertThat(index.servable()).isFalse();
			assertThatThrownBy(
					() -> service.search(SearchParameters.toRequest("sanctions", null, null, null, null, null, null)))
				.isInstanceOf(SearchIndexRebuildingException.class)
				.hasMessageContaining("being rebuilt");
			index.replaceAll(FixturePassages.all(), 1);
			assertThat(
					service.search(SearchParameters.toRequest("sanctions", null, null, null, null, null, null)).total())
				.isPositive();
		}
	}

}
