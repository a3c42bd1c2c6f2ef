package org.treatylens.corpus;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import org.treatylens.commentary.DocumentMetadata;
import org.treatylens.commentary.PublicationDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ManifestReaderTests {

	private final ManifestReader reader = new ManifestReader();

	@Test
	void shouldKeepTheBundledManifestsNullsNull() {
		List<ManifestReader.Entry> entries = this.reader.read(CorpusFiles.bundled("commentary/manifest.yaml"),
				(file) -> true);
		assertThat(entries).extracting((e) -> e.metadata().slug())
			.containsExactly("russia-iran-relations", "crescent-jonkers", "partnership-briefing-2025-01-24",
					"not-a-military-alliance", "stern-dpa-two-decades");
		DocumentMetadata relations = entries.get(0).metadata();
		assertThat(relations.author()).isNull();
		assertThat(relations.publisher()).isNull();
		assertThat(relations.published()).isNull();
		assertThat(relations.subtitle()).isEqualTo("Framework of international relations");
		DocumentMetadata crescent = entries.get(1).metadata();
		assertThat(crescent.title()).isNull();
		assertThat(crescent.author()).isEqualTo("Brecht Jonkers");
		assertThat(crescent.published().precision()).isEqualTo(PublicationDate.Precision.MONTH);
		assertThat(crescent.published().iso()).isEqualTo("2025-02");
		assertThat(entries.get(2).metadata().published().iso()).isEqualTo("2025-01-24");
		assertThat(entries.get(3).metadata().label()).isEqualTo("\"Not a military alliance\" report");
		assertThat(entries.get(4).file()).isEqualTo("stern-dpa-two-decades.txt");
	}

	@Test
	void shouldReadAYearAsAYear() {
		DocumentMetadata metadata = read("documents:\n  - file: a.txt\n    slug: a\n    published: 2024\n").get(0)
			.metadata();
		assertThat(metadata.published().iso()).isEqualTo("2024");
		assertThat(metadata.label()).isEqualTo("a");
	}

	@Test
	void shouldRefuseAnUnknownFile() {
		assertThatThrownBy(() -> read("documents:\n  - file: missing.txt\n    slug: m\n"))
			.isInstanceOf(CorpusFormatException.class)
			.hasMessageContaining("line 2")
			.hasMessageContaining("no file 'missing.txt'");
	}

	@Test
	void shouldRefuseADuplicateSlug() {
		assertThatThrownBy(() -> read("documents:\n  - file: a.txt\n    slug: a\n  - file: b.txt\n    slug: a\n"))
			.isInstanceOf(CorpusFormatException.class)
			.hasMessageContaining("line 4")
			.hasMessageContaining("the slug 'a' is used twice (first at line 2)");
	}

	@Test
	void shouldRefuseAnUnknownKeyAndABadDate() {
		assertThatThrownBy(() -> read("documents:\n  - file: a.txt\n    slug: a\n    auther: X\n"))
			.hasMessageContaining("line 4")
			.hasMessageContaining("unknown key 'auther'");
		assertThatThrownBy(() -> read("documents:\n  - file: a.txt\n    slug: a\n    published: Feb 2025\n"))
			.hasMessageContaining("not a date of the form YYYY, YYYY-MM or YYYY-MM-DD");
	}

	private List<ManifestReader.Entry> read(String yaml) {
		return this.reader.read(CorpusFile.of("manifest.yaml", yaml), Set.of("a.txt", "b.txt")::contains);
	}

}
