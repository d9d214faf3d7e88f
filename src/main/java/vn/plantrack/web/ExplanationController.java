package vn.plantrack.web;

import java.time.LocalDate;
import java.time.LocalDateTime;
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
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.plantrack.tracking.Actor;
import vn.plantrack.tracking.Explanations;
import vn.plantrack.tracking.TaskResponsibility;
import vn.plantrack.tracking.TrackingException;

/**
 * Explanation requests (yêu cầu giải trình) about one task, shown on the task page (loaded there by htmx, or
 * as a page of their own without script): a MONITOR asks the lead agency with a reply deadline, the agency's
 * REPORTER answers in writing. Who may ask and answer is tracking's rule.
 */
@Controller
class ExplanationController {

	static final String VIEW = "explanations/show";

	// rule: dates are typed the Vietnamese way, day first: 5/7/2027 or 05/07/2027
	private static final DateTimeFormatter DAY_FIRST = DateTimeFormatter.ofPattern("d/M/uuuu")
		.withResolverStyle(ResolverStyle.STRICT);

	private final Explanations explanations;

	private final TaskResponsibility responsibility;

	private final ReportingStatus reporting;

	private final TaskRows tasks;

	ExplanationController(Explanations explanations, TaskResponsibility responsibility, ReportingStatus reporting,
			TaskRows tasks) {
		this.explanations = explanations;
		this.responsibility = responsibility;
		this.reporting = reporting;
		this.tasks = tasks;
	}

	@GetMapping("/tasks/{id}/explanations")
	String list(@PathVariable long id, @RequestHeader(name = "HX-Request", required = false) String htmx,
			Authentication user, Model model) {
		model.addAttribute("form", new ExplanationForm());
		render(id, reporting.actor(user), null, model);
		return htmx != null ? VIEW + " :: #explanations" : VIEW;
	}

	@PostMapping("/tasks/{id}/explanations")
	String ask(@PathVariable long id, @ModelAttribute("form") ExplanationForm form, BindingResult errors,
			Authentication user, Model model, RedirectAttributes redirect) {
		Actor actor = reporting.actor(user);
		String question = form.getQuestion() == null ? "" : form.getQuestion().strip();
		if (question.isEmpty()) {
			errors.rejectValue("question", "explanation.error.question");
		}
		else if (question.length() > 4000) {
			errors.rejectValue("question", "explanation.error.tooLong", new Object[] { 4000 }, null);
		}
		LocalDate due = dueBefore(form.getDueBefore(), errors);
		if (errors.hasErrors()) {
			render(id, actor, null, model);
			return VIEW;
		}
		try {
			explanations.ask(id, question, due, actor);
		}
		catch (TrackingException ex) {
			refuseOrShow(ex, errors);
			render(id, actor, null, model);
			return VIEW;
		}
		redirect.addFlashAttribute("message", "explanation.asked.done");
		return "redirect:/tasks/" + id + "#explanations";
	}

	@PostMapping("/explanations/{id}/answer")
	String answer(@PathVariable long id, @RequestParam(name = "task", required = false) Long taskId,
			@ModelAttribute("form") ExplanationForm form, BindingResult errors, Authentication user, Model model,
			RedirectAttributes redirect) {
		Actor actor = reporting.actor(user);
		Explanations.Request answered;
		try {
			// tracking checks the agency before the text, so another agency learns nothing from a blank answer
			answered = explanations.answer(id, form.getAnswer(), actor);
		}
		catch (TrackingException ex) {
			if (ex.kind() == TrackingException.Kind.INVALID && taskId != null) {
				String text = form.getAnswer() == null ? "" : form.getAnswer().strip();
				errors.rejectValue("answer", text.isEmpty() ? "explanation.error.answer" : "explanation.error.tooLong",
						new Object[] { 8000 }, null);
				render(taskId, actor, id, model);
				return VIEW;
			}
			if (ex.kind() == TrackingException.Kind.CONFLICT && taskId != null) {
				errors.reject("explanation.refused", new Object[] { ex.getMessage() }, ex.getMessage());
				render(taskId, actor, null, model);
				return VIEW;
			}
			refuseOrShow(ex, errors);
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST, ex.getMessage());
		}
		redirect.addFlashAttribute("message", "explanation.answered");
		return "redirect:/tasks/" + answered.taskId() + "#explanations";
	}

	private static void refuseOrShow(TrackingException ex, BindingResult errors) {
		if (ex.kind() == TrackingException.Kind.NOT_PERMITTED) {
			throw new ResponseStatusException(HttpStatus.FORBIDDEN, ex.getMessage());
		}
		if (ex.kind() == TrackingException.Kind.NOT_FOUND) {
			throw new NotFoundException(ex.getMessage());
		}
		errors.reject("explanation.refused", new Object[] { ex.getMessage() }, ex.getMessage());
	}

	// rule: the reply deadline is a day after today, typed day first
	private LocalDate dueBefore(String text, BindingResult errors) {
		String typed = text == null ? "" : text.strip();
		if (typed.isEmpty()) {
			errors.rejectValue("dueBefore", "explanation.error.due");
			return null;
		}
		LocalDate due;
		try {
			due = LocalDate.parse(typed, DAY_FIRST);
		}
		catch (DateTimeParseException ex) {
			errors.rejectValue("dueBefore", "task.update.error.date", new Object[] { typed }, null);
			return null;
		}
		if (!due.isAfter(tasks.today())) {
			errors.rejectValue("dueBefore", "explanation.error.dueAfterToday", new Object[] { typed }, null);
			return null;
		}
		return due;
	}

	/**
	 * The task's requests as the actor may see them; {@code answering} is the request whose answer form carries
	 * the posted errors.
	 */
	private void render(long taskId, Actor actor, Long answering, Model model) {
		TaskRows.TaskRow task = tasks.find(taskId).orElseThrow(() -> new NotFoundException("task " + taskId));
		List<Explanations.Request> requests;
		try {
			requests = explanations.ofTask(taskId, actor);
		}
		catch (TrackingException ex) {
			if (ex.kind() == TrackingException.Kind.NOT_PERMITTED) {
				throw new ResponseStatusException(HttpStatus.FORBIDDEN, ex.getMessage());
			}
			throw new NotFoundException("task " + taskId);
		}
		model.addAttribute("task", task);
		model.addAttribute("requests", requests.stream().map(r -> new RequestRow(r, CyclePages.local(r.askedAt()),
				CyclePages.local(r.answeredAt()), actor.reportsFor(r.agencyId()) && r.open())).toList());
		model.addAttribute("answering", answering);
		model.addAttribute("today", tasks.today());
		model.addAttribute("canAsk", actor.monitor()
				&& !responsibility.currentResponsible(taskId, tasks.today()).currentLeadIds().isEmpty());
	}

	/** A request with its times on the Vietnamese clock and whether the actor may answer it. */
	record RequestRow(Explanations.Request request, LocalDateTime askedAt, LocalDateTime answeredAt,
			boolean canAnswer) {
	}
}
