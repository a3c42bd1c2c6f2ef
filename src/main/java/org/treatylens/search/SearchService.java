package org.treatylens.search;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.index.QueryTimeoutImpl;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.MultiCollectorManager;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollector;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopFieldDocs;
import org.apache.lucene.search.TotalHits;
import org.apache.lucene.util.BytesRef;
import org.treatylens.search.SearchResults.FacetValue;
import org.treatylens.search.SearchResults.SearchHit;

/**
 * Runs searches on the {@link PassageIndex}: parses the query, finds and ranks the
 * passages (BM25), counts facets, highlights snippets and suggests spellings. Plain Java:
 * the web layer calls it, and tests use it on a fixture index without Spring.
 */
final class SearchService {

	private final PassageIndex index;

	private final Duration timeLimit;

	private final SearchQueryParser parser = new SearchQueryParser();

	private final SearchQueries queries = new SearchQueries();

	private final SpellingSuggester speller = new SpellingSuggester();

	SearchService(PassageIndex index, Duration timeLimit) {
		this.index = index;
		this.timeLimit = timeLimit;
	}

	SearchResults search(SearchRequest request) {
		if (request.isBlank()) {
			return SearchResults.empty(request);
		}
		ParsedQuery parsed = this.parser.parse(request.query());
		if (parsed.isRejected()) {
			return SearchResults.rejected(request, parsed.rejection());
		}
		return this.index.read((searcher) -> search(request, parsed, searcher.getIndexReader()));
	}

	private SearchResults search(SearchRequest request, ParsedQuery parsed, IndexReader reader) throws IOException {
		List<String> notices = new ArrayList<>(parsed.notices());
		Query filters = this.queries.filters(parsed, request.sources(), request.articles());
		unknownSources(parsed, request, reader).forEach(notices::add);
		Query text = this.queries.text(parsed, true);
		if (text instanceof MatchNoDocsQuery) {
			notices.add("The query has no words that can be searched, only punctuation or symbols.");
		}
		Query query = SearchQueries.combine(text, filters);
		Found found = run(reader, query, request);
		if (found.counts().total() == 0 && this.queries.canRelax(parsed)) {
			Query relaxed = SearchQueries.combine(this.queries.text(parsed, false), filters);
			Found any = run(reader, relaxed, request);
			if (any.counts().total() > 0) {
				notices.add("No passage contains all of the words, so passages with any of them are shown,"
						+ " those with more of them first.");
				query = relaxed;
				found = any;
			}
		}
		if (found.timedOut()) {
			notices.add("The search took longer than " + this.timeLimit.toMillis()
					+ " ms and was stopped: the results may be incomplete. Try fewer prefixes or more precise words.");
		}
		IndexSearcher searcher = new IndexSearcher(reader);
		List<SearchHit> hits = hits(searcher, query, found.page(), request);
		String suggestion = parsed.hasText() ? this.speller.suggest(parsed, reader) : null;
		if (!parsed.notices().isEmpty()) {
			notices.add(0, "Searched for: " + parsed.searchedAs());
		}
		return new SearchResults(request, parsed.searchedAs(), notices, null, found.counts().total(), hits,
				sourceFacets(searcher, found.counts()), articleFacets(found.counts()), suggestion);
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

	private record Found(TopDocs page, FacetCounter.Counts counts, boolean timedOut) {
	}

	private Found run(IndexReader reader, Query query, SearchRequest request) throws IOException {
		// a searcher of its own: the time limit belongs to this query, not to the shared
		// searcher
		IndexSearcher searcher = new IndexSearcher(reader);
		searcher.setTimeout(new QueryTimeoutImpl(this.timeLimit.toMillis()));
		int wanted = request.page() * request.size();
		var top = new TopFieldCollectorManager(sort(request.sort()), wanted, null, Integer.MAX_VALUE);
		Object[] results = searcher.search(query, new MultiCollectorManager(top, new FacetCounter()));
		TopFieldDocs topDocs = (TopFieldDocs) results[0];
		FacetCounter.Counts counts = (FacetCounter.Counts) results[1];
		int from = Math.min((request.page() - 1) * request.size(), topDocs.scoreDocs.length);
		ScoreDoc[] page = java.util.Arrays.copyOfRange(topDocs.scoreDocs, from, topDocs.scoreDocs.length);
		return new Found(new TopDocs(new TotalHits(counts.total(), TotalHits.Relation.EQUAL_TO), page), counts,
				searcher.timedOut());
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

	private List<SearchHit> hits(IndexSearcher searcher, Query query, TopDocs page, SearchRequest request)
			throws IOException {
		if (page.scoreDocs.length == 0) {
			return List.of();
		}
		// sorted by a field, scores are not kept: compute them for the page only
		TopFieldCollector.populateScores(page.scoreDocs, searcher, query);
		String[] snippets = SnippetHighlighter.highlight(searcher, query, page);
		List<SearchHit> hits = new ArrayList<>();
		for (int i = 0; i < page.scoreDocs.length; i++) {
			ScoreDoc scoreDoc = page.scoreDocs[i];
			Document doc = searcher.storedFields().document(scoreDoc.doc);
			SearchablePassage passage = PassageDocuments.fromDocument(doc);
			String snippet = (snippets[i] != null) ? snippets[i] : SnippetFormatter.escape(passage.text());
			hits.add(hit(passage, snippet, scoreDoc.score));
		}
		return hits;
	}

	private static SearchHit hit(SearchablePassage passage, String snippet, float score) {
		if (passage.isTreaty()) {
			return new SearchHit(null, null, passage.article(), passage.paragraph(),
					"Treaty, Article " + passage.article(), passage.dateDisplay(), passage.kind(), snippet, score,
					passage.articles(), "/articles/" + passage.article() + "#para-" + passage.paragraph());
		}
		return new SearchHit(passage.document(), passage.passageId(), null, null, passage.sourceLabel(),
				passage.dateDisplay(), passage.kind(), snippet, score, passage.articles(),
				"/documents/" + passage.document() + "#p-" + passage.ordinal());
	}

	private static List<FacetValue> sourceFacets(IndexSearcher searcher, FacetCounter.Counts counts)
			throws IOException {
		List<FacetValue> values = new ArrayList<>();
		for (Map.Entry<String, Integer> entry : counts.sources().entrySet()) {
			Document sample = searcher.storedFields().document(counts.sampleDoc().get(entry.getKey()));
			String label = IndexFields.TYPE_TREATY.equals(sample.get(IndexFields.TYPE)) ? "Treaty"
					: sample.get(IndexFields.SOURCE_LABEL);
			values.add(new FacetValue(entry.getKey(), label, entry.getValue()));
		}
		values.sort(Comparator.comparingInt(FacetValue::count).reversed().thenComparing(FacetValue::value));
		return values;
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
