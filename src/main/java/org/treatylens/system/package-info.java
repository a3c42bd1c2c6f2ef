/**
 * Cross-cutting concerns: the embedded database, the page layout, error pages and web
 * configuration.
 */
package org.treatylens.system;
