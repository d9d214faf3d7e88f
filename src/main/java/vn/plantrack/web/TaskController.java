package vn.plantrack.web;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.plantrack.amendment.ItemHistory;
import vn.plantrack.tracking.Actor;
import vn.plantrack.tracking.TaskProgress;
import vn.plantrack.tracking.TaskStatus;
import vn.plantrack.tracking.TrackingException;

/**
 * One task: what the plan assigned (the agency as written) and who carries it today after reorganisations,
 * its period, status class and history; and for its lead agency or the monitoring office, the forms to
 * change its status and report progress. The rules (who may, which transitions) are tracking's.
 */
@Controller
class TaskController {

	// rule: dates are typed the Vietnamese way, day first: 5/7/2027 or 05/07/2027
	private static final DateTimeFormatter DAY_FIRST = DateTimeFormatter.ofPattern("d/M/uuuu")
		.withResolverStyle(ResolverStyle.STRICT);

	private final TaskRows tasks;

	private final TaskProgress progress;

	private final ReportingStatus reporting;

	private final AuditRows audit;

	private final ItemHistory amendments;

	TaskController(TaskRows tasks, TaskProgress progress, ReportingStatus reporting, AuditRows audit,
			ItemHistory amendments) {
		this.amendments = amendments;
		this.tasks = tasks;
		this.progress = progress;
		this.reporting = reporting;
		this.audit = audit;
	}

	@GetMapping("/tasks/{id}")
	String show(@PathVariable long id, Authentication user, Model model) {
		model.addAttribute("form", new TaskUpdateForm());
		return render(id, reporting.actor(user), model);
	}

	@PostMapping("/tasks/{id}/status")
	String changeStatus(@PathVariable long id, @ModelAttribute("form") TaskUpdateForm form, BindingResult errors,
			Authentication user, Model model, RedirectAttributes redirect) {
		Actor actor = reporting.actor(user);
		TaskStatus status = null;
		try {
			status = form.getStatus() == null ? null : TaskStatus.valueOf(form.getStatus());
		}
		catch (IllegalArgumentException ex) {
			// reported below as a missing choice
		}
		if (status == null) {
			errors.rejectValue("status", "task.update.error.status");
		}
		LocalDate on = null;
		if (form.getOn() != null && !form.getOn().isBlank()) {
			try {
				on = LocalDate.parse(form.getOn().strip(), DAY_FIRST);
			}
			catch (DateTimeParseException ex) {
				errors.rejectValue("on", "task.update.error.date", new Object[] { form.getOn().strip() }, null);
			}
		}
		if (errors.hasErrors()) {
			return render(id, actor, model);
		}
		TaskProgress.StatusChange change = new TaskProgress.StatusChange(status, on, form.getReason(), form.getVersion());
		return apply(id, actor, errors, model, redirect, () -> progress.changeStatus(id, change, actor));
	}

	@PostMapping("/tasks/{id}/progress")
	String reportProgress(@PathVariable long id, @ModelAttribute("form") TaskUpdateForm form, BindingResult errors,
			Authentication user, Model model, RedirectAttributes redirect) {
		Actor actor = reporting.actor(user);
		if (form.getPercent() == null || form.getPercent() < 0 || form.getPercent() > 100) {
			errors.rejectValue("percent", "task.update.error.percent");
		}
		if (form.getNarrative() == null || form.getNarrative().isBlank()) {
			errors.rejectValue("narrative", "task.update.error.narrative");
		}
		if (errors.hasErrors()) {
			return render(id, actor, model);
		}
		return apply(id, actor, errors, model, redirect, () -> progress.report(id,
				new TaskProgress.ProgressReport(form.getPercent(), form.getNarrative(), form.getVersion()), List.of(), actor));
	}

	/** Runs a tracking change; its refusal is shown on the page in tracking's own words. */
	private String apply(long id, Actor actor, BindingResult errors, Model model, RedirectAttributes redirect,
			Runnable change) {
		try {
			change.run();
		}
		catch (TrackingException ex) {
			throwIfNotAllowed(ex);
			errors.reject("task.update.refused", new Object[] { ex.getMessage() }, ex.getMessage());
			return render(id, actor, model);
		}
		redirect.addFlashAttribute("message", "task.update.saved");
		return "redirect:/tasks/" + id;
	}

	private String render(long id, Actor actor, Model model) {
		TaskRows.TaskRow task = tasks.find(id).orElseThrow(() -> new NotFoundException("task " + id));
		TaskProgress.TaskView view;
		try {
			view = progress.view(id, actor);
		}
		catch (TrackingException ex) {
			throwIfNotAllowed(ex);
			throw ex;
		}
		boolean lead = actor.monitor()
				|| (actor.reporter() && view.responsibility().currentLeadIds().contains(actor.agencyId()));
		model.addAttribute("task", task);
		model.addAttribute("view", view);
		model.addAttribute("responsibility", view.responsibility());
		model.addAttribute("canUpdate", lead && !task.status().finished());
		model.addAttribute("nextStatuses", task.status().next().stream()
			.filter(s -> s != TaskStatus.CANCELLED || actor.monitor())
			.toList());
		model.addAttribute("history", audit.ofTask(id, task.documentId()));
		model.addAttribute("amendments", amendments.task(id));
		return "tasks/show";
	}

	private static void throwIfNotAllowed(TrackingException ex) {
		if (ex.kind() == TrackingException.Kind.NOT_PERMITTED) {
			throw new ResponseStatusException(HttpStatus.FORBIDDEN, ex.getMessage());
		}
		if (ex.kind() == TrackingException.Kind.NOT_FOUND) {
			throw new NotFoundException(ex.getMessage());
		}
	}
}
