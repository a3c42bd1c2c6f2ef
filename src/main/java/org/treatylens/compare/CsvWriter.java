package org.treatylens.compare;

/**
 * RFC 4180 CSV: fields with a comma, a quote or a line break are quoted, quotes doubled;
 * rows end in CRLF; a null field is empty. A field that a spreadsheet would take for a
 * formula (it starts with {@code = + - @}, a tab or a carriage return: commentary text is
 * anyone's) gets a leading {@code '}, so opening the export never runs it.
 */
final class CsvWriter {

	private final StringBuilder out = new StringBuilder();

	CsvWriter row(String... fields) {
		for (int i = 0; i < fields.length; i++) {
			if (i > 0) {
				this.out.append(',');
			}
			this.out.append(field(fields[i]));
		}
		this.out.append("\r\n");
		return this;
	}

	private static final String FORMULA_STARTS = "=+-@\t\r";

	static String field(String text) {
		if (text == null) {
			return "";
		}
		String value = (!text.isEmpty() && FORMULA_STARTS.indexOf(text.charAt(0)) >= 0) ? "'" + text : text;
		if (value.indexOf(',') < 0 && value.indexOf('"') < 0 && value.indexOf('\n') < 0 && value.indexOf('\r') < 0
				&& value.equals(value.strip())) {
			return value;
		}
		return '"' + value.replace("\"", "\"\"") + '"';
	}

	@Override
	public String toString() {
		return this.out.toString();
	}

}
