package org.treatylens.embedding;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.stereotype.Repository;

/**
 * The stored vectors (JDBC): a passage row with its whole-passage vector and one row per
 * sentence, each vector a little-endian float32 bytea.
 */
@Repository
class EmbeddingStore {

	/** Rows fetched at a time when streaming every passage vector. */
	private static final int FETCH_SIZE = 1000;

	private final JdbcTemplate jdbc;

	private final JdbcTemplate streaming;

	EmbeddingStore(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
		this.streaming = new JdbcTemplate(jdbc.getDataSource());
		this.streaming.setFetchSize(FETCH_SIZE);
	}

	/** Replaces what is stored for each passage. */
	void save(Collection<EmbeddedPassage> passages, Map<Long, String> textHashes, String model) {
		if (passages.isEmpty()) {
			return;
		}
		Long[] ids = passages.stream().map(EmbeddedPassage::passageId).toArray(Long[]::new);
		this.jdbc.update("delete from passage_embedding where passage_id = any(?)", (Object) ids);
		List<Object[]> passageRows = new ArrayList<>();
		List<Object[]> sentenceRows = new ArrayList<>();
		for (EmbeddedPassage passage : passages) {
			passageRows.add(new Object[] { passage.passageId(), model, textHashes.get(passage.passageId()),
					bytes(passage.vector()) });
			for (EmbeddedSentence sentence : passage.sentences()) {
				sentenceRows.add(new Object[] { passage.passageId(), sentence.sentenceNo(), sentence.span().start(),
						sentence.span().end(), bytes(sentence.vector()) });
			}
		}
		this.jdbc.batchUpdate(
				"insert into passage_embedding (passage_id, model, text_hash, vector) values (?, ?, ?, ?)",
				passageRows);
		this.jdbc.batchUpdate("insert into sentence_embedding (passage_id, sentence_no, start_offset, end_offset, "
				+ "vector) values (?, ?, ?, ?, ?)", sentenceRows);
	}

	/**
	 * What is stored for these passages by this model, with the hash of the text
	 * embedded.
	 */
	Map<Long, Stored> find(Collection<Long> passageIds, String model) {
		Map<Long, Stored> found = new HashMap<>();
		if (passageIds.isEmpty()) {
			return found;
		}
		Long[] ids = passageIds.toArray(Long[]::new);
		this.jdbc.query("select passage_id, text_hash, vector from passage_embedding "
				+ "where model = ? and passage_id = any(?)", (RowCallbackHandler) (rs) -> {
					long id = rs.getLong(1);
					found.put(id, new Stored(rs.getString(2),
							new EmbeddedPassage(id, floats(rs.getBytes(3)), new ArrayList<>())));
				}, model, ids);
		Map<Long, List<EmbeddedSentence>> sentences = new HashMap<>();
		this.jdbc.query(
				"select passage_id, sentence_no, start_offset, end_offset, vector from sentence_embedding "
						+ "where passage_id = any(?) order by passage_id, sentence_no",
				(RowCallbackHandler) (rs) -> sentences.computeIfAbsent(rs.getLong(1), (k) -> new ArrayList<>())
					.add(new EmbeddedSentence(rs.getInt(2), new SentenceSpan(rs.getInt(3), rs.getInt(4)),
							floats(rs.getBytes(5)))),
				(Object) ids);
		found.replaceAll((id, stored) -> new Stored(stored.textHash(),
				new EmbeddedPassage(id, stored.passage().vector(), sentences.getOrDefault(id, List.of()))));
		return found;
	}

	/**
	 * The passage vectors (without sentences) stored for these passages by this model.
	 */
	Map<Long, float[]> passageVectors(Collection<Long> passageIds, String model) {
		Map<Long, float[]> found = new HashMap<>();
		if (passageIds.isEmpty()) {
			return found;
		}
		this.jdbc.query("select passage_id, vector from passage_embedding where model = ? and passage_id = any(?)",
				(RowCallbackHandler) (rs) -> found.put(rs.getLong(1), floats(rs.getBytes(2))), model,
				passageIds.toArray(Long[]::new));
		return found;
	}

	/** Every passage vector of this model, streamed (call inside a transaction). */
	void forEachPassageVector(String model, PassageVectorConsumer consumer) {
		this.streaming.query("select passage_id, vector from passage_embedding where model = ? order by passage_id",
				(RowCallbackHandler) (rs) -> {
					consumer.accept(rs.getLong(1), floats(rs.getBytes(2)));
				}, model);
	}

	static byte[] bytes(float[] vector) {
		ByteBuffer buffer = ByteBuffer.allocate(vector.length * Float.BYTES).order(ByteOrder.LITTLE_ENDIAN);
		buffer.asFloatBuffer().put(vector);
		return buffer.array();
	}

	static float[] floats(byte[] bytes) {
		float[] vector = new float[bytes.length / Float.BYTES];
		ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN).asFloatBuffer().get(vector);
		return vector;
	}

	record Stored(String textHash, EmbeddedPassage passage) {
	}

}
