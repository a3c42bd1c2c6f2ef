package org.treatylens.corpus;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.server.ResponseStatusException;

import org.treatylens.commentary.DocumentMetadata;
import org.treatylens.commentary.PassageAnnotations;
import org.treatylens.commentary.SourceDocument;
import org.treatylens.commentary.SourceDocumentRepository;

/**
 * What an editor does to a stored document: edit its metadata, replace its text with a
 * new version, hide it from readers or show it again, delete it. Each change is one
 * transaction that queues the document's {@link CorpusJobs job} (links and index follow
 * in the background), publishes {@link CorpusChanged} and {@link DocumentCurated} (the
 * history records who did what, and what was there).
 * <p>
 * A bundled document an editor edited or replaced becomes the editor's: the start-up
 * loader leaves it alone instead of putting the bundled version back.
 */
@Service
public class DocumentCuration {

	private static final Logger log = LoggerFactory.getLogger(DocumentCuration.class);

	private final SourceDocumentRepository documents;

	private final ApplicationEventPublisher events;

	private final ObjectProvider<PassageAnnotations> annotations;

	private final CommentaryTextParser parser;

	private final CorpusLimits limits;

	private final CorpusJobs jobs;

	DocumentCuration(SourceDocumentRepository documents, ApplicationEventPublisher events,
			ObjectProvider<PassageAnnotations> annotations, CorpusJobs jobs, CorpusLimits limits) {
		this.limits = limits;
		this.parser = new CommentaryTextParser(limits);
		this.documents = documents;
		this.events = events;
		this.annotations = annotations;
		this.jobs = jobs;
	}

	/**
	 * What deleting a document takes with it, for the confirmation.
	 */
	public record Impact(String slug, String label, int passages, long links, int decisions) {
	}

	@Transactional(readOnly = true)
	public DocumentMetadata metadata(String slug) {
		return find(slug).metadata();
	}

	@Transactional(readOnly = true)
	public SourceDocument document(String slug) {
		SourceDocument document = find(slug);
		document.getPassages().size();
		return document;
	}

	@Transactional(readOnly = true)
	public Impact impact(String slug) {
		SourceDocument document = find(slug);
		Map<String, Object> snapshot = snapshot(document);
		return new Impact(slug, document.getLabel(), document.getPassages().size(), (long) snapshot.get("links"),
				((List<?>) snapshot.get("decisions")).size());
	}

	@Transactional
	public SourceDocument edit(String slug, DocumentMetadata metadata, String actor) {
		this.limits.check(metadata);
		SourceDocument document = find(slug);
		Map<String, Object> before = metadataMap(document.metadata());
		document.updateMetadata(metadata);
		document.markImportedByUser();
		this.documents.saveAndFlush(document);
		Map<String, Object> after = metadataMap(document.metadata());
		Map<String, Object> details = new LinkedHashMap<>();
		details.put("before", before);
		details.put("after", after);
		changed(document, new DocumentCurated(actor, "edited", slug,
				"Edited the metadata of \u201c" + document.getLabel() + "\u201d: " + changedFields(before, after),
				details));
		return document;
	}

	/**
	 * Stores {@code file} as the next version of the document's text. Unchanged passages
	 * keep their ids (so their permalinks and link decisions); the file must parse, or
	 * nothing changes.
	 */
	@Transactional
	public SourceDocument replaceText(String slug, CorpusFile file, String actor) {
		SourceDocument document = find(slug);
		SourceDocument parsed = this.parser.parse(document.metadata(), file);
		Map<String, Object> before = snapshot(document);
		List<Long> keptBefore = document.getPassages().stream().map((p) -> p.getId()).toList();
		document.replaceText(parsed);
		document.markImportedByUser();
		this.documents.saveAndFlush(document);
		long kept = document.getPassages().stream().filter((p) -> keptBefore.contains(p.getId())).count();
		Map<String, Object> details = new LinkedHashMap<>();
		details.put("before", before);
		details.put("file", file.name());
		details.put("version", document.getVersion());
		details.put("passages", document.getPassages().size());
		details.put("unchangedPassages", kept);
		changed(document,
				new DocumentCurated(actor, "replaced", slug,
						"Replaced the text of \u201c" + document.getLabel() + "\u201d with " + file.name()
								+ " (version " + document.getVersion() + ": " + document.getPassages().size()
								+ " passages, " + kept + " of them unchanged)",
						details));
		return document;
	}

	@Transactional
	public void hide(String slug, String actor) {
		SourceDocument document = find(slug);
		if (document.isHidden()) {
			return;
		}
		document.hide();
		this.documents.saveAndFlush(document);
		changed(document, new DocumentCurated(actor, "hidden", slug,
				"Hid \u201c" + document.getLabel() + "\u201d from readers", Map.of()));
	}

	@Transactional
	public void show(String slug, String actor) {
		SourceDocument document = find(slug);
		if (!document.isHidden()) {
			return;
		}
		document.show();
		this.documents.saveAndFlush(document);
		changed(document, new DocumentCurated(actor, "shown", slug,
				"Showed \u201c" + document.getLabel() + "\u201d to readers again", Map.of()));
	}

	/**
	 * Deletes the document with its passages, their links and the link decisions made on
	 * them; the history keeps what was there.
	 */
	@Transactional
	public Impact delete(String slug, String actor) {
		SourceDocument document = find(slug);
		Map<String, Object> snapshot = snapshot(document);
		Impact impact = new Impact(slug, document.getLabel(), document.getPassages().size(),
				(long) snapshot.get("links"), ((List<?>) snapshot.get("decisions")).size());
		this.documents.delete(document);
		this.documents.flush();
		log.info("{} deleted the document '{}' ({} passages, {} links)", actor, slug, impact.passages(),
				impact.links());
		this.events.publishEvent(new DocumentCurated(
				actor, "deleted", slug, "Deleted \u201c" + impact.label() + "\u201d with its " + impact.passages()
						+ " passages, " + impact.links() + " links and " + impact.decisions() + " link decisions",
				snapshot));
		this.jobs.documentRemoved(slug, actor + " deleted it");
		this.events.publishEvent(new CorpusChanged(false, Set.of()));
		return impact;
	}

	private void changed(SourceDocument document, DocumentCurated change) {
		log.info("{}: {}", change.actor(), change.summary());
		this.events.publishEvent(change);
		// its links and index entries follow in the background, this document's only
		this.jobs.documentChanged(document.getSlug(), change.actor() + ": " + change.summary());
		this.events.publishEvent(new CorpusChanged(false, Set.of(document.getSlug())));
	}

	private SourceDocument find(String slug) {
		return this.documents.findBySlug(slug)
			.orElseThrow(
					() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "There is no document '" + slug + "'"));
	}

	/**
	 * What the document is, to keep in the history: its metadata and what hangs off it.
	 */
	private Map<String, Object> snapshot(SourceDocument document) {
		PassageAnnotations links = this.annotations.getIfAvailable();
		long linkCount = (links != null)
				? links.forDocument(document.getId()).values().stream().mapToLong((a) -> a.articles().size()).sum() : 0;
		List<String> decisions = (links != null) ? links.decisionsForDocument(document.getId()) : List.of();
		Map<String, Object> snapshot = new LinkedHashMap<>();
		snapshot.put("metadata", metadataMap(document.metadata()));
		snapshot.put("bundled", document.isBundled());
		snapshot.put("hidden", document.isHidden());
		snapshot.put("version", document.getVersion());
		snapshot.put("fileName", document.getFileName());
		snapshot.put("sha256", document.getSha256());
		snapshot.put("passages", document.getPassages().size());
		snapshot.put("links", linkCount);
		snapshot.put("decisions", decisions);
		return snapshot;
	}

	static Map<String, Object> metadataMap(DocumentMetadata m) {
		Map<String, Object> map = new LinkedHashMap<>();
		map.put("slug", m.slug());
		map.put("label", m.label());
		map.put("title", m.title());
		map.put("subtitle", m.subtitle());
		map.put("author", m.author());
		map.put("publisher", m.publisher());
		map.put("published", (m.published() != null) ? m.published().iso() : null);
		map.put("kind", m.kind());
		map.put("notes", m.notes());
		map.put("originalUrl", m.originalUrl());
		map.put("language", m.language());
		map.put("accessed", (m.accessed() != null) ? m.accessed().toString() : null);
		return map;
	}

	private static String changedFields(Map<String, Object> before, Map<String, Object> after) {
		List<String> changed = after.keySet()
			.stream()
			.filter((k) -> !java.util.Objects.equals(before.get(k), after.get(k)))
			.toList();
		return changed.isEmpty() ? "nothing changed" : String.join(", ", changed);
	}

}
