package org.treatylens.treaty;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A treaty: its header and all of its articles, whether or not their text is known.
 */
@Entity
public class Treaty {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String slug;

	private String title;

	private String shortTitle;

	@Convert(converter = StringListConverter.class)
	private List<String> parties;

	private LocalDate signedOn;

	private String place;

	private String language;

	private int articlesTotal;

	private String textSource;

	private String fileName;

	// char(64) in the schema: without the type code Hibernate expects varchar and
	// validation fails
	@Column(columnDefinition = "char(64)")
	@JdbcTypeCode(SqlTypes.CHAR)
	private String sha256;

	private Instant importedAt;

	private boolean bundled = true;

	@OneToMany(mappedBy = "treaty", cascade = CascadeType.ALL, orphanRemoval = true)
	@OrderBy("number")
	private List<Article> articles = new ArrayList<>();

	protected Treaty() {
	}

	public Treaty(TreatyHeader header, String fileName, String sha256) {
		this.slug = header.slug();
		this.title = header.title();
		this.shortTitle = header.shortTitle();
		this.parties = List.copyOf(header.parties());
		this.signedOn = header.signedOn();
		this.place = header.place();
		this.language = header.language();
		this.articlesTotal = header.articlesTotal();
		this.textSource = header.textSource();
		this.fileName = fileName;
		this.sha256 = sha256;
		this.importedAt = Instant.now();
	}

	/**
	 * Adds the next article; articles must come in order, 1 to
	 * {@link #getArticlesTotal()}.
	 */
	public Article addArticle(int number, String note) {
		if (number != this.articles.size() + 1 || number > this.articlesTotal) {
			throw new IllegalArgumentException("Article " + number + " is out of order or beyond the treaty's "
					+ this.articlesTotal + " articles");
		}
		Article article = new Article(this, number, note);
		this.articles.add(article);
		return article;
	}

	public Optional<Article> article(int number) {
		if (number < 1 || number > this.articles.size()) {
			return Optional.empty();
		}
		return Optional.of(this.articles.get(number - 1));
	}

	public Long getId() {
		return this.id;
	}

	public String getSlug() {
		return this.slug;
	}

	public String getTitle() {
		return this.title;
	}

	public String getShortTitle() {
		return this.shortTitle;
	}

	public List<String> getParties() {
		return this.parties;
	}

	public LocalDate getSignedOn() {
		return this.signedOn;
	}

	public String getPlace() {
		return this.place;
	}

	public String getLanguage() {
		return this.language;
	}

	public int getArticlesTotal() {
		return this.articlesTotal;
	}

	public String getTextSource() {
		return this.textSource;
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
	 * Whether this treaty was loaded from the corpus bundled with the app (which the
	 * start-up loader keeps in step with the bundle) rather than imported by a user.
	 */
	public boolean isBundled() {
		return this.bundled;
	}

	/**
	 * Marks this treaty as imported by a user, so that the start-up loader leaves it
	 * alone.
	 */
	public void markImportedByUser() {
		this.bundled = false;
	}

	/**
	 * How many articles have their text (the others are known only by number).
	 */
	public long presentArticleCount() {
		return this.articles.stream().filter(Article::isPresent).count();
	}

	public List<Article> getArticles() {
		return Collections.unmodifiableList(this.articles);
	}

}
