package org.treatylens.commentary;

import java.util.List;

/**
 * A document with its metadata and every passage in order.
 */
record DocumentView(String slug, String label, String title, String subtitle, String author, String publisher,
		String published, String publishedDisplay, String kind, String notes, String fileName,
		List<PassageView> passages) {

}
