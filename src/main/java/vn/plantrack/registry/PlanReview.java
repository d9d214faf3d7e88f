package vn.plantrack.registry;

import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.plantrack.extract.Extraction;
import vn.plantrack.extract.Extractor;

/**
 * The review step between import and registry: the draft is what extraction finds in the stored text
 * (recomputed, so an improved extractor improves old drafts); a MONITOR confirms it, corrected or as is.
 */
@Service
public class PlanReview {

	private final Documents documents;

	private final PlanConfirmation confirmation;

	private final Extractor extractor = new Extractor();

	PlanReview(Documents documents, PlanConfirmation confirmation) {
		this.documents = documents;
		this.confirmation = confirmation;
	}

	public Optional<Extraction> draft(long documentId) {
		return documents.findById(documentId)
			.flatMap(document -> documents.text(documentId)
				.map(text -> extractor.extract(document.fileName(), text)));
	}

	/** Confirms {@code corrected} when given, otherwise the draft as extracted. */
	@Transactional
	public Optional<PlanConfirmation.Confirmed> confirm(long documentId, Extraction corrected, String actor) {
		Optional<Extraction> reviewed = corrected != null ? Optional.of(corrected) : draft(documentId);
		return reviewed.map(extraction -> confirmation.confirm(documentId, extraction, actor));
	}
}
