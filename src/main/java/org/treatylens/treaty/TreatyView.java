package org.treatylens.treaty;

import java.time.LocalDate;
import java.util.List;

import org.treatylens.commentary.PublicationDate;

/**
 * The treaty's header and its articles, read in one go for a page.
 */
public record TreatyView(String id, String title, String shortTitle, List<String> parties, LocalDate signedOn,
		String place, int articlesTotal, String textSource, List<ArticleView> articles) {

	/**
	 * The signing date for people ({@code 17 January 2025}), formatted like every other
	 * date in the app, or null.
	 */
	public String signedDisplay() {
		return (this.signedOn != null) ? new PublicationDate(this.signedOn, PublicationDate.Precision.DAY).display()
				: null;
	}

	public long presentCount() {
		return this.articles.stream().filter(ArticleView::present).count();
	}

	public ArticleView article(int number) {
		return this.articles.get(number - 1);
	}

	public boolean hasArticle(int number) {
		return number >= 1 && number <= this.articles.size();
	}

}
