package vn.plantrack.investment;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.plantrack.extract.PeriodValue;
import vn.plantrack.extract.ProjectItem;
import vn.plantrack.registry.Agencies;
import vn.plantrack.registry.AuditLog;

/**
 * Registers the projects a plan lists (extracted table rows) as projects of the plan's locality. One
 * transaction: every row is checked first and either all are registered or none. A row already registered
 * for the document (same source line) is left as it is, so registering twice adds nothing.
 */
@Service
public class ProjectRegistration {

	private final JdbcClient jdbc;

	private final Agencies agencies;

	private final AuditLog audit;

	private final Clock clock;

	ProjectRegistration(JdbcClient jdbc, Agencies agencies, AuditLog audit, Clock clock) {
		this.jdbc = jdbc;
		this.agencies = agencies;
		this.audit = audit;
		this.clock = clock;
	}

	/** What registering wrote: {@code added} new projects, {@code existing} rows already registered. */
	public record Registered(long documentId, int added, int existing) {
	}

	public Registered register(long documentId, List<ProjectItem> projects) {
		return register(documentId, projects, "system");
	}

	@Transactional
	public Registered register(long documentId, List<ProjectItem> projects, String actor) {
		Map<String, Object> document = jdbc.sql("SELECT id, locality_id FROM document WHERE id = ? FOR UPDATE")
			.param(documentId)
			.query()
			.listOfRows()
			.stream()
			.findFirst()
			.orElseThrow(() -> new NotFoundInvestmentException("không có văn bản " + documentId));
		Long localityId = document.get("locality_id") == null ? null : ((Number) document.get("locality_id")).longValue();
		List<FundingGroup> funding = validate(projects);
		Set<Integer> registered = new HashSet<>(jdbc.sql("SELECT source_line FROM project WHERE document_id = ?")
			.param(documentId)
			.query(Integer.class)
			.list());
		int added = 0;
		for (int i = 0; i < projects.size(); i++) {
			ProjectItem item = projects.get(i);
			if (!registered.add(item.line())) {
				continue;
			}
			insert(documentId, localityId, item, funding.get(i), actor);
			added++;
		}
		int existing = projects.size() - added;
		if (added > 0) {
			audit.record(actor, "PROJECTS_REGISTERED", "document", Long.toString(documentId), null,
					"added=" + added + " existing=" + existing);
		}
		return new Registered(documentId, added, existing);
	}

	// Everything is checked before anything is written, so one bad row stops the whole registration.
	private static List<FundingGroup> validate(List<ProjectItem> projects) {
		List<String> problems = new ArrayList<>();
		List<FundingGroup> funding = new ArrayList<>();
		for (ProjectItem item : projects) {
			String where = "dòng " + item.line();
			if (item.line() <= 0) {
				problems.add("dự án \"" + item.name() + "\": thiếu số dòng nguồn");
			}
			if (item.name() == null || item.name().isBlank()) {
				problems.add(where + ": thiếu tên dự án");
			}
			try {
				funding.add(FundingGroup.parse(item.fundingGroup()));
			}
			catch (InvestmentException ex) {
				funding.add(null);
				problems.add(where + ": " + ex.getMessage());
			}
		}
		if (!problems.isEmpty()) {
			throw new InvestmentException("không đăng ký dự án nào: " + String.join("; ", problems));
		}
		return funding;
	}

	private void insert(long documentId, Long localityId, ProjectItem item, FundingGroup funding, String actor) {
		List<String> lead = item.lead() == null ? List.of() : item.lead();
		Long leadId = localityId == null || lead.isEmpty() ? null
				: agencies.find(localityId, lead.get(0)).orElse(null);
		PeriodValue period = item.period() == null ? PeriodValue.rawOnly(null) : item.period();
		jdbc.sql("""
				INSERT INTO project (document_id, locality_id, code, group_code, name, funding_group, sector, lead_agency,
				                     lead_agency_id, period_raw, period_start, period_end, source_line, created_at,
				                     created_by)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(documentId, localityId, Text.cut(item.code(), 40), Text.cut(item.group(), 40),
					Text.cut(item.name().strip(), 2000), funding.name(), Text.cut(item.sector(), 400),
					Text.cut(lead.isEmpty() ? null : String.join("; ", lead), 400), leadId, Text.cut(period.raw(), 400),
					period.start() == null ? null : Date.valueOf(period.start()),
					period.end() == null ? null : Date.valueOf(period.end()), item.line(),
					Timestamp.from(clock.instant()), actor)
			.update();
	}
}
