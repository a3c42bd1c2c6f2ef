/**
 * The record of every change to the corpus and every link decision: who, when and what,
 * kept after what it describes is gone. Listens to the corpus's {@code DocumentCurated}
 * and linking's {@code LinkJudged}; shows the record per document and per article.
 */
package org.treatylens.history;
