package org.treatylens.linking;

/**
 * One reason for a link: its kind, the paragraph when known, a score in [0,1] and the
 * evidence (the matched words, the quoted span or the reference text).
 */
public record LinkReason(LinkKind kind, Integer paragraph, double score, String evidence) {

}
