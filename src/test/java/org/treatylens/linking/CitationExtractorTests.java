package org.treatylens.linking;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.treatylens.linking.CitationExtractor.Citation;
import org.treatylens.linking.CitationExtractor.Citations;

import static org.assertj.core.api.Assertions.assertThat;

class CitationExtractorTests {

	private final CitationExtractor extractor = new CitationExtractor(47, "Treaty on the Comprehensive Strategic "
			+ "Partnership between the Russian Federation and the Islamic Republic of Iran");

	private List<Integer> articles(String text) {
		return List.copyOf(this.extractor.extract(text).articles());
	}

	@Test
	void findsSingleArticlesInAnyCase() {
		assertThat(articles("As Article 19 says")).containsExactly(19);
		assertThat(articles("as article 19 says")).containsExactly(19);
		assertThat(articles("see Art. 23 on nuclear energy")).containsExactly(23);
		assertThat(articles("ARTICLE 4")).containsExactly(4);
		assertThat(articles("Art 23 and Arts 4-5")).containsExactly(23, 4, 5);
	}

	@Test
	void readsANumberFollowedDirectlyByAWord() {
		assertThat(articles("Article 5reveals that Russia and Iran have agreed")).containsExactly(5);
	}

	@Test
	void readsListsAndRanges() {
		assertThat(articles("Articles 4 and 5 deal with security")).containsExactly(4, 5);
		assertThat(articles("Articles 5\u20136 cover the military")).containsExactly(5, 6);
		assertThat(articles("Articles 5-6 cover the military")).containsExactly(5, 6);
		assertThat(articles("Articles 1, 3 and 23")).containsExactly(1, 3, 23);
		assertThat(articles("Articles 10 to 12")).containsExactly(10, 11, 12);
	}

	@Test
	void readsTheArticlesACountIsFollowedBy() {
		assertThat(articles("The treaty consists of 47 Articles. Johnson focuses on six of the 47 articles "
				+ "(1, 3, 4, 5, 19, 23). I have added some other important points"))
			.containsExactly(1, 3, 4, 5, 19, 23);
	}

	@Test
	void countsAreNotReferences() {
		assertThat(articles("The treaty consists of 47 Articles.")).isEmpty();
		assertThat(articles("the agreement includes 47 articles and covers cooperation")).isEmpty();
		assertThat(articles("published in the form of an introduction and 47 articles.")).isEmpty();
	}

	@Test
	void readsParagraphs() {
		assertThat(this.extractor.extract("Art. 3(3) forbids helping an aggressor").citations())
			.containsExactly(new Citation(3, 3, "Art. 3(3)"));
		assertThat(this.extractor.extract("under Article 19(1)").citations())
			.containsExactly(new Citation(19, 1, "Article 19(1)"));
		assertThat(this.extractor.extract("paragraph 4 of Article 3 bans separatists").citations())
			.containsExactly(new Citation(3, 4, "paragraph 4 of Article 3"));
		assertThat(this.extractor.extract("Article 3, paragraph 2 asks").citations())
			.containsExactly(new Citation(3, 2, "Article 3, paragraph 2"));
	}

	@Test
	void aParenthesisedRemarkIsNotAParagraph() {
		Citations found = this.extractor.extract("Article 19 (4 points) is a declaration of war on sanctions.");
		assertThat(found.citations()).containsExactly(new Citation(19, null, "Article 19"));
	}

	@Test
	void referencesToOtherInstrumentsAreKeptApart() {
		Citations charter = this.extractor
			.extract("The right to self-defense is recognized in Article 51 of the UN Charter, which allows");
		assertThat(charter.citations()).isEmpty();
		assertThat(charter.externalReferences()).singleElement().satisfies((ref) -> {
			assertThat(ref.article()).isEqualTo(51);
			assertThat(ref.instrument()).isEqualTo("the UN Charter");
			assertThat(ref.text()).isEqualTo("Article 51 of the UN Charter");
		});
		Citations earlier = this.extractor.extract("as Article 2 of the 2001 Treaty provided");
		assertThat(earlier.citations()).isEmpty();
		assertThat(earlier.externalReferences()).singleElement()
			.satisfies((ref) -> assertThat(ref.text()).isEqualTo("Article 2 of the 2001 Treaty"));
		assertThat(articles("Article 5 of NATO's founding text")).isEmpty();
		assertThat(articles("unlike Article 5 of the North Atlantic Treaty, it")).isEmpty();
	}

	@Test
	void theTreatyItselfIsNotAnotherInstrument() {
		assertThat(articles("Article 3 of the treaty forbids")).containsExactly(3);
		assertThat(articles("Article 3 of the new agreement, and its charter")).containsExactly(3);
		assertThat(articles("Article 4 of this Treaty")).containsExactly(4);
		assertThat(articles("Article 4 of the Comprehensive Strategic Partnership Treaty")).containsExactly(4);
		assertThat(articles("Article 2 of the Russia-Iran Treaty")).containsExactly(2);
	}

	@Test
	void numbersBeyondTheTreatyAreNotReferences() {
		assertThat(articles("Article 48 does not exist")).isEmpty();
		assertThat(articles("Article 47 is the last")).containsExactly(47);
		assertThat(new CitationExtractor(8).extract("Article 19 says").citations()).isEmpty();
	}

	@Test
	void wordsThatOnlyLookLikeReferencesAreIgnored() {
		assertThat(articles("Araghchi claimed in an article in Sputnik on Wednesday")).isEmpty();
		assertThat(articles("state-of-the-art 5G networks and martial arts 3 times")).isEmpty();
		assertThat(articles("This article confirms that Iran is now an important partner")).isEmpty();
	}

	@Test
	void dashesAndSpacesAreNormalisedWithoutMovingText() {
		String text = "Articles\u00a05\u20136";
		assertThat(CitationExtractor.normalise(text)).hasSameSizeAs(text).isEqualTo("Articles 5-6");
	}

}
