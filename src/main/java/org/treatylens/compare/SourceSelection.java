package org.treatylens.compare;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

import org.springframework.web.util.UriComponentsBuilder;
import org.treatylens.system.EchoedInput;

/**
 * Which sources a page shows, as kept in the URL: {@code ?sources=a,b} (or repeated
 * {@code sources} parameters, as a form sends them), or, when that list would be long,
 * {@code ?without=c} (every source but those). No parameter means every source; an empty
 * {@code sources} means none. Unknown slugs are left out and kept in {@code unknown} as a
 * notice quotes them ({@link EchoedInput}), so the page can say so.
 */
record SourceSelection(List<String> all, Set<String> chosen, boolean explicit, List<String> unknown) {

	/**
	 * A choice of more sources than this is written as the sources left out, when they
	 * are fewer: switching one of 2,500 sources off must not make a URL of 2,499 names.
	 */
	static final int LISTED = 20;

	static SourceSelection parse(String[] values, List<String> all) {
		return parse(values, null, all);
	}

	/**
	 * @param values the {@code sources} parameters (they win when both are given)
	 * @param without the {@code without} parameters
	 */
	static SourceSelection parse(String[] values, String[] without, List<String> all) {
		if (values == null && without == null) {
			return new SourceSelection(List.copyOf(all), new LinkedHashSet<>(all), false, List.of());
		}
		Set<String> known = new HashSet<>(all);
		Set<String> named = new LinkedHashSet<>();
		Set<String> unknown = new LinkedHashSet<>();
		for (String value : (values != null) ? values : without) {
			for (String part : value.split(",")) {
				String slug = part.strip();
				if (known.contains(slug)) {
					named.add(slug);
				}
				else if (!slug.isEmpty()) {
					unknown.add(EchoedInput.of(slug));
				}
			}
		}
		Set<String> chosen = named;
		if (values == null) {
			chosen = new LinkedHashSet<>(all);
			chosen.removeAll(named);
		}
		return new SourceSelection(List.copyOf(all), chosen, true, List.copyOf(unknown));
	}

	public boolean shows(String slug) {
		return this.chosen.contains(slug);
	}

	/**
	 * The chosen slugs in the sources' own order, comma-separated, for a URL.
	 */
	public String value() {
		return String.join(",", ordered(this.chosen::contains));
	}

	/** Whether the choice is written as the sources chosen (not as those left out). */
	boolean listed() {
		return listed(this.chosen.size());
	}

	/**
	 * The {@code sources} value with {@code slug} switched on or off.
	 */
	public String toggled(String slug) {
		return String.join(",", ordered(toggle(slug)));
	}

	/**
	 * Adds this choice to a URL ({@code sources} or {@code without}; nothing for all).
	 */
	void addTo(UriComponentsBuilder uri) {
		if (this.explicit) {
			addTo(uri, this.chosen::contains);
		}
	}

	/** Adds this choice with {@code slug} switched on or off to a URL. */
	void addToggledTo(UriComponentsBuilder uri, String slug) {
		addTo(uri, toggle(slug));
	}

	private void addTo(UriComponentsBuilder uri, Predicate<String> chosen) {
		List<String> on = ordered(chosen);
		if (on.size() == this.all.size()) {
			// every source is what no parameter means: a source switched back on leads
			// to the page's own address
			return;
		}
		if (listed(on.size())) {
			uri.queryParam("sources", String.join(",", on));
		}
		else {
			uri.queryParam("without", String.join(",", ordered(chosen.negate())));
		}
	}

	private boolean listed(int chosen) {
		return chosen <= LISTED || chosen <= this.all.size() - chosen;
	}

	// the choice with one source switched, read through the choice itself rather than
	// copied: a page offers a switch per source shown, out of a choice of thousands
	private Predicate<String> toggle(String slug) {
		return (s) -> this.chosen.contains(s) != s.equals(slug);
	}

	private List<String> ordered(Predicate<String> chosen) {
		List<String> ordered = new ArrayList<>();
		for (String slug : this.all) {
			if (chosen.test(slug)) {
				ordered.add(slug);
			}
		}
		return ordered;
	}

}
