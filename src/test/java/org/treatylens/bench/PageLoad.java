package org.treatylens.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Page latency over HTTP on the loopback: p50/p99 with one client (requests one after the
 * other), then requests per second with {@code clients} clients for a fixed time. Bounded
 * in count and time; a request taking over {@link #TIMEOUT} counts as failed.
 */
final class PageLoad {

	static final Duration TIMEOUT = Duration.ofSeconds(30);

	private final HttpClient http = HttpClient.newBuilder()
		.connectTimeout(Duration.ofSeconds(5))
		.executor(Executors.newFixedThreadPool(8))
		.build();

	private final String base;

	PageLoad(String base) {
		this.base = base;
	}

	record Result(String path, Latencies single, double perSecond, Latencies loaded, int failed, int status,
			int bytes) {

		String line() {
			return String.format(Locale.ROOT, "| `%s` | %d | %.1f | %.1f | %.0f | %.0f | %d | %.1f |", this.path,
					this.status, this.single.p50(), this.single.p99(), this.perSecond, this.loaded.p99(), this.failed,
					this.bytes / 1024.0);
		}

	}

	Result measure(String path, int sequential, int clients, Duration loadTime) throws Exception {
		HttpResponse<byte[]> first = fetch(path);
		int status = first.statusCode();
		for (int i = 0; i < 3; i++) {
			get(path);
		}
		Latencies single = new Latencies();
		long budget = System.nanoTime() + Duration.ofSeconds(60).toNanos();
		for (int i = 0; i < sequential && System.nanoTime() < budget; i++) {
			long start = System.nanoTime();
			get(path);
			single.add(System.nanoTime() - start);
		}
		Latencies loaded = new Latencies();
		AtomicInteger failed = new AtomicInteger();
		AtomicInteger done = new AtomicInteger();
		long end = System.nanoTime() + loadTime.toNanos();
		ExecutorService pool = Executors.newFixedThreadPool(clients);
		List<Future<?>> running = new ArrayList<>();
		long started = System.nanoTime();
		for (int c = 0; c < clients; c++) {
			running.add(pool.submit(() -> {
				while (System.nanoTime() < end) {
					long start = System.nanoTime();
					try {
						if (get(path) == 200) {
							done.incrementAndGet();
							synchronized (loaded) {
								loaded.add(System.nanoTime() - start);
							}
						}
						else {
							failed.incrementAndGet();
						}
					}
					catch (IOException ex) {
						failed.incrementAndGet();
					}
				}
				return null;
			}));
		}
		for (Future<?> future : running) {
			future.get();
		}
		double seconds = (System.nanoTime() - started) / 1e9;
		pool.shutdown();
		return new Result(path, single, done.get() / seconds, loaded, failed.get(), status, first.body().length);
	}

	/** The page itself (its size goes into the results). */
	HttpResponse<byte[]> fetch(String path) throws IOException {
		HttpRequest request = HttpRequest.newBuilder(URI.create(this.base + path)).timeout(TIMEOUT).GET().build();
		try {
			return this.http.send(request, HttpResponse.BodyHandlers.ofByteArray());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IOException(ex);
		}
	}

	int get(String path) throws IOException {
		HttpRequest request = HttpRequest.newBuilder(URI.create(this.base + path)).timeout(TIMEOUT).GET().build();
		try {
			return this.http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IOException(ex);
		}
	}

	/** POSTs a multipart import as the editor; returns the status and the time taken. */
	long[] importDocument(String slug, String fileName, String text, String user, String password) throws IOException {
		String boundary = "bench" + System.nanoTime();
		StringBuilder body = new StringBuilder();
		for (String[] field : new String[][] { { "slug", slug }, { "label", "New commentary " + slug },
				{ "publisher", "Benchmark" }, { "published", "2025-03" } }) {
			body.append("--")
				.append(boundary)
				.append("\r\nContent-Disposition: form-data; name=\"")
				.append(field[0])
				.append("\"\r\n\r\n")
				.append(field[1])
				.append("\r\n");
		}
		body.append("--")
			.append(boundary)
			.append("\r\nContent-Disposition: form-data; name=\"file\"; filename=\"")
			.append(fileName)
			.append("\"\r\nContent-Type: text/plain; charset=UTF-8\r\n\r\n")
			.append(text)
			.append("\r\n--")
			.append(boundary)
			.append("--\r\n");
		String credentials = java.util.Base64.getEncoder()
			.encodeToString((user + ":" + password).getBytes(java.nio.charset.StandardCharsets.UTF_8));
		HttpRequest request = HttpRequest.newBuilder(URI.create(this.base + "/api/import/documents"))
			.timeout(TIMEOUT)
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.header("Authorization", "Basic " + credentials)
			.POST(HttpRequest.BodyPublishers.ofString(body.toString()))
			.build();
		long start = System.nanoTime();
		try {
			int status = this.http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
			return new long[] { status, System.nanoTime() - start };
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IOException(ex);
		}
	}

}
