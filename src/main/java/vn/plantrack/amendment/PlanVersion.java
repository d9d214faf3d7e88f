package vn.plantrack.amendment;

import java.time.Instant;
import java.time.LocalDate;

/** One version of a plan: 1 is the plan as confirmed, each later one a deciding document's amendments. */
public record PlanVersion(Long id, long documentId, int versionNo, String decidingDocument, Long decidingDocumentId,
		LocalDate decidedOn, String note, String createdBy, Instant createdAt, int changes) {
}
