package org.treatylens.corpus;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.representer.Representer;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * Reads small YAML texts (the treaty's front matter, the manifest) as a tree of nodes
 * that keep their line numbers, so errors can name the line. Every scalar is text or
 * null: YAML's guessing of dates and numbers ({@code 2025-01-24} as a timestamp,
 * {@code 2025} as an integer) would lose the precision the source gives.
 */
final class YamlTree {

	private final String fileName;

	private final int firstLine;

	/**
	 * @param fileName the file, for error messages
	 * @param firstLine the file's line number of the YAML text's first line
	 */
	YamlTree(String fileName, int firstLine) {
		this.fileName = fileName;
		this.firstLine = firstLine;
	}

	Node parse(String yamlText) {
		LoaderOptions options = new LoaderOptions();
		Yaml yaml = new Yaml(new SafeConstructor(options), new Representer(new DumperOptions()), new DumperOptions(),
				options, new TextAndNullResolver());
		try {
			return yaml.compose(new StringReader(yamlText));
		}
		catch (MarkedYAMLException ex) {
			int line = (ex.getProblemMark() != null) ? this.firstLine + ex.getProblemMark().getLine() : 0;
			throw error(line, "malformed YAML: " + ex.getProblem());
		}
		catch (YAMLException ex) {
			throw error(0, "malformed YAML: " + ex.getMessage());
		}
	}

	int line(Node node) {
		return this.firstLine + node.getStartMark().getLine();
	}

	CorpusFormatException error(int line, String problem) {
		return new CorpusFormatException(this.fileName, line, problem);
	}

	/**
	 * The entries of a mapping by key, in order; a repeated key is an error.
	 */
	Map<String, NodeTuple> mapping(Node node, String what) {
		if (!(node instanceof MappingNode mapping)) {
			throw error((node != null) ? line(node) : this.firstLine, what + " must be a set of 'key: value' lines");
		}
		Map<String, NodeTuple> entries = new LinkedHashMap<>();
		for (NodeTuple tuple : mapping.getValue()) {
			String key = text(tuple.getKeyNode(), "a key");
			if (key == null) {
				throw error(line(tuple.getKeyNode()), "empty key in " + what);
			}
			if (entries.putIfAbsent(key, tuple) != null) {
				throw error(line(tuple.getKeyNode()), "'" + key + "' is given twice in " + what);
			}
		}
		return entries;
	}

	List<Node> sequence(Node node, String what) {
		if (!(node instanceof SequenceNode sequence)) {
			throw error(line(node), what + " must be a list, such as [A, B]");
		}
		return new ArrayList<>(sequence.getValue());
	}

	/**
	 * A scalar's text, stripped; null for YAML null or an empty value.
	 */
	String text(Node node, String what) {
		if (!(node instanceof ScalarNode scalar)) {
			throw error(line(node), what + " must be a single value, not a list or a map");
		}
		if (Tag.NULL.equals(scalar.getTag())) {
			return null;
		}
		String value = scalar.getValue().strip();
		return value.isEmpty() ? null : value;
	}

	/**
	 * Resolves only nulls; everything else stays a string.
	 */
	private static final class TextAndNullResolver extends Resolver {

		@Override
		protected void addImplicitResolvers() {
			addImplicitResolver(Tag.NULL, NULL, "~nN\0");
			addImplicitResolver(Tag.NULL, EMPTY, null);
		}

	}

}
