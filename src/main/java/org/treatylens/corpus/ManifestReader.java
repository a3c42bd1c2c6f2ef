package org.treatylens.corpus;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;

import org.treatylens.commentary.DocumentMetadata;
import org.treatylens.commentary.PublicationDate;

/**
 * Reads {@code commentary/manifest.yaml}: a {@code documents} list whose entries give
 * {@code file} and {@code slug} (required) and {@code label}, {@code title},
 * {@code subtitle}, {@code author}, {@code publisher}, {@code published} (YYYY, YYYY-MM
 * or YYYY-MM-DD), {@code kind}, {@code notes}. What an entry leaves null or out stays
 * null: nothing is guessed.
 */
class ManifestReader {

	private static final Set<String> KEYS = Set.of("file", "slug", "label", "title", "subtitle", "author", "publisher",
			"published", "kind", "notes");

	record Entry(String file, DocumentMetadata metadata) {
	}

	/**
	 * @param fileExists whether the commentary folder holds a file of that name
	 */
	List<Entry> read(CorpusFile manifest, Predicate<String> fileExists) {
		YamlTree yaml = new YamlTree(manifest.name(), 1);
		Node root = yaml.parse(manifest.text());
		if (root == null) {
			throw yaml.error(0, "the manifest is empty; it lists the documents under 'documents:'");
		}
		NodeTuple documents = yaml.mapping(root, "the manifest").get("documents");
		if (documents == null) {
			throw yaml.error(1, "the manifest lists the documents under 'documents:'");
		}
		List<Entry> entries = new ArrayList<>();
		Map<String, Integer> slugLines = new HashMap<>();
		Map<String, Integer> fileLines = new HashMap<>();
		for (Node item : yaml.sequence(documents.getValueNode(), "documents")) {
			int line = yaml.line(item);
			Map<String, String> values = values(yaml, item);
			String file = values.get("file");
			String slug = values.get("slug");
			if (file == null || slug == null) {
				throw yaml.error(line, "each document needs a 'file' and a 'slug'");
			}
			if (!fileExists.test(file)) {
				throw yaml.error(line, "document '" + slug + "': there is no file '" + file + "' beside the manifest");
			}
			Integer earlier = slugLines.putIfAbsent(slug, line);
			if (earlier != null) {
				throw yaml.error(line, "the slug '" + slug + "' is used twice (first at line " + earlier + ")");
			}
			earlier = fileLines.putIfAbsent(file, line);
			if (earlier != null) {
				throw yaml.error(line, "the file '" + file + "' is listed twice (first at line " + earlier + ")");
			}
			entries.add(new Entry(file, metadata(yaml, line, values)));
		}
		return entries;
	}

	private static Map<String, String> values(YamlTree yaml, Node item) {
		Map<String, String> values = new HashMap<>();
		for (Map.Entry<String, NodeTuple> field : yaml.mapping(item, "a document entry").entrySet()) {
			if (!KEYS.contains(field.getKey())) {
				throw yaml.error(yaml.line(field.getValue().getKeyNode()),
						"unknown key '" + field.getKey() + "'; a document entry may give " + String.join(", ", KEYS));
			}
			values.put(field.getKey(), yaml.text(field.getValue().getValueNode(), "'" + field.getKey() + "'"));
		}
		return values;
	}

	private static DocumentMetadata metadata(YamlTree yaml, int line, Map<String, String> values) {
		try {
			String published = values.get("published");
			return new DocumentMetadata(values.get("slug"), values.get("label"), values.get("title"),
					values.get("subtitle"), values.get("author"), values.get("publisher"),
					(published != null) ? PublicationDate.parse(published) : null, values.get("kind"),
					values.get("notes"));
		}
		catch (RuntimeException ex) {
			throw yaml.error(line, "document '" + values.get("slug") + "': " + ex.getMessage());
		}
	}

}
