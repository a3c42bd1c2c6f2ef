package org.treatylens.linking;

/**
 * How much one source says about one article: the number of its passages linked to the
 * article, and the strongest reason among them.
 */
public record SourceCoverage(int article, String document, int passages, LinkKind strongest) {

}
