package org.treatylens.bench;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.treatylens.embedding.SentenceEmbedder;
import org.treatylens.embedding.SentenceSpan;
import org.treatylens.embedding.Sentences;
import org.treatylens.embedding.Vectors;

/**
 * Puts the sentence and passage vectors of the synthetic passages in place before they
 * are linked, as linking would store them ({@code passage_embedding},
 * {@code sentence_embedding}: same sentence split, same model, same hash of the text),
 * but embedding each distinct sentence once: the synthetic passages reuse a few thousand
 * sentences, and embedding 100,000 passages sentence by sentence would take the model
 * hours on two cores. Linking and the index then read these vectors as they read any
 * stored ones.
 */
final class StoredVectors {

	private static final int FETCH = 2000;

	private StoredVectors() {
	}

	/**
	 * @return the number of distinct sentences embedded
	 */
	static int seed(Connection connection, SentenceEmbedder embedder) throws SQLException {
		connection.setAutoCommit(false);
		String passages = "select p.id, p.text from passage p where p.kind <> 'BOILERPLATE' and not exists "
				+ "(select 1 from passage_embedding e where e.passage_id = p.id) order by p.id";
		Set<String> distinct = new LinkedHashSet<>();
		forEach(connection, passages, (id, text) -> {
			for (SentenceSpan span : Sentences.split(text)) {
				distinct.add(span.of(text));
			}
		});
		List<String> unique = new ArrayList<>(distinct);
		float[][] vectors = embedder.embed(unique);
		Map<String, float[]> bySentence = new HashMap<>(unique.size() * 2);
		for (int i = 0; i < vectors.length; i++) {
			bySentence.put(unique.get(i), vectors[i]);
		}
		try (PreparedStatement passage = connection.prepareStatement(
				"insert into passage_embedding (passage_id, model, text_hash, vector) values (?, ?, ?, ?)");
				PreparedStatement sentence = connection.prepareStatement("insert into sentence_embedding "
						+ "(passage_id, sentence_no, start_offset, end_offset, vector) values (?, ?, ?, ?, ?)")) {
			int[] pending = new int[1];
			List<long[]> ids = new ArrayList<>();
			forEach(connection, passages, (id, text) -> {
				List<SentenceSpan> spans = Sentences.split(text);
				if (spans.isEmpty()) {
					return;
				}
				List<float[]> of = new ArrayList<>();
				for (SentenceSpan span : spans) {
					of.add(bySentence.get(span.of(text)));
				}
				passage.setLong(1, id);
				passage.setString(2, SentenceEmbedder.MODEL_NAME);
				passage.setString(3, sha256(text));
				passage.setBytes(4, bytes(Vectors.centroid(of)));
				passage.addBatch();
				for (int i = 0; i < spans.size(); i++) {
					sentence.setLong(1, id);
					sentence.setInt(2, i);
					sentence.setInt(3, spans.get(i).start());
					sentence.setInt(4, spans.get(i).end());
					sentence.setBytes(5, bytes(of.get(i)));
					sentence.addBatch();
				}
				if (++pending[0] % 1000 == 0) {
					passage.executeBatch();
					sentence.executeBatch();
				}
			});
			passage.executeBatch();
			sentence.executeBatch();
			ids.clear();
		}
		connection.commit();
		connection.setAutoCommit(true);
		return unique.size();
	}

	@FunctionalInterface
	private interface Row {

		void accept(long id, String text) throws SQLException;

	}

	/** Streams the rows on their own connection's cursor (a transaction is open). */
	private static void forEach(Connection connection, String sql, Row row) throws SQLException {
		try (Statement statement = connection.createStatement()) {
			statement.setFetchSize(FETCH);
			try (ResultSet rs = statement.executeQuery(sql)) {
				while (rs.next()) {
					row.accept(rs.getLong(1), rs.getString(2));
				}
			}
		}
	}

	private static String sha256(String text) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static byte[] bytes(float[] vector) {
		ByteBuffer buffer = ByteBuffer.allocate(vector.length * Float.BYTES).order(ByteOrder.LITTLE_ENDIAN);
		buffer.asFloatBuffer().put(vector);
		return buffer.array();
	}

}
