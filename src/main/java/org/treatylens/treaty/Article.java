package org.treatylens.treaty;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;

/**
 * One article of a treaty. An article is present when at least one of its paragraphs is
 * known.
 */
@Entity
public class Article {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "treaty_id")
	private Treaty treaty;

	private int number;

	private boolean present;

	private String note;

	@OneToMany(mappedBy = "article", cascade = CascadeType.ALL, orphanRemoval = true)
	@OrderBy("number")
	private List<ArticleParagraph> paragraphs = new ArrayList<>();

	protected Article() {
	}

	Article(Treaty treaty, int number, String note) {
		this.treaty = treaty;
		this.number = number;
		this.note = note;
	}

	/**
	 * Adds a paragraph; paragraph numbers must not repeat. An article whose text is one
	 * unnumbered block has a single paragraph numbered 1.
	 */
	public ArticleParagraph addParagraph(int paragraphNumber, String text) {
		for (ArticleParagraph existing : this.paragraphs) {
			if (existing.getNumber() == paragraphNumber) {
				throw new IllegalArgumentException(
						"Article " + this.number + " already has a paragraph " + paragraphNumber);
			}
		}
		ArticleParagraph paragraph = new ArticleParagraph(this, paragraphNumber, text);
		this.paragraphs.add(paragraph);
		this.present = true;
		return paragraph;
	}

	public Optional<ArticleParagraph> paragraph(int paragraphNumber) {
		return this.paragraphs.stream().filter((p) -> p.getNumber() == paragraphNumber).findFirst();
	}

	public Long getId() {
		return this.id;
	}

	public Treaty getTreaty() {
		return this.treaty;
	}

	public int getNumber() {
		return this.number;
	}

	public boolean isPresent() {
		return this.present;
	}

	public String getNote() {
		return this.note;
	}

	public String getEid() {
		return "art_" + this.number;
	}

	public List<ArticleParagraph> getParagraphs() {
		return Collections.unmodifiableList(this.paragraphs);
	}

}
