package org.treatylens.compare;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.web.util.UriComponentsBuilder;

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

	@Test
	void aChoiceOfManySourcesIsWrittenAsTheFewLeftOut() {
		List<String> many = java.util.stream.IntStream.rangeClosed(1, 2500).mapToObj((i) -> "s" + i).toList();
		UriComponentsBuilder uri = UriComponentsBuilder.fromPath("/articles/3");
		SourceSelection.parse(null, many).addToggledTo(uri, "s7");
		assertThat(uri.build().toUriString()).isEqualTo("/articles/3?without=s7");
		SourceSelection without = SourceSelection.parse(null, new String[] { "s7,s9" }, many);
		assertThat(without.chosen()).hasSize(2498).doesNotContain("s7", "s9");
		assertThat(without.explicit()).isTrue();
		// a few chosen stay a list, whatever the corpus
		UriComponentsBuilder few = UriComponentsBuilder.fromPath("/articles/3");
		SourceSelection.parse(new String[] { "s3" }, many).addToggledTo(few, "s1");
		assertThat(few.build().toUriString()).isEqualTo("/articles/3?sources=s1,s3");
		// and so do all of a few sources, as before
		UriComponentsBuilder small = UriComponentsBuilder.fromPath("/articles/3");
		SourceSelection.parse(null, ALL).addToggledTo(small, "b");
		assertThat(small.build().toUriString()).isEqualTo("/articles/3?sources=a,c");
	}

	@Test
	void switchingTheLastSourceBackOnLeadsToThePagesOwnAddress() {
		UriComponentsBuilder uri = UriComponentsBuilder.fromPath("/articles/3");
		SourceSelection.parse(new String[] { "a,c" }, ALL).addToggledTo(uri, "b");
		assertThat(uri.build().toUriString()).isEqualTo("/articles/3");
	}

}
