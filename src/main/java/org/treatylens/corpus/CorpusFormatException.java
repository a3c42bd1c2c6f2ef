package org.treatylens.corpus;

/**
 * A corpus file (treaty text, commentary, manifest) that cannot be read as it stands. The
 * message names the file and, where it can, the line: {@code russia-iran-2025.txt, line
 * 17: Article 3 appears twice (first at line 12)}.
 */
public class CorpusFormatException extends RuntimeException {

	private final String fileName;

	private final int line;

	private final String problem;

	public CorpusFormatException(String fileName, int line, String problem) {
		super(fileName + ((line > 0) ? ", line " + line : "") + ": " + problem);
		this.fileName = fileName;
		this.line = line;
		this.problem = problem;
	}

	public String getFileName() {
		return this.fileName;
	}

	/**
	 * The 1-based line the problem is on, or 0 when it concerns the whole file.
	 */
	public int getLine() {
		return this.line;
	}

	/**
	 * The problem without the file name and line.
	 */
	public String getProblem() {
		return this.problem;
	}

}
