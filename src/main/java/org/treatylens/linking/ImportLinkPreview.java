package org.treatylens.linking;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.treatylens.commentary.Passage;
import org.treatylens.commentary.SourceDocument;
import org.treatylens.corpus.ImportPreviewLinker;
import org.treatylens.treaty.TreatyRepository;

/**
 * The links a document would get if it were imported now: the same rules, with the same
 * term counts as the import's linking (the stored snapshot plus the new document's), in
 * memory (the new passages get stand-in ids below zero), nothing stored. The corpus is
 * not read: the snapshot stands for it.
 */
@Service
class ImportLinkPreview implements ImportPreviewLinker {

	private final TreatyRepository treaties;

	private final SnapshotStatistics statistics;

	ImportLinkPreview(TreatyRepository treaties, SnapshotStatistics statistics) {
		this.treaties = treaties;
		this.statistics = statistics;
	}

	@Override
	@Transactional(readOnly = true)
	public List<PreviewLink> links(SourceDocument parsed) {
		return this.treaties.findFirstByOrderByIdAsc().map((treaty) -> {
			List<CommentaryText.Piece> pieces = new ArrayList<>();
			for (Passage passage : parsed.getPassages()) {
				pieces.add(new CommentaryText.Piece(-passage.getOrdinal(),
						CommentaryText.Role.valueOf(passage.getKind().name()), passage.getText()));
			}
			CommentaryText document = new CommentaryText(parsed.getSlug(), pieces);
			TreatyText text = ArticleLinker.treatyText(treaty);
			LinkFinder.Result result = new LinkFinder().find(text, List.of(document),
					this.statistics.forNewText(text, document));
			// per passage and article its strongest reason, as the reading desk shows it
			Map<List<Long>, FoundLink> best = new LinkedHashMap<>();
			result.links()
				.stream()
				.filter((l) -> l.passageId() < 0)
				.forEach((l) -> best.merge(List.of(l.passageId(), (long) l.article()), l,
						(a, b) -> (b.kind().compareTo(a.kind()) < 0 || (b.kind() == a.kind() && b.score() > a.score()))
								? b : a));
			return best.values()
				.stream()
				.map((l) -> new PreviewLink((int) -l.passageId(), l.article(), l.paragraph(), l.kind().code(),
						l.score(), l.evidence()))
				.sorted(Comparator.comparingInt(PreviewLink::ordinal).thenComparingInt(PreviewLink::article))
				.toList();
		}).orElse(List.of());
	}

}
