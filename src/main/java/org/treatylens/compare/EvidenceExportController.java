package org.treatylens.compare;

import java.util.List;

import org.treatylens.linking.LinkReason;
import org.treatylens.system.SiteAddress;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * An article's evidence for use elsewhere: every linked passage with its source's
 * metadata, its reasons, score and permalink, as CSV or JSON.
 */
@RestController
class EvidenceExportController {

	private final ArticleCommentary commentary;

	private final SiteAddress site;

	EvidenceExportController(ArticleCommentary commentary, SiteAddress site) {
		this.commentary = commentary;
		this.site = site;
	}

	record Reason(String kind, Integer paragraph, double score, String evidence) {

		static Reason of(LinkReason reason) {
			return new Reason(reason.kind().code(), reason.paragraph(), reason.score(), reason.evidence());
		}

	}

	record EvidencePassage(long passageId, String source, String label, String title, String author, String publisher,
			String published, String sourceKind, int ordinal, String reason, Integer paragraph, double score,
			String evidence, List<Reason> reasons, String permalink, String text) {

		static EvidencePassage of(LinkedPassageView p) {
			SourceSummary s = p.source();
			return new EvidencePassage(p.id(), s.slug(), s.label(), s.title(), s.author(), s.publisher(), s.dateIso(),
					s.kind(), p.ordinal(), p.kind().code(), p.paragraph(), p.score(), p.evidence(),
					p.reasons().stream().map(Reason::of).toList(), p.permalink(), p.text());
		}

	}

	record ArticleEvidence(int article, boolean present, String permalink, boolean linksAvailable,
			List<EvidencePassage> passages) {

	}

	@GetMapping(path = "/articles/{number:\\d{1,6}}/export.json", produces = MediaType.APPLICATION_JSON_VALUE)
	ArticleEvidence exportJson(@PathVariable int number) {
		return evidence(number);
	}

	@GetMapping(path = "/articles/{number:\\d{1,6}}/export.csv")
	ResponseEntity<String> exportCsv(@PathVariable int number) {
		ArticleEvidence evidence = evidence(number);
		CsvWriter csv = new CsvWriter();
		csv.row("article", "passage_id", "source", "label", "title", "author", "publisher", "published", "source_kind",
				"ordinal", "reason", "paragraph", "score", "evidence", "all_reasons", "permalink", "text");
		for (EvidencePassage p : evidence.passages()) {
			String reasons = String.join(" | ", p.reasons()
				.stream()
				.map((r) -> r.kind() + ((r.paragraph() != null) ? " \u00b6" + r.paragraph() : "") + ": " + r.evidence())
				.toList());
			csv.row(String.valueOf(number), String.valueOf(p.passageId()), p.source(), p.label(), p.title(), p.author(),
					p.publisher(), p.published(), p.sourceKind(), String.valueOf(p.ordinal()), p.reason(),
					(p.paragraph() != null) ? String.valueOf(p.paragraph()) : null,
					String.format(java.util.Locale.ROOT, "%.4f", p.score()), p.evidence(), reasons, p.permalink(),
					p.text());
		}
		return ResponseEntity.ok()
			.contentType(new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.inline().filename("article-" + number + "-evidence.csv").build().toString())
			.body(csv.toString());
	}

	private ArticleEvidence evidence(int number) {
		String base = this.site.base();
		ArticleReading reading = this.commentary.read(number, base);
		return new ArticleEvidence(number, reading.article().present(), base + "/articles/" + number,
				reading.linksAvailable(), reading.linked().stream().map(EvidencePassage::of).toList());
	}

}
