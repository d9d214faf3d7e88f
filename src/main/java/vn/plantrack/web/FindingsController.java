package vn.plantrack.web;

import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import vn.plantrack.extract.Finding;
import vn.plantrack.registry.DocumentSummary;
import vn.plantrack.registry.Documents;
import vn.plantrack.registry.PlanReview;

/**
 * The data problems of every stored document, recomputed from its text (as the review draft is), so the
 * monitoring office can ask the issuing body to correct them.
 */
@Controller
class FindingsController {

	private final Documents documents;

	private final PlanReview review;

	FindingsController(Documents documents, PlanReview review) {
		this.documents = documents;
		this.review = review;
	}

	/** One document's findings, errors first. */
	record DocumentFindings(DocumentSummary document, List<Finding> findings) {
	}

	@GetMapping("/findings")
	String findings(Model model) {
		List<DocumentFindings> all = new ArrayList<>();
		for (DocumentSummary document : documents.list()) {
			review.draft(document.id()).ifPresent(draft -> {
				List<Finding> sorted = draft.findings()
					.stream()
					.sorted((a, b) -> rank(a.severity()) != rank(b.severity()) ? rank(a.severity()) - rank(b.severity())
							: Integer.compare(a.line(), b.line()))
					.toList();
				if (!sorted.isEmpty()) {
					all.add(new DocumentFindings(document, sorted));
				}
			});
		}
		model.addAttribute("documents", all);
		return "findings";
	}

	private static int rank(String severity) {
		return "error".equals(severity) ? 0 : "warning".equals(severity) ? 1 : 2;
	}
}
