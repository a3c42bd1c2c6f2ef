package org.treatylens.compare;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Which sources a page shows, as kept in the URL: {@code ?sources=a,b} (or repeated
 * {@code sources} parameters, as a form sends them). No parameter means every source; an
 * empty one means none. Unknown slugs are left out and kept in {@code unknown}, so the
 * page can say so.
 */
record SourceSelection(List<String> all, Set<String> chosen, boolean explicit, List<String> unknown) {

	static SourceSelection parse(String[] values, List<String> all) {
		if (values == null) {
			return new SourceSelection(List.copyOf(all), new LinkedHashSet<>(all), false, List.of());
		}
		Set<String> chosen = new LinkedHashSet<>();
		Set<String> unknown = new LinkedHashSet<>();
		for (String value : values) {
			for (String part : value.split(",")) {
				String slug = part.strip();
				if (all.contains(slug)) {
					chosen.add(slug);
				}
				else if (!slug.isEmpty()) {
					unknown.add(slug);
				}
			}
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
		return String.join(",", ordered(this.chosen));
	}

	/**
	 * The {@code sources} value with {@code slug} switched on or off.
	 */
	public String toggled(String slug) {
		Set<String> next = new LinkedHashSet<>(this.chosen);
		if (!next.remove(slug)) {
			next.add(slug);
		}
		return String.join(",", ordered(next));
	}

	private List<String> ordered(Set<String> slugs) {
		List<String> ordered = new ArrayList<>();
		for (String slug : this.all) {
			if (slugs.contains(slug)) {
				ordered.add(slug);
			}
		}
		return ordered;
	}

}
