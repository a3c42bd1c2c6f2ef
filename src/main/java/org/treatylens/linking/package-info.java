/**
 * Links every treaty article to the commentary passages that discuss it (citations,
 * quotations, section context, similarity) and says why.
 */
package org.treatylens.linking;
