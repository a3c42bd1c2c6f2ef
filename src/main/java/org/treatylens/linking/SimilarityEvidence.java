package org.treatylens.linking;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Says in the passage's own words why it resembles a paragraph: the shared word pairs and
 * rare words as written ("territorial integrity") and the everyday expressions read as
 * treaty terms ("sanctions ≈ coercive measures").
 */
final class SimilarityEvidence {

	private SimilarityEvidence() {
	}

	static String describe(String passage, SimilarityScorer.Match match) {
		Set<String> parts = new LinkedHashSet<>();
		Set<String> coveredStems = new LinkedHashSet<>();
		for (String pair : match.sharedPairs()) {
			String[] stems = pair.split(" ");
			Matcher written = Pattern
				.compile("\\b(" + Pattern.quote(stems[0]) + "\\w*)\\W+(?:\\w+\\W+){0,3}?(" + Pattern.quote(stems[1])
						+ "\\w*)", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE)
				.matcher(passage);
			if (written.find()) {
				parts.add(written.group());
				coveredStems.add(stems[0]);
				coveredStems.add(stems[1]);
			}
		}
		for (String term : match.specificTerms()) {
			if (term.contains(" ") || coveredStems.contains(term)) {
				continue;
			}
			Matcher written = Pattern.compile("\\b" + Pattern.quote(term) + "\\w*", Pattern.CASE_INSENSITIVE)
				.matcher(passage);
			if (written.find()) {
				parts.add(written.group());
			}
		}
		List<String> out = new ArrayList<>(parts);
		for (TreatyVocabulary.Hit hit : match.vocabulary()) {
			String written = hit.written().toLowerCase(Locale.ROOT);
			// the treaty's own word needs no translation
			out.add(written.equals(hit.treatyTerms()) ? written : written + " \u2248 " + hit.treatyTerms());
		}
		return String.join("; ", out);
	}

}
