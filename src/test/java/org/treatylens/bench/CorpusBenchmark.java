package org.treatylens.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.treatylens.TreatyLensApplication;
import org.treatylens.corpus.BulkDocumentImport;
import org.treatylens.corpus.CorpusJob;
import org.treatylens.corpus.CorpusJobs;
import org.treatylens.embedding.SentenceEmbedder;
import org.treatylens.search.SearchProbe;

/**
 * The scale benchmark (docs/benchmarks.md): generates the synthetic corpus, loads it
 * through the bulk import into a database of its own, links and indexes it through the
 * corpus jobs, and measures search (Lucene against PostgreSQL full-text search, words
 * only and hybrid), one import, and the pages. Run with {@code ./mvnw -Pbench test
 * -Dbench.passages=100000}; settings are system properties (see {@link Settings}).
 */
public final class CorpusBenchmark {

	private CorpusBenchmark() {
	}

	/**
	 * @param passages corpus size ({@code bench.passages}, default 10000)
	 * @param server JDBC URL of a PostgreSQL server without database name
	 * ({@code bench.server}, default {@code jdbc:postgresql://127.0.0.1:5432/})
	 * @param reload drop and load the database even if it holds this corpus
	 * ({@code bench.reload})
	 * @param rounds passes over the query rotation per search measurement
	 * ({@code bench.rounds}, default 30)
	 * @param pages whether to measure pages ({@code bench.pages}, default true)
	 * @param link whether to link the loaded corpus ({@code bench.link}, default true);
	 * false indexes it unlinked (no article filters or facets for the synthetic passages,
	 * in Lucene and in PostgreSQL alike), for a search measurement where a full relink
	 * would take too long
	 * @param databaseName the database to use ({@code bench.database}, default
	 * {@code treatylens_bench_<passages>}): one per engineer on a shared server
	 * @param vectors whether the index keeps meaning vectors ({@code bench.vectors},
	 * default true); false stores none and indexes by words only (no hybrid figures), for
	 * a lexical run at a size where embedding and HNSW would dominate
	 * @param imports new 50-passage documents imported one after the other
	 * ({@code bench.imports}, default 5)
	 */
	record Settings(int passages, long seed, String server, String user, String password, boolean reload, int rounds,
			boolean pages, int clients, Duration loadTime, boolean link, String databaseName, boolean vectors,
			int imports) {

		static Settings fromSystemProperties() {
			return new Settings(Integer.getInteger("bench.passages", 10_000), Long.getLong("bench.seed", 20250117L),
					System.getProperty("bench.server", "jdbc:postgresql://127.0.0.1:5432/"),
					System.getProperty("bench.user", "postgres"), System.getProperty("bench.password", ""),
					Boolean.getBoolean("bench.reload"), Integer.getInteger("bench.rounds", 30),
					Boolean.parseBoolean(System.getProperty("bench.pages", "true")),
					Integer.getInteger("bench.clients", 32),
					Duration.ofSeconds(Integer.getInteger("bench.load-seconds", 10)),
					Boolean.parseBoolean(System.getProperty("bench.link", "true")),
					System.getProperty("bench.database", ""),
					Boolean.parseBoolean(System.getProperty("bench.vectors", "true")),
					Math.max(1, Integer.getInteger("bench.imports", 5)));
		}

		int documents() {
			return Math.max(1, this.passages / SyntheticCorpus.LINES_PER_DOCUMENT);
		}

		String database() {
			return this.databaseName.isBlank() ? "treatylens_bench_" + this.passages : this.databaseName;
		}

		/** The index's directory: one per database, so two runs never share one. */
		Path dataDir() {
			return Path.of("target", "bench",
					this.databaseName.isBlank() ? Integer.toString(this.passages) : this.databaseName);
		}

	}

	public static void main(String[] args) throws Exception {
		Settings settings = Settings.fromSystemProperties();
		Report report = new Report(settings);
		boolean fresh = prepareDatabase(settings);
		Path dataDir = settings.dataDir();
		if (fresh) {
			deleteTree(dataDir);
		}
		Files.createDirectories(dataDir);
		String editorPassword = UUID.randomUUID().toString();
		long start = System.nanoTime();
		// command-line arguments: they win over application.properties (default
		// properties
		// would not)
		String[] arguments = Map
			.of("spring.datasource.url", settings.server() + settings.database(), "spring.datasource.username",
					settings.user(), "spring.datasource.password", settings.password(), "server.port", "0",
					"treatylens.data-dir", dataDir.toAbsolutePath().toString(), "treatylens.admin.password",
					editorPassword, "treatylens.rate-limit.enabled", "false", "logging.level.org.treatylens", "WARN",
					"treatylens.search.meaning", Boolean.toString(settings.vectors()),
					// -Dbench.page-cache=false: every page rendered
					"treatylens.page-cache.max-size", pageCache() ? "48MB" : "0")
			.entrySet()
			.stream()
			.map((e) -> "--" + e.getKey() + "=" + e.getValue())
			.toArray(String[]::new);
		try (ConfigurableApplicationContext app = new SpringApplicationBuilder(TreatyLensApplication.class)
			.run(arguments)) {
			report.line("App started (bundled corpus loaded and linked on a fresh database) in %.1f s",
					seconds(System.nanoTime() - start));
			CorpusJobs jobs = app.getBean(CorpusJobs.class);
			awaitIdle(jobs, Duration.ofMinutes(30));
			SyntheticCorpus corpus = SyntheticCorpus.of(Path.of("db", "corpus"), settings.seed());
			try (Connection db = DriverManager.getConnection(settings.server() + settings.database(), settings.user(),
					settings.password())) {
				try (Statement statement = db.createStatement()) {
					statement.execute("set statement_timeout = 0");
				}
				PostgresFullText fullText = new PostgresFullText(db);
				if (fresh || !fullText.exists()) {
					load(app, jobs, db, corpus, settings.documents(), settings.link(), settings.vectors(), report);
					start = System.nanoTime();
					long rows = fullText.create();
					report.figure("PostgreSQL FTS table + GIN index built (%d rows)",
							seconds(System.nanoTime() - start), "s", rows);
				}
				else {
					report.line("Reusing the corpus loaded earlier in database %s (-Dbench.reload=true to reload)",
							settings.database());
				}
				report.line("Database size: %s",
						scalar(db, "select pg_size_pretty(pg_database_size(current_database()))"));
				report.line("Passages stored: %s, searchable (PARAGRAPH): %s, links: %s",
						scalar(db, "select count(*) from passage"),
						scalar(db, "select count(*) from passage where kind = 'PARAGRAPH'"),
						scalar(db, "select count(*) from article_link"));
				String base = "http://127.0.0.1:" + ((WebServerApplicationContext) app).getWebServer().getPort();
				PageLoad http = new PageLoad(base);
				// -Dbench.pages-only=true: the pages of a corpus loaded earlier, nothing
				// else
				if (!Boolean.getBoolean("bench.pages-only")) {
					rebuild(jobs, report);
					report.figure("Index size on disk", directorySize(dataDir.resolve("index")) / 1e6, "MB", 0);
					SearchProbe search = new SearchProbe(app);
					List<BenchQuery> queries = BenchQuery.rotation(corpus, settings.documents());
					searches(search, fullText, queries, settings, report);
					if (settings.vectors()) {
						hybrid(search, queries, settings, report);
					}
					Imports.measure(http, jobs, app.getBean(MeterRegistry.class), corpus, editorPassword,
							settings.imports(), report);
				}
				if (settings.pages()) {
					pages(http, db, settings, report);
				}
			}
		}
		report.write(Path.of("target", "bench", "results-" + settings.passages() + ".md"));
		System.exit(0);
	}

	/** Bulk import, stored vectors, one full relink (links, then the index). */
	static void load(org.springframework.context.ApplicationContext app, CorpusJobs jobs, Connection db,
			SyntheticCorpus corpus, int documents, boolean link, Report report) throws SQLException {
		load(app, jobs, db, corpus, documents, link, true, report);
	}

	/** The same, without storing vectors when {@code vectors} is false. */
	static void load(org.springframework.context.ApplicationContext app, CorpusJobs jobs, Connection db,
			SyntheticCorpus corpus, int documents, boolean link, boolean vectors, Report report) throws SQLException {
		long start = System.nanoTime();
		BulkDocumentImport.Result stored = app.getBean(BulkDocumentImport.class)
			.storeAll(corpus.documents(documents), "benchmark");
		report.figure("Load: %d documents, %d passages stored (bulk import, parse + insert)",
				seconds(System.nanoTime() - start), "s", stored.documents(), stored.passages());
		if (vectors) {
			start = System.nanoTime();
			int sentences = StoredVectors.seed(db, SentenceEmbedder.shared());
			report.figure("Vectors stored (each of %d distinct sentences embedded once)",
					seconds(System.nanoTime() - start), "s", sentences);
		}
		else {
			report.line("Vectors: none (-Dbench.vectors=false): the index is searched by words only");
		}
		if (!link) {
			CorpusJob indexed = awaitJob(jobs, jobs.reindexAll("benchmark: unlinked bulk import").id(),
					Duration.ofMinutes(60));
			report.figure("Links: not computed (-Dbench.link=false); index build time (REINDEX_ALL job)",
					seconds(Duration.between(indexed.createdAt(), indexed.finishedAt()).toNanos()), "s");
			return;
		}
		CorpusJob job = jobs.relinkAll("benchmark: bulk import of " + stored.documents() + " documents");
		CorpusJob done = awaitJob(jobs, job.id(), Duration.ofMinutes(60));
		report.figure("Link time (full relink job, every document)",
				seconds(Duration.between(done.createdAt(), done.linkedAt()).toNanos()), "s");
		report.figure("Index build time (in the same job, from the stored links and vectors)",
				seconds(Duration.between(done.linkedAt(), done.finishedAt()).toNanos()), "s");
	}

	/** A full index rebuild on its own, as POST /api/search/reindex asks for it. */
	private static void rebuild(CorpusJobs jobs, Report report) {
		CorpusJob job = jobs.reindexAll("benchmark: full rebuild");
		CorpusJob done = awaitJob(jobs, job.id(), Duration.ofMinutes(30));
		report.figure("Full index rebuild (REINDEX_ALL job: read from PostgreSQL with stored vectors, write, commit)",
				seconds(Duration.between(done.createdAt(), done.finishedAt()).toNanos()), "s");
	}

	private static void searches(SearchProbe search, PostgresFullText fullText, List<BenchQuery> queries,
			Settings settings, Report report) throws SQLException {
		for (BenchQuery query : queries) {
			search.search(query.text(), query.sources(), query.articles(), true);
			fullText.search(query);
		}
		Latencies lucene = new Latencies();
		Latencies postgres = new Latencies();
		Latencies topTen = new Latencies();
		List<String> perQuery = new ArrayList<>();
		int shared = 0;
		int shown = 0;
		for (BenchQuery query : queries) {
			List<String> ranked = search.topTenIds(query.text(), query.sources(), query.articles(), false);
			List<String> overAll = search.topTenIds(query.text(), query.sources(), query.articles(), true);
			int same = (int) ranked.stream().filter(overAll::contains).count();
			shared += same;
			shown += overAll.size();
			Latencies one = new Latencies();
			Latencies onePg = new Latencies();
			Latencies oneTop = new Latencies();
			SearchProbe.Outcome outcome = null;
			int rows = 0;
			for (int round = 0; round < settings.rounds(); round++) {
				long start = System.nanoTime();
				outcome = search.search(query.text(), query.sources(), query.articles(), true);
				long took = System.nanoTime() - start;
				lucene.add(took);
				one.add(took);
				start = System.nanoTime();
				search.rankedTopTen(query.text(), query.sources(), query.articles());
				took = System.nanoTime() - start;
				topTen.add(took);
				oneTop.add(took);
				start = System.nanoTime();
				rows = fullText.search(query);
				took = System.nanoTime() - start;
				postgres.add(took);
				onePg.add(took);
			}
			perQuery.add(String.format(Locale.ROOT, "| %s | %s | %d | %d | %.2f | %.2f | %.2f | %d | %d/%d |",
					query.kind(), describe(query), outcome.total(), outcome.hits(), one.p50(), oneTop.p50(),
					onePg.p50(), rows, same, overAll.size()));
		}
		report.line("");
		report.line("Search, top 10 of page 1, %d queries x %d rounds (interleaved; load average after: %.2f):",
				queries.size(), settings.rounds(), loadAverage());
		report.line("| engine | p50 ms | p99 ms |");
		report.line("|---|---|---|");
		report.line(
				"| TreatyLens Lucene (SearchService as /api/search runs it: words, facets, snippets) | %.2f | %.2f |",
				lucene.p50(), lucene.p99());
		report.line("| PostgreSQL FTS (ts_rank_cd, GIN on stored tsvector) | %.2f | %.2f |", postgres.p50(),
				postgres.p99());
		report.line("| ratio PostgreSQL / Lucene | %.1fx | %.1fx |", postgres.p50() / lucene.p50(),
				postgres.p99() / lucene.p99());
		report.line("| Lucene ranked top 10 only (the PostgreSQL query's work: same query, ids of the 10 best;"
				+ " no count, facets, snippets or spelling) | %.2f | %.2f |", topTen.p50(), topTen.p99());
		report.line("| ratio PostgreSQL / Lucene ranked top 10 only | %.1fx | %.1fx |", postgres.p50() / topTen.p50(),
				postgres.p99() / topTen.p99());
		report.line("Proximity scored over the best %d matches by BM25 rather than all: %d of the %d first-page hits"
				+ " the same", SearchProbe.PROXIMITY_WINDOW, shared, shown);
		report.line("");
		report.line("| kind | query | Lucene total | hits | Lucene p50 ms | Lucene top 10 only p50 ms | PG p50 ms |"
				+ " PG rows | top 10 as with proximity over all |");
		report.line("|---|---|---|---|---|---|---|---|---|");
		perQuery.forEach(report::line);
	}

	private static void hybrid(SearchProbe search, List<BenchQuery> queries, Settings settings, Report report) {
		List<BenchQuery> plain = queries.stream()
			.filter((q) -> !q.isPhrase() && q.sources().isEmpty() && q.articles().isEmpty())
			.toList();
		String mode = "";
		for (BenchQuery query : plain) {
			mode = search.search(query.text(), List.of(), List.of(), false).mode();
		}
		Latencies hybrid = new Latencies();
		for (int round = 0; round < settings.rounds(); round++) {
			for (BenchQuery query : plain) {
				long start = System.nanoTime();
				search.search(query.text(), List.of(), List.of(), false);
				hybrid.add(System.nanoTime() - start);
			}
		}
		report.line("");
		report.line("Hybrid search (mode %s: BM25 + kNN fused, query embedding included), %d plain queries x %d: %s"
				+ " (load average %.2f)", mode, plain.size(), settings.rounds(), hybrid, loadAverage());
	}

	private static void pages(PageLoad http, Connection db, Settings settings, Report report) throws Exception {
		String slug = scalar(db, "select slug from source_document where slug like 'bench-0%' order by id limit 1");
		report.line("");
		report.line(
				"Pages (HTTP on loopback; 1 client: 30 requests in a row; then %d clients for %d s; readers' pages"
						+ " kept as rendered: %s; load average before: %.2f):",
				settings.clients(), settings.loadTime().toSeconds(),
				pageCache() ? "yes" : "no (-Dbench.page-cache=false)", loadAverage());
		report.line(
				"| page | status | p50 ms (1 client) | p99 ms (1 client) | req/s (%d clients) | p99 ms (%d clients) | failed | KB |",
				settings.clients(), settings.clients());
		report.line("|---|---|---|---|---|---|---|---|");
		for (String path : List.of("/", "/articles/3", "/coverage", "/search?q=sanctions", "/documents/" + slug,
				"/api/search?q=sanctions", "/compare?article=3", "/api/articles/3/passages")) {
			report.line(http.measure(path, 30, settings.clients(), settings.loadTime()).line());
		}
	}

	private static boolean pageCache() {
		return Boolean.parseBoolean(System.getProperty("bench.page-cache", "true"));
	}

	private static boolean prepareDatabase(Settings settings) throws SQLException {
		try (Connection admin = DriverManager.getConnection(settings.server() + "postgres", settings.user(),
				settings.password()); Statement statement = admin.createStatement()) {
			boolean exists;
			try (ResultSet rs = statement
				.executeQuery("select 1 from pg_database where datname = '" + settings.database() + "'")) {
				exists = rs.next();
			}
			if (exists && !settings.reload()) {
				return false;
			}
			statement.execute("drop database if exists " + settings.database() + " with (force)");
			statement.execute("create database " + settings.database());
			return true;
		}
	}

	static CorpusJob awaitJob(CorpusJobs jobs, long id, Duration timeout) {
		long deadline = System.nanoTime() + timeout.toNanos();
		while (System.nanoTime() < deadline) {
			CorpusJob job = jobs.find(id).orElseThrow();
			if (job.state() == CorpusJob.State.SEARCHABLE) {
				return job;
			}
			if (job.state() == CorpusJob.State.FAILED) {
				throw new IllegalStateException("Job " + id + " failed: " + job.error());
			}
			sleep(50);
		}
		throw new IllegalStateException("Job " + id + " did not finish within " + timeout);
	}

	static void awaitIdle(CorpusJobs jobs, Duration timeout) {
		long deadline = System.nanoTime() + timeout.toNanos();
		while (jobs.unfinished() > 0 && System.nanoTime() < deadline) {
			sleep(100);
		}
	}

	private static void sleep(long millis) {
		try {
			Thread.sleep(millis);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	static double loadAverage() {
		return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
	}

	private static String describe(BenchQuery query) {
		StringBuilder text = new StringBuilder("`").append(query.text()).append('`');
		query.sources().forEach((s) -> text.append(" source=").append(s));
		query.articles().forEach((a) -> text.append(" article=").append(a));
		return text.toString();
	}

	private static String scalar(Connection db, String sql) throws SQLException {
		try (Statement statement = db.createStatement(); ResultSet rs = statement.executeQuery(sql)) {
			rs.next();
			return rs.getString(1);
		}
	}

	private static double seconds(long nanos) {
		return nanos / 1e9;
	}

	static long directorySize(Path dir) throws IOException {
		if (!Files.isDirectory(dir)) {
			return 0;
		}
		try (Stream<Path> files = Files.walk(dir)) {
			return files.filter(Files::isRegularFile).mapToLong((f) -> f.toFile().length()).sum();
		}
	}

	private static void deleteTree(Path dir) throws IOException {
		if (!Files.exists(dir)) {
			return;
		}
		try (Stream<Path> paths = Files.walk(dir)) {
			paths.sorted(java.util.Comparator.reverseOrder()).forEach((p) -> p.toFile().delete());
		}
	}

	/** Prints each line as it is measured and keeps them for the results file. */
	static final class Report {

		private final List<String> lines = new ArrayList<>();

		Report() {
		}

		Report(Settings settings) {
			line("# TreatyLens benchmark: %d passages (%d documents), seed %d", settings.passages(),
					settings.documents(), settings.seed());
			line("JVM %s, max heap %d MB, %d cores; load average at start %.2f", Runtime.version(),
					Runtime.getRuntime().maxMemory() / (1024 * 1024), Runtime.getRuntime().availableProcessors(),
					ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
		}

		void line(String format, Object... args) {
			String text = String.format(Locale.ROOT, format, args);
			this.lines.add(text);
			System.out.println(text);
		}

		void figure(String what, double value, String unit, Object... args) {
			line("%s: %.2f %s (load average %.2f)", String.format(Locale.ROOT, what, args), value, unit,
					ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
		}

		void write(Path file) throws IOException {
			Files.createDirectories(file.getParent());
			Files.write(file, this.lines);
		}

	}

}
