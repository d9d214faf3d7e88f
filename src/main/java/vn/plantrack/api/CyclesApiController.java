package vn.plantrack.api;

import java.net.URI;
import java.security.Principal;
import java.time.LocalDate;
import java.util.List;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import vn.plantrack.tracking.Frequency;
import vn.plantrack.tracking.ReportingCycles;
import vn.plantrack.tracking.Submissions;

/** Reporting schedules and cycles of a plan, the agencies' submissions and their timeliness. */
@RestController
class CyclesApiController {

	private final ReportingCycles cycles;

	private final Submissions submissions;

	private final ApiActors actors;

	CyclesApiController(ReportingCycles cycles, Submissions submissions, ApiActors actors) {
		this.cycles = cycles;
		this.submissions = submissions;
		this.actors = actors;
	}

	/**
	 * workingDays: move the deadline past weekends and holidays (Bộ luật Dân sự 2015, Điều 148);
	 * dueWorkingDays: due within that many working days after the data cut-off, instead of dueBefore.
	 */
	record Opening(long documentId, Frequency frequency, int year, Integer index, LocalDate dueBefore,
			Boolean workingDays, Integer dueWorkingDays) {
	}

	record Review(String comment) {
	}

	@GetMapping("/api/cycles")
	List<ReportingCycles.Cycle> list(@RequestParam(required = false) Long documentId) {
		return cycles.list(documentId);
	}

	@GetMapping("/api/cycles/{id}")
	ReportingCycles.Cycle one(@PathVariable long id) {
		return cycles.cycle(id);
	}

	@PostMapping("/api/cycles")
	ResponseEntity<ReportingCycles.Cycle> open(@RequestBody Opening opening, Principal principal) {
		ReportingCycles.Cycle cycle = cycles.open(opening.documentId(), opening.frequency(), opening.year(),
				opening.index() == null ? 1 : opening.index(), opening.dueBefore(), opening.dueWorkingDays(),
				Boolean.TRUE.equals(opening.workingDays()),
				actors.of(principal));
		return ResponseEntity.created(URI.create("/api/cycles/" + cycle.id())).body(cycle);
	}

	@PostMapping("/api/cycles/schedules")
	ReportingCycles.Schedule schedule(@RequestBody ReportingCycles.Schedule schedule, Principal principal) {
		return cycles.schedule(schedule, actors.of(principal));
	}

	@GetMapping("/api/cycles/{id}/timeliness")
	List<ReportingCycles.AgencyTimeliness> timeliness(@PathVariable long id, Principal principal) {
		return cycles.timeliness(id, actors.of(principal));
	}

	@GetMapping("/api/cycles/{id}/submissions")
	List<Submissions.View> submissionsOf(@PathVariable long id, Principal principal) {
		return submissions.ofCycle(id, actors.of(principal));
	}

	/** Creates or replaces the agency's draft for the cycle; all lines are checked before anything is saved. */
	@PostMapping("/api/cycles/{id}/submissions")
	Submissions.View draft(@PathVariable long id, @RequestBody Submissions.Draft draft, Principal principal) {
		return submissions.saveDraft(id, draft, actors.of(principal));
	}

	@GetMapping("/api/submissions/{id}")
	Submissions.View submission(@PathVariable long id, Principal principal) {
		return submissions.view(id, actors.of(principal));
	}

	@PostMapping("/api/submissions/{id}/submit")
	Submissions.View submit(@PathVariable long id, Principal principal) {
		return submissions.submit(id, actors.of(principal));
	}

	@PostMapping("/api/submissions/{id}/return")
	Submissions.View returnForCorrection(@PathVariable long id, @RequestBody Review review, Principal principal) {
		return submissions.returnForCorrection(id, review.comment(), actors.of(principal));
	}

	@PostMapping("/api/submissions/{id}/accept")
	Submissions.View accept(@PathVariable long id, Principal principal) {
		return submissions.accept(id, actors.of(principal));
	}
}
