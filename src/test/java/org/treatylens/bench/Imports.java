package org.treatylens.bench;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.ToDoubleFunction;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

import org.treatylens.corpus.BulkDocumentImport;
import org.treatylens.corpus.CorpusJob;
import org.treatylens.corpus.CorpusJobs;

/**
 * New 50-passage documents imported one after the other through
 * {@code POST /api/import/documents}, as an editor imports articles: for each the
 * request's time, its job's linking (queued to linked) with the linker's split, and its
 * indexing (linked to searchable). The first import in the process is reported apart from
 * the median of the others (warm). Each document has sentences of its own
 * ({@link SyntheticCorpus#newDocument}), so its vectors must be computed, not found.
 */
final class Imports {

	/** The linker's timer of one document's linking, by part (ArticleLinker). */
	private static final String LINKING_METRIC = "treatylens.linking.document";

	private static final int PASSAGES = 50;

	private Imports() {
	}

	/** One import's figures, in ms. */
	record Measured(double request, double linking, double vectors, double rules, double storing, double indexing,
			double load) {

		String row(String label) {
			return String.format(Locale.ROOT, "| %s | %.0f | %.0f | %.0f | %.0f | %.0f | %.0f | %.2f |", label,
					this.request, this.linking, this.vectors, this.rules, this.storing, this.indexing, this.load);
		}

	}

	static List<Measured> measure(PageLoad http, CorpusJobs jobs, MeterRegistry meters, SyntheticCorpus corpus,
			String password, int count, CorpusBenchmark.Report report) throws IOException {
		long run = System.currentTimeMillis();
		report.line("");
		report.line("Imports: %d new %d-passage documents one after the other (sentences of their own; load average"
				+ " before: %.2f):", count, PASSAGES, CorpusBenchmark.loadAverage());
		report.line("| import | request ms | linking ms (queued to linked) | of which sentence vectors ms | rules ms"
				+ " | storing ms | indexing ms | load average |");
		report.line("|---|---|---|---|---|---|---|---|");
		List<Measured> all = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			String slug = "bench-new-" + run + "-" + i;
			BulkDocumentImport.Upload upload = corpus.newDocument(slug, run + i, PASSAGES);
			double[] before = linkingParts(meters);
			long[] answer = http.importDocument(slug, slug + ".txt", upload.file().text(), "admin", password);
			if (answer[0] != 201) {
				throw new IllegalStateException("The import of " + slug + " answered HTTP " + answer[0]);
			}
			CorpusJob job = jobs.latestFor(slug).orElseThrow();
			CorpusJob done = CorpusBenchmark.awaitJob(jobs, job.id(), Duration.ofMinutes(10));
			double[] after = linkingParts(meters);
			Measured measured = new Measured(answer[1] / 1e6,
					Duration.between(done.createdAt(), done.linkedAt()).toNanos() / 1e6, after[0] - before[0],
					after[1] - before[1], after[2] - before[2],
					Duration.between(done.linkedAt(), done.finishedAt()).toNanos() / 1e6,
					CorpusBenchmark.loadAverage());
			all.add(measured);
			report.line(measured.row(Integer.toString(i + 1)));
		}
		report.line(all.get(0).row("first in the process"));
		if (all.size() > 1) {
			List<Measured> warm = all.subList(1, all.size());
			report.line(new Measured(median(warm, Measured::request), median(warm, Measured::linking),
					median(warm, Measured::vectors), median(warm, Measured::rules), median(warm, Measured::storing),
					median(warm, Measured::indexing), median(warm, Measured::load))
				.row("median of the " + warm.size() + " warm"));
		}
		return all;
	}

	/** Time spent so far in the linker's parts: sentence vectors, rules, storing (ms). */
	private static double[] linkingParts(MeterRegistry meters) {
		double[] parts = new double[3];
		String[] names = { "sentence-vectors", "rules", "storing" };
		for (int i = 0; i < names.length; i++) {
			Timer timer = meters.find(LINKING_METRIC).tag("part", names[i]).timer();
			parts[i] = (timer != null) ? timer.totalTime(java.util.concurrent.TimeUnit.MILLISECONDS) : Double.NaN;
		}
		return parts;
	}

	private static double median(List<Measured> measured, ToDoubleFunction<Measured> figure) {
		double[] values = measured.stream().mapToDouble(figure).sorted().toArray();
		int middle = values.length / 2;
		return (values.length % 2 == 1) ? values[middle] : (values[middle - 1] + values[middle]) / 2;
	}

}
