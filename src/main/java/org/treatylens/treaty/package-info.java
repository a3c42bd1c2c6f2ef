/**
 * The treaty and its articles and paragraphs: the entities, their repository and the
 * pages that show them.
 */
package org.treatylens.treaty;
