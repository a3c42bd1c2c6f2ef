package org.treatylens.commentary;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Objects;

/**
 * A publication date known to a year, a month or a day. Stored as the first day of the
 * period plus its precision.
 */
public record PublicationDate(LocalDate date, Precision precision) {

	public enum Precision {

		YEAR, MONTH, DAY

	}

	public PublicationDate {
		Objects.requireNonNull(date, "date");
		Objects.requireNonNull(precision, "precision");
	}

	/**
	 * Parses {@code 2025}, {@code 2025-02} or {@code 2025-01-24}.
	 */
	public static PublicationDate parse(String value) {
		String text = value.strip();
		if (text.matches("\\d{4}")) {
			return new PublicationDate(LocalDate.of(Integer.parseInt(text), 1, 1), Precision.YEAR);
		}
		try {
			if (text.matches("\\d{4}-\\d{2}")) {
				return new PublicationDate(YearMonth.parse(text).atDay(1), Precision.MONTH);
			}
			if (text.matches("\\d{4}-\\d{2}-\\d{2}")) {
				return new PublicationDate(LocalDate.parse(text), Precision.DAY);
			}
		}
		catch (DateTimeException ex) {
			// the right form but no such day or month (2025-13, 2025-02-30, 2025-02-29)
			throw new IllegalArgumentException("'" + value + "' is not a real date: there is no such month or day");
		}
		throw new IllegalArgumentException("'" + value + "' is not a date of the form YYYY, YYYY-MM or YYYY-MM-DD");
	}

	/**
	 * The date as precise as it is known, in ISO form: {@code 2025}, {@code 2025-02},
	 * {@code 2025-01-24}.
	 */
	public String iso() {
		return switch (this.precision) {
			case YEAR -> String.valueOf(this.date.getYear());
			case MONTH -> YearMonth.from(this.date).toString();
			case DAY -> this.date.toString();
		};
	}

	/**
	 * The date for people: {@code 2025}, {@code February 2025}, {@code 24 January 2025}.
	 */
	public String display() {
		return switch (this.precision) {
			case YEAR -> String.valueOf(this.date.getYear());
			case MONTH -> this.date.format(DateTimeFormatter.ofPattern("MMMM yyyy", Locale.ENGLISH));
			case DAY -> this.date.format(DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH));
		};
	}

	@Override
	public String toString() {
		return iso();
	}

}
