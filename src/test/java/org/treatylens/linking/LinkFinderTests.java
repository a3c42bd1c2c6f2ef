package org.treatylens.linking;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every rule together on the bundled corpus.
 */
class LinkFinderTests {

	private final TreatyText treaty = CorpusFixture.treaty();

	/** Computed once: every test reads the same links. */
	private static final LinkFinder.Result RESULT = new LinkFinder().find(CorpusFixture.treaty(),
			CorpusFixture.commentary());

	private final LinkFinder.Result result = RESULT;

	private List<FoundLink> at(String slug, int line) {
		long id = CorpusFixture.id(slug, line);
		return this.result.links().stream().filter((l) -> l.passageId() == id).toList();
	}

	private Set<Integer> articles(String slug, int line) {
		return at(slug, line).stream().map(FoundLink::article).collect(Collectors.toSet());
	}

	@Test
	void citationsListsAndCounts() {
		assertThat(articles("russia-iran-relations", 59)).containsExactlyInAnyOrder(1, 3, 4, 5, 19, 23);
		assertThat(at("russia-iran-relations", 89)).anySatisfy((l) -> {
			assertThat(l.article()).isEqualTo(19);
			assertThat(l.kind()).isEqualTo(LinkKind.CITATION);
		});
		assertThat(articles("russia-iran-relations", 82)).containsExactly(5);
	}

	@Test
	void anotherInstrumentIsShownButNotLinked() {
		assertThat(articles("russia-iran-relations", 72)).containsExactly(3);
		assertThat(this.result.externalReferences().get(CorpusFixture.id("russia-iran-relations", 72)))
			.containsExactly("Article 51 of the UN Charter");
	}

	@Test
	void aSectionCarriesItsArticleUntilTheTextMovesOn() {
		assertThat(at("russia-iran-relations", 62)).singleElement().satisfies((l) -> {
			assertThat(l.article()).isEqualTo(1);
			assertThat(l.kind()).isEqualTo(LinkKind.CONTEXT);
		});
		assertThat(articles("russia-iran-relations", 86)).containsExactly(6);
		assertThat(articles("russia-iran-relations", 92)).containsExactly(23);
		// under the "Article 23" heading, but about territorial integrity and sanctions
		assertThat(articles("russia-iran-relations", 94)).containsExactlyInAnyOrder(3, 19);
		assertThat(articles("russia-iran-relations", 95)).doesNotContain(23);
		assertThat(articles("russia-iran-relations", 97)).doesNotContain(19);
	}

	@Test
	void headingsAreNotLinked() {
		assertThat(at("russia-iran-relations", 60)).isEmpty();
	}

	@Test
	void paraphrasesAreLinkedAndBackgroundIsNot() {
		assertThat(articles("russia-iran-relations", 20)).containsExactly(3);
		assertThat(articles("russia-iran-relations", 102)).containsExactlyInAnyOrder(3, 19);
		// Syria's territorial integrity, not the treaty's
		assertThat(articles("russia-iran-relations", 55)).isEmpty();
		// living under sanctions is not countering them
		assertThat(articles("russia-iran-relations", 101)).isEmpty();
		assertThat(articles("russia-iran-relations", 39)).isEmpty();
		assertThat(articles("not-a-military-alliance", 17)).containsExactly(19);
		assertThat(articles("not-a-military-alliance", 7)).isEmpty();
		assertThat(articles("partnership-briefing-2025-01-24", 27)).containsExactlyInAnyOrder(3, 4);
		assertThat(articles("partnership-briefing-2025-01-24", 29)).containsExactly(5);
	}

	@Test
	void aPassageSayingThisArticleContinuesTheOneBefore() {
		CommentaryText document = new CommentaryText("made-up",
				List.of(new CommentaryText.Piece(1, CommentaryText.Role.PARAGRAPH, "Consider Article 23 next."),
						new CommentaryText.Piece(2, CommentaryText.Role.PARAGRAPH,
								"This article is a clear signal to the West."),
						new CommentaryText.Piece(3, CommentaryText.Role.PARAGRAPH, "The weather was fine.")));
		LinkFinder.Result result = new LinkFinder().find(this.treaty, List.of(document));
		assertThat(result.links().stream().filter((l) -> l.passageId() == 2)).singleElement().satisfies((l) -> {
			assertThat(l.article()).isEqualTo(23);
			assertThat(l.kind()).isEqualTo(LinkKind.CONTEXT);
		});
		assertThat(result.links()).noneMatch((l) -> l.passageId() == 3);
	}

	@Test
	void wordingNotInTheCorpusIsReadToo() {
		List<String> sentences = List.of(
				"The pact commits Moscow and Tehran to hold war games together in the Caspian.",
				"Spy agencies of both countries will swap information under the treaty.",
				"The agreement says neither side will help an aggressor that attacks the other.",
				"Moscow and Tehran pledged to jointly counter Western sanctions.",
				"Iran has been under sanctions for decades, and the treaty will not change that.",
				"The agreement covers trade, energy, transport, culture, science and security.",
				"Gas deliveries to Iran will start next year, Gazprom said.");
		List<CommentaryText.Piece> pieces = new java.util.ArrayList<>();
		for (int i = 0; i < sentences.size(); i++) {
			pieces.add(new CommentaryText.Piece(90_000 + i, CommentaryText.Role.PARAGRAPH, sentences.get(i)));
		}
		List<CommentaryText> corpus = new java.util.ArrayList<>(CorpusFixture.commentary());
		corpus.add(new CommentaryText("made-up", pieces));
		LinkFinder.Result result = new LinkFinder().find(this.treaty, corpus);
		List<Set<Integer>> linked = java.util.stream.IntStream.range(0, sentences.size())
			.mapToObj((i) -> result.links()
				.stream()
				.filter((l) -> l.passageId() == 90_000 + i)
				.map(FoundLink::article)
				.collect(Collectors.toSet()))
			.toList();
		assertThat(linked).containsExactly(Set.of(5), Set.of(4), Set.of(3), Set.of(19), Set.of(), Set.of(), Set.of());
	}

	@Test
	void theSameInputGivesTheSameLinks() {
		assertThat(new LinkFinder().find(this.treaty, CorpusFixture.commentary()).links())
			.isEqualTo(this.result.links());
	}

}
