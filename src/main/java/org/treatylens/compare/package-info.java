/**
 * Side-by-side reading: how the sources read one article, the coverage map and the
 * evidence exports.
 */
package org.treatylens.compare;
