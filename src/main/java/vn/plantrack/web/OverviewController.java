package vn.plantrack.web;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import vn.plantrack.registry.Agencies;
import vn.plantrack.registry.DocumentSummary;
import vn.plantrack.registry.Documents;
import vn.plantrack.reporting.IndicatorEvaluations;
import vn.plantrack.reporting.IndicatorEvaluations.IndicatorVerdict;
import vn.plantrack.tracking.Actor;
import vn.plantrack.tracking.TaskProgress;

/** The province at a glance: every confirmed plan's tasks by status class and indicators by verdict. */
@Controller
class OverviewController {

	private final Documents documents;

	private final TaskRows tasks;

	private final IndicatorEvaluations evaluations;

	private final ReportingStatus reporting;

	private final TaskProgress progress;

	private final MyWorkItems ownWork;

	private final Agencies agencies;

	OverviewController(Documents documents, TaskRows tasks, IndicatorEvaluations evaluations, ReportingStatus reporting,
			TaskProgress progress, MyWorkItems ownWork, Agencies agencies) {
		this.documents = documents;
		this.tasks = tasks;
		this.evaluations = evaluations;
		this.reporting = reporting;
		this.progress = progress;
		this.ownWork = ownWork;
		this.agencies = agencies;
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
		Actor actor = reporting.actor(user);
		List<TaskRows.TaskRow> all = visible(tasks.all(), actor);
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
			List<IndicatorVerdict> planIndicators = evaluations.forDocument(document.id()).indicators();
			if (actor.reporter()) {
				Set<Long> own = ownWork.ownIndicatorIds(document.id(), actor, tasks.today());
				planIndicators = planIndicators.stream().filter(i -> own.contains(i.indicatorId())).toList();
			}
			indicators.addAll(planIndicators);
			int achieved = (int) planIndicators.stream().filter(i -> i.evaluation().verdict().achieved()).count();
			plans.add(new PlanLine(document, StatusCounts.of(byPlan.getOrDefault(document.id(), List.of())),
					planIndicators.size(), achieved));
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
		model.addAttribute("ownAgency", actor.reporter() && actor.agencyId() != null
				? agencies.name(actor.agencyId()).orElse("") : null);
		return "overview";
	}

	// rule: a REPORTER's overview counts only the tasks its agency leads or coordinates (tracking decides which)
	private List<TaskRows.TaskRow> visible(List<TaskRows.TaskRow> all, Actor actor) {
		if (!actor.reporter()) {
			return all;
		}
		Set<Long> ids = new HashSet<>();
		all.stream().map(TaskRows.TaskRow::documentId).distinct()
			.forEach(document -> progress.list(document, actor).forEach(t -> ids.add(t.id())));
		return all.stream().filter(t -> ids.contains(t.id())).toList();
	}
}
