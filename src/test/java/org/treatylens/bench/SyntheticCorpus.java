package org.treatylens.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.treatylens.commentary.DocumentMetadata;
import org.treatylens.commentary.PublicationDate;
import org.treatylens.corpus.BulkDocumentImport.Upload;
import org.treatylens.corpus.CorpusFile;

/**
 * A reproducible synthetic commentary corpus: documents of {@value #LINES_PER_DOCUMENT}
 * passages (one a line, as the importer reads them) made of the bundled commentary's own
 * sentences, with citations ("Article 12 of the treaty …"), quotations of the treaty's
 * paragraphs, remarks by named analysts (a long tail of rare names, so that rare terms
 * exist at every size), headings and web-page boilerplate. Document {@code i} depends
 * only on the seed and {@code i}: a smaller corpus is a prefix of a larger one.
 */
final class SyntheticCorpus {

	static final int LINES_PER_DOCUMENT = 40;

	static final String SLUG_PREFIX = "bench-";

	private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?])\\s+(?=[A-Z“\"])");

	private static final Pattern TREATY_PARAGRAPH = Pattern.compile("^(?:\\d+\\.\\s+)?(.{40,})$");

	private static final List<String> HEADINGS = List.of("Background", "Military cooperation", "Sanctions and trade",
			"Energy and the nuclear file", "Security guarantees", "What the treaty leaves out", "Reactions abroad",
			"Transport corridors", "Outlook", "Intelligence sharing", "The regional picture", "Economic ties");

	private static final List<String> CITATIONS = List.of(
			"Article %d of the treaty commits both parties to more than" + " it seems.",
			"Under Article %d, the two governments promise to consult each other.",
			"Article %d is the clause most observers overlooked.",
			"The drafters placed the obligations on defence in Article %d.",
			"Critics point to Article %d as proof of how little was agreed.",
			"Article %d says nothing about a timetable.");

	private static final List<String> QUOTE_FRAMES = List.of("The treaty states: “%s”", "Its text reads: “%s”",
			"One provision is explicit: “%s”");

	private static final List<String> ANALYST_FRAMES = List.of("%s, an analyst at the %s, called the treaty overdue.",
			"According to %s of the %s, the agreement changes little on the ground.",
			"%s, who follows the region for the %s, expects more agreements to follow.");

	private static final List<String> INSTITUTES = List.of("Caspian Policy Centre", "Eurasia Institute",
			"Gulf Studies Forum", "Centre for Strategic Dialogue", "Institute of Oriental Studies", "Levant Review");

	private static final List<String> BOILERPLATE = List.of("Share this article", "Subscribe to our newsletter",
			"Related articles", "All rights reserved.", "Comments are closed.", "Read more");

	private static final List<String> OUTLETS = List.of("Daily Observer", "Regional Monitor", "Policy Review",
			"Eastern Dispatch", "World Affairs Weekly", "The Strategic Brief", "Caspian Times");

	private static final int NAMES = 3000;

	private final long seed;

	private final List<String> sentences;

	private final List<String> treatyParagraphs;

	private final List<String> names;

	private SyntheticCorpus(long seed, List<String> sentences, List<String> treatyParagraphs) {
		this.seed = seed;
		this.sentences = sentences;
		this.treatyParagraphs = treatyParagraphs;
		Random random = new Random(seed);
		String[] syllables = { "ka", "ro", "vin", "mas", "ter", "lu", "zan", "dor", "pe", "shi", "mir", "ov", "al",
				"bek", "ran", "tse", "gu", "lev", "no", "sa" };
		String[] given = { "Anna", "Reza", "Elena", "Hossein", "Marta", "Dmitri", "Sara", "Omid", "Irina", "Leila",
				"Pavel", "Nasrin", "Jonas", "Yulia", "Kian" };
		List<String> generated = new ArrayList<>(NAMES);
		for (int i = 0; i < NAMES; i++) {
			StringBuilder surname = new StringBuilder();
			int parts = 2 + random.nextInt(2);
			for (int p = 0; p < parts; p++) {
				surname.append(syllables[random.nextInt(syllables.length)]);
			}
			surname.setCharAt(0, Character.toUpperCase(surname.charAt(0)));
			generated.add(given[random.nextInt(given.length)] + " " + surname);
		}
		this.names = generated;
	}

	/** The vocabulary of the bundled corpus under {@code corpus} (db/corpus). */
	static SyntheticCorpus of(Path corpus, long seed) {
		List<String> sentences = new ArrayList<>();
		try (Stream<Path> files = Files.list(corpus.resolve("commentary"))) {
			for (Path file : files.filter((f) -> f.toString().endsWith(".txt")).sorted().toList()) {
				for (String line : Files.readAllLines(file)) {
					for (String sentence : SENTENCE_END.split(line.strip())) {
						if (sentence.split("\\s+").length >= 6 && sentence.matches(".*[.!?”\"]$")) {
							sentences.add(sentence);
						}
					}
				}
			}
			List<String> paragraphs = new ArrayList<>();
			boolean body = false;
			int dashes = 0;
			for (String line : Files.readAllLines(corpus.resolve("treaty/russia-iran-2025.txt"))) {
				if (line.equals("---")) {
					body = ++dashes >= 2;
					continue;
				}
				Matcher paragraph = TREATY_PARAGRAPH.matcher(line.strip());
				if (body && !line.startsWith("Article ") && paragraph.matches()) {
					paragraphs.add(paragraph.group(1));
				}
			}
			return new SyntheticCorpus(seed, List.copyOf(sentences), List.copyOf(paragraphs));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Documents 0 … n-1, generated one at a time as they are read. */
	Iterator<Upload> documents(int count) {
		return new Iterator<>() {

			private int next;

			@Override
			public boolean hasNext() {
				return this.next < count;
			}

			@Override
			public Upload next() {
				if (!hasNext()) {
					throw new NoSuchElementException();
				}
				return document(SLUG_PREFIX + String.format(Locale.ROOT, "%06d", this.next), this.next++,
						LINES_PER_DOCUMENT);
			}

		};
	}

	/** One document of {@code lines} passages, the same for the same slug and number. */
	Upload document(String slug, long number, int lines) {
		return document(slug, number, lines, false);
	}

	/**
	 * A document as a user's new article would be: the same shape, but its prose
	 * sentences are its own (each spliced from two of the bundled commentary's sentences
	 * at a word), so that no stored vector fits them and linking must embed them. The
	 * frames (citations, quotations of the treaty, analysts' remarks, boilerplate) repeat
	 * as they do across real articles.
	 */
	Upload newDocument(String slug, long number, int lines) {
		return document(slug, number, lines, true);
	}

	private Upload document(String slug, long number, int lines, boolean ownSentences) {
		Random random = new Random(this.seed * 1_000_003L + number);
		StringBuilder text = new StringBuilder();
		int boilerplate = 3;
		int headingEvery = Math.max(4, (lines - boilerplate) / 3);
		for (int line = 0; line < lines - boilerplate; line++) {
			if (line % headingEvery == 0) {
				text.append(HEADINGS.get(random.nextInt(HEADINGS.size()))).append('\n');
			}
			else {
				text.append(paragraph(random, ownSentences)).append('\n');
			}
		}
		for (int line = 0; line < boilerplate; line++) {
			text.append(BOILERPLATE.get(random.nextInt(BOILERPLATE.size()))).append('\n');
		}
		String outlet = OUTLETS.get(random.nextInt(OUTLETS.size()));
		LocalDate day = LocalDate.of(2025, 1, 17).plusDays(random.nextInt(300));
		DocumentMetadata metadata = new DocumentMetadata(slug, outlet + " " + number, "Commentary " + number, null,
				null, outlet, new PublicationDate(day, PublicationDate.Precision.DAY), "analysis",
				"synthetic benchmark document");
		return new Upload(metadata, CorpusFile.of(slug + ".txt", text.toString()));
	}

	private String paragraph(Random random, boolean ownSentences) {
		StringBuilder paragraph = new StringBuilder();
		if (random.nextInt(4) == 0) {
			int article = 1 + random.nextInt(47);
			paragraph.append(String.format(Locale.ROOT, CITATIONS.get(random.nextInt(CITATIONS.size())), article))
				.append(' ');
		}
		int count = 2 + random.nextInt(3);
		for (int s = 0; s < count; s++) {
			paragraph.append(ownSentences ? splicedSentence(random) : sentence(random)).append(' ');
		}
		if (random.nextInt(10) == 0) {
			String quoted = this.treatyParagraphs.get(random.nextInt(this.treatyParagraphs.size()));
			paragraph.append(String.format(Locale.ROOT, QUOTE_FRAMES.get(random.nextInt(QUOTE_FRAMES.size())), quoted))
				.append(' ');
		}
		if (random.nextInt(6) == 0) {
			paragraph.append(String.format(Locale.ROOT, ANALYST_FRAMES.get(random.nextInt(ANALYST_FRAMES.size())),
					rareName(random), INSTITUTES.get(random.nextInt(INSTITUTES.size()))));
		}
		return paragraph.toString().strip();
	}

	private String sentence(Random random) {
		return this.sentences.get(random.nextInt(this.sentences.size()));
	}

	/**
	 * The first half of one sentence and the second half of another: a sentence of the
	 * commentary's words and length that is (almost surely) in no document yet.
	 */
	private String splicedSentence(Random random) {
		String[] first = sentence(random).split(" ");
		String[] second = sentence(random).split(" ");
		int cut = Math.max(1, first.length / 2);
		StringBuilder spliced = new StringBuilder(String.join(" ", List.of(first).subList(0, cut)));
		for (int w = Math.max(1, second.length / 2); w < second.length; w++) {
			spliced.append(' ').append(second[w]);
		}
		return spliced.toString();
	}

	/** Log-uniform over the names: a few are common, most are rare. */
	private String rareName(Random random) {
		int index = (int) Math.floor(Math.pow(NAMES, random.nextDouble())) - 1;
		return this.names.get(Math.max(0, Math.min(NAMES - 1, index)));
	}

	/**
	 * The surname of the name of this rank: rank 0 is the most used, rank r is found in
	 * about 1/(r+1) of the analysts' remarks that name 0 is.
	 */
	String surname(int rank) {
		String name = this.names.get(rank);
		return name.substring(name.indexOf(' ') + 1);
	}

}
