package org.treatylens.search;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.treatylens.search.ParsedQuery.Filter;
import org.treatylens.search.ParsedQuery.FilterField;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The query language: what is understood, what is searched instead, what is refused.
 */
class SearchQueryParserTests {

	private final SearchQueryParser parser = new SearchQueryParser();

	@Test
	void shouldReadWordsPhrasesPrefixesExclusionsAndAlternatives() {
		ParsedQuery parsed = this.parser.parse("sanctions \"territorial integrity\" nucl* -Ukraine Moscow OR Tehran");
		assertThat(parsed.notices()).isEmpty();
		assertThat(parsed.searchedAs())
			.isEqualTo("sanctions \"territorial integrity\" nucl* -Ukraine Moscow OR Tehran");
	}

	@Test
	void shouldReadFiltersAndIgnoreTheirCase() {
		ParsedQuery parsed = this.parser.parse("Source:Stern article:03 kind:Treaty -kind:commentary");
		assertThat(parsed.filters()).containsExactly(new Filter(FilterField.SOURCE, "stern", false),
				new Filter(FilterField.ARTICLE, "3", false), new Filter(FilterField.KIND, "treaty", false),
				new Filter(FilterField.KIND, "commentary", true));
		assertThat(parsed.hasText()).isFalse();
	}

	@Test
	void shouldDropBadFilterValuesWithANotice() {
		ParsedQuery parsed = this.parser.parse("article:three kind:blog sanctions");
		assertThat(parsed.filters()).isEmpty();
		assertThat(parsed.notices()).hasSize(2);
		assertThat(parsed.searchedAs()).isEqualTo("sanctions");
	}

	@Test
	void shouldTreatUnknownFieldsAsWords() {
		assertThat(this.parser.parse("note:sanctions").searchedAs()).isEqualTo("note:sanctions");
	}

	@Test
	void shouldRefuseShortPrefixesAndInnerWildcards() {
		ParsedQuery parsed = this.parser.parse("nu* te?t");
		assertThat(parsed.searchedAs()).isEqualTo("nu te t");
		assertThat(parsed.notices()).hasSize(2).anyMatch((n) -> n.contains("at least 3"));
	}

	@Test
	void shouldExplainAStrayOrAndBrackets() {
		ParsedQuery parsed = this.parser.parse("OR (sanctions OR");
		assertThat(parsed.searchedAs()).isEqualTo("sanctions");
		assertThat(parsed.notices()).hasSize(3);
	}

	@Test
	void shouldAcceptTypographicQuotes() {
		assertThat(this.parser.parse("“nuclear energy”").searchedAs()).isEqualTo("\"nuclear energy\"");
	}

	@Test
	void shouldRejectTooManyClauses() {
		String query = String.join(" ", java.util.Collections.nCopies(SearchQueryParser.MAX_CLAUSES + 1, "word"));
		ParsedQuery parsed = this.parser.parse(query);
		assertThat(parsed.isRejected()).isTrue();
		assertThat(parsed.rejection()).contains("limit is " + SearchQueryParser.MAX_CLAUSES);
	}

	@Test
	void shouldAcceptAQueryAtTheLengthLimit() {
		String query = "a".repeat(SearchQueryParser.MAX_LENGTH);
		assertThat(this.parser.parse(query).isRejected()).isFalse();
		assertThat(this.parser.parse(query + "a").isRejected()).isTrue();
	}

	@Test
	void shouldKeepWhereEachWordWasTyped() {
		ParsedQuery parsed = this.parser.parse("Putin  Peseschkian");
		assertThat(parsed.positiveTerms()).extracting(ParsedQuery.QueryTerm::start).isEqualTo(List.of(0, 7));
	}

}
