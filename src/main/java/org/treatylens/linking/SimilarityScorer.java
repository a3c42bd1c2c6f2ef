package org.treatylens.linking;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.CollectionStatistics;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TermStatistics;
import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.store.ByteBuffersDirectory;

/**
 * How closely a passage follows each known treaty paragraph, in words and word pairs,
 * with the treaty vocabulary applied. An in-memory Lucene index holds the paragraphs; its
 * statistics also count the commentary ({@link CorpusCounts}), so that BM25 weighs a
 * shared term by how rare it is in the whole corpus: "territorial integrity" counts,
 * "cooperation" hardly does. A passage's BM25 score against a paragraph is divided by the
 * paragraph's score against itself, giving the share of the paragraph's weight that the
 * passage carries, in [0,1].
 */
final class SimilarityScorer {

	/** How a passage matches one article: its best paragraph, and the shared terms. */
	record Match(int article, int paragraph, double score, List<String> specificTerms, List<String> sharedPairs,
			List<String> ownWords, List<TreatyVocabulary.Hit> vocabulary) {

		/**
		 * Points of evidence: a shared specific pair counts 2, a treaty concept named in
		 * several words ("building reactors", "spy agencies") 2 and in one word
		 * ("sanctions") 1, a specific word of the passage's own outside those pairs 1.
		 */
		int evidence() {
			return 2 * this.sharedPairs.size() + this.vocabulary.stream().mapToInt(TreatyVocabulary.Hit::points).sum()
					+ this.ownWords.size();
		}

		/**
		 * Whether the evidence includes a term (a pair or a treaty concept), not only
		 * words.
		 */
		boolean hasATerm() {
			return !this.sharedPairs.isEmpty() || !this.vocabulary.isEmpty();
		}

	}

	/**
	 * A term in more than this share of the indexed texts is common talk about the treaty
	 * ("cooperation", "long term") and is no evidence for any one article.
	 */
	static final double SPECIFIC_TERM_MAX_SHARE = 0.05;

	/**
	 * A pair is a term, not a chance neighbourhood, when at least this share of the texts
	 * holding its rarer word hold the pair: "territorial integrity" is one, "increase the
	 * level" is not.
	 */
	static final double PAIR_COHESION = 0.5;

	private static final String TEXT = CorpusCounts.FIELD;

	private static final String KIND = "kind";

	private static final String KEY = "key";

	private final TreatyAnalyzer analyzer;

	private final TreatyVocabulary vocabulary;

	private final IndexSearcher searcher;

	private final DirectoryReader reader;

	private final Map<String, Set<String>> paragraphTerms = new HashMap<>();

	private final Map<String, Double> selfScores = new HashMap<>();

	private final CorpusCounts commentary;

	/** Weighs words by their use in these passages (counted here). */
	SimilarityScorer(TreatyText treaty, List<String> corpus, TreatyAnalyzer analyzer, TreatyVocabulary vocabulary) {
		this(treaty, CorpusCounts.of(corpus, analyzer, vocabulary), analyzer, vocabulary);
	}

	/**
	 * Weighs words by their use in the commentary as counted (the stored snapshot, or the
	 * passages at hand) and in the treaty's paragraphs: only the paragraphs are indexed,
	 * the commentary's counts are added to the index's statistics.
	 */
	SimilarityScorer(TreatyText treaty, CorpusCounts commentary, TreatyAnalyzer analyzer, TreatyVocabulary vocabulary) {
		this.analyzer = analyzer;
		this.vocabulary = vocabulary;
		this.commentary = commentary;
		try {
			ByteBuffersDirectory directory = new ByteBuffersDirectory();
			IndexWriterConfig config = new IndexWriterConfig(analyzer).setSimilarity(new BM25Similarity());
			try (IndexWriter writer = new IndexWriter(directory, config)) {
				for (TreatyText.Paragraph paragraph : treaty.paragraphs()) {
					Document doc = new Document();
					doc.add(new StringField(KIND, "paragraph", Field.Store.NO));
					doc.add(new StringField(KEY, key(paragraph.article(), paragraph.number()), Field.Store.YES));
					doc.add(new StoredField("article", paragraph.article()));
					doc.add(new StoredField("paragraph", paragraph.number()));
					doc.add(new TextField(TEXT, paragraph.text(), Field.Store.NO));
					writer.addDocument(doc);
					this.paragraphTerms.put(key(paragraph.article(), paragraph.number()),
							new HashSet<>(analyzer.terms(paragraph.text())));
				}
			}
			this.reader = DirectoryReader.open(directory);
			this.searcher = new CombinedStatisticsSearcher(this.reader, commentary);
			this.searcher.setSimilarity(new BM25Similarity());
			for (TreatyText.Paragraph paragraph : treaty.paragraphs()) {
				String key = key(paragraph.article(), paragraph.number());
				BooleanQuery.Builder self = query(this.paragraphTerms.get(key));
				self.add(new TermQuery(new Term(KEY, key)), Occur.FILTER);
				ScoreDoc[] hits = this.searcher.search(self.build(), 1).scoreDocs;
				this.selfScores.put(key, (hits.length > 0) ? (double) hits[0].score : Double.POSITIVE_INFINITY);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("The in-memory index cannot fail", ex);
		}
	}

	/**
	 * The terms whose commentary counts similarity reads when it compares these passages
	 * with the treaty: theirs, the paragraphs', and the words of every pair.
	 */
	static Set<String> termsNeeded(TreatyText treaty, List<String> passages, TreatyAnalyzer analyzer,
			TreatyVocabulary vocabulary) {
		Set<String> terms = new HashSet<>();
		for (String passage : passages) {
			for (String value : CorpusCounts.expanded(passage, vocabulary)) {
				terms.addAll(analyzer.terms(value));
			}
		}
		treaty.paragraphs().forEach((p) -> terms.addAll(analyzer.terms(p.text())));
		Set<String> words = new HashSet<>();
		terms.stream().filter((t) -> t.contains(" ")).forEach((t) -> words.addAll(List.of(t.split(" "))));
		terms.addAll(words);
		return terms;
	}

	/**
	 * A searcher over the paragraphs whose term and collection statistics also count the
	 * commentary, as if its passages were in the index.
	 */
	private static final class CombinedStatisticsSearcher extends IndexSearcher {

		private final CorpusCounts commentary;

		CombinedStatisticsSearcher(DirectoryReader reader, CorpusCounts commentary) {
			super(reader);
			this.commentary = commentary;
		}

		@Override
		public TermStatistics termStatistics(Term term, int docFreq, long totalTermFreq) throws IOException {
			int more = this.commentary.docFreq(term.text());
			return super.termStatistics(term, docFreq + more, totalTermFreq + more);
		}

		@Override
		public CollectionStatistics collectionStatistics(String field) throws IOException {
			CollectionStatistics own = super.collectionStatistics(field);
			if (!TEXT.equals(field) || own == null) {
				return own;
			}
			return new CollectionStatistics(field, own.maxDoc() + this.commentary.texts(),
					own.docCount() + this.commentary.docCount(),
					own.sumTotalTermFreq() + this.commentary.sumTotalTermFreq(),
					own.sumDocFreq() + this.commentary.sumDocFreq());
		}

	}

	/**
	 * The best-matching paragraph of every article the passage shares terms with, best
	 * first.
	 */
	List<Match> matches(String passage) {
		List<TreatyVocabulary.Hit> hits = this.vocabulary.hits(passage);
		Set<String> written = new LinkedHashSet<>(this.analyzer.terms(passage));
		Set<String> terms = new LinkedHashSet<>();
		for (String value : expanded(passage)) {
			terms.addAll(this.analyzer.terms(value));
		}
		if (terms.isEmpty() || this.selfScores.isEmpty()) {
			return List.of();
		}
		try {
			BooleanQuery.Builder builder = query(terms);
			builder.add(new TermQuery(new Term(KIND, "paragraph")), Occur.FILTER);
			ScoreDoc[] found = this.searcher.search(builder.build(), this.selfScores.size()).scoreDocs;
			Map<Integer, Match> best = new HashMap<>();
			for (ScoreDoc hit : found) {
				Document doc = this.searcher.storedFields().document(hit.doc);
				int article = doc.getField("article").numericValue().intValue();
				int paragraph = doc.getField("paragraph").numericValue().intValue();
				String key = key(article, paragraph);
				double score = Math.min(1.0, hit.score / this.selfScores.get(key));
				Match current = best.get(article);
				if (current == null || score > current.score()) {
					best.put(article, match(article, paragraph, score, terms, written, hits));
				}
			}
			List<Match> matches = new ArrayList<>(best.values());
			matches.sort(Comparator.comparingDouble(Match::score).reversed().thenComparing(Match::article));
			return matches;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private Match match(int article, int paragraph, double score, Set<String> terms, Set<String> written,
			List<TreatyVocabulary.Hit> hits) throws IOException {
		Set<String> own = this.paragraphTerms.get(key(article, paragraph));
		int documents = this.reader.numDocs() + this.commentary.texts();
		List<String> pairs = new ArrayList<>();
		List<String> specific = new ArrayList<>();
		for (String term : terms) {
			if (!own.contains(term)) {
				continue;
			}
			if (!specific(term, documents)) {
				continue;
			}
			specific.add(term);
			if (term.contains(" ")) {
				pairs.add(term);
			}
		}
		Set<String> inPairs = new java.util.HashSet<>();
		pairs.forEach((pair) -> inPairs.addAll(List.of(pair.split(" "))));
		List<String> ownWords = specific.stream()
			.filter((t) -> !t.contains(" ") && !inPairs.contains(t) && written.contains(t))
			.toList();
		List<TreatyVocabulary.Hit> used = hits.stream().filter((h) -> applies(h, own)).toList();
		return new Match(article, paragraph, score, specific, pairs, ownWords, used);
	}

	/**
	 * Whether the paragraph says what a vocabulary expression stands for: it holds one of
	 * the treaty terms' word pairs ("coerciv measur"), or the word of a one-word term
	 * ("counter"). Sharing only "security" with "intelligence and security agencies" is
	 * not enough.
	 */
	private boolean applies(TreatyVocabulary.Hit hit, Set<String> paragraph) {
		List<String> terms = this.analyzer.terms(hit.treatyTerms());
		List<String> pairs = terms.stream().filter((t) -> t.contains(" ")).toList();
		return (pairs.isEmpty() ? terms : pairs).stream().anyMatch(paragraph::contains);
	}

	/**
	 * Whether a term is evidence: a word in few texts, or a pair in few texts whose words
	 * mostly come together (a term such as "territori integr", not "increas level").
	 */
	private boolean specific(String term, int documents) throws IOException {
		int frequency = docFreq(term);
		if (frequency > SPECIFIC_TERM_MAX_SHARE * documents) {
			return false;
		}
		int space = term.indexOf(' ');
		if (space < 0) {
			return true;
		}
		int rarer = Math.min(docFreq(term.substring(0, space)), docFreq(term.substring(space + 1)));
		return frequency >= PAIR_COHESION * rarer;
	}

	/** Texts holding the term: paragraphs and commentary. */
	private int docFreq(String term) throws IOException {
		return this.reader.docFreq(new Term(TEXT, term)) + this.commentary.docFreq(term);
	}

	private List<String> expanded(String passage) {
		return CorpusCounts.expanded(passage, this.vocabulary);
	}

	private static BooleanQuery.Builder query(Set<String> terms) {
		BooleanQuery.Builder builder = new BooleanQuery.Builder();
		int clauses = 0;
		for (String term : terms) {
			if (clauses++ >= 1000) {
				break;
			}
			builder.add(new TermQuery(new Term(TEXT, term)), Occur.SHOULD);
		}
		return builder;
	}

	private static String key(int article, int paragraph) {
		return article + ":" + paragraph;
	}

}
