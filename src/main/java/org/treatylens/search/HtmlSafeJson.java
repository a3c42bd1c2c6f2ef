package org.treatylens.search;

import tools.jackson.core.SerializableString;
import tools.jackson.core.io.CharacterEscapes;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes JSON in which {@code <}, {@code >}, {@code &} and {@code '} appear only as
 * {@code \u003c}-style escapes. The values are unchanged for any JSON reader, but the
 * response never contains markup such as a {@code <script>} typed into a query, even when
 * something treats it as HTML. It is the search API's own, not the application's JSON
 * configuration: {@code /api/search} is the JSON response that echoes free text from a
 * plain GET link anyone can craft ({@code query}, {@code searchedAs}, notices); the other
 * APIs answer validated numbers and slugs, or uploads. A JSON reader still gets
 * {@code <mark>} in {@code snippet}.
 */
final class HtmlSafeJson {

	private final ObjectWriter writer;

	HtmlSafeJson(JsonMapper mapper) {
		this.writer = mapper.writer().with(new Escapes());
	}

	String write(Object value) {
		return this.writer.writeValueAsString(value);
	}

	private static final class Escapes extends CharacterEscapes {

		private final int[] codes = standardAsciiEscapesForJSON();

		Escapes() {
			for (char c : new char[] { '<', '>', '&', '\'' }) {
				this.codes[c] = ESCAPE_STANDARD;
			}
		}

		@Override
		public int[] getEscapeCodesForAscii() {
			return this.codes;
		}

		@Override
		public SerializableString getEscapeSequence(int ch) {
			return null;
		}

	}

}
