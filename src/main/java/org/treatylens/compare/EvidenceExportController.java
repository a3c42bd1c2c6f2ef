package org.treatylens.compare;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import org.treatylens.linking.LinkReason;
import org.treatylens.system.SiteAddress;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * The evidence for use elsewhere: every linked passage with its document's metadata, its
 * reasons, score and permalink, as CSV or JSON, for one article or for the whole corpus.
 * The whole-corpus exports are written to the response article by article, so they never
 * hold more than one article's evidence in memory.
 */
@RestController
@Tag(name = "Evidence exports",
		description = "Every linked passage with its document's metadata, reasons, score and permalink, as CSV "
				+ "(RFC 4180, UTF-8) or JSON")
class EvidenceExportController {

	private static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

	private static final String[] CSV_HEADER = { "article", "passage_id", "document", "document_label", "title",
			"author", "publisher", "published", "document_kind", "ordinal", "reason", "paragraph", "score", "evidence",
			"all_reasons", "permalink", "text" };

	private final ArticleCommentary commentary;

	private final SiteAddress site;

	private final JsonMapper json;

	EvidenceExportController(ArticleCommentary commentary, SiteAddress site, JsonMapper json) {
		this.commentary = commentary;
		this.site = site;
		this.json = json;
	}

	record Reason(String kind, Integer paragraph, double score, String evidence) {

		static Reason of(LinkReason reason) {
			return new Reason(reason.kind().code(), reason.paragraph(), reason.score(), reason.evidence());
		}

	}

	/**
	 * Named as every JSON answer names them: {@code document} (the slug),
	 * {@code documentLabel}, {@code published} (ISO, as precise as known),
	 * {@code permalink}.
	 */
	record EvidencePassage(int article, long passageId, String document, String documentLabel, String title,
			String author, String publisher, String published, String documentKind, int ordinal, String reason,
			Integer paragraph, double score, String evidence, List<Reason> reasons, String permalink, String text) {

		static EvidencePassage of(int article, LinkedPassageView p) {
			SourceSummary s = p.source();
			return new EvidencePassage(article, p.id(), s.slug(), s.label(), s.title(), s.author(), s.publisher(),
					s.dateIso(), s.kind(), p.ordinal(), p.kind().code(), p.paragraph(), p.score(), p.evidence(),
					p.reasons().stream().map(Reason::of).toList(), p.permalink(), p.text());
		}

		String[] csvRow() {
			String allReasons = String.join(" | ", this.reasons.stream()
				.map((r) -> r.kind() + ((r.paragraph() != null) ? " \u00b6" + r.paragraph() : "") + ": " + r.evidence())
				.toList());
			return new String[] { String.valueOf(this.article), String.valueOf(this.passageId), this.document,
					this.documentLabel, this.title, this.author, this.publisher, this.published, this.documentKind,
					String.valueOf(this.ordinal), this.reason,
					(this.paragraph != null) ? String.valueOf(this.paragraph) : null,
					String.format(Locale.ROOT, "%.4f", this.score), this.evidence, allReasons, this.permalink,
					this.text };
		}

	}

	record ArticleEvidence(int article, boolean present, String permalink, boolean linksAvailable,
			List<EvidencePassage> passages) {

	}

	@GetMapping(path = "/articles/{number:\\d+}/export.json", produces = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "An article's evidence as JSON")
	ArticleEvidence exportJson(
			@Parameter(description = "The article number, from 1 to the treaty's article count (47)", example = "3",
					schema = @Schema(type = "integer", minimum = "1", maximum = "47")) @PathVariable String number) {
		return evidence(articleNumber(number), this.site.base());
	}

	@GetMapping(path = "/articles/{number:\\d+}/export.csv", produces = "text/csv")
	@Operation(summary = "An article's evidence as CSV", description = "One row per linked passage, best first.")
	ResponseEntity<String> exportCsv(
			@Parameter(description = "The article number, from 1 to the treaty's article count (47)", example = "3",
					schema = @Schema(type = "integer", minimum = "1", maximum = "47")) @PathVariable String number) {
		CsvWriter csv = new CsvWriter().row(CSV_HEADER);
		evidence(articleNumber(number), this.site.base()).passages().forEach((p) -> csv.row(p.csvRow()));
		return ResponseEntity.ok()
			.contentType(CSV)
			.header(HttpHeaders.CONTENT_DISPOSITION, disposition("article-" + number + "-evidence.csv"))
			.body(csv.toString());
	}

	/**
	 * Every link of every article, one row each, articles in order and best first within
	 * an article.
	 */
	@GetMapping(path = "/articles/export.csv", produces = "text/csv")
	@Operation(summary = "The whole corpus's evidence as CSV",
			description = "Every link of every article: one row per article and passage, articles in order, "
					+ "best first within an article. Streamed.")
	void exportCorpusCsv(HttpServletResponse response) throws IOException {
		String base = this.site.base();
		response.setContentType(CSV.toString());
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION, disposition("treatylens-evidence.csv"));
		Writer out = response.getWriter();
		out.write(new CsvWriter().row(CSV_HEADER).toString());
		for (int number = 1; number <= this.commentary.presence().size(); number++) {
			CsvWriter rows = new CsvWriter();
			evidence(number, base).passages().forEach((p) -> rows.row(p.csvRow()));
			out.write(rows.toString());
			out.flush();
		}
	}

	/**
	 * {@code {"articles": 47, "linksAvailable": true, "passages": [...]}}, each passage
	 * as in an article's export.json, with its article.
	 */
	@GetMapping(path = "/articles/export.json", produces = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "The whole corpus's evidence as JSON",
			description = "`{\"articles\": 47, \"passages\": [...], \"linksAvailable\": true}`, each passage as in "
					+ "an article's export with its `article`. Streamed.")
	void exportCorpusJson(HttpServletResponse response) throws IOException {
		String base = this.site.base();
		int articles = this.commentary.presence().size();
		response.setContentType(MediaType.APPLICATION_JSON_VALUE);
		response.setCharacterEncoding(StandardCharsets.UTF_8.name());
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION, disposition("treatylens-evidence.json"));
		Writer out = response.getWriter();
		boolean first = true;
		boolean linksAvailable = true;
		out.write("{\"articles\":" + articles + ",\"passages\":[");
		for (int number = 1; number <= articles; number++) {
			ArticleEvidence evidence = evidence(number, base);
			linksAvailable = evidence.linksAvailable();
			for (EvidencePassage passage : evidence.passages()) {
				out.write(first ? "\n" : ",\n");
				out.write(this.json.writeValueAsString(passage));
				first = false;
			}
			out.flush();
		}
		out.write("\n],\"linksAvailable\":" + linksAvailable + "}\n");
	}

	private ArticleEvidence evidence(int number, String base) {
		ArticleReading reading = this.commentary.read(number, base);
		return new ArticleEvidence(number, reading.article().present(), base + "/articles/" + number,
				reading.linksAvailable(), reading.linked().stream().map((p) -> EvidencePassage.of(number, p)).toList());
	}

	/**
	 * The path's digits as an article number; the mapping admits only digits, and the
	 * pattern is kept free of a {@code {1,6}} quantifier because the OpenAPI description
	 * would otherwise carry its braces into the path.
	 */
	private static int articleNumber(String digits) {
		if (digits.length() > 6) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND, "The treaty has no Article " + digits + ".");
		}
		return Integer.parseInt(digits);
	}

	private static String disposition(String fileName) {
		return ContentDisposition.inline().filename(fileName).build().toString();
	}

}
