package vn.plantrack.web;

import java.security.Principal;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.plantrack.extract.Extraction;
import vn.plantrack.registry.DocumentSummary;
import vn.plantrack.registry.Documents;
import vn.plantrack.registry.PlanConfirmation;
import vn.plantrack.registry.PlanReview;
import vn.plantrack.search.SearchIndex;

/**
 * Import review: the extraction draft beside the source text, each item linked to its line; a MONITOR
 * corrects agencies, periods and targets and confirms the plan into the registry in one step.
 */
@Controller
class ReviewController {

	static final String VIEW = "review/show";

	private final Documents documents;

	private final PlanReview review;

	private final SearchIndex searchIndex;

	private final ConfirmedValues confirmedValues;

	ReviewController(Documents documents, PlanReview review, SearchIndex searchIndex, ConfirmedValues confirmedValues) {
		this.documents = documents;
		this.review = review;
		this.searchIndex = searchIndex;
		this.confirmedValues = confirmedValues;
	}

	@GetMapping("/documents/{id}/review")
	String show(@PathVariable long id, Model model) {
		Extraction draft = review.draft(id).orElseThrow(() -> new NotFoundException("document " + id));
		boolean confirmed = documents.findById(id).map(d -> "CONFIRMED".equals(d.status())).orElse(false);
		// once confirmed, the registry holds what the MONITOR corrected: show that, not a fresh extraction
		model.addAttribute("form", confirmed ? confirmedValues.formOf(id, draft) : DraftCorrections.formOf(draft));
		return render(id, draft, model);
	}

	@PostMapping("/documents/{id}/review")
	String confirm(@PathVariable long id, @ModelAttribute("form") ReviewForm form, BindingResult errors,
			Principal principal, Model model, RedirectAttributes redirect) {
		Extraction draft = review.draft(id).orElseThrow(() -> new NotFoundException("document " + id));
		Extraction corrected = DraftCorrections.apply(draft, form, errors);
		if (errors.hasErrors()) {
			if (errors.hasGlobalErrors()) {
				model.addAttribute("form", DraftCorrections.formOf(draft));
			}
			return render(id, draft, model);
		}
		PlanConfirmation.Confirmed confirmed = review.confirm(id, corrected, principal.getName()).orElseThrow();
		searchIndex.rebuild();
		redirect.addFlashAttribute("message", confirmed.changed() ? "review.confirmed" : "review.alreadyConfirmed");
		redirect.addFlashAttribute("messageArgs", new Object[] { confirmed.tasks(), confirmed.indicators() });
		return "redirect:/plans/" + id;
	}

	private String render(long id, Extraction draft, Model model) {
		DocumentSummary document = documents.findById(id).orElseThrow(() -> new NotFoundException("document " + id));
		model.addAttribute("document", document);
		model.addAttribute("draft", draft);
		model.addAttribute("confirmed", "CONFIRMED".equals(document.status()));
		model.addAttribute("lines", documents.text(id).orElse("").split("\n", -1));
		return VIEW;
	}
}
