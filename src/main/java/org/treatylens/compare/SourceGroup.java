package org.treatylens.compare;

import java.util.List;

/**
 * One source's passages on an article, best first.
 */
record SourceGroup(SourceSummary source, List<LinkedPassageView> passages) {

}
