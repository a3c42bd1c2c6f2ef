package org.treatylens.linking;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Everyday words for what the treaty says in treaty language: "sanctions" for "unilateral
 * coercive measures", "secret services" for "intelligence and security agencies", "war
 * games" for "military exercises". A passage that uses the everyday words is scored as if
 * it also used the treaty's. Entries name concepts, never particular passages; see
 * docs/linking.md for the list and why each is there.
 */
final class TreatyVocabulary {

	/** An everyday expression and the treaty terms it stands for. */
	record Entry(Pattern everyday, String treatyTerms) {
	}

	/** An entry found in a passage: the words as written and the treaty terms. */
	record Hit(String written, String treatyTerms) {

		/**
		 * A multi-word concept of the treaty ("nuclear energy facilities") named in
		 * several words ("building reactors", "spy agencies") is a phrase as telling as a
		 * shared word pair (2); one everyday word ("sanctions", "meddling") or a verb
		 * ("fight against" for "counter") is often just the subject (1).
		 */
		int points() {
			return (this.written.strip().contains(" ") && this.treatyTerms.strip().contains(" ")) ? 2 : 1;
		}

	}

	private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

	private static Entry entry(String everyday, String treatyTerms) {
		return new Entry(Pattern.compile(everyday, FLAGS), treatyTerms);
	}

	static final List<Entry> ENTRIES = List.of(
			// Article 19: sanctions are the treaty's "unilateral coercive measures"
			entry("\\bsanction(?:s|ed|ing)?\\b|\\bcoercive measures\\b|\\bembargo(?:es|ed)?\\b"
					+ "|\\bunilateral (?:restrictions|measures|penalties)\\b|\\brestrictions imposed unilaterally\\b",
					"coercive measures"),
			entry("\\b(?:counter(?:s|ing|ed)?|resist\\w*|oppos(?:e|es|ed|ing)|combat(?:s|ing)?|counteract\\w*|confront\\w*"
					+ "|stand(?:s|ing)? against|fight(?:s|ing)? against)\\b", "counter"),
			entry("\\b(?:wrongful|unlawful|illegal|illegitimate|illicit)\\b", "wrongful"),
			// Article 4: the agencies, and what they trade
			entry("\\b(?:secret|special|intelligence|spy|security) (?:services?|agencies|communities)\\b",
					"intelligence and security agencies"),
			entry("\\bintelligence[- ]sharing\\b|\\b(?:shar|exchang|swap|trad|pass)(?:e|es|ed|ing)? (?:on )?"
					+ "(?:of )?(?:intelligence|information|what they (?:learn|know|find)|findings|secrets|data)\\b",
					"intelligence agencies exchange information"),
			// Article 5: exercises, port calls, training
			entry("\\bwar ?games?\\b|\\bmilitary (?:drills?|exercises|manoeuvres|maneuvers)\\b|\\bjoint (?:naval |military )?"
					+ "(?:drills?|exercises|manoeuvres|maneuvers)\\b|\\bnaval (?:drills?|exercises)\\b"
					+ "|\\b(?:hold|conduct|stag)(?:s|ed|ing|e|es)? (?:joint |regular |common )?"
					+ "(?:drills|exercises|manoeuvres|maneuvers)\\b|\\bexercis(?:e|es|ing) together\\b",
					"joint military exercises"),
			entry("\\b(?:port|naval) (?:visits?|calls?)\\b|\\bcall(?:s|ing)? at (?:\\w+ )?(?:\\w+ )?ports?\\b",
					"port calls by military ships"),
			// Article 3: no help for an aggressor, the event of an attack, no territory
			// for
			// hostile acts, separatism
			entry("\\b(?:not|never|no|neither|nor|refrain\\w*)\\b[^.;]{0,40}\\b(?:support\\w*|help\\w*|assist\\w*|aid\\w*|back\\w*)"
					+ "\\b[^.;]{0,80}\\b(?:aggress\\w*|attacker)", "not provide assistance to the aggressor"),
			entry("\\b(?:one|either|a) (?:side|party|country|state|partner|signatory) (?:is|are|were|be|gets?) "
					+ "(?:attacked|invaded)\\b|\\battacks? (?:on|against) (?:either|one) (?:of (?:them|the two)|side|party"
					+ "|country|state)\\b|\\b(?:if|should|when|where) (?:a third (?:country|state|party|power) )?attacks?\\b",
					"subject to aggression"),
			entry("\\bdeny\\w* (?:access to|use of) (?:their|its|the) territor\\w*"
					+ "|\\bterritor\\w* (?:will|would|shall|can|cannot|may)? ?not be used\\b",
					"not permit the use of their territories hostile actions"),
			entry("\\bseparatis\\w*", "separatist movements"), entry("\\bmeddl\\w*", "interference"),
			// Article 2: a multipolar order is the treaty's multilateralism against
			// hegemony; a world run by one power is its unipolarity
			entry("\\bmultipolar\\w*", "multilateralism"),
			entry("\\b(?:unipolar\\w*|hegemon\\w*|one[- ]power world|single[- ]power|(?:domination|dominance|rule|run) "
					+ "(?:by|of) (?:a single|one) (?:power|country|state|superpower))",
					"rejection of unipolarity and hegemony"),
			// Article 23: nuclear power, reactors built
			entry("\\bnuclear (?:power (?:plants?|stations?|units?)|reactors?|power|energy|plants?|stations?)\\b"
					+ "|\\batomic energy\\b|\\bbuil(?:d|ds|t|ding) (?:\\w+ )?(?:nuclear )?(?:reactors|power units)\\b"
					+ "|\\breactor (?:construction|projects?)\\b|\\bcivil(?:ian)? nuclear\\b|\\bpeaceful (?:atom|nuclear)\\b",
					"nuclear energy facilities"),
			// Article 6: arms
			entry("\\b(?:arms|weapons) (?:supplies|deliveries|sales|trade|cooperation|transfers|exports|imports|purchases"
					+ "|deals)\\b|\\bdefen[cs]e[- ]industr\\w*|\\bmilitary[- ]industrial cooperation\\b",
					"military-technical cooperation"));

	List<Hit> hits(String text) {
		List<Hit> hits = new ArrayList<>();
		for (Entry entry : ENTRIES) {
			var matcher = entry.everyday().matcher(text);
			if (matcher.find()) {
				hits.add(new Hit(matcher.group(), entry.treatyTerms()));
			}
		}
		return hits;
	}

}
