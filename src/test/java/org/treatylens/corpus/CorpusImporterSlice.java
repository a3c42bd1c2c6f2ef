package org.treatylens.corpus;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Import;

/**
 * The importer and what it needs, for a slice test of another module that imports (the
 * job store is this package's own).
 */
@TestConfiguration(proxyBeanMethods = false)
@Import({ CorpusImporter.class, CorpusJobs.class, CorpusJobStore.class, CorpusLimits.class })
public class CorpusImporterSlice {

}
