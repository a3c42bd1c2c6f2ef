package org.treatylens.commentary;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;

/**
 * One paragraph of a commentary document, its text exactly as in the source.
 */
@Entity
public class Passage {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "document_id")
	private SourceDocument document;

	private int ordinal;

	@Enumerated(EnumType.STRING)
	private PassageKind kind;

	private String text;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "heading_id")
	private Passage heading;

	private int lineNumber;

	private int startOffset;

	private int endOffset;

	protected Passage() {
	}

	Passage(SourceDocument document, int ordinal, PassageKind kind, String text, Passage heading, int lineNumber,
			int startOffset, int endOffset) {
		if (text == null || text.isBlank()) {
			throw new IllegalArgumentException("A passage has text");
		}
		if (startOffset < 0 || endOffset < startOffset) {
			throw new IllegalArgumentException("Bad span " + startOffset + ".." + endOffset);
		}
		this.document = document;
		this.ordinal = ordinal;
		this.kind = kind;
		this.text = text;
		this.heading = heading;
		this.lineNumber = lineNumber;
		this.startOffset = startOffset;
		this.endOffset = endOffset;
	}

	/**
	 * Moves an unchanged passage to its place in a new version of its document's text.
	 */
	void moveTo(int ordinal, PassageKind kind, Passage heading, int lineNumber, int startOffset, int endOffset) {
		this.ordinal = ordinal;
		this.kind = kind;
		this.heading = heading;
		this.lineNumber = lineNumber;
		this.startOffset = startOffset;
		this.endOffset = endOffset;
	}

	public Long getId() {
		return this.id;
	}

	public SourceDocument getDocument() {
		return this.document;
	}

	public int getOrdinal() {
		return this.ordinal;
	}

	public PassageKind getKind() {
		return this.kind;
	}

	public String getText() {
		return this.text;
	}

	public Passage getHeading() {
		return this.heading;
	}

	public int getLineNumber() {
		return this.lineNumber;
	}

	public int getStartOffset() {
		return this.startOffset;
	}

	public int getEndOffset() {
		return this.endOffset;
	}

	/**
	 * The anchor of this passage in its document's reader: {@code p-12}.
	 */
	public String getAnchor() {
		return "p-" + this.ordinal;
	}

}
