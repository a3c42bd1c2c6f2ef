/**
 * Full-text search over commentary passages and treaty paragraphs, on a Lucene index
 * derived from PostgreSQL.
 */
package org.treatylens.search;
