package org.treatylens.embedding;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The sentence and passage vectors of commentary passages: read from PostgreSQL when they
 * were computed from the same text by the same model, else embedded (all the missing
 * sentences in one batch) and stored.
 * <p>
 * A passage's vectors are computed from its own text only. (A quantized model's vectors
 * vary with the batch they were computed in, by about 1 % of cosine; storing them keeps a
 * passage's vectors, and so its links, the same across relinks.)
 */
@Service
public class PassageEmbeddings {

	private final SentenceEmbedder embedder;

	private final EmbeddingStore store;

	PassageEmbeddings(SentenceEmbedder embedder, EmbeddingStore store) {
		this.embedder = embedder;
		this.store = store;
	}

	/**
	 * The vectors of the given passages (id to text), in the order given. A passage with
	 * no sentence (blank text) gets none.
	 */
	@Transactional
	public Map<Long, EmbeddedPassage> vectorsOf(Map<Long, String> passageTexts) {
		Map<Long, String> hashes = new HashMap<>();
		passageTexts.forEach((id, text) -> hashes.put(id, hash(text)));
		Map<Long, EmbeddingStore.Stored> stored = this.store.find(passageTexts.keySet(), SentenceEmbedder.MODEL_NAME);
		Map<Long, List<SentenceSpan>> missing = new LinkedHashMap<>();
		List<String> sentences = new ArrayList<>();
		passageTexts.forEach((id, text) -> {
			EmbeddingStore.Stored known = stored.get(id);
			if (known == null || !known.textHash().equals(hashes.get(id))) {
				List<SentenceSpan> spans = Sentences.split(text);
				missing.put(id, spans);
				spans.forEach((span) -> sentences.add(span.of(text)));
			}
		});
		float[][] vectors = this.embedder.embed(sentences);
		List<EmbeddedPassage> computed = new ArrayList<>();
		int next = 0;
		for (Map.Entry<Long, List<SentenceSpan>> entry : missing.entrySet()) {
			List<EmbeddedSentence> embedded = new ArrayList<>();
			for (SentenceSpan span : entry.getValue()) {
				embedded.add(new EmbeddedSentence(embedded.size(), span, vectors[next++]));
			}
			if (!embedded.isEmpty()) {
				computed.add(new EmbeddedPassage(entry.getKey(),
						Vectors.centroid(embedded.stream().map(EmbeddedSentence::vector).toList()), embedded));
			}
		}
		this.store.save(computed, hashes, SentenceEmbedder.MODEL_NAME);
		Map<Long, EmbeddedPassage> result = new LinkedHashMap<>();
		Map<Long, EmbeddedPassage> byId = new HashMap<>();
		computed.forEach((passage) -> byId.put(passage.passageId(), passage));
		for (Long id : passageTexts.keySet()) {
			EmbeddedPassage passage = missing.containsKey(id) ? byId.get(id) : stored.get(id).passage();
			if (passage != null) {
				result.put(id, passage);
			}
		}
		return result;
	}

	/**
	 * Every stored passage vector, one at a time (for a nearest-neighbour index): one row
	 * per passage, streamed.
	 */
	@Transactional(readOnly = true)
	public void forEachPassageVector(PassageVectorConsumer consumer) {
		this.store.forEachPassageVector(SentenceEmbedder.MODEL_NAME, consumer);
	}

	/**
	 * The stored passage vectors (the normalised mean of the sentence vectors) of these
	 * passages, one query; a passage never embedded is absent.
	 */
	@Transactional(readOnly = true)
	public Map<Long, float[]> storedPassageVectors(java.util.Collection<Long> passageIds) {
		return this.store.passageVectors(passageIds, SentenceEmbedder.MODEL_NAME);
	}

	static String hash(String text) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is missing from this JVM", ex);
		}
	}

}
