package vn.plantrack.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.plantrack.registry.Agencies;
import vn.plantrack.tracking.Actor;
import vn.plantrack.tracking.CycleExceptions;
import vn.plantrack.tracking.ReportingCycles;
import vn.plantrack.tracking.ReportingCycles.Cycle;
import vn.plantrack.tracking.Submissions;
import vn.plantrack.tracking.TaskProgress;
import vn.plantrack.tracking.TrackingException;

/**
 * "Việc của tôi": what a REPORTER's agency owes in the current reporting cycle and the form of its periodic
 * report (task progress, indicator values, narrative), saved as a draft or submitted. The report's rules
 * (who may report what, all-or-nothing, when it is locked) are tracking's; this page checks what was typed
 * and shows each problem next to its field.
 */
@Controller
class MyWorkController {

	static final String VIEW = "mywork/show";

	private final MyWorkItems items;

	private final Submissions submissions;

	private final ReportingCycles cycles;

	private final ReportingStatus reporting;

	private final Agencies agencies;

	private final TaskRows tasks;

	private final TransactionTemplate transaction;

	private final CycleExceptions exceptions;

	MyWorkController(MyWorkItems items, Submissions submissions, ReportingCycles cycles, ReportingStatus reporting,
			Agencies agencies, TaskRows tasks, TransactionTemplate transaction, CycleExceptions exceptions) {
		this.exceptions = exceptions;
		this.items = items;
		this.submissions = submissions;
		this.cycles = cycles;
		this.reporting = reporting;
		this.agencies = agencies;
		this.tasks = tasks;
		this.transaction = transaction;
	}

	/**
	 * One cycle in the agency's list: its report's state, whether it arrived in time, and whether the cycle still
	 * takes the agency's report (open before its due day, or through the agency's exception).
	 */
	record CycleRow(Cycle cycle, String status, ReportingCycles.Timeliness timeliness, boolean locked,
			CycleExceptions.Lock lock) {
	}

	@GetMapping("/my-work")
	String show(@RequestParam(name = "cycle", required = false) Long cycleId,
			@RequestHeader(name = "HX-Request", required = false) String htmx, Authentication user, Model model) {
		Actor actor = reporterOf(user);
		List<Cycle> mine = items.cyclesOf(actor);
		Optional<Cycle> chosen = cycleId == null ? items.current(mine, tasks.today()) : Optional.of(ownCycle(cycleId, mine));
		Optional<Submissions.View> existing = chosen.flatMap(c -> submissionOf(c, actor));
		MyWorkForm form = chosen.map(c -> formOf(c, existing, actor)).orElseGet(MyWorkForm::new);
		model.addAttribute("form", form);
		render(actor, mine, chosen.orElse(null), existing.orElse(null), model);
		return htmx != null ? VIEW + " :: #work" : VIEW;
	}

	@PostMapping("/my-work")
	String save(@ModelAttribute("form") MyWorkForm posted, BindingResult errors, Authentication user, Model model,
			@RequestHeader(name = "HX-Request", required = false) String htmx, RedirectAttributes redirect) {
		Actor actor = reporterOf(user);
		List<Cycle> mine = items.cyclesOf(actor);
		if (posted.getCycle() == null) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "cycle");
		}
		Cycle cycle = ownCycle(posted.getCycle(), mine);
		Optional<Submissions.View> existing = submissionOf(cycle, actor);
		MyWorkForm form = aligned(posted, cycle, actor);
		model.addAttribute("form", form);
		// the binding result must describe the form the page shows (items in the page's order)
		BindingResult checked = new BeanPropertyBindingResult(form, "form");
		Submissions.Draft draft = check(form, cycle, actor, checked);
		boolean submit = "submit".equals(form.getAction());
		if (submit && (form.getNarrative() == null || form.getNarrative().isBlank())) {
			checked.rejectValue("narrative", "mywork.error.narrativeRequired");
		}
		if (!checked.hasErrors()) {
			try {
				// saving and sending happen together or not at all
				transaction.executeWithoutResult(status -> {
					Submissions.View saved = submissions.saveDraft(cycle.id(), draft, actor);
					if (submit) {
						submissions.submit(saved.id(), actor);
					}
				});
				redirect.addFlashAttribute("message", submit ? "mywork.submitted" : "mywork.saved");
				return "redirect:/my-work?cycle=" + cycle.id();
			}
			catch (TrackingException ex) {
				if (ex.kind() == TrackingException.Kind.NOT_PERMITTED) {
					throw new ResponseStatusException(HttpStatus.FORBIDDEN, ex.getMessage());
				}
				checked.reject("mywork.refused", new Object[] { ex.getMessage() }, ex.getMessage());
			}
		}
		model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "form", checked);
		render(actor, mine, cycle, existing.orElse(null), model);
		return htmx != null ? VIEW + " :: #work" : VIEW;
	}

	/** Only a REPORTER bound to an agency has work here; the route rule already keeps others out. */
	private Actor reporterOf(Authentication user) {
		Actor actor = reporting.actor(user);
		if (!actor.reporter() || actor.agencyId() == null) {
			throw new ResponseStatusException(HttpStatus.FORBIDDEN, "no agency");
		}
		return actor;
	}

	// rule: a REPORTER opens only the cycles its own agency must report in; another agency's cycle is refused (403)
	private static Cycle ownCycle(long cycleId, List<Cycle> mine) {
		return mine.stream()
			.filter(c -> c.id() == cycleId)
			.findFirst()
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.FORBIDDEN, "cycle " + cycleId));
	}

	private Optional<Submissions.View> submissionOf(Cycle cycle, Actor actor) {
		return submissions.ofCycle(cycle.id(), actor).stream().filter(s -> s.agencyId() == actor.agencyId()).findFirst();
	}

	private void render(Actor actor, List<Cycle> mine, Cycle cycle, Submissions.View submission, Model model) {
		List<CycleRow> rows = new ArrayList<>();
		for (Cycle c : mine) {
			ReportingCycles.AgencyTimeliness own = cycles.timeliness(c.id(), actor)
				.stream()
				.filter(t -> t.agencyId() == actor.agencyId())
				.findFirst()
				.orElse(null);
			String status = own == null ? null : own.submissionStatus();
			rows.add(new CycleRow(c, status, own == null ? null : own.timeliness(), locked(status),
					exceptions.lockOf(c, actor.agencyId())));
		}
		model.addAttribute("agency", agencies.name(actor.agencyId()).orElse(""));
		model.addAttribute("cycleRows", rows);
		model.addAttribute("cycle", cycle);
		model.addAttribute("submission", submission);
		model.addAttribute("locked", submission != null && locked(submission.status().name()));
		// from the cycle's due day the agency can no longer save or send (tracking refuses it), unless excepted
		CycleExceptions.Lock cycleLock = cycle == null ? null
				: rows.stream().filter(r -> r.cycle().id() == cycle.id()).map(CycleRow::lock).findFirst()
					.orElseGet(() -> exceptions.lockOf(cycle, actor.agencyId()));
		model.addAttribute("cycleLock", cycleLock);
		model.addAttribute("cycleClosed", cycleLock != null && cycleLock.locked());
		model.addAttribute("today", tasks.today());
		if (cycle != null) {
			model.addAttribute("tasks", items.tasks(cycle, actor));
			model.addAttribute("indicators", items.indicators(cycle, actor));
		}
		else {
			model.addAttribute("tasks", List.of());
			model.addAttribute("indicators", List.of());
		}
	}

	/** A report sent or accepted can no longer be changed by its agency (until it is returned). */
	private static boolean locked(String status) {
		return "SUBMITTED".equals(status) || "ACCEPTED".equals(status);
	}

	/** The form as the page first shows it: the saved draft when there is one, else today's percentages. */
	private MyWorkForm formOf(Cycle cycle, Optional<Submissions.View> existing, Actor actor) {
		MyWorkForm form = new MyWorkForm();
		form.setCycle(cycle.id());
		Map<Long, Submissions.TaskLine> savedTasks = new HashMap<>();
		Map<Long, Submissions.IndicatorLine> savedIndicators = new HashMap<>();
		existing.ifPresent(s -> {
			form.setVersion(s.version());
			form.setNarrative(s.narrative());
			s.tasks().forEach(t -> savedTasks.put(t.taskId(), t));
			s.indicators().forEach(i -> savedIndicators.put(i.indicatorId(), i));
		});
		for (TaskProgress.TaskSummary task : items.tasks(cycle, actor)) {
			Submissions.TaskLine saved = savedTasks.get(task.id());
			form.getTasks().add(saved == null ? new MyWorkForm.TaskEntry(task.id(), "", "")
					: new MyWorkForm.TaskEntry(task.id(), Integer.toString(saved.percent()), saved.narrative()));
		}
		for (MyWorkItems.IndicatorItem indicator : items.indicators(cycle, actor)) {
			Submissions.IndicatorLine saved = savedIndicators.get(indicator.id());
			form.getIndicators().add(saved == null ? new MyWorkForm.IndicatorEntry(indicator.id(), "ACTUAL", "")
					: new MyWorkForm.IndicatorEntry(indicator.id(), saved.kind(), FormNumbers.format(saved.value())));
		}
		return form;
	}

	/**
	 * The posted lines put in the page's order, by id. A line for a task or indicator the agency does not own
	 * is refused outright (403): the page never offers one, so it was forged.
	 */
	private MyWorkForm aligned(MyWorkForm posted, Cycle cycle, Actor actor) {
		Map<Long, MyWorkForm.TaskEntry> taskLines = new HashMap<>();
		for (MyWorkForm.TaskEntry entry : posted.getTasks()) {
			if (entry != null && entry.getTaskId() != null) {
				taskLines.put(entry.getTaskId(), entry);
			}
		}
		Map<Long, MyWorkForm.IndicatorEntry> indicatorLines = new HashMap<>();
		for (MyWorkForm.IndicatorEntry entry : posted.getIndicators()) {
			if (entry != null && entry.getIndicatorId() != null) {
				indicatorLines.put(entry.getIndicatorId(), entry);
			}
		}
		MyWorkForm form = new MyWorkForm();
		form.setCycle(cycle.id());
		form.setVersion(posted.getVersion());
		form.setNarrative(posted.getNarrative());
		form.setAction(posted.getAction());
		for (TaskProgress.TaskSummary task : items.tasks(cycle, actor)) {
			MyWorkForm.TaskEntry entry = taskLines.remove(task.id());
			form.getTasks().add(entry != null ? entry : new MyWorkForm.TaskEntry(task.id(), "", ""));
		}
		for (MyWorkItems.IndicatorItem indicator : items.indicators(cycle, actor)) {
			MyWorkForm.IndicatorEntry entry = indicatorLines.remove(indicator.id());
			form.getIndicators().add(entry != null ? entry : new MyWorkForm.IndicatorEntry(indicator.id(), "ACTUAL", ""));
		}
		if (!taskLines.isEmpty() || !indicatorLines.isEmpty()) {
			throw new ResponseStatusException(HttpStatus.FORBIDDEN, "not this agency's item");
		}
		return form;
	}

	/** Reads every line; each problem is recorded on its own field. Lines left blank are not reported. */
	private Submissions.Draft check(MyWorkForm form, Cycle cycle, Actor actor, BindingResult errors) {
		List<Submissions.TaskLine> taskLines = new ArrayList<>();
		for (int i = 0; i < form.getTasks().size(); i++) {
			MyWorkForm.TaskEntry entry = form.getTasks().get(i);
			String percentText = entry.getPercent() == null ? "" : entry.getPercent().strip();
			String narrative = entry.getNarrative() == null ? "" : entry.getNarrative().strip();
			if (percentText.isEmpty() && narrative.isEmpty()) {
				continue;
			}
			Integer percent = percent(percentText);
			if (percent == null) {
				errors.rejectValue("tasks[" + i + "].percent", "mywork.error.percent", new Object[] { percentText }, null);
			}
			if (narrative.isEmpty()) {
				errors.rejectValue("tasks[" + i + "].narrative", "mywork.error.taskNarrative");
			}
			else if (narrative.length() > 4000) {
				errors.rejectValue("tasks[" + i + "].narrative", "mywork.error.tooLong", new Object[] { 4000 }, null);
			}
			if (percent != null && !narrative.isEmpty()) {
				taskLines.add(new Submissions.TaskLine(entry.getTaskId(), percent, narrative));
			}
		}
		List<MyWorkItems.IndicatorItem> indicators = items.indicators(cycle, actor);
		List<Submissions.IndicatorLine> indicatorLines = new ArrayList<>();
		for (int i = 0; i < form.getIndicators().size(); i++) {
			MyWorkForm.IndicatorEntry entry = form.getIndicators().get(i);
			String text = entry.getValue() == null ? "" : entry.getValue().strip();
			if (text.isEmpty()) {
				continue;
			}
			String kind = "ESTIMATE".equals(entry.getKind()) ? "ESTIMATE" : "ACTUAL";
			Optional<BigDecimal> value = FormNumbers.parse(text);
			if (value.isEmpty()) {
				errors.rejectValue("indicators[" + i + "].value", "mywork.error.number", new Object[] { text }, null);
				continue;
			}
			String unit = indicators.get(i).unit();
			if (percentUnit(unit) && (value.get().compareTo(BigDecimal.valueOf(-100)) < 0
					|| value.get().compareTo(BigDecimal.valueOf(1000)) > 0)) {
				errors.rejectValue("indicators[" + i + "].value", "mywork.error.percentRange", new Object[] { text }, null);
				continue;
			}
			indicatorLines.add(new Submissions.IndicatorLine(entry.getIndicatorId(), kind, value.get()));
		}
		if (form.getNarrative() != null && form.getNarrative().length() > 8000) {
			errors.rejectValue("narrative", "mywork.error.tooLong", new Object[] { 8000 }, null);
		}
		return new Submissions.Draft(null, form.getNarrative(), taskLines, indicatorLines, form.getVersion());
	}

	// rule: the percent done is a whole number from 0 to 100 ("40" or "40 %")
	private static Integer percent(String text) {
		String digits = text.endsWith("%") ? text.substring(0, text.length() - 1).strip() : text;
		if (!digits.matches("\\d{1,3}")) {
			return null;
		}
		int value = Integer.parseInt(digits);
		return value <= 100 ? value : null;
	}

	// rule: a rate in per cent lies between a fall of 100 % and a tenfold rise; beyond that it is a typing slip
	private static boolean percentUnit(String unit) {
		return unit != null && unit.strip().equals("%");
	}
}
