package org.treatylens.corpus;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.treatylens.treaty.Article;
import org.treatylens.treaty.Treaty;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TreatyTextParserTests {

	private static final String HEADER = """
			---
			id: t
			title: A Treaty
			articles_total: 5
			---
			""";

	private final TreatyTextParser parser = new TreatyTextParser();

	@Test
	void shouldReadTheBundledTreatyWithAllItsArticles() {
		Treaty treaty = this.parser.parse(CorpusFiles.bundled("treaty/russia-iran-2025.txt"));
		assertThat(treaty.getSlug()).isEqualTo("russia-iran-2025");
		assertThat(treaty.getParties()).containsExactly("Russian Federation", "Islamic Republic of Iran");
		assertThat(treaty.getSignedOn()).isEqualTo(LocalDate.of(2025, 1, 17));
		assertThat(treaty.getPlace()).isEqualTo("Moscow");
		assertThat(treaty.getArticles()).hasSize(47);
		assertThat(treaty.getArticles().stream().filter(Article::isPresent).map(Article::getNumber)).containsExactly(1,
				2, 3, 4, 5, 6, 19, 23);
		Article three = treaty.article(3).orElseThrow();
		assertThat(three.getParagraphs()).hasSize(4);
		assertThat(three.paragraph(2).orElseThrow().getEid()).isEqualTo("art_3__para_2");
		assertThat(three.paragraph(2).orElseThrow().getText())
			.startsWith("The Contracting Parties shall take measures");
		assertThat(treaty.article(19).orElseThrow().getNote()).startsWith("Only paragraph 1 is quoted");
		assertThat(treaty.article(7).orElseThrow().getParagraphs()).isEmpty();
		assertThat(treaty.getSha256()).hasSize(64);
	}

	@Test
	void shouldTakeAnUnnumberedBlockAsParagraphOne() {
		Treaty treaty = parse(HEADER + "Article 1\nThe whole article.\n\nArticle 2\nFirst, unnumbered.\n2. Second.\n");
		assertThat(treaty.article(1).orElseThrow().getParagraphs()).singleElement()
			.satisfies((p) -> assertThat(p.getText()).isEqualTo("The whole article."));
		assertThat(treaty.article(2).orElseThrow().getParagraphs()).extracting((p) -> p.getNumber() + ":" + p.getText())
			.containsExactly("1:First, unnumbered.", "2:Second.");
	}

	@Test
	void shouldJoinContinuationLinesToTheirParagraph() {
		Treaty treaty = parse(HEADER + "Article 1\n1. The Parties shall:\n(a) consult;\n2. Second.\n");
		assertThat(treaty.article(1).orElseThrow().paragraph(1).orElseThrow().getText())
			.isEqualTo("The Parties shall:\n(a) consult;");
	}

	@Test
	void shouldNameTheLineOfADuplicateArticle() {
		assertError(HEADER + "Article 1\nText.\n\nArticle 1\nAgain.\n", 9, "Article 1 appears twice (first at line 6)");
	}

	@Test
	void shouldRefuseArticlesOutOfRange() {
		assertError(HEADER + "Article 0\nText.\n", 6, "Article 0 is out of range");
		assertError(HEADER + "Article 6\nText.\n", 6, "articles 1 to 5");
	}

	@Test
	void shouldRefuseParagraphNumbersThatSkipOrRepeat() {
		assertError(HEADER + "Article 1\n1. One.\n3. Three.\n", 8, "paragraph 3 follows paragraph 1, skipping 2");
		assertError(HEADER + "Article 1\n1. One.\n2. Two.\n2. Two again.\n", 9, "paragraph 2 repeats");
		assertError(HEADER + "Article 1\n2. Two first.\n", 7, "paragraph 2 follows paragraph 0");
	}

	@Test
	void shouldRefuseAHeaderWithoutItsRequiredFields() {
		assertError("---\ntitle: T\narticles_total: 3\n---\n", 1, "no 'id'");
		assertError("---\nid: t\narticles_total: 3\n---\n", 1, "no 'title'");
		assertError("---\nid: t\ntitle: T\n---\n", 1, "no 'articles_total'");
		assertError("---\nid: t\ntitle: T\narticles_total: many\n---\n", 4, "articles_total must be a positive");
	}

	@Test
	void shouldRefuseTextBeforeTheFirstArticle() {
		assertError(HEADER + "Preamble text.\nArticle 1\nText.\n", 6, "text before the first 'Article N' heading");
	}

	@Test
	void shouldRefuseAMalformedHeader() {
		assertError("id: t\n", 1, "starts with a front-matter header");
		assertError("---\nid: t\ntitle: T\n", 1, "never closed");
		assertError("---\nid: t\ntitle: [unclosed\narticles_total: 3\n---\n", 4, "malformed YAML");
		assertError("---\nid: t\nid: u\ntitle: T\narticles_total: 3\n---\n", 3, "'id' is given twice");
		assertError("---\nid: t\ntitle: T\narticles_total: 3\nsigned: 17 January\n---\n", 5, "signed must be a date");
		assertError("---\nid: t\ntitle: T\narticles_total: 3\nincomplete:\n  9: note\n---\n", 6,
				"incomplete: Article 9 is out of range");
	}

	@Test
	void shouldRefuseAnArticleWithoutText() {
		assertError(HEADER + "Article 1\n\nArticle 2\nText.\n", 6, "Article 1 has no text");
	}

	@Test
	void shouldKeepTheNoteOfAnAbsentArticle() {
		Treaty treaty = parse("---\nid: t\ntitle: T\narticles_total: 3\nincomplete:\n  2: Not published.\n---\n"
				+ "Article 1\nText.\n");
		Article two = treaty.article(2).orElseThrow();
		assertThat(two.isPresent()).isFalse();
		assertThat(two.getNote()).isEqualTo("Not published.");
		assertThat(treaty.getParties()).isEqualTo(List.of());
	}

	private Treaty parse(String text) {
		return this.parser.parse(CorpusFile.of("t.txt", text));
	}

	private void assertError(String text, int line, String message) {
		assertThatThrownBy(() -> parse(text)).isInstanceOfSatisfying(CorpusFormatException.class, (ex) -> {
			assertThat(ex.getFileName()).isEqualTo("t.txt");
			assertThat(ex.getLine()).isEqualTo(line);
			assertThat(ex.getMessage()).startsWith("t.txt, line " + line + ": ").contains(message);
		});
	}

}
