package org.treatylens.corpus;

import java.util.List;

import org.treatylens.commentary.DocumentMetadata;

/**
 * The corpus shipped with the app, as read from its location: the treaty text(s) and the
 * commentary documents with their manifest metadata.
 */
record BundledCorpus(List<CorpusFile> treaties, List<Document> documents) {

	BundledCorpus {
		treaties = List.copyOf(treaties);
		documents = List.copyOf(documents);
	}

	record Document(DocumentMetadata metadata, CorpusFile file) {
	}

}
