package org.treatylens.system;

import java.util.OptionalLong;

/**
 * Where the corpus stands, for pages kept as rendered ({@link ReaderPageCache}): a page
 * shows a settled corpus at one generation, and stops being served when the corpus moves
 * on.
 */
public interface SettledCorpus {

	/**
	 * The request attribute where a request that asked keeps the answer (an
	 * {@link OptionalLong}), so that the page it renders need not ask again.
	 */
	String REQUEST_ATTRIBUTE = SettledCorpus.class.getName();

	/**
	 * The generation the corpus has settled at, or empty while changes to it are still
	 * being linked and indexed (pages then say so, and are rendered afresh).
	 * @return the generation, or empty while work is under way
	 */
	OptionalLong settled();

}
