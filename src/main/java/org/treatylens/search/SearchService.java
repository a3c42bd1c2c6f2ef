package org.treatylens.search;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.apache.lucene.document.Document;
import org.apache.lucene.index.FloatVectorValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.KnnVectorValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.index.QueryTimeoutImpl;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.KnnFloatVectorQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollector;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TotalHits;
import org.apache.lucene.util.BytesRef;
import org.treatylens.search.SearchResults.FacetValue;
import org.treatylens.search.SearchResults.SearchHit;
import org.treatylens.system.EchoedInput;

/**
 * Runs searches on the {@link PassageIndex}: parses the query, finds and ranks the
 * passages (BM25), counts facets, highlights snippets and suggests spellings. Plain Java:
 * the web layer calls it, and tests use it on a fixture index without Spring.
 */
final class SearchService {

	/** Nearest passages by meaning considered per query (and fused with the words'). */
	static final int MEANING_CANDIDATES = 50;

	/**
	 * Below this cosine similarity a passage is not taken as saying what the query means
	 * (MiniLM puts unrelated English sentences around 0 to 0.2).
	 */
	static final float MIN_MEANING_SIMILARITY = 0.3f;

	/** Sources listed as facets: the most frequent among the matches. */
	static final int SOURCE_FACETS = 20;

	private static final Set<String> SOURCE_LABEL_FIELDS = Set.of(IndexFields.TYPE, IndexFields.SOURCE_LABEL);

	private final PassageIndex index;

	private final Duration timeLimit;

	private final MeaningModel model;

	private final SearchQueryParser parser = new SearchQueryParser();

	private final SearchQueries queries = new SearchQueries();

	private final SpellingSuggester speller = new SpellingSuggester();

	/**
	 * Meaning search uses the index's own model (the one its vectors were made with); an
	 * index without one is searched by words only.
	 */
	SearchService(PassageIndex index, Duration timeLimit) {
		this.index = index;
		this.timeLimit = timeLimit;
		this.model = index.meaningModel();
	}

	SearchResults search(SearchRequest request) {
		if (request.isBlank()) {
			return SearchResults.empty(request);
		}
		ParsedQuery parsed = this.parser.parse(request.query());
		if (parsed.isRejected()) {
			return SearchResults.rejected(request, parsed.rejection());
		}
		if (!this.index.servable()) {
			throw new SearchIndexRebuildingException();
		}
		SearchResults results = this.index.read((searcher) -> search(request, parsed, searcher.getIndexReader()));
		if (this.index.broken() != null) {
			// the last index write failed: what is served is the index as it was, until
			// the
			// rebuild (the next job, or the worker's repair) lands
			return results.withNotice("The search index is being rebuilt after a failed write: passages stored since"
					+ " then may be missing from these results for a moment.");
		}
		return results;
	}

	private SearchResults search(SearchRequest request, ParsedQuery parsed, IndexReader reader) throws IOException {
		List<String> notices = new ArrayList<>(parsed.notices());
		if (!parsed.hasText() && parsed.filters().isEmpty() && !request.query().isBlank()) {
			// "((((", "OR", "\"\"": searching nothing would list everything
			notices.add("“" + EchoedInput.of(request.query()) + "” has no words, phrases or filters, only query syntax,"
					+ " so nothing was searched. Type the words you are looking for.");
			return new SearchResults(request, "", notices, null, 0, List.of(), List.of(), List.of(), null,
					SearchMode.EXACT);
		}
		Query filters = this.queries.filters(parsed, request.sources(), request.articles());
		unknownSources(parsed, request, reader).forEach(notices::add);
		Query text = this.queries.text(parsed, true);
		Query proximity = this.queries.proximity(parsed);
		if (text instanceof MatchNoDocsQuery) {
			notices.add("The query has no words that can be searched, only punctuation or symbols.");
		}
		SearchMode mode = mode(request, parsed, text);
		// hybrid fuses the words' ranking down to the requested page plus every meaning
		// hit
		int wanted = request.page() * request.size() + ((mode == SearchMode.HYBRID) ? MEANING_CANDIDATES : 0);
		Query query = SearchQueries.combine(text, filters);
		Found found = run(reader, query, proximity, request.sort(), wanted);
		int allWords = found.counts().total();
		if (found.counts().total() == 0 && this.queries.canRelax(parsed)) {
			Query relaxed = this.queries.text(parsed, false);
			Found any = run(reader, SearchQueries.combine(relaxed, filters), proximity, request.sort(), wanted);
			if (any.counts().total() > 0) {
				if (mode != SearchMode.HYBRID) {
					notices.add("No passage contains all of the words, so passages with any of them are shown,"
							+ " those with more of them first.");
				}
				text = relaxed;
				query = SearchQueries.combine(relaxed, filters);
				found = any;
			}
		}
		Map<Integer, RankFusion.Fused> fused = Map.of();
		if (mode == SearchMode.HYBRID) {
			Hybrid hybrid = hybrid(reader, parsed, text, proximity, filters, found, request);
			found = hybrid.found();
			fused = hybrid.fused();
		}
		if (found.timedOut()) {
			notices.add("The search took longer than " + this.timeLimit.toMillis()
					+ " ms and was stopped: the results may be incomplete. Try fewer prefixes or more precise words.");
		}
		IndexSearcher searcher = new IndexSearcher(reader);
		SearchRequest shown = lastPageIfBeyond(request, found.counts().total(), notices);
		List<SearchHit> hits = hits(searcher, SearchQueries.withProximity(query, proximity), found.page(shown), fused);
		String suggestion = suggestion(parsed, request, reader, allWords);
		if (!parsed.notices().isEmpty() && !parsed.searchedAs().isBlank()) {
			notices.add(0, "Searched for: " + parsed.searchedAs());
		}
		return new SearchResults(shown, parsed.searchedAs(), notices, null, found.counts().total(), hits,
				sourceFacets(searcher, found.counts()), articleFacets(found.counts()), suggestion, mode);
	}

	/**
	 * Plain words are searched by words and meaning; anything of the exact syntax
	 * (quotes, filters typed into the query, operators, prefixes) by words only, as
	 * typed.
	 */
	private SearchMode mode(SearchRequest request, ParsedQuery parsed, Query text) {
		if (parsed.usesExactSyntax()) {
			return SearchMode.EXACT;
		}
		if (request.wordsOnly() || this.model == null || text == null || text instanceof MatchNoDocsQuery) {
			return SearchMode.WORDS;
		}
		return SearchMode.HYBRID;
	}

	private record Hybrid(Found found, Map<Integer, RankFusion.Fused> fused) {
	}

	/**
	 * Adds the passages nearest in meaning (under the same filters) to those found by
	 * words: the total and the facets count both, and by relevance they are ordered by
	 * reciprocal rank fusion of the two rankings.
	 */
	private Hybrid hybrid(IndexReader reader, ParsedQuery parsed, Query text, Query proximity, Query filters,
			Found byWords, SearchRequest request) throws IOException {
		IndexSearcher searcher = new IndexSearcher(reader);
		float[] vector = this.model.embed(parsed.searchedAs());
		// the nearest of the whole index, then the filters: a filter (a facet link)
		// narrows
		// the same hits, so its total is the facet's count
		TopDocs nearest = searcher.search(new KnnFloatVectorQuery(IndexFields.VECTOR, vector, MEANING_CANDIDATES),
				MEANING_CANDIDATES);
		List<Integer> candidates = new ArrayList<>();
		for (ScoreDoc hit : nearest.scoreDocs) {
			// Lucene scores cosine similarity as (1 + cos) / 2
			if (2 * hit.score - 1 >= MIN_MEANING_SIMILARITY) {
				candidates.add(hit.doc);
			}
		}
		// the same reader throughout: the hits are matched by doc id, not by a stored key
		Query meaningQuery = new DocIdsQuery(candidates.stream().mapToInt(Integer::intValue).toArray());
		List<Integer> meaning = candidates;
		if (filters != null && !candidates.isEmpty()) {
			Set<Integer> allowed = new HashSet<>();
			for (ScoreDoc hit : searcher.search(SearchQueries.combine(meaningQuery, filters),
					MEANING_CANDIDATES).scoreDocs) {
				allowed.add(hit.doc);
			}
			meaning = candidates.stream().filter(allowed::contains).toList();
		}
		Found union;
		if (request.sort() == SearchRequest.Sort.DATE) {
			// sorted by date, Lucene ranks the union: one pass over it
			BooleanQuery.Builder either = new BooleanQuery.Builder();
			either.add(text, Occur.SHOULD);
			either.add(meaningQuery, Occur.SHOULD);
			union = run(reader, SearchQueries.combine(either.build(), filters), proximity, request.sort(),
					request.page() * request.size());
		}
		else {
			// ranked by the fusion, the union is only counted: the words' counts
			// (collected
			// already) plus those of the meaning hits the words do not find, rather than
			// a
			// second pass over every match of the words
			FacetCounter.Counts counts = byWords.counts().plus(meaningOnly(reader, text, meaningQuery, filters));
			union = new Found(new TopDocs(new TotalHits(counts.total(), TotalHits.Relation.EQUAL_TO), new ScoreDoc[0]),
					counts, byWords.timedOut());
		}
		List<Integer> words = new ArrayList<>();
		for (ScoreDoc hit : byWords.top().scoreDocs) {
			words.add(hit.doc);
		}
		List<RankFusion.Fused> ranked = RankFusion.fuse(words, meaning, Integer::compare);
		Map<Integer, RankFusion.Fused> byDoc = new HashMap<>();
		ranked.forEach((f) -> byDoc.put(f.doc(), f));
		if (request.sort() == SearchRequest.Sort.DATE) {
			return new Hybrid(union, byDoc);
		}
		ScoreDoc[] order = ranked.stream().map((f) -> new ScoreDoc(f.doc(), f.score())).toArray(ScoreDoc[]::new);
		return new Hybrid(new Found(new TopDocs(union.top().totalHits, order), union.counts(),
				union.timedOut() || byWords.timedOut()), byDoc);
	}

	/**
	 * Counts the meaning hits (at most {@value #MEANING_CANDIDATES}) that pass the
	 * filters and that the words do not match: with the words' counts, the union's.
	 */
	private static FacetCounter.Counts meaningOnly(IndexReader reader, Query text, Query meaning, Query filters)
			throws IOException {
		BooleanQuery.Builder query = new BooleanQuery.Builder();
		query.add(meaning, Occur.MUST);
		query.add(text, Occur.MUST_NOT);
		if (filters != null) {
			query.add(filters, Occur.FILTER);
		}
		return new IndexSearcher(reader).search(query.build(), new FacetCounter());
	}

	/**
	 * A page beyond the results shows the last page, and says so (rather than "page 100
	 * of 12" and an empty list).
	 */
	private static SearchRequest lastPageIfBeyond(SearchRequest request, int total, List<String> notices) {
		int last = SearchResults.pageCount(total, request.size());
		if (request.page() <= last) {
			return request;
		}
		notices.add("There " + ((last == 1) ? "is only 1 page" : "are only " + last + " pages")
				+ " of results, so the last one is shown.");
		return request.withPage(last);
	}

	/**
	 * "Did you mean", only when the corrected query finds more passages (with all its
	 * words, under the same filters) than the query as typed.
	 */
	private String suggestion(ParsedQuery parsed, SearchRequest request, IndexReader reader, int allWords)
			throws IOException {
		if (!parsed.hasText()) {
			return null;
		}
		String corrected = this.speller.suggest(parsed, reader, allWords > 0);
		if (corrected == null) {
			return null;
		}
		ParsedQuery correctedQuery = this.parser.parse(corrected);
		// by words: a suggestion is about spelling
		Query text = this.queries.text(correctedQuery, true);
		Query filters = this.queries.filters(correctedQuery, request.sources(), request.articles());
		int found = new IndexSearcher(reader).count(SearchQueries.combine(text, filters));
		return (found > allWords) ? corrected : null;
	}

	/**
	 * "More like this": the passages of other sources nearest in meaning to one passage
	 * or treaty paragraph, nearest first. Empty when the id is not in the index.
	 * @param id the index key ({@code passage-12}, {@code art_3__para_1})
	 */
	Optional<Similar> similar(String id, int size) {
		int wanted = Math.max(1, Math.min(size, SearchRequest.MAX_SIZE));
		return this.index.read((searcher) -> {
			TopDocs found = searcher.search(new TermQuery(new Term(IndexFields.ID, id)), 1);
			if (found.scoreDocs.length == 0) {
				return Optional.empty();
			}
			int doc = found.scoreDocs[0].doc;
			SearchablePassage passage = PassageDocuments.fromDocument(searcher.storedFields().document(doc));
			SearchHit of = hit(passage, SnippetFormatter.escape(passage.text()), 1f, null);
			float[] vector = vectorOf(searcher.getIndexReader(), doc);
			if (vector == null) {
				return Optional.of(new Similar(of, List.of(), false));
			}
			BooleanQuery.Builder otherSources = new BooleanQuery.Builder();
			otherSources.add(new MatchAllDocsQuery(), Occur.FILTER);
			otherSources.add(new TermQuery(new Term(IndexFields.SOURCE, passage.source())), Occur.MUST_NOT);
			TopDocs nearest = searcher
				.search(new KnnFloatVectorQuery(IndexFields.VECTOR, vector, wanted, otherSources.build()), wanted);
			String[] snippets = SnippetHighlighter.highlight(searcher, new MatchAllDocsQuery(), nearest);
			List<SearchHit> hits = new ArrayList<>();
			for (int i = 0; i < nearest.scoreDocs.length; i++) {
				ScoreDoc hit = nearest.scoreDocs[i];
				SearchablePassage near = PassageDocuments.fromDocument(searcher.storedFields().document(hit.doc));
				String snippet = (snippets[i] != null) ? snippets[i] : SnippetFormatter.escape(near.text());
				// Lucene scores cosine similarity as (1 + cos) / 2: show the cosine
				hits.add(hit(near, snippet, 2 * hit.score - 1, SearchHit.Matched.MEANING));
			}
			return Optional.of(new Similar(of, hits, true));
		});
	}

	/**
	 * A passage and those nearest to it in meaning.
	 *
	 * @param available false when the index keeps no vectors (no sentence model)
	 */
	record Similar(SearchHit of, List<SearchHit> hits, boolean available) {

		Similar {
			hits = List.copyOf(hits);
		}

	}

	private static float[] vectorOf(IndexReader reader, int doc) throws IOException {
		LeafReaderContext leaf = reader.leaves().get(ReaderUtil.subIndex(doc, reader.leaves()));
		FloatVectorValues values = leaf.reader().getFloatVectorValues(IndexFields.VECTOR);
		if (values == null) {
			return null;
		}
		KnnVectorValues.DocIndexIterator iterator = values.iterator();
		int local = doc - leaf.docBase;
		if (iterator.advance(local) != local) {
			return null;
		}
		return values.vectorValue(iterator.index()).clone();
	}

	/**
	 * A notice for each source filter that names no source, with the slugs that exist.
	 */
	private static List<String> unknownSources(ParsedQuery parsed, SearchRequest request, IndexReader reader)
			throws IOException {
		List<String> wanted = new ArrayList<>(request.sources());
		parsed.filters()
			.stream()
			.filter((f) -> f.field() == ParsedQuery.FilterField.SOURCE && !f.excluded())
			.forEach((f) -> wanted.add(f.value()));
		List<String> notices = new ArrayList<>();
		for (String slug : wanted) {
			if (reader.docFreq(new Term(IndexFields.SOURCE, slug)) == 0) {
				notices.add("No source is called “" + slug + "”. The sources are: " + String.join(", ", slugs(reader))
						+ ".");
			}
		}
		return notices;
	}

	private static List<String> slugs(IndexReader reader) throws IOException {
		List<String> slugs = new ArrayList<>();
		Terms terms = MultiTerms.getTerms(reader, IndexFields.SOURCE);
		if (terms != null) {
			TermsEnum iterator = terms.iterator();
			for (BytesRef term = iterator.next(); term != null; term = iterator.next()) {
				slugs.add(term.utf8ToString());
			}
		}
		return slugs;
	}

	/**
	 * The top documents up to the requested page, the facet counts, and whether it was
	 * cut short.
	 */
	private record Found(TopDocs top, FacetCounter.Counts counts, boolean timedOut) {

		/** The hits of one page (the top documents always reach it). */
		TopDocs page(SearchRequest request) {
			ScoreDoc[] all = this.top.scoreDocs;
			int from = Math.min((request.page() - 1) * request.size(), all.length);
			int to = Math.min(from + request.size(), all.length);
			return new TopDocs(this.top.totalHits, Arrays.copyOfRange(all, from, to));
		}

	}

	/**
	 * Two passes over the matches: the count and the facets without scores, then the top
	 * documents of the page with scores, where Lucene skips blocks that cannot make the
	 * page (block-max WAND). By relevance the words' proximity is added to the best of
	 * those only ({@link ProximityRescorer}); by date it is part of the (secondary)
	 * score.
	 */
	private Found run(IndexReader reader, Query query, Query proximity, SearchRequest.Sort order, int wanted)
			throws IOException {
		// a searcher of its own: the time limit belongs to this query, not to the shared
		// searcher
		IndexSearcher searcher = new IndexSearcher(reader);
		searcher.setTimeout(new QueryTimeoutImpl(this.timeLimit.toMillis()));
		FacetCounter.Counts counts = searcher.search(query, new FacetCounter());
		boolean timedOut = searcher.timedOut();
		ScoreDoc[] top = new ScoreDoc[0];
		if (counts.total() > 0 && wanted > 0) {
			int size = Math.max(1, Math.min(wanted, counts.total()));
			if (order == SearchRequest.Sort.RELEVANCE) {
				top = ranked(searcher, query, proximity, size);
			}
			else {
				top = searcher.search(SearchQueries.withProximity(query, proximity),
						new TopFieldCollectorManager(sort(order), size, null, size)).scoreDocs;
			}
			timedOut |= searcher.timedOut();
		}
		return new Found(new TopDocs(new TotalHits(counts.total(), TotalHits.Relation.EQUAL_TO), top), counts,
				timedOut);
	}

	/**
	 * The best {@code wanted} matches by relevance: by BM25, then with the words'
	 * proximity added over the best of those.
	 */
	static ScoreDoc[] ranked(IndexSearcher searcher, Query query, Query proximity, int wanted) throws IOException {
		int window = (proximity != null) ? ProximityRescorer.window(wanted) : wanted;
		ScoreDoc[] top = searcher.search(query,
				new TopFieldCollectorManager(sort(SearchRequest.Sort.RELEVANCE), window, null, window)).scoreDocs;
		return (proximity != null) ? ProximityRescorer.rescore(searcher, top, proximity, wanted) : top;
	}

	private static Sort sort(SearchRequest.Sort sort) {
		SortField order = new SortField(IndexFields.READING_ORDER, SortField.Type.LONG);
		if (sort == SearchRequest.Sort.DATE) {
			SortField date = new SortField(IndexFields.DATE, SortField.Type.LONG, true);
			// undated passages come last, not first
			date.setMissingValue(Long.MIN_VALUE);
			return new Sort(date, SortField.FIELD_SCORE, order);
		}
		return new Sort(SortField.FIELD_SCORE, order);
	}

	private List<SearchHit> hits(IndexSearcher searcher, Query query, TopDocs page,
			Map<Integer, RankFusion.Fused> fused) throws IOException {
		if (page.scoreDocs.length == 0) {
			return List.of();
		}
		if (fused.isEmpty() && Float.isNaN(page.scoreDocs[0].score)) {
			// a sort that kept no scores: compute them for the page only
			TopFieldCollector.populateScores(page.scoreDocs, searcher, query);
		}
		// each hit's stored document is read once: for the hit and for its snippet
		SearchablePassage[] passages = new SearchablePassage[page.scoreDocs.length];
		Map<Integer, String> texts = new HashMap<>();
		for (int i = 0; i < page.scoreDocs.length; i++) {
			passages[i] = PassageDocuments.fromDocument(searcher.storedFields().document(page.scoreDocs[i].doc));
			texts.put(page.scoreDocs[i].doc, passages[i].text());
		}
		String[] snippets = SnippetHighlighter.highlight(searcher, query, page, texts);
		List<SearchHit> hits = new ArrayList<>();
		for (int i = 0; i < page.scoreDocs.length; i++) {
			ScoreDoc scoreDoc = page.scoreDocs[i];
			SearchablePassage passage = passages[i];
			String snippet = (snippets[i] != null) ? snippets[i] : SnippetFormatter.escape(passage.text());
			RankFusion.Fused how = fused.get(scoreDoc.doc);
			float score = (how != null) ? how.score() : scoreDoc.score;
			hits.add(hit(passage, snippet, score, matched(how)));
		}
		return hits;
	}

	/** How a hybrid hit was found; null outside hybrid search. */
	private static SearchHit.Matched matched(RankFusion.Fused how) {
		if (how == null) {
			return null;
		}
		if (how.byWords() && how.byMeaning()) {
			return SearchHit.Matched.WORDS_AND_MEANING;
		}
		return how.byMeaning() ? SearchHit.Matched.MEANING : SearchHit.Matched.WORDS;
	}

	static SearchHit hit(SearchablePassage passage, String snippet, float score, SearchHit.Matched matched) {
		if (passage.isTreaty()) {
			return new SearchHit(passage.id(), null, null, passage.article(), passage.paragraph(),
					"Treaty, Article " + passage.article(), passage.published(), passage.kind(), snippet, score,
					passage.articles(), "/articles/" + passage.article() + "#para-" + passage.paragraph(), matched);
		}
		return new SearchHit(passage.id(), passage.document(), passage.passageId(), null, null, passage.sourceLabel(),
				passage.published(), passage.kind(), snippet, score, passage.articles(),
				"/documents/" + passage.document() + "#p-" + passage.ordinal(), matched);
	}

	/**
	 * The {@value #SOURCE_FACETS} sources with the most matches, most first: the label of
	 * each is read from one of its documents, so a query matching thousands of sources
	 * reads {@value #SOURCE_FACETS} stored documents, not one per source.
	 */
	private static List<FacetValue> sourceFacets(IndexSearcher searcher, FacetCounter.Counts counts)
			throws IOException {
		List<Map.Entry<String, Integer>> top = counts.topSources(SOURCE_FACETS);
		List<FacetValue> values = new ArrayList<>();
		for (Map.Entry<String, Integer> entry : top) {
			String indexed = labelFromDocValues(searcher.getIndexReader(), counts.sampleDoc().get(entry.getKey()));
			if (indexed != null) {
				values.add(new FacetValue(entry.getKey(), indexed, entry.getValue()));
				continue;
			}
			Document sample = searcher.storedFields()
				.document(counts.sampleDoc().get(entry.getKey()), SOURCE_LABEL_FIELDS);
			String label = IndexFields.TYPE_TREATY.equals(sample.get(IndexFields.TYPE)) ? "Treaty"
					: sample.get(IndexFields.SOURCE_LABEL);
			values.add(new FacetValue(entry.getKey(), label, entry.getValue()));
		}
		return values;
	}

	/** The label a source facet shows, from doc values; null when not indexed so. */
	private static String labelFromDocValues(IndexReader reader, int doc) throws IOException {
		LeafReaderContext leaf = reader.leaves().get(ReaderUtil.subIndex(doc, reader.leaves()));
		SortedDocValues labels = leaf.reader().getSortedDocValues(IndexFields.SOURCE_LABEL);
		if (labels == null || !labels.advanceExact(doc - leaf.docBase)) {
			return null;
		}
		return labels.lookupOrd(labels.ordValue()).utf8ToString();
	}

	private static List<FacetValue> articleFacets(FacetCounter.Counts counts) {
		return counts.articles()
			.entrySet()
			.stream()
			.sorted(Map.Entry.comparingByKey())
			.map((e) -> new FacetValue(Integer.toString(e.getKey()), "Article " + e.getKey(), e.getValue()))
			.toList();
	}

}
