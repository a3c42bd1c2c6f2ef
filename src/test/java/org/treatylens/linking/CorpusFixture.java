package org.treatylens.linking;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The bundled corpus read straight from db/corpus, split the plain way (one passage a
 * non-blank line, short lines that do not end like a sentence are headings), for testing
 * linking without Spring or a database. Passage ids are {@link #id}.
 */
final class CorpusFixture {

	static final Path CORPUS = Path.of("db/corpus");

	private static final Pattern ARTICLE = Pattern.compile("^Article (\\d+)\\s*$");

	private static final Pattern NUMBERED = Pattern.compile("^(\\d+)\\.\\s+(.*)$");

	private CorpusFixture() {
	}

	static TreatyText treaty() {
		List<String> lines = read(CORPUS.resolve("treaty/russia-iran-2025.txt"));
		int total = 0;
		String title = "";
		int bodyStart = 0;
		int dashes = 0;
		for (int i = 0; i < lines.size(); i++) {
			String line = lines.get(i);
			if (line.equals("---") && ++dashes == 2) {
				bodyStart = i + 1;
				break;
			}
			if (line.startsWith("title:")) {
				title = line.substring("title:".length()).strip();
			}
			if (line.startsWith("articles_total:")) {
				total = Integer.parseInt(line.substring("articles_total:".length()).strip());
			}
		}
		List<TreatyText.Paragraph> paragraphs = new ArrayList<>();
		int article = 0;
		for (String line : lines.subList(bodyStart, lines.size())) {
			Matcher heading = ARTICLE.matcher(line);
			if (heading.matches()) {
				article = Integer.parseInt(heading.group(1));
			}
			else if (!line.isBlank()) {
				Matcher numbered = NUMBERED.matcher(line);
				paragraphs.add(numbered.matches()
						? new TreatyText.Paragraph(article, Integer.parseInt(numbered.group(1)), numbered.group(2))
						: new TreatyText.Paragraph(article, 1, line));
			}
		}
		return new TreatyText(title, total, paragraphs);
	}

	static final List<String> SLUGS = List.of("russia-iran-relations", "not-a-military-alliance", "crescent-jonkers",
			"partnership-briefing-2025-01-24", "stern-dpa-two-decades");

	static List<CommentaryText> commentary() {
		return SLUGS.stream().map(CorpusFixture::document).toList();
	}

	/** The fixture's passage id of a line: unique across documents. */
	static long id(String slug, int lineNumber) {
		return 1000L * SLUGS.indexOf(slug) + lineNumber;
	}

	static CommentaryText document(String slug) {
		List<String> lines = read(CORPUS.resolve("commentary/" + slug + ".txt"));
		List<CommentaryText.Piece> pieces = new ArrayList<>();
		for (int i = 0; i < lines.size(); i++) {
			String line = lines.get(i).strip();
			if (line.isEmpty()) {
				continue;
			}
			boolean heading = line.length() <= 80 && line.split("\\s+").length <= 12 && !line.matches(".*[.,;:\u2026]$")
					&& !line.matches(".*[.!?]\\s+[\\p{Lu}\"\u201c].*") && !line.matches("\\d+\\.\\s.*");
			pieces.add(new CommentaryText.Piece(id(slug, i + 1),
					heading ? CommentaryText.Role.HEADING : CommentaryText.Role.PARAGRAPH, line));
		}
		return new CommentaryText(slug, pieces);
	}

	static CommentaryText.Piece line(String slug, int lineNumber) {
		return document(slug).passages()
			.stream()
			.filter((p) -> p.id() == id(slug, lineNumber))
			.findFirst()
			.orElseThrow();
	}

	private static List<String> read(Path path) {
		try {
			return Files.readAllLines(path);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
