package org.treatylens.linking;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.treatylens.embedding.EmbeddedPassage;
import org.treatylens.embedding.SentenceEmbedder;
import org.treatylens.embedding.SentenceVectors;
import org.treatylens.linking.CitationExtractor.Citations;

/**
 * Computes every link between the treaty's articles and the commentary passages, from the
 * texts alone and deterministically: citations, quotations, section context and
 * similarity (see docs/linking.md). Pure: no Spring, no database.
 */
final class LinkFinder {

	/**
	 * The version of these rules. Raise it with any change that changes which links they
	 * find: links stored by another version are recomputed at the next start-up.
	 */
	static final int RULES_VERSION = 6;

	/**
	 * The least share of a paragraph's BM25 weight a passage must carry to be linked by
	 * similarity (calibrated on the development set, see docs/linking.md).
	 */
	static final double SIMILARITY_MIN_SCORE = 0.08;

	/**
	 * The least evidence for a similarity link: a rare word pair shared with the
	 * paragraph counts 2, a treaty-vocabulary expression counts 1.
	 */
	static final int SIMILARITY_MIN_EVIDENCE = 2;

	/**
	 * A passage resembling more articles than this surveys the treaty ("covers all
	 * areas") rather than discussing a provision, and gets no similarity links.
	 */
	static final int SIMILARITY_MAX_ARTICLES = 3;

	/** A heading is short and has no sentence punctuation at its end. */
	private static final Pattern HEADING_LIKE = Pattern.compile("^\\S+(?:\\s+\\S+){0,7}$");

	/**
	 * How close a sentence's embedding must be to a paragraph's, and by how much closer
	 * than to any other article's, to link by meaning (cross-validated by document, see
	 * docs/linking.md).
	 */
	static final SemanticEvidence.Thresholds SEMANTIC = new SemanticEvidence.Thresholds(0.55f, 0.08f);

	/**
	 * Another instrument named in a sentence ("its 2024 pact with Pyongyang", "the UN
	 * Charter", "NATO's"): what the sentence says is about that one, whatever it
	 * resembles.
	 */
	private static final Pattern OTHER_INSTRUMENT = Pattern
		.compile("\\b(?:(?:19|20)\\d\\d\\s+(?:[\\p{L}-]+\\s+){0,2}(?:treaty|pact|agreement|accord|deal)"
				+ "|charter|convention|covenant|(?-i:[A-Z]{2,5})['\u2019]s)\\b", Pattern.CASE_INSENSITIVE);

	record Result(List<FoundLink> links, Map<Long, List<String>> externalReferences) {
	}

	private record PassageLinks(CommentaryText.Piece piece, List<FoundLink> found) {
	}

	/**
	 * The sentence vectors of passages (id to text); the app reads stored ones. Asked for
	 * after a document's other rules have run, so that they may be computed meanwhile.
	 */
	@FunctionalInterface
	interface PassageVectors {

		Map<Long, EmbeddedPassage> of(Map<Long, String> passageTexts);

	}

	private final PassageVectors vectors;

	private final SemanticEvidence.Thresholds thresholds;

	/** Embeds the passages on the spot, with the process's model. */
	LinkFinder() {
		this((texts) -> SentenceVectors.compute(SentenceEmbedder.shared(), texts), SEMANTIC);
	}

	LinkFinder(PassageVectors vectors, SemanticEvidence.Thresholds thresholds) {
		this.vectors = vectors;
		this.thresholds = thresholds;
	}

	/**
	 * The commentary's term counts that similarity weighs words by (see
	 * {@link CorpusCounts}); asked for the terms it will read.
	 */
	@FunctionalInterface
	interface CommentaryStatistics {

		CorpusCounts counts(Set<String> terms);

	}

	/** Links the documents, weighing words by their use in these documents alone. */
	Result find(TreatyText treaty, List<CommentaryText> documents) {
		TreatyAnalyzer analyzer = new TreatyAnalyzer(treaty.title());
		CorpusCounts own = CorpusCounts.of(countedTexts(documents), analyzer, new TreatyVocabulary());
		return find(treaty, documents, (terms) -> own);
	}

	/** Links the documents, weighing words by the given commentary statistics. */
	Result find(TreatyText treaty, List<CommentaryText> documents, CommentaryStatistics statistics) {
		CitationExtractor citations = new CitationExtractor(treaty.articlesTotal(), treaty.title());
		QuotationDetector quotations = new QuotationDetector(treaty);
		TreatyAnalyzer analyzer = new TreatyAnalyzer(treaty.title());
		TreatyVocabulary vocabulary = new TreatyVocabulary();
		Set<String> needed = SimilarityScorer.termsNeeded(treaty, countedTexts(documents), analyzer, vocabulary);
		SimilarityScorer similarity = new SimilarityScorer(treaty, statistics.counts(needed), analyzer, vocabulary);
		SemanticEvidence semantic = new SemanticEvidence(treaty, SentenceEmbedder.shared(), this.thresholds);
		List<FoundLink> links = new ArrayList<>();
		Map<Long, List<String>> external = new HashMap<>();
		for (CommentaryText document : documents) {
			// each passage's links in reading order: its citations, quotations and
			// similarity links first; its links by meaning are added once the sentence
			// vectors are there, which the caller may be computing meanwhile
			List<PassageLinks> byPassage = new ArrayList<>();
			List<SectionContext.Known> known = new ArrayList<>();
			for (CommentaryText.Piece piece : document.passages()) {
				if (piece.role() == CommentaryText.Role.BOILERPLATE) {
					continue;
				}
				Citations cited = citations.extract(piece.text());
				if (!cited.externalReferences().isEmpty()) {
					external.put(piece.id(),
							cited.externalReferences()
								.stream()
								.map(CitationExtractor.ExternalReference::text)
								.toList());
				}
				if (isHeading(piece)) {
					// a heading only announces what follows; it is linked through its
					// section
					known.add(new SectionContext.Known(piece, true, cited.articles(), Set.of(), Set.of()));
					continue;
				}
				List<FoundLink> found = new ArrayList<>();
				byPassage.add(new PassageLinks(piece, found));
				Set<Integer> direct = new LinkedHashSet<>();
				for (CitationExtractor.Citation citation : cited.citations()) {
					found.add(new FoundLink(piece.id(), citation.article(), citation.paragraph(), LinkKind.CITATION,
							1.0, citation.evidence()));
					direct.add(citation.article());
				}
				List<QuotationDetector.Quotation> quoted = quotations.find(piece.text());
				for (QuotationDetector.Quotation quotation : quoted) {
					found.add(new FoundLink(piece.id(), quotation.article(), quotation.paragraph(), LinkKind.QUOTATION,
							quotation.score(), quotation.evidence()));
					direct.add(quotation.article());
				}
				Set<Integer> similar = new LinkedHashSet<>();
				if (TreatyMention.in(piece.text())) {
					// quoted treaty text resembles other articles only as the treaty
					// resembles
					// itself: compare what the passage says in its own words
					String ownWords = piece.text();
					for (QuotationDetector.Quotation quotation : quoted) {
						ownWords = ownWords.replace(quotation.evidence(), " ");
					}
					List<SimilarityScorer.Match> accepted = similarity.matches(ownWords)
						.stream()
						.filter(LinkFinder::accepted)
						.toList();
					if (accepted.size() <= SIMILARITY_MAX_ARTICLES) {
						for (SimilarityScorer.Match match : accepted) {
							found.add(new FoundLink(piece.id(), match.article(), match.paragraph(), LinkKind.SIMILARITY,
									match.score(), SimilarityEvidence.describe(ownWords, match)));
							similar.add(match.article());
						}
					}
				}
				known.add(new SectionContext.Known(piece, false, Set.of(), direct, similar));
			}
			Map<Long, EmbeddedPassage> embedded = this.vectors.of(proseOf(document));
			for (PassageLinks passage : byPassage) {
				EmbeddedPassage sentences = embedded.get(passage.piece().id());
				if (sentences != null && TreatyMention.in(passage.piece().text())) {
					passage.found().addAll(semanticLinks(passage.piece(), sentences, semantic, citations));
				}
				links.addAll(passage.found());
			}
			links.addAll(SectionContext.links(known));
		}
		return new Result(links, external);
	}

	/**
	 * Links by meaning, from the passage's sentences that retell an article. Not from a
	 * sentence that names another instrument or cites another article (it speaks of
	 * those); only in a passage that speaks of the treaty (as for similarity).
	 */
	private static List<FoundLink> semanticLinks(CommentaryText.Piece piece, EmbeddedPassage sentences,
			SemanticEvidence semantic, CitationExtractor citations) {
		List<FoundLink> links = new ArrayList<>();
		for (SemanticEvidence.Match match : semantic.matches(sentences)) {
			String sentence = match.sentence().span().of(piece.text());
			Citations cited = citations.extract(sentence);
			if (!cited.externalReferences().isEmpty() || OTHER_INSTRUMENT.matcher(sentence).find()
					|| (!cited.citations().isEmpty() && !cited.articles().contains(match.article()))) {
				continue;
			}
			links.add(new FoundLink(piece.id(), match.article(), match.paragraph(), LinkKind.SEMANTIC,
					Math.min(1.0, match.cosine()),
					sentence + " \u2248 Article " + match.article() + "(" + match.paragraph() + "), similarity "
							+ String.format(Locale.ROOT, "%.2f", match.cosine())));
		}
		return links;
	}

	/**
	 * The texts similarity counts terms in: every passage but boilerplate (headings
	 * included).
	 */
	static List<String> countedTexts(List<CommentaryText> documents) {
		return documents.stream()
			.flatMap((d) -> d.passages().stream())
			.filter((p) -> p.role() != CommentaryText.Role.BOILERPLATE)
			.map(CommentaryText.Piece::text)
			.toList();
	}

	/** The passages that are prose, not headings or boilerplate: what is embedded. */
	static Map<Long, String> proseOf(CommentaryText document) {
		Map<Long, String> texts = new LinkedHashMap<>();
		for (CommentaryText.Piece piece : document.passages()) {
			if (piece.role() != CommentaryText.Role.BOILERPLATE && !isHeading(piece)) {
				texts.put(piece.id(), piece.text());
			}
		}
		return texts;
	}

	static boolean accepted(SimilarityScorer.Match match) {
		return match.score() >= SIMILARITY_MIN_SCORE && match.evidence() >= SIMILARITY_MIN_EVIDENCE && match.hasATerm();
	}

	/** A heading, or a line that is only a reference such as "Article 4". */
	private static boolean isHeading(CommentaryText.Piece piece) {
		if (piece.role() == CommentaryText.Role.HEADING) {
			return true;
		}
		String text = piece.text().strip();
		return HEADING_LIKE.matcher(text).matches() && text.matches("(?i)^(?:article|art\\.)\\s*\\d+\\W{0,3}$");
	}

}
