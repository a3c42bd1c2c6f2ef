package org.treatylens.commentary;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A commentary document as received, with its metadata and its passages in order.
 */
@Entity
public class SourceDocument {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String slug;

	private String label;

	private String title;

	private String subtitle;

	private String author;

	private String publisher;

	private LocalDate published;

	@Enumerated(EnumType.STRING)
	private PublicationDate.Precision publishedPrecision;

	private String kind;

	private String notes;

	private String fileName;

	// char(64) in the schema: without the type code Hibernate expects varchar and
	// validation fails
	@Column(columnDefinition = "char(64)")
	@JdbcTypeCode(SqlTypes.CHAR)
	private String sha256;

	private Instant importedAt;

	private boolean bundled = true;

	private String originalUrl;

	private String language;

	private LocalDate accessed;

	private boolean hidden;

	private int version = 1;

	@OneToMany(mappedBy = "document", cascade = CascadeType.ALL, orphanRemoval = true)
	@OrderBy("ordinal")
	private List<Passage> passages = new ArrayList<>();

	protected SourceDocument() {
	}

	public SourceDocument(DocumentMetadata metadata, String fileName, String sha256) {
		this.slug = metadata.slug();
		apply(metadata);
		this.fileName = fileName;
		this.sha256 = sha256;
		this.importedAt = Instant.now();
	}

	/**
	 * Replaces the metadata (all of it: what {@code metadata} leaves null becomes
	 * unknown). The slug names the document in every permalink, so it stays.
	 */
	public void updateMetadata(DocumentMetadata metadata) {
		if (!metadata.slug().equals(this.slug)) {
			throw new IllegalArgumentException("A document keeps its slug ('" + this.slug + "'): permalinks use it");
		}
		apply(metadata);
	}

	private void apply(DocumentMetadata metadata) {
		this.label = metadata.label();
		this.title = metadata.title();
		this.subtitle = metadata.subtitle();
		this.author = metadata.author();
		this.publisher = metadata.publisher();
		if (metadata.published() != null) {
			this.published = metadata.published().date();
			this.publishedPrecision = metadata.published().precision();
		}
		else {
			this.published = null;
			this.publishedPrecision = null;
		}
		this.kind = metadata.kind();
		this.notes = metadata.notes();
		this.originalUrl = metadata.originalUrl();
		this.language = metadata.language();
		this.accessed = metadata.accessed();
	}

	/**
	 * The metadata this document was made from (to tell whether a manifest changed it).
	 */
	public DocumentMetadata metadata() {
		return new DocumentMetadata(this.slug, this.label, this.title, this.subtitle, this.author, this.publisher,
				getPublished(), this.kind, this.notes, this.originalUrl, this.language, this.accessed);
	}

	/**
	 * Makes {@code parsed} (the new text, parsed into a detached document) this
	 * document's next version. A passage whose text is unchanged keeps its row, so its
	 * id, the link decisions made on it and its {@code /passages/{id}} permalink carry
	 * over; it takes its new place in the order. The other passages go and the new ones
	 * come.
	 */
	public void replaceText(SourceDocument parsed) {
		Map<String, Deque<Passage>> byText = new HashMap<>();
		this.passages.forEach((p) -> byText.computeIfAbsent(p.getText(), (t) -> new ArrayDeque<>()).add(p));
		Map<Passage, Passage> placed = new IdentityHashMap<>();
		List<Passage> next = new ArrayList<>();
		for (Passage incoming : parsed.passages) {
			Passage heading = (incoming.getHeading() != null) ? placed.get(incoming.getHeading()) : null;
			Deque<Passage> same = byText.get(incoming.getText());
			Passage kept = (same != null) ? same.pollFirst() : null;
			Passage passage;
			if (kept != null) {
				kept.moveTo(next.size() + 1, incoming.getKind(), heading, incoming.getLineNumber(),
						incoming.getStartOffset(), incoming.getEndOffset());
				passage = kept;
			}
			else {
				passage = new Passage(this, next.size() + 1, incoming.getKind(), incoming.getText(), heading,
						incoming.getLineNumber(), incoming.getStartOffset(), incoming.getEndOffset());
			}
			placed.put(incoming, passage);
			next.add(passage);
		}
		// orphan removal deletes the passages the new text no longer has
		this.passages.clear();
		this.passages.addAll(next);
		this.fileName = parsed.fileName;
		this.sha256 = parsed.sha256;
		this.version++;
	}

	/**
	 * Appends the next passage. The heading, if any, must be an earlier heading of this
	 * document.
	 */
	public Passage addPassage(PassageKind kind, String text, Passage heading, int lineNumber, int startOffset,
			int endOffset) {
		if (heading != null && (heading.getDocument() != this || heading.getKind() != PassageKind.HEADING)) {
			throw new IllegalArgumentException("A passage sits only under a heading of its own document");
		}
		Passage passage = new Passage(this, this.passages.size() + 1, kind, text, heading, lineNumber, startOffset,
				endOffset);
		this.passages.add(passage);
		return passage;
	}

	public Long getId() {
		return this.id;
	}

	public String getSlug() {
		return this.slug;
	}

	public String getLabel() {
		return this.label;
	}

	public String getTitle() {
		return this.title;
	}

	public String getSubtitle() {
		return this.subtitle;
	}

	public String getAuthor() {
		return this.author;
	}

	public String getPublisher() {
		return this.publisher;
	}

	public PublicationDate getPublished() {
		return (this.published != null) ? new PublicationDate(this.published, this.publishedPrecision) : null;
	}

	public String getKind() {
		return this.kind;
	}

	public String getNotes() {
		return this.notes;
	}

	public String getFileName() {
		return this.fileName;
	}

	public String getSha256() {
		return this.sha256;
	}

	public Instant getImportedAt() {
		return this.importedAt;
	}

	/**
	 * Whether this document was loaded from the corpus bundled with the app (which the
	 * start-up loader keeps in step with the manifest) rather than imported by a user.
	 */
	public boolean isBundled() {
		return this.bundled;
	}

	/**
	 * Marks this document as imported by a user, so that the start-up loader leaves it
	 * alone.
	 */
	public void markImportedByUser() {
		this.bundled = false;
	}

	public String getOriginalUrl() {
		return this.originalUrl;
	}

	public String getLanguage() {
		return this.language;
	}

	public LocalDate getAccessed() {
		return this.accessed;
	}

	/**
	 * Whether an editor hid this document from readers (its passages are then neither
	 * listed, linked nor searched). Only an editor's explicit action shows it again; the
	 * start-up loader never does.
	 */
	public boolean isHidden() {
		return this.hidden;
	}

	public void hide() {
		this.hidden = true;
	}

	public void show() {
		this.hidden = false;
	}

	/** 1 for the text as first stored, one more for every replacement. */
	public int getVersion() {
		return this.version;
	}

	public List<Passage> getPassages() {
		return Collections.unmodifiableList(this.passages);
	}

}
