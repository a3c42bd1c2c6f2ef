package org.treatylens.compare;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CsvWriterTests {

	@Test
	void quotesFieldsWithCommasQuotesAndLineBreaksAndLeavesNullsEmpty() {
		String csv = new CsvWriter().row("plain", "a, b", "say \"no\"", "two\nlines", null, " padded").toString();
		assertThat(csv).isEqualTo("plain,\"a, b\",\"say \"\"no\"\"\",\"two\nlines\",,\" padded\"\r\n");
	}

	@Test
	void neutralisesCellsASpreadsheetWouldRunAsAFormula() {
		String csv = new CsvWriter()
			.row("=HYPERLINK(\"http://evil.example\")", "+1", "-2+3", "@SUM(A1)", "\tx", "\rx", "a=b", "3")
			.toString();
		assertThat(csv)
			.isEqualTo("\"'=HYPERLINK(\"\"http://evil.example\"\")\",'+1,'-2+3,'@SUM(A1),'\tx,\"'\rx\",a=b,3\r\n");
	}

}
