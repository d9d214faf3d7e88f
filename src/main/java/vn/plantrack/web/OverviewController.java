package vn.plantrack.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import vn.plantrack.registry.DocumentSummary;
import vn.plantrack.registry.Documents;
import vn.plantrack.reporting.IndicatorEvaluations;
import vn.plantrack.reporting.IndicatorEvaluations.IndicatorVerdict;

/** The province at a glance: every confirmed plan's tasks by status class and indicators by verdict. */
@Controller
class OverviewController {

	private final Documents documents;

	private final TaskRows tasks;

	private final IndicatorEvaluations evaluations;

	private final ReportingStatus reporting;

	OverviewController(Documents documents, TaskRows tasks, IndicatorEvaluations evaluations, ReportingStatus reporting) {
		this.documents = documents;
		this.tasks = tasks;
		this.evaluations = evaluations;
		this.reporting = reporting;
	}

	/** A reporting cycle of a plan where someone is late or missing. */
	record ReportGap(DocumentSummary document, ReportingStatus.CycleLine line) {
	}

	/** One plan's line in the overview table. */
	record PlanLine(DocumentSummary document, StatusCounts counts, int indicators, int achieved) {
	}

	@GetMapping("/")
	String home() {
		return "redirect:/overview";
	}

	@GetMapping("/overview")
	String overview(Authentication user, Model model) {
		List<TaskRows.TaskRow> all = tasks.all();
		Map<Long, List<TaskRows.TaskRow>> byPlan = new LinkedHashMap<>();
		all.forEach(t -> byPlan.computeIfAbsent(t.documentId(), k -> new ArrayList<>()).add(t));
		List<PlanLine> plans = new ArrayList<>();
		List<IndicatorVerdict> indicators = new ArrayList<>();
		List<DocumentSummary> drafts = new ArrayList<>();
		List<ReportGap> gaps = new ArrayList<>();
		for (DocumentSummary document : documents.list()) {
			if (!"CONFIRMED".equals(document.status())) {
				drafts.add(document);
				continue;
			}
			for (ReportingStatus.CycleLine line : reporting.ofPlan(document.id(), user)) {
				if (!line.late().isEmpty() || !line.missing().isEmpty()) {
					gaps.add(new ReportGap(document, line));
				}
			}
			var plan = evaluations.forDocument(document.id());
			indicators.addAll(plan.indicators());
			int achieved = (int) plan.indicators().stream().filter(i -> i.evaluation().verdict().achieved()).count();
			plans.add(new PlanLine(document, StatusCounts.of(byPlan.getOrDefault(document.id(), List.of())),
					plan.indicators().size(), achieved));
		}
		model.addAttribute("counts", StatusCounts.of(all));
		model.addAttribute("classes", StatusCounts.ORDER);
		model.addAttribute("verdicts", StatusCounts.verdicts(indicators));
		model.addAttribute("plans", plans);
		model.addAttribute("drafts", drafts);
		model.addAttribute("gaps", gaps);
		model.addAttribute("upcoming", StatusCounts.upcoming(all, tasks.today()));
		model.addAttribute("overdue", StatusCounts.overdue(all));
		model.addAttribute("today", tasks.today());
		return "overview";
	}
}
