package org.treatylens.embedding;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The model loads from its real files in the Maven artifact and tells a paraphrase from
 * an unrelated sentence. None of these sentences is in the corpus.
 */
class SentenceEmbedderTests {

	private final SentenceEmbedder embedder = SentenceEmbedder.shared();

	@Test
	void vectorsHaveTheModelsLengthAndUnitNorm() {
		float[][] vectors = this.embedder.embed(List.of("The parties will hold joint naval drills.", "Hello."));
		assertThat(this.embedder.dimensions()).isEqualTo(384);
		for (float[] vector : vectors) {
			assertThat(vector).hasSize(384);
			assertThat(Vectors.cosine(vector, vector)).isCloseTo(1f, within(1e-4f));
		}
	}

	@Test
	void aParaphraseIsCloserThanAnUnrelatedSentence() {
		float[][] v = this.embedder.embed(List.of("Neither country will help a state that attacks the other.",
				"If one side is attacked, the other promises not to assist the aggressor.",
				"The harvest of pistachios in Kerman was poor this year."));
		float paraphrase = Vectors.cosine(v[0], v[1]);
		float unrelated = Vectors.cosine(v[0], v[2]);
		assertThat(paraphrase).isGreaterThan(0.5f).isGreaterThan(unrelated + 0.3f);
	}

	@Test
	void aBatchGivesNearlyTheSameVectorsAsOneTextAtATime() {
		List<String> texts = List.of("Spy agencies of both states will swap what they learn.",
				"A much longer sentence about building nuclear reactors together, with financing, fuel supply and training of the staff who will run them.",
				"Drills.");
		float[][] batch = this.embedder.embed(texts);
		for (int i = 0; i < texts.size(); i++) {
			// not identical: the quantized model scales activations over the whole batch
			assertThat(Vectors.cosine(batch[i], this.embedder.embed(texts.get(i)))).isGreaterThan(0.97f);
		}
	}

	@Test
	void theModelIsLoadedOncePerProcess() {
		assertThat(SentenceEmbedder.shared()).isSameAs(this.embedder);
	}

}
