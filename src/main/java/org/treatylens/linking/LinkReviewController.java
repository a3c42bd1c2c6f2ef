package org.treatylens.linking;

import java.security.Principal;
import java.util.List;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.treatylens.corpus.CorpusJob;
import org.treatylens.corpus.CorpusJobs;

import org.treatylens.corpus.Actors;

/**
 * Link review for editors: the queue ({@code /editor/review}, one link at a time, weakest
 * first, a key per decision) and the decisions made from the reading desk (accept,
 * reject, add). Plain forms that redirect back, so they work without JavaScript; the keys
 * are bound by {@code /js/app.js} (each control carries a {@code data-key}).
 */
@Controller
class LinkReviewController {

	private final LinkReviewQueue queue;

	private final LinkJudgments judgments;

	private final StatisticsDrift drift;

	private final CorpusJobs jobs;

	LinkReviewController(LinkReviewQueue queue, LinkJudgments judgments, StatisticsDrift drift, CorpusJobs jobs) {
		this.queue = queue;
		this.judgments = judgments;
		this.drift = drift;
		this.jobs = jobs;
	}

	@GetMapping("/editor/review")
	String showQueue(@RequestParam(name = "skip", defaultValue = "0") int skip, Model model) {
		int from = Math.max(0, skip);
		List<LinkReviewQueue.Item> next = this.queue.next(from, 1);
		model.addAttribute("item", next.isEmpty() ? null : next.get(0));
		model.addAttribute("remaining", this.queue.size());
		model.addAttribute("skip", from);
		model.addAttribute("drift", this.drift.measure().orElse(null));
		model.addAttribute("relinkWaiting", this.jobs.waiting(CorpusJob.Action.RELINK_ALL));
		return "editor/review";
	}

	/**
	 * An editor asks for a full relink (after the corpus drifted from the snapshot): a
	 * background job, back to the review page with its number.
	 */
	@PostMapping("/editor/links/recompute")
	String recompute(Principal principal, RedirectAttributes redirect) {
		CorpusJob job = this.jobs.relinkAll("asked for by " + actor(principal) + " on the review page");
		redirect.addFlashAttribute("judged",
				"A full relink is queued (job " + job.id() + "); the current links are served until it is done.");
		return "redirect:/editor/review";
	}

	@PostMapping("/editor/review")
	String judgeFromQueue(@RequestParam long passageId, @RequestParam int article,
			@RequestParam(required = false) Integer paragraph, @RequestParam String verdict,
			@RequestParam(name = "skip", defaultValue = "0") int skip, Principal principal,
			RedirectAttributes redirect) {
		LinkJudgments.Decision decision = this.judgments
			.judge(new LinkJudgments.Judgment(passageId, article, paragraph, verdict, null), actor(principal));
		redirect.addFlashAttribute("judged", said(decision));
		redirect.addAttribute("skip", Math.max(0, skip));
		return "redirect:/editor/review";
	}

	/**
	 * A decision from the reading desk; {@code passage} is the passage's id, permalink or
	 * {@code slug#p-N}. Back to the desk with a notice, or with the error.
	 */
	@PostMapping("/editor/judgments")
	String judgeFromDesk(@RequestParam String passage, @RequestParam int article,
			@RequestParam(required = false) String paragraph, @RequestParam String verdict,
			@RequestParam(required = false) String note, Principal principal, RedirectAttributes redirect) {
		try {
			Long passageId = this.judgments.resolvePassage(passage)
				.orElseThrow(() -> new IllegalArgumentException(
						"No passage is called '" + passage + "': give its number (id), its permalink or slug#p-N"));
			Integer para = (paragraph != null && !paragraph.isBlank()) ? Integer.valueOf(paragraph.strip()) : null;
			LinkJudgments.Decision decision = this.judgments
				.judge(new LinkJudgments.Judgment(passageId, article, para, verdict, note), actor(principal));
			redirect.addFlashAttribute("judged", said(decision));
		}
		catch (IllegalArgumentException | ResponseStatusException ex) {
			redirect.addFlashAttribute("judgmentError", (ex instanceof ResponseStatusException status)
					? status.getReason() : "Not saved: " + ex.getMessage());
		}
		return "redirect:/articles/" + article + "#commentary-title";
	}

	private static String said(LinkJudgments.Decision d) {
		String what = switch (d.verdict()) {
			case "accept" -> "Accepted";
			case "reject" -> "Rejected";
			default -> "Added";
		};
		return what + " the link from " + d.document() + " passage " + d.ordinal() + " to Article " + d.article()
				+ ((d.paragraph() != null) ? "(" + d.paragraph() + ")" : "") + ".";
	}

	private static String actor(Principal principal) {
		return Actors.of(principal);
	}

}
