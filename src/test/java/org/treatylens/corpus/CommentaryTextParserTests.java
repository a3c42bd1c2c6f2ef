package org.treatylens.corpus;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.treatylens.commentary.DocumentMetadata;
import org.treatylens.commentary.Passage;
import org.treatylens.commentary.PassageKind;
import org.treatylens.commentary.SourceDocument;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CommentaryTextParserTests {

	private final CommentaryTextParser parser = new CommentaryTextParser();

	@Test
	void shouldKeepTheRepeatedArticleThreeHeadingAsTwoHeadings() {
		SourceDocument document = bundled("russia-iran-relations", null);
		List<Passage> headings = document.getPassages()
			.stream()
			.filter((p) -> p.getKind() == PassageKind.HEADING && p.getText().equals("Article 3"))
			.toList();
		assertThat(headings).extracting(Passage::getLineNumber).containsExactly(65, 69);
		Passage quotedParagraphThree = passageAtLine(document, 70);
		assertThat(quotedParagraphThree.getKind()).isEqualTo(PassageKind.PARAGRAPH);
		assertThat(quotedParagraphThree.getHeading()).isSameAs(headings.get(1));
		assertThat(passageAtLine(document, 66).getHeading()).isSameAs(headings.get(0));
	}

	@Test
	void shouldFindTheTitleLikeHeadingsAndNotSentences() {
		SourceDocument document = bundled("russia-iran-relations", null);
		assertThat(kindAt(document, 1)).isEqualTo(PassageKind.HEADING);
		assertThat(kindAt(document, 3)).isEqualTo(PassageKind.HEADING);
		assertThat(kindAt(document, 104)).isEqualTo(PassageKind.HEADING);
		assertThat(kindAt(document, 22)).isEqualTo(PassageKind.PARAGRAPH);
		assertThat(kindAt(document, 82)).isEqualTo(PassageKind.PARAGRAPH);
		assertThat(document.getPassages()).hasSize(114);
		assertThat(bundled("not-a-military-alliance", null).getPassages())
			.filteredOn((p) -> p.getKind() == PassageKind.HEADING)
			.extracting(Passage::getText)
			.containsExactly("Not a military alliance");
	}

	@Test
	void shouldKeepTextSpansAndLinesExactlyAsInTheSource() {
		CorpusFile file = CorpusFiles.bundled("commentary/stern-dpa-two-decades.txt");
		SourceDocument document = this.parser.parse(metadata("stern-dpa-two-decades", "dpa"), file);
		String original = file.text();
		for (Passage passage : document.getPassages()) {
			assertThat(original.substring(passage.getStartOffset(), passage.getEndOffset()))
				.isEqualTo(passage.getText());
			int line = original.substring(0, passage.getStartOffset()).split("\n", -1).length;
			assertThat(passage.getLineNumber()).isEqualTo(line);
		}
	}

	@Test
	void shouldMarkTheSternLeftoversAndTheRepeatedTitleAsBoilerplate() {
		SourceDocument document = bundled("stern-dpa-two-decades", "dpa");
		assertThat(kindAt(document, 1)).isEqualTo(PassageKind.HEADING);
		assertThat(kindAt(document, 3)).isEqualTo(PassageKind.BOILERPLATE);
		Passage splitTitle = passageAtLine(document, 5);
		assertThat(splitTitle.getText())
			.isEqualTo("Strategic partnership\nRussia and Iran seal cooperation for two decades");
		assertThat(splitTitle.getKind()).isEqualTo(PassageKind.BOILERPLATE);
		assertThat(kindAt(document, 21)).isEqualTo(PassageKind.HEADING);
		assertThat(List.of(51, 53, 55, 57, 59)).allSatisfy(
				(line) -> assertThat(kindAt(document, line)).as("line %d", line).isEqualTo(PassageKind.BOILERPLATE));
		assertThat(passageAtLine(document, 55).getText()).isEqualTo("Leave a Reply");
		assertThat(document.getPassages()).filteredOn((p) -> p.getKind() == PassageKind.BOILERPLATE).hasSize(7);
	}

	@Test
	void shouldMarkTheBylineAndTheDonateLineAsBoilerplate() {
		assertThat(kindAt(bundled("crescent-jonkers", "Brecht Jonkers"), 1)).isEqualTo(PassageKind.BOILERPLATE);
		SourceDocument briefing = bundled("partnership-briefing-2025-01-24", null);
		Passage first = briefing.getPassages().get(0);
		assertThat(first.getText()).isEqualTo(" date 2025-01-24 Donate");
		assertThat(first.getKind()).isEqualTo(PassageKind.BOILERPLATE);
		assertThat(briefing.getPassages()).hasSize(18)
			.filteredOn((p) -> p.getKind() != PassageKind.BOILERPLATE)
			.allSatisfy((p) -> assertThat(p.getKind()).isEqualTo(PassageKind.PARAGRAPH));
	}

	@Test
	void shouldSplitOneParagraphALineWhenBlankLinesAreRare() {
		SourceDocument document = parse("Heading here\nFirst paragraph.\nSecond paragraph.\n\nThird paragraph.\n");
		assertThat(document.getPassages()).extracting(Passage::getText)
			.containsExactly("Heading here", "First paragraph.", "Second paragraph.", "Third paragraph.");
		assertThat(document.getPassages().get(3).getHeading().getText()).isEqualTo("Heading here");
	}

	@Test
	void shouldHandleWindowsLineBreaks() {
		SourceDocument document = parse("A heading\r\n\r\nA paragraph.\r\n\r\nDonate\r\n");
		assertThat(document.getPassages()).extracting(Passage::getText, Passage::getLineNumber, Passage::getKind)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("A heading", 1, PassageKind.HEADING),
					org.assertj.core.groups.Tuple.tuple("A paragraph.", 3, PassageKind.PARAGRAPH),
					org.assertj.core.groups.Tuple.tuple("Donate", 5, PassageKind.BOILERPLATE));
		assertThat(document.getPassages().get(1).getStartOffset()).isEqualTo(13);
	}

	@Test
	void shouldRefuseAnEmptyDocument() {
		assertThatThrownBy(() -> parse("\n  \n")).isInstanceOf(CorpusFormatException.class)
			.hasMessageContaining("has no text");
	}

	private SourceDocument parse(String text) {
		return this.parser.parse(metadata("doc", null), CorpusFile.of("doc.txt", text));
	}

	private SourceDocument bundled(String slug, String author) {
		return this.parser.parse(metadata(slug, author), CorpusFiles.bundled("commentary/" + slug + ".txt"));
	}

	private static DocumentMetadata metadata(String slug, String author) {
		return new DocumentMetadata(slug, null, null, null, author, null, null, null, null);
	}

	private static Passage passageAtLine(SourceDocument document, int line) {
		return document.getPassages().stream().filter((p) -> p.getLineNumber() == line).findFirst().orElseThrow();
	}

	private static PassageKind kindAt(SourceDocument document, int line) {
		return passageAtLine(document, line).getKind();
	}

}
