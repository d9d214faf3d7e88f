package vn.plantrack.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationContext;

import org.springframework.security.core.Authentication;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.WebContext;
import org.thymeleaf.spring6.expression.ThymeleafEvaluationContext;
import org.thymeleaf.web.servlet.JakartaServletWebApplication;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import vn.plantrack.registry.Agencies;
import vn.plantrack.registry.ChangeStamp;
import vn.plantrack.registry.DocumentSummary;
import vn.plantrack.registry.Documents;
import vn.plantrack.reporting.CurrentEvaluations;
import vn.plantrack.reporting.IndicatorEvaluations.IndicatorVerdict;
import vn.plantrack.tracking.Actor;
import vn.plantrack.tracking.TaskProgress;
import vn.plantrack.web.HeldPages.HeldPage;

/** The province at a glance: every confirmed plan's tasks by status class and indicators by verdict. */
@Controller
class OverviewController {

	private final Documents documents;

	private final TaskRows tasks;

	private final CurrentEvaluations evaluations;

	private final ReportingStatus reporting;

	private final TaskProgress progress;

	private final MyWorkItems ownWork;

	private final Agencies agencies;

	private final ChangeStamp changes;

	private final ITemplateEngine templates;

	private final ApplicationContext application;

	private final HeldPages pages;

	/** The page's figures per viewer (role, agency), held until the data moves or the day turns. */
	private final Map<Actor, Figures> held = new ConcurrentHashMap<>();

	OverviewController(Documents documents, TaskRows tasks, CurrentEvaluations evaluations, ReportingStatus reporting,
			TaskProgress progress, MyWorkItems ownWork, Agencies agencies, ChangeStamp changes, ITemplateEngine templates,
			ApplicationContext application, HeldPages pages, ViewerActors viewers,
			@Value("${plantrack.overview.plans-shown:50}") int plansShown) {
		this.documents = documents;
		this.tasks = tasks;
		this.evaluations = evaluations;
		this.reporting = reporting;
		this.progress = progress;
		this.ownWork = ownWork;
		this.agencies = agencies;
		this.changes = changes;
		this.templates = templates;
		this.application = application;
		this.pages = pages;
		this.viewers = viewers;
		this.plansShown = Math.max(1, plansShown); // a table of no plans would only say how many it left out
	}

	/**
	 * Everything the overview shows, computed once per change of the data, per day and per viewer, and the
	 * page's content rendered from it once per language: rendering the tables was most of a warm request
	 * (bench/overview/profile.sh: 24 ms of CPU against 7 ms for a page with the same layout and session). The
	 * whole page (layout included) is held the same way, per language and authorities, with the user name and
	 * the CSRF token of the sign-out form filled in per request ({@link HeldPages}): the layout was most of what
	 * remained (session 4).
	 */
	private record Figures(ChangeStamp.Stamp stamp, LocalDate day, Map<String, Object> model,
			Map<PageKey, HeldPage> pages) {
	}

	/** What the whole page depends on besides the viewer's figures (the user name and CSRF token are filled in). */
	private record PageKey(Locale locale, Set<String> authorities) {
	}

	private final ViewerActors viewers;

	/** How many plans the overview's table lists at most ({@link UrgentPlans}). */
	private final int plansShown;

	/** A bound on held viewers (role x agency); past it the holdings are dropped and rebuilt on demand. */
	private static final int MAX_HELD = 512;

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
	ResponseEntity<byte[]> overview(Authentication user, Locale locale, HttpServletRequest request,
			HttpServletResponse response) {
		Actor actor = viewers.of(user);
		// read the stamp before any figure: a change committed meanwhile leaves an older stamp, so it is redone
		ChangeStamp.Stamp stamp = changes.current();
		LocalDate today = tasks.today();
		// viewers differ only by role and agency: the user name does not change what the overview counts
		Actor viewer = ViewerActors.viewer(actor);
		Figures figures = held.get(viewer);
		if (figures == null || !figures.stamp().equals(stamp) || !figures.day().equals(today)) {
			figures = new Figures(stamp, today, compute(actor, user, stamp), new ConcurrentHashMap<>());
			if (held.size() >= MAX_HELD) {
				held.clear();
			}
			held.put(viewer, figures);
		}
		Map<String, Object> shown = figures.model();
		HeldPage page = figures.pages().computeIfAbsent(new PageKey(locale, ViewerActors.authorities(user)),
				key -> pages.render("overview", withContent(shown, locale, request, response), user, request, response));
		return ResponseEntity.ok().contentType(HeldPages.HTML).body(page.fill(request, user));
	}

	private Map<String, Object> withContent(Map<String, Object> shown, Locale locale, HttpServletRequest request,
			HttpServletResponse response) {
		Map<String, Object> model = new LinkedHashMap<>(shown);
		model.put("overviewHtml", render(shown, locale, request, response));
		return model;
	}

	// the content fragment with the same engine, messages, links and conversions as the page around it; it
	// holds nothing of the request but the language (no CSRF token, no user name), so it can be reused
	private String render(Map<String, Object> model, Locale locale, HttpServletRequest request,
			HttpServletResponse response) {
		var exchange = JakartaServletWebApplication.buildApplication(request.getServletContext())
			.buildExchange(request, response);
		Map<String, Object> variables = new LinkedHashMap<>(model);
		variables.put(ThymeleafEvaluationContext.THYMELEAF_EVALUATION_CONTEXT_CONTEXT_VARIABLE_NAME,
				new ThymeleafEvaluationContext(application, null));
		return templates.process("overview-content", new WebContext(exchange, locale, variables));
	}

	private Map<String, Object> compute(Actor actor, Authentication user, ChangeStamp.Stamp stamp) {
		Map<String, Object> model = new LinkedHashMap<>();
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
			List<IndicatorVerdict> planIndicators = evaluations.forDocument(document.id(), stamp).indicators();
			if (actor.reporter()) {
				Set<Long> own = ownWork.ownIndicatorIds(document.id(), actor, tasks.today());
				planIndicators = planIndicators.stream().filter(i -> own.contains(i.indicatorId())).toList();
			}
			indicators.addAll(planIndicators);
			int achieved = (int) planIndicators.stream().filter(i -> i.evaluation().verdict().achieved()).count();
			plans.add(new PlanLine(document, StatusCounts.of(byPlan.getOrDefault(document.id(), List.of())),
					planIndicators.size(), achieved));
		}
		model.put("counts", StatusCounts.of(all));
		model.put("classes", StatusCounts.ORDER);
		model.put("verdicts", StatusCounts.verdicts(indicators));
		model.put("plans", UrgentPlans.first(plans, plansShown));
		model.put("plansTotal", plans.size());
		model.put("drafts", drafts);
		model.put("gaps", gaps);
		model.put("upcoming", StatusCounts.upcoming(all, tasks.today()));
		model.put("overdue", StatusCounts.overdue(all));
		model.put("today", tasks.today());
		// a null attribute is simply absent, as with Model.addAttribute(name, null) before
		if (actor.reporter() && actor.agencyId() != null) {
			model.put("ownAgency", agencies.name(actor.agencyId()).orElse(""));
		}
		return model;
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
