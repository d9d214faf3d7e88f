package vn.plantrack.investment;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.plantrack.registry.AuditLog;

/** Yearly capital plans (kế hoạch vốn) and their adjustments; an adjustment never overwrites the original. */
@Service
public class CapitalPlans {

	private final JdbcClient jdbc;

	private final Projects projects;

	private final AuditLog audit;

	private final Clock clock;

	CapitalPlans(JdbcClient jdbc, Projects projects, AuditLog audit, Clock clock) {
		this.jdbc = jdbc;
		this.projects = projects;
		this.audit = audit;
		this.clock = clock;
	}

	/** Assigns the year's plan; a project has one plan per year, later changes are adjustments. */
	@Transactional
	public CapitalPlan assign(long projectId, int year, BigDecimal amount, String decidingDocument, LocalDate decidedOn,
			String actor) {
		projects.require(projectId);
		Money.requireAmount(amount, "kế hoạch vốn");
		requireYear(year);
		if (decidedOn == null) {
			throw new InvestmentException("thiếu ngày giao kế hoạch vốn");
		}
		if (find(projectId, year).isPresent()) {
			throw new ConflictInvestmentException("dự án " + projectId + " đã có kế hoạch vốn năm " + year
					+ "; hãy ghi một lần điều chỉnh");
		}
		KeyHolder keys = new GeneratedKeyHolder();
		jdbc.sql("""
				INSERT INTO capital_plan (project_id, plan_year, amount, deciding_document, decided_on, recorded_by,
				                          recorded_at)
				VALUES (?, ?, ?, ?, ?, ?, ?)""")
			.params(projectId, year, amount, Text.cut(decidingDocument, 200), Date.valueOf(decidedOn), actor,
					Timestamp.from(clock.instant()))
			.update(keys, "id");
		audit.record(actor, "CAPITAL_PLAN_ASSIGNED", "project", Long.toString(projectId), null,
				year + ": " + amount.toPlainString() + " (" + decidingDocument + ")");
		return find(projectId, year).orElseThrow();
	}

	/** Records a new amount in force from {@code effectiveOn}; the deciding document is required. */
	@Transactional
	public CapitalPlan adjust(long projectId, int year, BigDecimal newAmount, String decidingDocument,
			LocalDate effectiveOn, String reason, String actor) {
		CapitalPlan plan = find(projectId, year)
			.orElseThrow(() -> new NotFoundInvestmentException("dự án " + projectId + " chưa có kế hoạch vốn năm " + year));
		Money.requireAmount(newAmount, "kế hoạch vốn điều chỉnh");
		if (decidingDocument == null || decidingDocument.isBlank()) {
			throw new InvestmentException("điều chỉnh kế hoạch vốn cần văn bản quyết định");
		}
		if (effectiveOn == null || effectiveOn.isBefore(plan.decidedOn())) {
			throw new InvestmentException("ngày hiệu lực của điều chỉnh phải từ ngày giao kế hoạch "
					+ plan.decidedOn() + " trở đi");
		}
		jdbc.sql("""
				INSERT INTO capital_plan_adjustment (capital_plan_id, new_amount, deciding_document, effective_on, reason,
				                                     recorded_by, recorded_at)
				VALUES (?, ?, ?, ?, ?, ?, ?)""")
			.params(plan.id(), newAmount, Text.cut(decidingDocument.strip(), 200), Date.valueOf(effectiveOn),
					Text.cut(reason, 1000), actor, Timestamp.from(clock.instant()))
			.update();
		audit.record(actor, "CAPITAL_PLAN_ADJUSTED", "project", Long.toString(projectId),
				year + ": " + plan.current().toPlainString(),
				year + ": " + newAmount.toPlainString() + " (" + decidingDocument + ", " + effectiveOn + ")");
		return find(projectId, year).orElseThrow();
	}

	public Optional<CapitalPlan> find(long projectId, int year) {
		return ofProject(projectId).stream().filter(plan -> plan.year() == year).findFirst();
	}

	public List<CapitalPlan> ofProject(long projectId) {
		return load("WHERE cp.project_id = ?", projectId).values().stream().toList();
	}

	/** Every plan of the year, by project id. */
	public Map<Long, CapitalPlan> ofYear(int year) {
		Map<Long, CapitalPlan> byProject = new LinkedHashMap<>();
		for (CapitalPlan plan : load("WHERE cp.plan_year = ?", year).values()) {
			byProject.put(plan.projectId(), plan);
		}
		return byProject;
	}

	private Map<Long, CapitalPlan> load(String where, Object param) {
		record Row(long id, long projectId, int year, BigDecimal amount, String document, LocalDate decidedOn) {
		}
		List<Row> rows = jdbc.sql("SELECT cp.id, cp.project_id, cp.plan_year, cp.amount, cp.deciding_document, cp.decided_on"
				+ " FROM capital_plan cp " + where + " ORDER BY cp.project_id, cp.plan_year")
			.param(param)
			.query((rs, n) -> new Row(rs.getLong("id"), rs.getLong("project_id"), rs.getInt("plan_year"),
					rs.getBigDecimal("amount"), rs.getString("deciding_document"), rs.getDate("decided_on").toLocalDate()))
			.list();
		Map<Long, List<CapitalPlan.Adjustment>> adjustments = new LinkedHashMap<>();
		jdbc.sql("SELECT a.id, a.capital_plan_id, a.new_amount, a.deciding_document, a.effective_on, a.reason"
				+ " FROM capital_plan_adjustment a JOIN capital_plan cp ON cp.id = a.capital_plan_id " + where
				+ " ORDER BY a.effective_on, a.id")
			.param(param)
			.query((rs, n) -> {
				adjustments.computeIfAbsent(rs.getLong("capital_plan_id"), k -> new ArrayList<>())
					.add(new CapitalPlan.Adjustment(rs.getLong("id"), rs.getBigDecimal("new_amount"),
							rs.getString("deciding_document"), rs.getDate("effective_on").toLocalDate(),
							rs.getString("reason")));
				return 0;
			})
			.list();
		Map<Long, CapitalPlan> plans = new LinkedHashMap<>();
		for (Row row : rows) {
			plans.put(row.id(), new CapitalPlan(row.id(), row.projectId(), row.year(), Money.normal(row.amount()),
					row.document(), row.decidedOn(), List.copyOf(adjustments.getOrDefault(row.id(), List.of()))));
		}
		return plans;
	}

	static void requireYear(int year) {
		if (year < 2000 || year > 2100) {
			throw new InvestmentException("năm không hợp lệ: " + year);
		}
	}
}
