package org.treatylens.embedding;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.jdbc.test.autoconfigure.JdbcTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Vectors are stored on PostgreSQL and read back instead of being computed again, unless
 * the passage's text changed.
 */
@JdbcTest
@Import({ EmbeddingConfiguration.class, EmbeddingStore.class, PassageEmbeddings.class })
class PassageEmbeddingsTests {

	@Autowired
	private PassageEmbeddings embeddings;

	@Autowired
	private JdbcTemplate jdbc;

	private long first;

	private long second;

	@BeforeEach
	void twoPassages() {
		long document = this.jdbc.queryForObject("insert into source_document (slug, label, file_name, sha256) "
				+ "values ('probe', 'Probe', 'probe.txt', repeat('0', 64)) returning id", Long.class);
		this.first = passage(document, 1, "Both navies will hold drills. The first is planned for spring.");
		this.second = passage(document, 2, "Neither state will aid an aggressor.");
	}

	@Test
	void storesSentenceVectorsAndAPassageVector() {
		Map<Long, EmbeddedPassage> vectors = this.embeddings.vectorsOf(texts());
		EmbeddedPassage passage = vectors.get(this.first);
		assertThat(passage.sentences()).extracting(EmbeddedSentence::span)
			.containsExactly(new SentenceSpan(0, 29), new SentenceSpan(30, 62));
		assertThat(passage.vector()).hasSize(384);
		assertThat(this.jdbc.queryForObject("select count(*) from sentence_embedding", Integer.class)).isEqualTo(3);
		List<Long> streamed = new java.util.ArrayList<>();
		this.embeddings.forEachPassageVector((id, vector) -> streamed.add(id));
		assertThat(streamed).containsExactly(this.first, this.second);
	}

	@Test
	void storedVectorsAreReadBackNotComputedAgain() {
		Map<Long, EmbeddedPassage> computed = this.embeddings.vectorsOf(texts());
		// a marker vector: if the store were bypassed the model would give back the real
		// one
		this.jdbc.update("update sentence_embedding set vector = ? where passage_id = ?",
				EmbeddingStore.bytes(new float[384]), this.second);
		Map<Long, EmbeddedPassage> read = this.embeddings.vectorsOf(texts());
		assertThat(read.get(this.first).sentences().get(1).vector())
			.containsExactly(computed.get(this.first).sentences().get(1).vector());
		assertThat(read.get(this.second).sentences().get(0).vector()).containsOnly(0f);
	}

	@Test
	void aChangedTextIsEmbeddedAgain() {
		this.embeddings.vectorsOf(texts());
		Map<Long, String> changed = texts();
		changed.put(this.second, "Neither state will aid an aggressor. That is all.");
		assertThat(this.embeddings.vectorsOf(changed).get(this.second).sentences()).hasSize(2);
		assertThat(this.jdbc.queryForObject("select count(*) from sentence_embedding where passage_id = ?",
				Integer.class, this.second))
			.isEqualTo(2);
	}

	@Test
	void deletingThePassageDeletesItsVectors() {
		this.embeddings.vectorsOf(texts());
		this.jdbc.update("delete from passage where id = ?", this.first);
		assertThat(this.jdbc.queryForObject("select count(*) from sentence_embedding", Integer.class)).isEqualTo(1);
	}

	private Map<Long, String> texts() {
		Map<Long, String> texts = new LinkedHashMap<>();
		for (long id : List.of(this.first, this.second)) {
			texts.put(id, this.jdbc.queryForObject("select text from passage where id = ?", String.class, id));
		}
		return texts;
	}

	private long passage(long document, int ordinal, String text) {
		return this.jdbc.queryForObject(
				"insert into passage (document_id, ordinal, kind, text, line_number, "
						+ "start_offset, end_offset) values (?, ?, 'PARAGRAPH', ?, 1, 0, ?) returning id",
				Long.class, document, ordinal, text, text.length());
	}

}
