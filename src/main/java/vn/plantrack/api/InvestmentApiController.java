package vn.plantrack.api;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.security.Principal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import vn.plantrack.investment.CheckpointList;
import vn.plantrack.investment.Checkpoints;
import vn.plantrack.investment.Dimension;
import vn.plantrack.investment.DisbursementImport;
import vn.plantrack.investment.DisbursementStatus;
import vn.plantrack.investment.InvestmentException;
import vn.plantrack.investment.MonthlyReport;
import vn.plantrack.investment.ProjectStanding;
import vn.plantrack.investment.Ranked;
import vn.plantrack.investment.Rollup;
import vn.plantrack.investment.RuleDraft;
import vn.plantrack.investment.ThresholdRule;
import vn.plantrack.investment.ThresholdRules;

/**
 * Public investment as JSON: rankings and roll-ups, checkpoint rules (editable by a MONITOR) and their
 * frozen lists, the monthly XLSX report, and the Excel import of a month's disbursements.
 */
@RestController
@RequestMapping("/api/investment")
class InvestmentApiController {

	private static final MediaType XLSX = MediaType
		.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

	private final DisbursementStatus status;

	private final ThresholdRules rules;

	private final Checkpoints checkpoints;

	private final MonthlyReport report;

	private final DisbursementImport importer;

	private final Clock clock;

	InvestmentApiController(DisbursementStatus status, ThresholdRules rules, Checkpoints checkpoints,
			MonthlyReport report, DisbursementImport importer, Clock clock) {
		this.status = status;
		this.rules = rules;
		this.checkpoints = checkpoints;
		this.report = report;
		this.importer = importer;
		this.clock = clock;
	}

	/** Investors ({@code by=investor}, the default) or lead agencies ({@code by=agency}) by disbursement rate. */
	@GetMapping("/rankings")
	List<Ranked> rankings(@RequestParam(required = false) Integer year, @RequestParam(required = false) Integer month,
			@RequestParam(required = false) String locality, @RequestParam(defaultValue = "investor") String by) {
		return status.ranking(standings(year, month, locality), Dimension.parse(by));
	}

	/** Sums by investor, agency, sector, funding or locality. */
	@GetMapping("/rollups")
	List<Rollup> rollups(@RequestParam(required = false) Integer year, @RequestParam(required = false) Integer month,
			@RequestParam(required = false) String locality, @RequestParam(defaultValue = "funding") String by) {
		return status.rollup(standings(year, month, locality), Dimension.parse(by));
	}

	@GetMapping("/checkpoints")
	List<CheckpointList> checkpoints(@RequestParam(required = false) String locality,
			@RequestParam(required = false) Integer year) {
		return checkpoints.list(locality, year);
	}

	@GetMapping("/checkpoints/{ruleId}")
	CheckpointList checkpoint(@PathVariable long ruleId) {
		return checkpoints.view(ruleId);
	}

	/** Freezes the list of the rule's checkpoint (once its date has come); again returns the frozen list. */
	@PostMapping("/checkpoints/{ruleId}/evaluate")
	CheckpointList evaluate(@PathVariable long ruleId, Principal principal) {
		return checkpoints.evaluateCheckpoint(ruleId, principal.getName());
	}

	@GetMapping("/rules")
	List<ThresholdRule> rules(@RequestParam(required = false) String locality,
			@RequestParam(required = false) Integer year) {
		return rules.list(locality, year);
	}

	@PostMapping("/rules")
	ResponseEntity<ThresholdRule> createRule(@RequestBody RuleDraft draft, Principal principal) {
		ThresholdRule created = rules.create(draft, principal.getName());
		return ResponseEntity.created(URI.create("/api/investment/rules/" + created.id())).body(created);
	}

	@PutMapping("/rules/{id}")
	ThresholdRule updateRule(@PathVariable long id, @RequestBody RuleDraft draft, Principal principal) {
		return rules.update(id, draft, principal.getName());
	}

	@GetMapping("/report.xlsx")
	ResponseEntity<byte[]> report(@RequestParam(required = false) Integer year,
			@RequestParam(required = false) Integer month, @RequestParam(required = false) String locality) {
		int y = year == null ? LocalDate.now(clock).getYear() : year;
		int m = month == null ? defaultMonth(y) : month;
		String name = "giai-ngan-" + y + "-" + (m < 10 ? "0" : "") + m + (locality == null ? "" : "-" + locality.replaceAll("[^a-z0-9-]", ""))
				+ ".xlsx";
		return ResponseEntity.ok()
			.contentType(XLSX)
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
			.body(report.xlsx(y, m, locality));
	}

	/** One month's figures from an Excel sheet; all rows or none (422 with every error's sheet, row, column). */
	@PostMapping("/disbursements/import")
	DisbursementImport.Imported importMonth(@RequestParam("file") MultipartFile file, @RequestParam int year,
			@RequestParam int month, @RequestParam(required = false) LocalDate reportedOn, Principal principal)
			throws IOException {
		if (file.isEmpty()) {
			throw new InvestmentException("chưa chọn tệp Excel hoặc tệp rỗng");
		}
		try (InputStream in = file.getInputStream()) {
			return importer.importMonth(in, file.getOriginalFilename(), year, month, reportedOn, principal.getName());
		}
	}

	private List<ProjectStanding> standings(Integer year, Integer month, String locality) {
		int y = year == null ? LocalDate.now(clock).getYear() : year;
		return status.throughMonth(y, month == null ? defaultMonth(y) : month, locality);
	}

	private int defaultMonth(int year) {
		LocalDate today = LocalDate.now(clock);
		return today.getYear() == year ? today.getMonthValue() : 12;
	}
}
