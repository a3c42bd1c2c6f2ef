package org.treatylens.linking;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SectionContextTests {

	private final List<SectionContext.Known> passages = new ArrayList<>();

	private void heading(String text, Integer article) {
		this.passages.add(new SectionContext.Known(piece(text, CommentaryText.Role.HEADING), true,
				(article != null) ? Set.of(article) : Set.of(), Set.of(), Set.of()));
	}

	private void paragraph(String text, Set<Integer> direct, Set<Integer> similar) {
		this.passages.add(
				new SectionContext.Known(piece(text, CommentaryText.Role.PARAGRAPH), false, Set.of(), direct, similar));
	}

	private CommentaryText.Piece piece(String text, CommentaryText.Role role) {
		return new CommentaryText.Piece(this.passages.size() + 1, role, text);
	}

	private List<Long> linkedTo(int article) {
		return SectionContext.links(this.passages)
			.stream()
			.filter((l) -> l.article() == article)
			.map(FoundLink::passageId)
			.toList();
	}

	@Test
	void aHeadingCarriesItsArticleToThePassagesUnderIt() {
		heading("Article 4", 4);
		paragraph("1. In order to enhance national security ...", Set.of(4), Set.of());
		paragraph("This is particularly revealing ...", Set.of(), Set.of());
		paragraph("And more on the same.", Set.of(), Set.of());
		heading("Something else", null);
		paragraph("Unrelated.", Set.of(), Set.of());
		assertThat(linkedTo(4)).containsExactly(2L, 3L, 4L);
		List<FoundLink> links = SectionContext.links(this.passages);
		assertThat(links.get(1).score()).isGreaterThan(links.get(2).score());
		assertThat(links.get(1).evidence()).isEqualTo("under the heading \u201cArticle 4\u201d");
	}

	@Test
	void theSectionEndsWhereAPassageMovesOnToOtherArticles() {
		heading("Article 23", 23);
		paragraph("This is an astonishing agreement.", Set.of(), Set.of());
		paragraph("It also respects territorial integrity and resists sanctions.", Set.of(), Set.of(3, 19));
		paragraph("The treaty is designed to bring relations to a new level.", Set.of(), Set.of());
		assertThat(linkedTo(23)).containsExactly(2L);
	}

	@Test
	void aPassageCitingAnotherArticleEndsTheSection() {
		heading("Article 5", 5);
		paragraph("Compare Article 6, which ...", Set.of(6), Set.of());
		paragraph("Commentary.", Set.of(), Set.of());
		assertThat(linkedTo(5)).isEmpty();
	}

	@Test
	void aPassageAlsoLikeItsOwnArticleStaysInTheSection() {
		heading("Article 3", 3);
		paragraph("Respect for territorial integrity, and sanctions too.", Set.of(), Set.of(3, 19));
		assertThat(linkedTo(3)).containsExactly(2L);
	}

	@Test
	void aHeadingWithoutOneArticleCarriesNothing() {
		heading("Articles 4 and 5", null);
		paragraph("Commentary.", Set.of(), Set.of());
		assertThat(SectionContext.links(this.passages)).isEmpty();
	}

}
