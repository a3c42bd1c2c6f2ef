package org.treatylens.corpus;

import java.util.Set;

/**
 * The treaty and/or some commentary documents were (re)loaded. Published inside the
 * import transaction, after the new state is flushed, so that whatever is derived from it
 * (links) lands with the import or not at all.
 *
 * @param treatyChanged whether the treaty text was (re)loaded
 * @param documentSlugs the documents that were added or reloaded
 */
public record CorpusChanged(boolean treatyChanged, Set<String> documentSlugs) {

	public CorpusChanged {
		documentSlugs = Set.copyOf(documentSlugs);
	}

}
