package vn.plantrack.investment;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The project list and the investor ranking pages, for a year, a month and optionally one locality. */
@Controller
class InvestmentPages {

	private final DisbursementStatus status;

	private final Checkpoints checkpoints;

	private final Projects projects;

	private final Clock clock;

	private final MonthlyReport report;

	InvestmentPages(DisbursementStatus status, Checkpoints checkpoints, Projects projects, MonthlyReport report,
			Clock clock) {
		this.status = status;
		this.checkpoints = checkpoints;
		this.projects = projects;
		this.report = report;
		this.clock = clock;
	}

	/** The monthly report for a signed-in browser (the API's copy answers API clients only). */
	@GetMapping("/investment/report.xlsx")
	org.springframework.http.ResponseEntity<byte[]> report(@RequestParam int year, @RequestParam int month,
			@RequestParam(required = false) String locality) {
		String code = blank(locality) ? null : locality;
		String name = "giai-ngan-" + year + "-" + (month < 10 ? "0" : "") + month
				+ (code == null ? "" : "-" + code.replaceAll("[^a-z0-9-]", "")) + ".xlsx";
		return org.springframework.http.ResponseEntity.ok()
			.contentType(org.springframework.http.MediaType
				.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
			.header(org.springframework.http.HttpHeaders.CONTENT_DISPOSITION,
					org.springframework.http.ContentDisposition.attachment().filename(name).build().toString())
			.body(report.xlsx(year, month, code));
	}

	@GetMapping("/investment/projects")
	String projects(@RequestParam(required = false) Integer year, @RequestParam(required = false) Integer month,
			@RequestParam(required = false) String locality, Model model) {
		List<ProjectStanding> standings = standings(year, month, locality, model);
		model.addAttribute("standings", standings);
		model.addAttribute("total", DisbursementStatus.sum(null, standings));
		model.addAttribute("byFunding", status.rollup(standings, Dimension.FUNDING));
		// Registered projects (e.g. from a plan's appendix) that have no capital plan this year yet.
		java.util.Set<Long> planned = new java.util.HashSet<>();
		standings.forEach(standing -> planned.add(standing.project().id()));
		model.addAttribute("unplanned", projects.list(blank(locality) ? null : locality)
			.stream()
			.filter(project -> !planned.contains(project.id()))
			.toList());
		return "investment/projects";
	}

	@GetMapping("/investment/rankings")
	String rankings(@RequestParam(required = false) Integer year, @RequestParam(required = false) Integer month,
			@RequestParam(required = false) String locality, Model model) {
		List<ProjectStanding> standings = standings(year, month, locality, model);
		model.addAttribute("investors", status.ranking(standings, Dimension.INVESTOR));
		model.addAttribute("agencies", status.ranking(standings, Dimension.AGENCY));
		int y = (Integer) model.getAttribute("year");
		model.addAttribute("checkpoints", checkpoints.list(blank(locality) ? null : locality, y)
			.stream()
			.filter(CheckpointList::evaluated)
			.toList());
		return "investment/rankings";
	}

	private List<ProjectStanding> standings(Integer year, Integer month, String locality, Model model) {
		LocalDate today = LocalDate.now(clock);
		int y = year == null ? today.getYear() : year;
		int m = month == null ? (today.getYear() == y ? today.getMonthValue() : 12) : month;
		if (m < 1 || m > 12) {
			m = 12;
		}
		model.addAttribute("year", y);
		model.addAttribute("month", m);
		model.addAttribute("locality", blank(locality) ? null : locality);
		return status.throughMonth(y, m, blank(locality) ? null : locality);
	}

	private static boolean blank(String text) {
		return text == null || text.isBlank();
	}
}
