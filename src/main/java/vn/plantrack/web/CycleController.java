package vn.plantrack.web;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.servlet.http.HttpServletResponse;
import vn.plantrack.registry.Documents;
import vn.plantrack.tracking.Actor;
import vn.plantrack.tracking.CycleExceptions;
import vn.plantrack.tracking.ReportingCycles;
import vn.plantrack.tracking.ReportingCycles.Cycle;
import vn.plantrack.tracking.TrackingException;

/**
 * One reporting cycle as the monitoring office follows it: the data window, the due day, whether reports still
 * count as on time, and for each agency that must report the state of its report, its timeliness and how
 * complete it is, with a link to the report. The exceptions to the cycle's lock (gia hạn) are listed there too;
 * a MONITOR grants and revokes them on the page, each with its reason (tracking's {@link CycleExceptions}, as
 * the API does).
 */
@Controller
class CycleController {

	// rule: dates are typed the Vietnamese way, day first: 5/7/2027 or 05/07/2027
	private static final DateTimeFormatter DAY_FIRST = DateTimeFormatter.ofPattern("d/M/uuuu")
		.withResolverStyle(ResolverStyle.STRICT);

	private static final DateTimeFormatter VIETNAMESE_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

	private static final int MAX_REASON = 2000;

	private final ReportingCycles cycles;

	private final CyclePages pages;

	private final ReportingStatus reporting;

	private final Documents documents;

	private final TaskRows tasks;

	private final CycleExceptions exceptions;

	CycleController(ReportingCycles cycles, CyclePages pages, ReportingStatus reporting, Documents documents,
			TaskRows tasks, CycleExceptions exceptions) {
		this.cycles = cycles;
		this.pages = pages;
		this.reporting = reporting;
		this.documents = documents;
		this.tasks = tasks;
		this.exceptions = exceptions;
	}

	@GetMapping("/cycles/{id}")
	String show(@PathVariable long id, Authentication user, Model model) {
		model.addAttribute("grant", new CycleExceptionForm());
		return render(id, reporting.actor(user), model);
	}

	@PostMapping("/cycles/{id}/exceptions")
	String grant(@PathVariable long id, @ModelAttribute("grant") CycleExceptionForm form, BindingResult errors,
			Authentication user, Model model, RedirectAttributes redirect, HttpServletResponse response) {
		Actor actor = monitor(user);
		Cycle cycle = cycle(id);
		if (form.getAgencyId() == null || cycle.agencies().stream().noneMatch(a -> a.id() == form.getAgencyId())) {
			errors.rejectValue("agencyId", "cycle.exception.error.agency");
		}
		LocalDate newDue = newDueDate(form.getNewDueDate(), errors);
		String reason = reasonOf(form.getReason(), "reason", errors);
		if (!errors.hasErrors()) {
			try {
				CycleExceptions.CycleException granted = exceptions.grant(id,
						new CycleExceptions.Grant(form.getAgencyId(), newDue, reason), actor);
				redirect.addFlashAttribute("message", "cycle.exception.granted");
				redirect.addFlashAttribute("messageArgs",
						new Object[] { granted.agency(), VIETNAMESE_DATE.format(granted.newDueDate()) });
				return "redirect:/cycles/" + id + "#exceptions";
			}
			catch (TrackingException ex) {
				refuseOrShow(ex, errors);
			}
		}
		response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
		return render(id, actor, model);
	}

	@PostMapping("/cycles/{id}/exceptions/{agencyId}/revoke")
	String revoke(@PathVariable long id, @PathVariable long agencyId, @RequestParam(required = false) String reason,
			Authentication user, Model model, RedirectAttributes redirect, HttpServletResponse response) {
		Actor actor = monitor(user);
		cycle(id);
		String why = reason == null ? "" : reason.strip();
		String refusal = why.isEmpty() ? "cycle.exception.error.revokeReason"
				: why.length() > MAX_REASON ? "cycle.exception.error.tooLong" : null;
		String refusalText = null;
		if (refusal == null) {
			try {
				CycleExceptions.Revocation revoked = exceptions.revoke(id, agencyId, why, actor);
				redirect.addFlashAttribute("message",
						revoked.lockedNow() ? "cycle.exception.revokedLocked" : "cycle.exception.revoked");
				redirect.addFlashAttribute("messageArgs", new Object[] { revoked.agency(), "" });
				return "redirect:/cycles/" + id + "#exceptions";
			}
			catch (TrackingException ex) {
				if (ex.kind() == TrackingException.Kind.NOT_PERMITTED) {
					throw new ResponseStatusException(HttpStatus.FORBIDDEN, ex.getMessage());
				}
				// an exception revoked meanwhile by another MONITOR: said on the page, not a bare 404
				refusalText = ex.getMessage();
			}
		}
		response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
		model.addAttribute("grant", new CycleExceptionForm());
		model.addAttribute("revokeAgency", agencyId);
		model.addAttribute("revokeError", refusal);
		model.addAttribute("revokeErrorText", refusalText);
		model.addAttribute("revokeErrorArg", MAX_REASON);
		return render(id, actor, model);
	}

	private String render(long id, Actor actor, Model model) {
		Cycle cycle = cycle(id);
		// rule: a REPORTER opens only the cycles its own agency reports in
		if (actor.reporter() && cycle.agencies().stream().noneMatch(a -> actor.reportsFor(a.id()))) {
			throw new ResponseStatusException(HttpStatus.FORBIDDEN, "cycle " + id);
		}
		model.addAttribute("cycle", cycle);
		model.addAttribute("document", documents.findById(cycle.documentId()).orElseThrow(() -> new NotFoundException("plan")));
		model.addAttribute("pastDue", CyclePages.pastDue(cycle, tasks.today()));
		model.addAttribute("lines", pages.lines(cycle, actor));
		model.addAttribute("exceptions", exceptions.ofCycle(id, actor)
			.stream()
			.map(e -> new ExceptionLine(e, CyclePages.local(e.grantedAt())))
			.toList());
		model.addAttribute("canManageExceptions", actor.monitor());
		return "cycles/show";
	}

	/** An exception as the page lists it, with the grant time in Vietnamese local time. */
	record ExceptionLine(CycleExceptions.CycleException exception, java.time.LocalDateTime grantedAt) {
	}

	// the route allows only a MONITOR; tracking checks again
	private Actor monitor(Authentication user) {
		Actor actor = reporting.actor(user);
		if (!actor.monitor()) {
			throw new ResponseStatusException(HttpStatus.FORBIDDEN, "exceptions are granted by the monitoring office");
		}
		return actor;
	}

	private static void refuseOrShow(TrackingException ex, BindingResult errors) {
		if (ex.kind() == TrackingException.Kind.NOT_PERMITTED) {
			throw new ResponseStatusException(HttpStatus.FORBIDDEN, ex.getMessage());
		}
		if (ex.kind() == TrackingException.Kind.NOT_FOUND) {
			throw new NotFoundException(ex.getMessage());
		}
		errors.reject("cycle.exception.refused", new Object[] { ex.getMessage() }, ex.getMessage());
	}

	// rule: the new date is typed day first and must be after today (tracking refuses the rest)
	private LocalDate newDueDate(String text, BindingResult errors) {
		String typed = text == null ? "" : text.strip();
		if (typed.isEmpty()) {
			errors.rejectValue("newDueDate", "cycle.exception.error.date");
			return null;
		}
		try {
			LocalDate date = LocalDate.parse(typed, DAY_FIRST);
			if (!date.isAfter(tasks.today())) {
				errors.rejectValue("newDueDate", "cycle.exception.error.dateAfterToday", new Object[] { typed }, null);
				return null;
			}
			return date;
		}
		catch (DateTimeParseException ex) {
			errors.rejectValue("newDueDate", "task.update.error.date", new Object[] { typed }, null);
			return null;
		}
	}

	private static String reasonOf(String text, String field, BindingResult errors) {
		String reason = text == null ? "" : text.strip();
		if (reason.isEmpty()) {
			errors.rejectValue(field, "cycle.exception.error.reason");
		}
		else if (reason.length() > MAX_REASON) {
			errors.rejectValue(field, "cycle.exception.error.tooLong", new Object[] { MAX_REASON }, null);
		}
		return reason;
	}

	private Cycle cycle(long id) {
		try {
			return cycles.cycle(id);
		}
		catch (TrackingException ex) {
			throw new NotFoundException("cycle " + id);
		}
	}
}
