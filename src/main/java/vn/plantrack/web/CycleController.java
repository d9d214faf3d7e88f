package vn.plantrack.web;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

import vn.plantrack.registry.Documents;
import vn.plantrack.tracking.Actor;
import vn.plantrack.tracking.ReportingCycles;
import vn.plantrack.tracking.ReportingCycles.Cycle;
import vn.plantrack.tracking.TrackingException;

/**
 * One reporting cycle as the monitoring office follows it: the data window, the due day, whether reports still
 * count as on time, and for each agency that must report the state of its report, its timeliness and how
 * complete it is, with a link to the report.
 */
@Controller
class CycleController {

	private final ReportingCycles cycles;

	private final CyclePages pages;

	private final ReportingStatus reporting;

	private final Documents documents;

	private final TaskRows tasks;

	CycleController(ReportingCycles cycles, CyclePages pages, ReportingStatus reporting, Documents documents,
			TaskRows tasks) {
		this.cycles = cycles;
		this.pages = pages;
		this.reporting = reporting;
		this.documents = documents;
		this.tasks = tasks;
	}

	@GetMapping("/cycles/{id}")
	String show(@PathVariable long id, Authentication user, Model model) {
		Actor actor = reporting.actor(user);
		Cycle cycle = cycle(id);
		// rule: a REPORTER opens only the cycles its own agency reports in
		if (actor.reporter() && cycle.agencies().stream().noneMatch(a -> actor.reportsFor(a.id()))) {
			throw new ResponseStatusException(HttpStatus.FORBIDDEN, "cycle " + id);
		}
		model.addAttribute("cycle", cycle);
		model.addAttribute("document", documents.findById(cycle.documentId()).orElseThrow(() -> new NotFoundException("plan")));
		model.addAttribute("pastDue", CyclePages.pastDue(cycle, tasks.today()));
		model.addAttribute("lines", pages.lines(cycle, actor));
		return "cycles/show";
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
