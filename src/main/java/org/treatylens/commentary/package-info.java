/**
 * Commentary documents and their passages: the entities, their repository and the
 * document reader.
 */
package org.treatylens.commentary;
