package org.treatylens.system;

/**
 * What a reader typed, as a notice quotes it back ("No source is called …"): control
 * characters shown as U+FFFD rather than kept invisible in the page, runs of white space
 * as one space, and anything past {@value #MAX_LENGTH} characters cut with an ellipsis,
 * so a pasted paragraph does not become the notice. Escaping is the template's job.
 */
public final class EchoedInput {

	static final int MAX_LENGTH = 80;

	private EchoedInput() {
	}

	public static String of(String typed) {
		StringBuilder shown = new StringBuilder();
		boolean space = false;
		int count = 0;
		for (int i = 0; i < typed.length() && count <= MAX_LENGTH;) {
			int c = typed.codePointAt(i);
			i += Character.charCount(c);
			if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
				space = shown.length() > 0;
				continue;
			}
			if (space) {
				shown.append(' ');
				count++;
				space = false;
			}
			boolean invisible = Character.isISOControl(c) || Character.getType(c) == Character.FORMAT
					|| Character.getType(c) == Character.UNASSIGNED || Character.getType(c) == Character.SURROGATE;
			shown.appendCodePoint(invisible ? '\uFFFD' : c);
			count++;
		}
		if (count > MAX_LENGTH) {
			shown.setLength(shown.offsetByCodePoints(0, MAX_LENGTH));
			shown.append('…');
		}
		return shown.toString();
	}

}
