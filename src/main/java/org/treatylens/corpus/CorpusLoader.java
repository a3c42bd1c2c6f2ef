package org.treatylens.corpus;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.SmartLifecycle;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.ResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * Loads the bundled corpus at start-up ({@code treatylens.corpus.location}: a folder
 * holding {@code treaty/*.txt} and {@code commentary/manifest.yaml} with the files it
 * lists), in one transaction and idempotently: a restart adds nothing. A malformed file
 * stops the start with a message naming the file and line; nothing of the load is kept.
 */
@Component
@ConditionalOnBooleanProperty(name = "treatylens.corpus.load-on-startup", matchIfMissing = true)
class CorpusLoader implements SmartLifecycle {

	/**
	 * Before the web server starts (its phase is just below
	 * {@link SmartLifecycle#DEFAULT_PHASE}), so that no request ever sees a half-loaded
	 * corpus; after every bean, so the linking listeners are registered.
	 */
	private static final int PHASE = 0;

	private static final Logger log = LoggerFactory.getLogger(CorpusLoader.class);

	private final CorpusImporter importer;

	private final ResourcePatternResolver resources;

	private final String location;

	CorpusLoader(CorpusImporter importer, ResourcePatternResolver resources,
			@Value("${treatylens.corpus.location:classpath:db/corpus/}") String location) {
		this.importer = importer;
		this.resources = resources;
		this.location = location.endsWith("/") ? location : location + "/";
	}

	private volatile boolean running;

	@Override
	public void start() {
		Optional<CorpusChanged> change = load();
		if (change.isEmpty()) {
			log.info("The corpus at {} is already stored and unchanged", this.location);
		}
		this.running = true;
	}

	@Override
	public void stop() {
		this.running = false;
	}

	@Override
	public boolean isRunning() {
		return this.running;
	}

	@Override
	public int getPhase() {
		return PHASE;
	}

	Optional<CorpusChanged> load() {
		return this.importer.loadBundled(read());
	}

	BundledCorpus read() {
		try {
			Resource[] treatyFiles = this.resources.getResources(this.location + "treaty/*.txt");
			Arrays.sort(treatyFiles, Comparator.comparing(Resource::getFilename));
			List<CorpusFile> treaties = new ArrayList<>();
			for (Resource treaty : treatyFiles) {
				treaties.add(file(treaty));
			}
			Resource manifest = this.resources.getResource(this.location + "commentary/manifest.yaml");
			if (!manifest.exists()) {
				throw new CorpusFormatException("manifest.yaml", 0,
						"there is no commentary/manifest.yaml at " + this.location);
			}
			List<BundledCorpus.Document> documents = new ArrayList<>();
			for (ManifestReader.Entry entry : new ManifestReader().read(file(manifest),
					(name) -> commentary(name).exists())) {
				documents.add(new BundledCorpus.Document(entry.metadata(), file(commentary(entry.file()))));
			}
			return new BundledCorpus(treaties, documents);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not read the corpus at " + this.location, ex);
		}
	}

	private Resource commentary(String name) {
		return this.resources.getResource(this.location + "commentary/" + name);
	}

	private static CorpusFile file(Resource resource) throws IOException {
		try (InputStream in = resource.getInputStream()) {
			return new CorpusFile(resource.getFilename(), in.readAllBytes());
		}
	}

}
