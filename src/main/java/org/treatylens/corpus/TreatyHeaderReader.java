package org.treatylens.corpus;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;

import org.treatylens.treaty.TreatyHeader;

/**
 * Reads a treaty's front matter: {@code id}, {@code title} and {@code articles_total} are
 * required; {@code short_title}, {@code parties} (a list), {@code signed} (YYYY-MM-DD),
 * {@code place}, {@code language}, {@code text_source} and {@code incomplete} (article
 * number: note) are optional. Other keys are ignored.
 */
class TreatyHeaderReader {

	private final YamlTree yaml;

	private final String fileName;

	/**
	 * @param firstLine the file's line number of the header's first line
	 */
	TreatyHeaderReader(String fileName, int firstLine) {
		this.fileName = fileName;
		this.yaml = new YamlTree(fileName, firstLine);
	}

	record Header(TreatyHeader header, Map<Integer, String> notes) {
	}

	/**
	 * @param openingLine the line of the opening {@code ---}, named when a required field
	 * is missing
	 */
	Header read(String text, int openingLine) {
		if (text.isBlank()) {
			throw new CorpusFormatException(this.fileName, openingLine, "the front-matter header is empty");
		}
		Map<String, NodeTuple> fields = this.yaml.mapping(this.yaml.parse(text), "the front-matter header");
		String id = required(fields, "id", openingLine);
		String title = required(fields, "title", openingLine);
		NodeTuple totalField = fields.get("articles_total");
		int total = articlesTotal(required(fields, "articles_total", openingLine), totalField.getValueNode());
		List<String> parties = parties(fields.get("parties"));
		LocalDate signed = signed(fields.get("signed"));
		TreatyHeader header = new TreatyHeader(id, title, optional(fields, "short_title"), parties, signed,
				optional(fields, "place"), optional(fields, "language"), total, optional(fields, "text_source"));
		return new Header(header, notes(fields.get("incomplete"), total));
	}

	private String required(Map<String, NodeTuple> fields, String key, int openingLine) {
		String value = optional(fields, key);
		if (value == null) {
			throw new CorpusFormatException(this.fileName, openingLine,
					"the front-matter header has no '" + key + "' (required: id, title, articles_total)");
		}
		return value;
	}

	private String optional(Map<String, NodeTuple> fields, String key) {
		NodeTuple field = fields.get(key);
		return (field != null) ? this.yaml.text(field.getValueNode(), "'" + key + "'") : null;
	}

	private int articlesTotal(String value, Node node) {
		try {
			int total = Integer.parseInt(value);
			if (total > 0 && total <= 100_000) {
				return total;
			}
		}
		catch (NumberFormatException ex) {
			// reported below
		}
		throw this.yaml.error(this.yaml.line(node),
				"articles_total must be a positive whole number, not '" + value + "'");
	}

	private List<String> parties(NodeTuple field) {
		if (field == null || isNull(field.getValueNode())) {
			return List.of();
		}
		List<String> parties = new ArrayList<>();
		for (Node party : this.yaml.sequence(field.getValueNode(), "parties")) {
			String name = this.yaml.text(party, "a party");
			if (name != null) {
				parties.add(name);
			}
		}
		return parties;
	}

	private LocalDate signed(NodeTuple field) {
		String value = (field != null) ? this.yaml.text(field.getValueNode(), "signed") : null;
		if (value == null) {
			return null;
		}
		try {
			return LocalDate.parse(value);
		}
		catch (DateTimeParseException ex) {
			throw this.yaml.error(this.yaml.line(field.getValueNode()),
					"signed must be a date YYYY-MM-DD, not '" + value + "'");
		}
	}

	private boolean isNull(Node node) {
		return node instanceof ScalarNode && this.yaml.text(node, "a value") == null;
	}

	private Map<Integer, String> notes(NodeTuple field, int total) {
		Map<Integer, String> notes = new TreeMap<>();
		if (field == null || isNull(field.getValueNode())) {
			return notes;
		}
		for (NodeTuple note : this.yaml.mapping(field.getValueNode(), "incomplete").values()) {
			String key = this.yaml.text(note.getKeyNode(), "an article number");
			int line = this.yaml.line(note.getKeyNode());
			int number;
			try {
				number = Integer.parseInt(key);
			}
			catch (NumberFormatException ex) {
				throw this.yaml.error(line, "incomplete: '" + key + "' is not an article number");
			}
			if (number < 1 || number > total) {
				throw this.yaml.error(line,
						"incomplete: Article " + number + " is out of range: the treaty has articles 1 to " + total);
			}
			notes.put(number, this.yaml.text(note.getValueNode(), "the note on Article " + number));
		}
		return notes;
	}

}
