package org.treatylens.commentary;

/**
 * What a passage is. Boilerplate (web-page leftovers) is kept so the reader shows the
 * document as received, but it is never searched or linked.
 */
public enum PassageKind {

	HEADING, PARAGRAPH, BOILERPLATE

}
