package vn.plantrack.api;

import java.math.BigDecimal;
import java.net.URI;
import java.security.Principal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import vn.plantrack.extract.ProjectItem;
import vn.plantrack.investment.CapitalPlan;
import vn.plantrack.investment.CapitalPlans;
import vn.plantrack.investment.Disbursement;
import vn.plantrack.investment.DisbursementStatus;
import vn.plantrack.investment.Disbursements;
import vn.plantrack.investment.InvestmentException;
import vn.plantrack.investment.NewProject;
import vn.plantrack.investment.NotFoundInvestmentException;
import vn.plantrack.investment.Project;
import vn.plantrack.investment.ProjectRegistration;
import vn.plantrack.investment.Projects;
import vn.plantrack.registry.PlanReview;

/**
 * Projects as JSON: the register (with rates when a year is given), one project with its plans and every
 * disbursement revision, plans and adjustments, monthly figures, and registering a document's projects.
 */
@RestController
class ProjectsApiController {

	private final Projects projects;

	private final CapitalPlans plans;

	private final Disbursements disbursements;

	private final DisbursementStatus status;

	private final ProjectRegistration registration;

	private final PlanReview review;

	private final Clock clock;

	ProjectsApiController(Projects projects, CapitalPlans plans, Disbursements disbursements, DisbursementStatus status,
			ProjectRegistration registration, PlanReview review, Clock clock) {
		this.projects = projects;
		this.plans = plans;
		this.disbursements = disbursements;
		this.status = status;
		this.registration = registration;
		this.review = review;
		this.clock = clock;
	}

	/** Without {@code year}: the register. With it: projects planned that year, measured through {@code month}. */
	@GetMapping("/api/projects")
	Object list(@RequestParam(required = false) String locality, @RequestParam(required = false) Integer year,
			@RequestParam(required = false) Integer month) {
		if (year == null) {
			return projects.list(locality);
		}
		return status.throughMonth(year, month == null ? defaultMonth(year) : month, locality);
	}

	record ProjectDetail(Project project, List<CapitalPlan> plans, List<Disbursement> disbursements) {
	}

	@GetMapping("/api/projects/{id}")
	ProjectDetail one(@PathVariable long id) {
		Project project = projects.find(id).orElseThrow(() -> new NotFoundInvestmentException("không có dự án " + id));
		return new ProjectDetail(project, plans.ofProject(id), disbursements.ofProject(id));
	}

	@PostMapping("/api/projects")
	ResponseEntity<Project> create(@RequestBody NewProject body, Principal principal) {
		Project created = projects.create(body, principal.getName());
		return ResponseEntity.created(URI.create("/api/projects/" + created.id())).body(created);
	}

	record ProjectChange(String investor, String leadAgency) {
	}

	@PatchMapping("/api/projects/{id}")
	Project update(@PathVariable long id, @RequestBody ProjectChange body, Principal principal) {
		return projects.update(id, body.investor(), body.leadAgency(), principal.getName());
	}

	record PlanBody(Integer year, BigDecimal amount, String decidingDocument, LocalDate decidedOn) {
	}

	@PostMapping("/api/projects/{id}/plans")
	ResponseEntity<CapitalPlan> assign(@PathVariable long id, @RequestBody PlanBody body, Principal principal) {
		CapitalPlan plan = plans.assign(id, required(body.year(), "year"), body.amount(), body.decidingDocument(),
				body.decidedOn(), principal.getName());
		return ResponseEntity.status(HttpStatus.CREATED).body(plan);
	}

	record AdjustmentBody(BigDecimal amount, String decidingDocument, LocalDate effectiveOn, String reason) {
	}

	@PostMapping("/api/projects/{id}/plans/{year}/adjustments")
	ResponseEntity<CapitalPlan> adjust(@PathVariable long id, @PathVariable int year, @RequestBody AdjustmentBody body,
			Principal principal) {
		CapitalPlan plan = plans.adjust(id, year, body.amount(), body.decidingDocument(), body.effectiveOn(),
				body.reason(), principal.getName());
		return ResponseEntity.status(HttpStatus.CREATED).body(plan);
	}

	@GetMapping("/api/projects/{id}/disbursements")
	List<Disbursement> disbursements(@PathVariable long id) {
		projects.find(id).orElseThrow(() -> new NotFoundInvestmentException("không có dự án " + id));
		return disbursements.ofProject(id);
	}

	record DisbursementBody(Integer year, Integer month, BigDecimal amount, LocalDate reportedOn, String source) {
	}

	/** 201 with a new figure or a revision; 200 when the figure equals the one stored. */
	@PostMapping("/api/projects/{id}/disbursements")
	ResponseEntity<Disbursements.Recorded> record(@PathVariable long id, @RequestBody DisbursementBody body,
			Principal principal) {
		Disbursements.Recorded recorded = disbursements.record(id, required(body.year(), "year"),
				required(body.month(), "month"), body.amount(), body.reportedOn(), body.source(), principal.getName());
		return ResponseEntity.status(recorded.outcome() == Disbursements.Outcome.UNCHANGED ? HttpStatus.OK : HttpStatus.CREATED)
			.body(recorded);
	}

	/**
	 * Registers the document's projects: those in the body when given (a corrected list), otherwise the
	 * draft's as extracted. All-or-nothing; registering again adds nothing.
	 */
	@PostMapping("/api/documents/{id}/projects")
	ProjectRegistration.Registered register(@PathVariable long id,
			@RequestBody(required = false) List<ProjectItem> corrected, Principal principal) {
		List<ProjectItem> items = corrected != null ? corrected
				: review.draft(id)
					.orElseThrow(() -> new NotFoundInvestmentException("không có văn bản " + id))
					.projects();
		return registration.register(id, items, principal.getName());
	}

	private int defaultMonth(int year) {
		LocalDate today = LocalDate.now(clock);
		return today.getYear() == year ? today.getMonthValue() : 12;
	}

	private static int required(Integer value, String field) {
		if (value == null) {
			throw new InvestmentException("thiếu " + field);
		}
		return value;
	}
}
