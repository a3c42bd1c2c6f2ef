package org.treatylens.treaty;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;

/**
 * A numbered paragraph of an article, with a stable id in the Akoma Ntoso style
 * ({@code art_3__para_2}).
 */
@Entity
public class ArticleParagraph {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "article_id")
	private Article article;

	private int number;

	private String eid;

	private String text;

	protected ArticleParagraph() {
	}

	ArticleParagraph(Article article, int number, String text) {
		if (number < 1) {
			throw new IllegalArgumentException("Paragraph numbers start at 1");
		}
		if (text == null || text.isBlank()) {
			throw new IllegalArgumentException(
					"Paragraph " + number + " of Article " + article.getNumber() + " has no text");
		}
		this.article = article;
		this.number = number;
		this.eid = eid(article.getNumber(), number);
		this.text = text.strip();
	}

	public static String eid(int article, int paragraph) {
		return "art_" + article + "__para_" + paragraph;
	}

	public Long getId() {
		return this.id;
	}

	public Article getArticle() {
		return this.article;
	}

	public int getNumber() {
		return this.number;
	}

	public String getEid() {
		return this.eid;
	}

	public String getText() {
		return this.text;
	}

}
