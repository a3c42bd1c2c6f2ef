package org.treatylens.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Objects;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.treatylens.commentary.Passage;
import org.treatylens.commentary.PassageAnnotation;
import org.treatylens.commentary.PassageAnnotations;
import org.treatylens.commentary.PassageKind;
import org.treatylens.commentary.PassageRepository;
import org.treatylens.commentary.PublicationDate;
import org.treatylens.commentary.SourceDocument;
import org.treatylens.commentary.SourceDocumentRepository;
import org.treatylens.embedding.PassageEmbeddings;
import org.treatylens.linking.ArticleLinks;
import org.treatylens.treaty.Article;
import org.treatylens.treaty.ArticleParagraph;
import org.treatylens.treaty.Treaty;
import org.treatylens.treaty.TreatyRepository;

/**
 * Reads what is searchable from PostgreSQL, the store of record: every commentary
 * paragraph (with its heading), with the articles linking says it discusses, and every
 * treaty paragraph.
 */
@Component
class SearchCorpus {

	/**
	 * Passages read, given their stored vectors and handed to the index at a time: a
	 * rebuild holds one batch in memory, never the corpus.
	 */
	static final int BATCH_SIZE = 5000;

	private final PassageRepository passages;

	private final TreatyRepository treaties;

	private final ObjectProvider<ArticleLinks> links;

	private final SourceDocumentRepository documents;

	private final ObjectProvider<PassageAnnotations> annotations;

	private final ObjectProvider<PassageEmbeddings> embeddings;

	private final JdbcTemplate streaming;

	SearchCorpus(PassageRepository passages, TreatyRepository treaties, ObjectProvider<ArticleLinks> links,
			SourceDocumentRepository documents, ObjectProvider<PassageAnnotations> annotations,
			ObjectProvider<PassageEmbeddings> embeddings, JdbcTemplate jdbc) {
		this.passages = passages;
		this.embeddings = embeddings;
		this.streaming = new JdbcTemplate(jdbc.getDataSource());
		this.streaming.setFetchSize(BATCH_SIZE);
		this.treaties = treaties;
		this.links = links;
		this.documents = documents;
		this.annotations = annotations;
	}

	/**
	 * One document's searchable passages (as {@link #read()} gives them) with the
	 * articles each discusses; none when it no longer exists.
	 */
	@Transactional(readOnly = true, propagation = Propagation.REQUIRES_NEW)
	public List<SearchablePassage> readDocument(String slug) {
		Optional<SourceDocument> found = this.documents.findBySlug(slug);
		if (found.isEmpty()) {
			return List.of();
		}
		SourceDocument document = found.get();
		PassageAnnotations linked = this.annotations.getIfAvailable();
		Map<Long, PassageAnnotation> articles = (linked != null) ? linked.forDocument(document.getId()) : Map.of();
		List<SearchablePassage> result = new ArrayList<>();
		for (Passage passage : document.getPassages()) {
			if (passage.getKind() == PassageKind.PARAGRAPH) {
				PassageAnnotation annotation = articles.get(passage.getId());
				result.add(searchable(passage, document, (annotation != null) ? annotation.articles() : List.of()));
			}
		}
		return result;
	}

	private static SearchablePassage searchable(Passage passage, SourceDocument document, List<Integer> articles) {
		PublicationDate published = document.getPublished();
		return SearchablePassage.commentary(passage.getId(), document.getSlug(), document.getLabel(),
				(published != null) ? published.date() : null, (published != null) ? published.iso() : null,
				passage.getKind().name(), passage.getOrdinal(), articles, passage.getText(),
				(passage.getHeading() != null) ? passage.getHeading().getText() : null);
	}

	/**
	 * Every searchable passage, as {@link #read()} gives them, in batches of
	 * {@value #BATCH_SIZE} with the passage vectors stored for them (by index key): the
	 * texts are streamed from one query (no query per passage or document), and a rebuild
	 * reads the stored vectors instead of embedding the corpus again.
	 */
	@Transactional(readOnly = true, propagation = Propagation.REQUIRES_NEW)
	public void readInBatches(PassageIndex.BatchConsumer consumer) {
		ArticleLinks articleLinks = this.links.getIfAvailable();
		Map<Long, List<Integer>> articles = (articleLinks != null) ? articleLinks.articlesByPassage() : Map.of();
		Map<Long, SourceDocument> documents = new HashMap<>();
		this.documents.findAll().forEach((document) -> documents.put(document.getId(), document));
		List<SearchablePassage> batch = new ArrayList<>(BATCH_SIZE);
		this.streaming.query("""
				select p.id, p.document_id, p.ordinal, p.text, h.text from passage p
				left join passage h on h.id = p.heading_id
				where p.kind = 'PARAGRAPH' order by p.document_id, p.ordinal
				""", (RowCallbackHandler) (rs) -> {
			long id = rs.getLong(1);
			SourceDocument document = documents.get(rs.getLong(2));
			PublicationDate published = document.getPublished();
			batch.add(SearchablePassage.commentary(id, document.getSlug(), document.getLabel(),
					(published != null) ? published.date() : null, (published != null) ? published.iso() : null,
					PassageKind.PARAGRAPH.name(), rs.getInt(3), articles.getOrDefault(id, List.of()), rs.getString(4),
					rs.getString(5)));
			if (batch.size() == BATCH_SIZE) {
				deliver(batch, consumer);
				batch.clear();
			}
		});
		this.treaties.findFirstByOrderByIdAsc().ifPresent((treaty) -> addTreaty(treaty, batch));
		deliver(batch, consumer);
	}

	private void deliver(List<SearchablePassage> batch, PassageIndex.BatchConsumer consumer) {
		try {
			consumer.accept(List.copyOf(batch), storedVectors(batch));
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not write the search index", ex);
		}
	}

	/**
	 * The passage vectors stored by linking for these commentary passages, by index key;
	 * none without the embedding module.
	 */
	Map<String, float[]> storedVectors(List<SearchablePassage> passages) {
		PassageEmbeddings stored = this.embeddings.getIfAvailable();
		if (stored == null) {
			return Map.of();
		}
		List<Long> ids = passages.stream().map(SearchablePassage::passageId).filter(Objects::nonNull).toList();
		Map<String, float[]> vectors = new HashMap<>();
		stored.storedPassageVectors(ids).forEach((id, vector) -> vectors.put("passage-" + id, vector));
		return vectors;
	}

	/**
	 * Headings are not hits of their own (a bare "Military cooperation" tells a reader
	 * nothing): their words go with each paragraph under them instead. A transaction of
	 * its own: this also runs after an import's commit, when that transaction can no
	 * longer be joined.
	 */
	@Transactional(readOnly = true, propagation = Propagation.REQUIRES_NEW)
	public List<SearchablePassage> read() {
		ArticleLinks articleLinks = this.links.getIfAvailable();
		Map<Long, List<Integer>> articles = (articleLinks != null) ? articleLinks.articlesByPassage() : Map.of();
		List<SearchablePassage> result = new ArrayList<>();
		for (Passage passage : this.passages.findAllByOrderByDocumentIdAscOrdinalAsc()) {
			if (passage.getKind() != PassageKind.PARAGRAPH) {
				continue;
			}
			result.add(searchable(passage, passage.getDocument(), articles.getOrDefault(passage.getId(), List.of())));
		}
		this.treaties.findFirstByOrderByIdAsc().ifPresent((treaty) -> addTreaty(treaty, result));
		return result;
	}

	private static void addTreaty(Treaty treaty, List<SearchablePassage> result) {
		PublicationDate signed = (treaty.getSignedOn() != null)
				? new PublicationDate(treaty.getSignedOn(), PublicationDate.Precision.DAY) : null;
		String label = (treaty.getShortTitle() != null) ? treaty.getShortTitle() : treaty.getTitle();
		for (Article article : treaty.getArticles()) {
			for (ArticleParagraph paragraph : article.getParagraphs()) {
				result.add(SearchablePassage.treaty(paragraph.getEid(), treaty.getSlug(), label,
						(signed != null) ? signed.date() : null, (signed != null) ? signed.iso() : null,
						article.getNumber(), paragraph.getNumber(), paragraph.getText()));
			}
		}
	}

}
