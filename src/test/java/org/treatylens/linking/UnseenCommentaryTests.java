package org.treatylens.linking;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Commentary written for this test, in wording that is in no bundled document: provisions
 * retold in everyday words, articles of other instruments named before their number, and
 * background that must stay unlinked. The rules were not tuned on these sentences.
 */
class UnseenCommentaryTests {

	private static final TreatyText TREATY = CorpusFixture.treaty();

	private static final List<String> TEXTS = List.of(
			// 0: another instrument named before the number, possessive
			"Commentators compared the treaty with NATO's Article 5, which the new pact does not contain.",
			// 1: another instrument named before, then "its Article"
			"Moscow's 2024 pact with Pyongyang, in its Article 4, promises immediate military help if either side is attacked.",
			// 2: this treaty named before, then "its Article"
			"The treaty, in its Article 19, sets out how both sides will respond to sanctions.",
			// 3: a named other treaty before the number
			"Unlike the Washington Treaty's Article 5, nothing here obliges one side to fight for the other.",
			// 4: background on the subject, no engagement with the treaty
			"Iranian farmers have struggled to import spare parts for tractors for years, and the rial keeps falling.",
			// 5: a paraphrase of Article 3(3) without its words
			"Under the pact, if a third country attacks one of the two states, the other has promised not to give the attacker any military or other help.",
			// 6-10: concepts of the treaty in everyday phrases (vocabulary entries)
			"Should a third country attack either signatory, the pact commits the other not to help the attacker in any way.",
			"The treaty also has the two countries' security services swap what they learn about terrorist networks.",
			"Under the agreement the two armed forces will regularly hold drills together.",
			"The deal commits Moscow to building more reactors in Iran.",
			"The signatories say they reject a one-power world and want many centres of influence.",
			// 11-12: the same subjects as background, no treaty in sight
			"Russian engineers have spent years building reactors abroad, from Turkey to Egypt.",
			"The national football teams hold drills before every match in Tehran.");

	private static final LinkFinder.Result RESULT = find();

	private static LinkFinder.Result find() {
		List<CommentaryText.Piece> pieces = new java.util.ArrayList<>();
		for (int i = 0; i < TEXTS.size(); i++) {
			pieces.add(new CommentaryText.Piece(i, CommentaryText.Role.PARAGRAPH, TEXTS.get(i)));
		}
		// as an import links it: words weighed by the bundled commentary (the snapshot)
		// plus this text
		List<CommentaryText> corpus = new java.util.ArrayList<>(CorpusFixture.commentary());
		CommentaryText unseen = new CommentaryText("unseen", pieces);
		corpus.add(unseen);
		CorpusCounts counts = CorpusCounts.of(LinkFinder.countedTexts(corpus), new TreatyAnalyzer(TREATY.title()),
				new TreatyVocabulary());
		return new LinkFinder().find(TREATY, List.of(unseen), (terms) -> counts);
	}

	private static Set<Integer> articles(int passage) {
		return RESULT.links()
			.stream()
			.filter((l) -> l.passageId() == passage)
			.map(FoundLink::article)
			.collect(Collectors.toSet());
	}

	@Test
	void anArticleOfAnotherInstrumentNamedBeforeItIsNotLinked() {
		assertThat(articles(0)).doesNotContain(5);
		assertThat(RESULT.externalReferences().get(0L)).containsExactly("Article 5 of NATO");
		assertThat(articles(1)).doesNotContain(4);
		assertThat(RESULT.externalReferences().get(1L)).singleElement().asString().contains("2024 pact");
		assertThat(articles(3)).doesNotContain(5);
		assertThat(RESULT.externalReferences().get(3L)).singleElement().asString().contains("Washington Treaty");
	}

	@Test
	void theTreatyNamedBeforeItsArticleIsThisTreaty() {
		assertThat(articles(2)).contains(19);
		assertThat(RESULT.externalReferences()).doesNotContainKey(2L);
	}

	@Test
	void backgroundOnTheSubjectStaysUnlinked() {
		assertThat(articles(4)).isEmpty();
	}

	@Test
	void aProvisionRetoldInEverydayWordsIsLinkedWithTheSentenceAsEvidence() {
		assertThat(articles(5)).containsExactly(3);
	}

	@Test
	void conceptsInEverydayPhrasesLinkToTheirArticle() {
		assertThat(articles(6)).contains(3);
		assertThat(articles(7)).contains(4);
		assertThat(articles(8)).contains(5);
		assertThat(articles(9)).contains(23);
		assertThat(articles(10)).contains(2);
	}

	@Test
	void theSameSubjectsAsBackgroundStayUnlinked() {
		assertThat(articles(11)).isEmpty();
		assertThat(articles(12)).isEmpty();
	}

	private static final CitationExtractor CITATIONS = new CitationExtractor(TREATY.articlesTotal(), TREATY.title());

	private static List<Integer> cited(String sentence) {
		return List.copyOf(CITATIONS.extract(sentence).articles());
	}

	private static List<String> external(String sentence) {
		return CITATIONS.extract(sentence).externalReferences().stream().map((r) -> r.text()).toList();
	}

	@Test
	void articlesNamedByOrdinalWordsAreCited() {
		assertThat(cited("The first article restates what the two governments have said for years."))
			.containsExactly(1);
		assertThat(cited("Tehran pressed hardest on the treaty's third article.")).containsExactly(3);
		assertThat(cited("Read closely, the twenty-third article is about reactors.")).containsExactly(23);
		assertThat(cited("Its 19th article is the one that worries Western capitals.")).containsExactly(19);
		assertThat(cited("Even the second article of the pact is vaguer than it looks.")).containsExactly(2);
		// the words as written are the evidence
		assertThat(CITATIONS.extract("Observers singled out the fourth article.").citations()).singleElement()
			.extracting(CitationExtractor.Citation::evidence)
			.isEqualTo("fourth article");
	}

	@Test
	void theOpeningAndFinalArticlesAreTheFirstAndTheLastTheTreatyDeclares() {
		assertThat(cited("The opening article sets the tone of the whole text.")).containsExactly(1);
		assertThat(cited("Only the final article says when the text enters into force.")).containsExactly(47);
		assertThat(cited("The treaty's last article concerns its duration.")).containsExactly(47);
	}

	@Test
	void romanNumeralsAreRead() {
		assertThat(cited("Article IV deals with the spy services.")).containsExactly(4);
		assertThat(cited("Articles II and III are the political core.")).containsExactly(2, 3);
		assertThat(cited("Article XIX targets sanctions.")).containsExactly(19);
		assertThat(external("Article IV of the UN Charter is different.")).hasSize(1);
	}

	@Test
	void aJournalistsArticleIsNotTheTreatys() {
		assertThat(cited("In the first article of this series we looked at oil.")).isEmpty();
		assertThat(cited("The first article on the subject appeared in Kommersant.")).isEmpty();
		assertThat(cited("She wrote an article I read twice.")).isEmpty();
	}

	@Test
	void anotherInstrumentNamedByItsPartiesIsNotThisTreaty() {
		assertThat(cited("Article 4 of the Russia-North Korea treaty promises immediate help.")).isEmpty();
		assertThat(external("Article 4 of the Russia-North Korea treaty promises immediate help.")).hasSize(1);
		assertThat(cited("The pact Moscow signed with Pyongyang, in its Article 4, promises help.")).isEmpty();
		assertThat(cited("Article 4 of the treaty with Pyongyang obliges Moscow to fight.")).isEmpty();
		assertThat(cited("The Belarus-Russia union treaty's Article 2 goes much further.")).isEmpty();
		// this treaty, named by its parties or their capitals
		assertThat(cited("Article 3 of the Moscow-Tehran treaty bars help to an aggressor.")).containsExactly(3);
		assertThat(cited("The treaty between Russia and Iran, in its Article 5, lists drills.")).containsExactly(5);
	}

}
