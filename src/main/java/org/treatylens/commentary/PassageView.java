package org.treatylens.commentary;

import java.util.List;
import java.util.Locale;

/**
 * A passage in the reader and in {@code GET /api/documents/{slug}}: {@code kind} is
 * {@code heading}, {@code paragraph} or {@code boilerplate}; {@code heading} is the text
 * of the heading it sits under; {@code articles} and {@code externalReferences} come from
 * the {@link PassageAnnotations} when the app has them.
 */
record PassageView(long id, int ordinal, String kind, String text, String heading, int line, List<Integer> articles,
		List<String> externalReferences) {

	static PassageView of(Passage passage, PassageAnnotation annotation) {
		return new PassageView(passage.getId(), passage.getOrdinal(), passage.getKind().name().toLowerCase(Locale.ROOT),
				passage.getText(), (passage.getHeading() != null) ? passage.getHeading().getText() : null,
				passage.getLineNumber(), (annotation != null) ? annotation.articles() : List.of(),
				(annotation != null) ? annotation.externalReferences() : List.of());
	}

}
