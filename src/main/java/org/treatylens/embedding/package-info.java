/**
 * The sentence-embedding model shared by linking and search: all-MiniLM-L6-v2 (quantized
 * ONNX, shipped in a Maven artifact, run in-process by ONNX Runtime), loaded once per
 * process, and the stored vectors of commentary passages and their sentences, so that a
 * restart does not embed the corpus again. Depends on no other module.
 */
package org.treatylens.embedding;
