package vn.plantrack.web;

import java.math.BigDecimal;
import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
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

import vn.plantrack.tracking.Actor;
import vn.plantrack.tracking.ReportingCycles;
import vn.plantrack.tracking.Submissions;
import vn.plantrack.tracking.TrackingException;

/**
 * One agency's periodic report: its narrative, task progress and indicator values; for a MONITOR, accepting it
 * (which makes its figures official) or returning it with a comment. The steps and their rules are tracking's;
 * the page adds the check that the report is still the one the MONITOR read (its version).
 */
@Controller
class SubmissionController {

	static final String VIEW = "submissions/show";

	private final Submissions submissions;

	private final ReportingCycles cycles;

	private final ReportingStatus reporting;

	private final TaskRows tasks;

	private final JdbcClient jdbc;

	SubmissionController(Submissions submissions, ReportingCycles cycles, ReportingStatus reporting, TaskRows tasks,
			JdbcClient jdbc) {
		this.submissions = submissions;
		this.cycles = cycles;
		this.reporting = reporting;
		this.tasks = tasks;
		this.jdbc = jdbc;
	}

	/** A task line of the report with the task's code and title. */
	record TaskLine(long taskId, String code, String title, int percent, String narrative) {
	}

	/** An indicator line of the report with the indicator's name and unit. */
	record IndicatorLine(long indicatorId, String code, String name, String unit, String kind, BigDecimal value) {

		public String valueText() {
			return FormNumbers.format(value);
		}
	}

	@GetMapping("/submissions/{id}")
	String show(@PathVariable long id, Authentication user, Model model) {
		Actor actor = reporting.actor(user);
		SubmissionDecisionForm form = new SubmissionDecisionForm();
		model.addAttribute("form", form);
		return render(view(id, actor), actor, model);
	}

	@PostMapping("/submissions/{id}/accept")
	String accept(@PathVariable long id, @ModelAttribute("form") SubmissionDecisionForm form, BindingResult errors,
			Authentication user, Model model, RedirectAttributes redirect) {
		Actor actor = reporting.actor(user);
		Submissions.View current = view(id, actor);
		if (stale(current, form, errors)) {
			return render(current, actor, model);
		}
		return decide(id, actor, current, errors, model, redirect, "submission.accepted",
				() -> submissions.accept(id, actor));
	}

	@PostMapping("/submissions/{id}/return")
	String giveBack(@PathVariable long id, @ModelAttribute("form") SubmissionDecisionForm form, BindingResult errors,
			Authentication user, Model model, RedirectAttributes redirect) {
		Actor actor = reporting.actor(user);
		Submissions.View current = view(id, actor);
		if (stale(current, form, errors)) {
			return render(current, actor, model);
		}
		String comment = form.getComment() == null ? "" : form.getComment().strip();
		if (comment.isEmpty()) {
			errors.rejectValue("comment", "submission.error.comment");
		}
		else if (comment.length() > 4000) {
			errors.rejectValue("comment", "submission.error.tooLong", new Object[] { 4000 }, null);
		}
		if (errors.hasErrors()) {
			return render(current, actor, model);
		}
		return decide(id, actor, current, errors, model, redirect, "submission.returned",
				() -> submissions.returnForCorrection(id, comment, actor));
	}

	// rule: a decision applies to the report as it was read; if it changed since (sent again, decided by a
	// colleague), nothing is done and the MONITOR is asked to look again
	private static boolean stale(Submissions.View current, SubmissionDecisionForm form, BindingResult errors) {
		if (form.getVersion() == null || form.getVersion() != current.version()) {
			errors.reject("submission.conflict");
			return true;
		}
		return false;
	}

	private String decide(long id, Actor actor, Submissions.View current, BindingResult errors, Model model,
			RedirectAttributes redirect, String message, Runnable step) {
		try {
			step.run();
		}
		catch (TrackingException ex) {
			if (ex.kind() == TrackingException.Kind.NOT_PERMITTED) {
				throw new ResponseStatusException(HttpStatus.FORBIDDEN, ex.getMessage());
			}
			errors.reject(ex.kind() == TrackingException.Kind.CONFLICT ? "submission.conflictBy" : "submission.refused",
					new Object[] { ex.getMessage() }, ex.getMessage());
			return render(view(id, actor), actor, model);
		}
		redirect.addFlashAttribute("message", message);
		return "redirect:/submissions/" + id;
	}

	private Submissions.View view(long id, Actor actor) {
		try {
			return submissions.view(id, actor);
		}
		catch (TrackingException ex) {
			if (ex.kind() == TrackingException.Kind.NOT_PERMITTED) {
				throw new ResponseStatusException(HttpStatus.FORBIDDEN, ex.getMessage());
			}
			throw new NotFoundException("submission " + id);
		}
	}

	private String render(Submissions.View submission, Actor actor, Model model) {
		ReportingCycles.Cycle cycle = cycles.cycle(submission.cycleId());
		model.addAttribute("submission", submission);
		model.addAttribute("cycle", cycle);
		model.addAttribute("firstSubmittedAt", CyclePages.local(submission.firstSubmittedAt()));
		model.addAttribute("submittedAt", CyclePages.local(submission.submittedAt()));
		model.addAttribute("taskLines", taskLines(submission));
		model.addAttribute("indicatorLines", indicatorLines(submission));
		boolean reviewable = submission.status() == Submissions.Status.SUBMITTED;
		model.addAttribute("canDecide", actor.monitor() && reviewable);
		model.addAttribute("ownAgency", actor.reportsFor(submission.agencyId()));
		return VIEW;
	}

	private List<TaskLine> taskLines(Submissions.View submission) {
		return submission.tasks()
			.stream()
			.map(t -> tasks.find(t.taskId())
				.map(row -> new TaskLine(t.taskId(), row.code(), row.title(), t.percent(), t.narrative()))
				.orElseGet(() -> new TaskLine(t.taskId(), null, null, t.percent(), t.narrative())))
			.toList();
	}

	private List<IndicatorLine> indicatorLines(Submissions.View submission) {
		return submission.indicators()
			.stream()
			.map(i -> jdbc.sql("SELECT code, name, unit FROM indicator WHERE id = ?")
				.param(i.indicatorId())
				.query((rs, n) -> new IndicatorLine(i.indicatorId(), rs.getString(1), rs.getString(2), rs.getString(3),
						i.kind(), i.value()))
				.optional()
				.orElseGet(() -> new IndicatorLine(i.indicatorId(), null, null, null, i.kind(), i.value())))
			.toList();
	}
}
