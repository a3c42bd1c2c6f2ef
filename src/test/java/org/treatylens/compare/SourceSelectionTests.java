package org.treatylens.compare;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SourceSelectionTests {

	private static final List<String> ALL = List.of("a", "b", "c");

	@Test
	void noParameterShowsEverySourceAndAnEmptyOneShowsNone() {
		assertThat(SourceSelection.parse(null, ALL).chosen()).containsExactly("a", "b", "c");
		assertThat(SourceSelection.parse(new String[] { "" }, ALL).chosen()).isEmpty();
	}

	@Test
	void readsCommasAndRepeatedParametersAndIgnoresUnknownSlugs() {
		assertThat(SourceSelection.parse(new String[] { "c,a", "x" }, ALL).value()).isEqualTo("a,c");
		assertThat(SourceSelection.parse(new String[] { "b", "c" }, ALL).value()).isEqualTo("b,c");
		assertThat(SourceSelection.parse(new String[] { "c,a", "x", "" }, ALL).unknown()).containsExactly("x");
		assertThat(SourceSelection.parse(null, ALL).unknown()).isEmpty();
	}

	@Test
	void togglingKeepsTheSourcesOrder() {
		SourceSelection selection = SourceSelection.parse(new String[] { "c" }, ALL);
		assertThat(selection.toggled("a")).isEqualTo("a,c");
		assertThat(selection.toggled("c")).isEmpty();
		assertThat(SourceSelection.parse(null, ALL).toggled("b")).isEqualTo("a,c");
	}

}
