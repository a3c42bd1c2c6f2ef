/**
 * Imports the treaty text and commentary documents (the bundled corpus at start-up, and
 * user uploads), parsing them into the treaty and commentary modules in one transaction.
 */
package org.treatylens.corpus;
