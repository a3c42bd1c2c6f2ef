package org.treatylens.compare;

import java.util.List;

/**
 * An article as the reading pages show it: its paragraphs (none when its text is not in
 * the corpus), with the treaty it belongs to and its neighbours.
 */
record ArticleText(String treatyTitle, String treatyShortTitle, String signed, int number, int total, boolean present,
		String note, List<Paragraph> paragraphs) {

	record Paragraph(int number, String eid, String text, String permalink, String citation) {

		public String anchor() {
			return "para-" + this.number;
		}

	}

	public Integer previous() {
		return (this.number > 1) ? this.number - 1 : null;
	}

	public Integer next() {
		return (this.number < this.total) ? this.number + 1 : null;
	}

	public String text() {
		StringBuilder all = new StringBuilder();
		this.paragraphs.forEach((p) -> all.append(p.text()).append('\n'));
		return all.toString();
	}

}
