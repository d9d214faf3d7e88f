package vn.plantrack.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.support.RequestContextUtils;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import vn.plantrack.amendment.PlanVersions;
import vn.plantrack.registry.DocumentSummary;
import vn.plantrack.registry.Documents;
import vn.plantrack.reporting.CurrentEvaluations;
import vn.plantrack.tracking.Actor;
import vn.plantrack.tracking.StatusClass;
import vn.plantrack.tracking.TaskProgress;

/**
 * A confirmed plan: its overview (tasks by status class, indicators by verdict, deadlines) and its tree of
 * groups and tasks, filterable by agency, status class and deadline year. An htmx request for the tree gets
 * only the tree back. Both are rendered once per change of the data ({@link HeldPlanPages}).
 */
@Controller
class PlanController {

	private final Documents documents;

	private final TaskRows tasks;

	private final CurrentEvaluations evaluations;

	private final ReportingStatus reporting;

	private final TaskProgress progress;

	private final PlanVersions versions;

	private final ViewerActors viewers;

	private final HeldPlanPages pages;

	PlanController(Documents documents, TaskRows tasks, CurrentEvaluations evaluations, ReportingStatus reporting,
			TaskProgress progress, PlanVersions versions, ViewerActors viewers, HeldPlanPages pages) {
		this.versions = versions;
		this.viewers = viewers;
		this.pages = pages;
		this.documents = documents;
		this.tasks = tasks;
		this.evaluations = evaluations;
		this.reporting = reporting;
		this.progress = progress;
	}

	/** One group with the tasks left after filtering. */
	record GroupNode(TaskRows.Group group, List<TaskRows.TaskRow> tasks) {
	}

	@GetMapping("/plans/{id}")
	ResponseEntity<byte[]> show(@PathVariable long id, @RequestParam(required = false) Long agency,
			@RequestParam(required = false) String status, @RequestParam(required = false) Integer year,
			@RequestHeader(name = "HX-Request", required = false) String htmx, Authentication user, Locale locale,
			Model model, HttpServletRequest request, HttpServletResponse response) {
		StatusClass statusClass = parseStatus(status);
		Actor actor = viewers.of(user);
		HeldPlanPages.Key key = new HeldPlanPages.Key(id, ViewerActors.viewer(actor),
				ViewerActors.authorities(user), locale, agency, statusClass, year, htmx != null);
		// a flash message (the confirmation that led here) is shown once, so that page is not held
		Map<String, ?> flash = RequestContextUtils.getInputFlashMap(request);
		boolean once = flash != null && !flash.isEmpty();
		byte[] page = pages.page(key, once, htmx != null ? "plans/show :: tree" : "plans/show", () -> {
			fill(model, key, actor);
			return model.asMap();
		}, user, request, response);
		return ResponseEntity.ok().contentType(HeldPages.HTML).body(page);
	}

	private void fill(Model model, HeldPlanPages.Key key, Actor actor) {
		long id = key.documentId();
		DocumentSummary document = documents.findById(id).orElseThrow(() -> new NotFoundException("plan " + id));
		List<TaskRows.TaskRow> all = visible(id, tasks.ofDocument(id), actor);
		List<TaskRows.TaskRow> shown = all.stream()
			.filter(t -> t.names(key.agency()))
			.filter(t -> key.status() == null || t.statusClass() == key.status())
			.filter(t -> key.year() == null || (t.due() != null && t.due().getYear() == key.year()))
			.toList();
		model.addAttribute("document", document);
		model.addAttribute("versions", versions.of(id));
		model.addAttribute("nodes", tree(tasks.groups(id), shown));
		model.addAttribute("shownCount", shown.size());
		model.addAttribute("totalCount", all.size());
		model.addAttribute("filterAgency", key.agency());
		model.addAttribute("filterStatus", key.status() == null ? null : key.status().name());
		model.addAttribute("filterYear", key.year());
		if (key.treeOnly()) {
			return;
		}
		LocalDate today = tasks.today();
		// held per plan until the data moves: the page no longer re-reads every observation on each visit
		var plan = evaluations.forDocument(id);
		model.addAttribute("counts", StatusCounts.of(all));
		model.addAttribute("classes", StatusCounts.ORDER);
		model.addAttribute("indicators", plan.indicators());
		model.addAttribute("verdicts", StatusCounts.verdicts(plan.indicators()));
		model.addAttribute("upcoming", StatusCounts.upcoming(all, today));
		model.addAttribute("overdue", StatusCounts.overdue(all));
		model.addAttribute("agencies", agenciesOf(all));
		model.addAttribute("years", yearsOf(all));
		model.addAttribute("today", today);
		model.addAttribute("cycles", reporting.ofPlan(id, actor));
	}

	// rule: a REPORTER sees only the tasks its agency leads or coordinates (tracking decides which, successors included)
	private List<TaskRows.TaskRow> visible(long documentId, List<TaskRows.TaskRow> all, Actor actor) {
		if (!actor.reporter()) {
			return all;
		}
		Set<Long> ids = progress.list(documentId, actor).stream().map(TaskProgress.TaskSummary::id).collect(Collectors.toSet());
		return all.stream().filter(t -> ids.contains(t.id())).toList();
	}

	static StatusClass parseStatus(String status) {
		if (status == null || status.isBlank()) {
			return null;
		}
		try {
			return StatusClass.valueOf(status);
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	private static List<GroupNode> tree(List<TaskRows.Group> groups, List<TaskRows.TaskRow> shown) {
		Map<Long, List<TaskRows.TaskRow>> byGroup = new LinkedHashMap<>();
		List<TaskRows.TaskRow> ungrouped = new ArrayList<>();
		for (TaskRows.TaskRow task : shown) {
			if (task.groupId() == null) {
				ungrouped.add(task);
			}
			else {
				byGroup.computeIfAbsent(task.groupId(), k -> new ArrayList<>()).add(task);
			}
		}
		List<GroupNode> nodes = new ArrayList<>();
		for (TaskRows.Group group : groups) {
			List<TaskRows.TaskRow> inGroup = byGroup.getOrDefault(group.id(), List.of());
			if (!inGroup.isEmpty()) {
				nodes.add(new GroupNode(group, inGroup));
			}
		}
		if (!ungrouped.isEmpty()) {
			nodes.add(new GroupNode(new TaskRows.Group(0, null, "—", null), ungrouped));
		}
		return nodes;
	}

	/** The directory agencies a plan names, by id, with the name the plan first used for each. */
	private static Map<Long, String> agenciesOf(List<TaskRows.TaskRow> all) {
		Map<Long, String> agencies = new LinkedHashMap<>();
		all.stream()
			.flatMap(t -> t.agencies().stream())
			.filter(a -> a.agencyId() != null)
			.sorted((a, b) -> a.nameAsWritten().compareToIgnoreCase(b.nameAsWritten()))
			.forEach(a -> agencies.putIfAbsent(a.agencyId(), a.nameAsWritten()));
		return agencies;
	}

	private static TreeSet<Integer> yearsOf(List<TaskRows.TaskRow> all) {
		TreeSet<Integer> years = new TreeSet<>();
		all.stream().filter(t -> t.due() != null).forEach(t -> years.add(t.due().getYear()));
		return years;
	}
}
