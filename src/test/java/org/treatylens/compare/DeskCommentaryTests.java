package org.treatylens.compare;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.treatylens.commentary.Citation;
import org.treatylens.linking.LinkKind;
import org.treatylens.linking.LinkReason;

import static org.assertj.core.api.Assertions.assertThat;

class DeskCommentaryTests {

	private static final String QUOTED = "The Contracting Parties shall strengthen their relations based on the "
			+ "principles of sovereign equality, territorial integrity and independence.";

	private static final ArticleText ARTICLE = new ArticleText("Treaty", null, null, 3, 47, true, null,
			List.of(new ArticleText.Paragraph(1, "art_3__para_1", QUOTED, "", "")));

	private static final SourceSummary ANALYST = source(1, "analyst");

	private static final SourceSummary BRIEFING = source(2, "briefing");

	private static final SourceSummary SILENT = source(3, "silent");

	@Test
	void aQuoteIsFoldedIntoOneLinePerParagraphAndABareListGoesLast() {
		LinkedPassageView list = passage(1, ANALYST, "Six of the 47 articles (1, 3, 4, 5, 19, 23) deal with security.",
				new LinkReason(LinkKind.CITATION, null, 1.0, "articles (1, 3, 4, 5, 19, 23)"));
		LinkedPassageView quote = passage(2, ANALYST, "Article 3: \u201c" + QUOTED + "\u201d",
				new LinkReason(LinkKind.QUOTATION, 1, 1.0, QUOTED));
		LinkedPassageView discussion = passage(3, ANALYST,
				"Sovereign equality here is a pointed answer to Western criticism of both governments.",
				new LinkReason(LinkKind.CITATION, 1, 0.9, "Art. 3(1) and 3(2)"));
		LinkedPassageView otherQuote = passage(4, BRIEFING, QUOTED, new LinkReason(LinkKind.QUOTATION, 1, 1.0, QUOTED));
		ArticleReading reading = new ArticleReading(ARTICLE, List.of(ANALYST, BRIEFING, SILENT),
				List.of(list, quote, otherQuote, discussion), true);

		DeskCommentary desk = DeskCommentary.arrange(reading,
				SourceSelection.parse(null, List.of("analyst", "briefing", "silent")), null);

		assertThat(desk.groups()).hasSize(1);
		assertThat(desk.groups().get(0).passages()).as("discussion first, the bare list last, the quote folded")
			.containsExactly(discussion, list);
		assertThat(desk.verbatim()).singleElement().satisfies((line) -> {
			assertThat(line.paragraph()).isEqualTo(1);
			assertThat(line.sourceNames()).isEqualTo("analyst, briefing");
			assertThat(line.passages()).containsExactly(quote, otherQuote);
		});
		assertThat(desk.discussing()).containsExactly(ANALYST, BRIEFING);
		assertThat(desk.silentNames()).isEqualTo("silent");
	}

	@Test
	void theCompareColumnsPutABareListAfterWhatDiscussesTheArticle() {
		LinkedPassageView list = passage(1, ANALYST, "Articles 1, 3, 5 and 19 matter.",
				new LinkReason(LinkKind.CITATION, null, 1.0, "Articles 1, 3, 5 and 19"));
		LinkedPassageView first = passage(2, ANALYST, "One.", new LinkReason(LinkKind.SIMILARITY, 1, 0.5, "a"));
		LinkedPassageView second = passage(3, ANALYST, "Two.", new LinkReason(LinkKind.SIMILARITY, 1, 0.4, "b"));
		assertThat(DeskCommentary.listsLast(List.of(list, first, second))).containsExactly(first, second, list);
	}

	@Test
	void aCitationOfTwoParagraphsOfOneArticleIsNotABareList() {
		assertThat(DeskCommentary.onlyListsTheArticle(
				passage(1, ANALYST, "Text.", new LinkReason(LinkKind.CITATION, null, 1.0, "Art. 3(2) and 3(3)"))))
			.isFalse();
		assertThat(DeskCommentary.onlyListsTheArticle(
				passage(1, ANALYST, "Text.", new LinkReason(LinkKind.CITATION, null, 1.0, "Articles 3, 4 and 5"),
						new LinkReason(LinkKind.SIMILARITY, 2, 0.4, "sovereign equality"))))
			.as("a list plus words of the provision discusses it")
			.isFalse();
	}

	private static SourceSummary source(long id, String slug) {
		return new SourceSummary(id, slug, slug, null, null, null, null, null, null, null);
	}

	private static LinkedPassageView passage(long id, SourceSummary source, String text, LinkReason... reasons) {
		LinkReason first = reasons[0];
		return new LinkedPassageView(id, source, (int) id, text, first.kind(), first.paragraph(), first.score(),
				first.evidence(), List.of(reasons), () -> new SentenceHighlight(text, null, ""), "/documents/x#p-" + id,
				"http://localhost/documents/x#p-" + id, new Citation("cite", "", ""), false);
	}

}
