package org.treatylens.linking;

import io.swagger.v3.oas.annotations.Operation;
import java.net.URI;
import java.security.Principal;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import org.treatylens.corpus.Actors;

/**
 * {@code POST /api/links/judgments} ({@code {passageId, article, paragraph?, verdict:
 * accept|reject|add, note?}}; editors only, by the security rules) and
 * {@code GET /api/links/judgments}: the decisions as gold links, in the TSV shape of the
 * evaluation files.
 */
@RestController
class LinkJudgmentApiController {

	static final MediaType TSV = MediaType.parseMediaType("text/tab-separated-values;charset=UTF-8");

	private final LinkJudgments judgments;

	LinkJudgmentApiController(LinkJudgments judgments) {
		this.judgments = judgments;
	}

	@PostMapping(path = "/api/links/judgments", consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Accept, reject or add a link between a passage and an article (editors)")
	ResponseEntity<LinkJudgments.Decision> judge(@RequestBody LinkJudgments.Judgment judgment, Principal principal) {
		String actor = Actors.of(principal);
		LinkJudgments.Decision decision = this.judgments.judge(judgment, actor);
		return ResponseEntity.created(URI.create("/api/links/judgments")).body(decision);
	}

	@GetMapping(path = "/api/links/judgments")
	@Operation(summary = "Every editor's link decision, as TSV")
	ResponseEntity<String> export() {
		return ResponseEntity.ok()
			.contentType(TSV)
			.header("Content-Disposition", "inline; filename=\"links-judged.tsv\"")
			.body(JudgmentsTsv.write(this.judgments.all()));
	}

}
