package org.treatylens.linking;

import java.net.URI;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import org.treatylens.corpus.CorpusJob;
import org.treatylens.corpus.CorpusJobs;
import org.treatylens.corpus.JobStatus;

/**
 * {@code POST /api/links/recompute}: an editor asks for every document to be linked again
 * (after the corpus statistics drifted, say). Answers 202 with the job at once; the old
 * links are served until the new ones are stored, all at once.
 */
@RestController
@Tag(name = "Links")
class LinkRecomputeController {

	private final CorpusJobs jobs;

	LinkRecomputeController(CorpusJobs jobs) {
		this.jobs = jobs;
	}

	@PostMapping(path = "/api/links/recompute", produces = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Link every document again, in the background (editors)",
			description = "Answers 202 with the job (`GET /api/import/jobs/{id}` follows it); the old links are "
					+ "served until the new ones are stored.")
	ResponseEntity<JobStatus> recompute() {
		CorpusJob job = this.jobs.relinkAll("requested through the API");
		JobStatus status = JobStatus.of(job);
		return ResponseEntity.accepted().location(URI.create(status.link())).body(status);
	}

}
