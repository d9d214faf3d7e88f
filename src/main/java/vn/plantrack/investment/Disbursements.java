package vn.plantrack.investment;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.plantrack.registry.AuditLog;

/**
 * Monthly disbursement figures. A figure reported again with another amount becomes a new revision that
 * supersedes the previous one; nothing is overwritten, so what was known at a checkpoint stays visible.
 */
@Service
public class Disbursements {

	private static final String SELECT = """
			SELECT id, project_id, period_year, period_month, amount, reported_on, revision, supersedes_id, source,
			       recorded_by, recorded_at
			FROM disbursement""";

	private final JdbcClient jdbc;

	private final Projects projects;

	private final AuditLog audit;

	private final Clock clock;

	Disbursements(JdbcClient jdbc, Projects projects, AuditLog audit, Clock clock) {
		this.jdbc = jdbc;
		this.projects = projects;
		this.audit = audit;
		this.clock = clock;
	}

	public enum Outcome {
		CREATED, REVISED, UNCHANGED
	}

	public record Recorded(Disbursement disbursement, Outcome outcome) {
	}

	/** Records what was disbursed in {@code month}/{@code year}; a different amount for a reported month is a revision. */
	@Transactional
	public Recorded record(long projectId, int year, int month, BigDecimal amount, LocalDate reportedOn, String source,
			String actor) {
		CapitalPlans.requireYear(year);
		if (month < 1 || month > 12) {
			throw new InvestmentException("tháng không hợp lệ: " + month);
		}
		Money.requireAmount(amount, "số giải ngân");
		projects.require(projectId);
		// One writer per project at a time, so two corrections cannot take the same revision number.
		jdbc.sql("SELECT id FROM project WHERE id = ? FOR UPDATE").param(projectId).query(Long.class).single();
		LocalDate reported = reportedOn == null ? LocalDate.now(clock) : reportedOn;
		Optional<Disbursement> latest = latest(projectId, year, month);
		if (latest.isPresent() && latest.get().amount().compareTo(amount) == 0) {
			return new Recorded(latest.get(), Outcome.UNCHANGED);
		}
		int revision = latest.map(d -> d.revision() + 1).orElse(1);
		jdbc.sql("""
				INSERT INTO disbursement (project_id, period_year, period_month, amount, reported_on, revision,
				                          supersedes_id, source, recorded_by, recorded_at)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(projectId, year, month, amount, Date.valueOf(reported), revision,
					latest.map(Disbursement::id).orElse(null), Text.cut(source, 400), actor,
					Timestamp.from(clock.instant()))
			.update();
		audit.record(actor, revision == 1 ? "DISBURSEMENT_RECORDED" : "DISBURSEMENT_REVISED", "project",
				Long.toString(projectId), latest.map(d -> month + "/" + year + ": " + d.amount().toPlainString()).orElse(null),
				month + "/" + year + ": " + amount.toPlainString() + " (lần " + revision + ")");
		return new Recorded(latest(projectId, year, month).orElseThrow(), revision == 1 ? Outcome.CREATED : Outcome.REVISED);
	}

	public Optional<Disbursement> latest(long projectId, int year, int month) {
		return jdbc.sql(SELECT + " WHERE project_id = ? AND period_year = ? AND period_month = ? ORDER BY revision DESC LIMIT 1")
			.params(projectId, year, month)
			.query(Disbursements::map)
			.optional();
	}

	/** Every figure of the project, every revision, by period then revision. */
	public List<Disbursement> ofProject(long projectId) {
		return jdbc.sql(SELECT + " WHERE project_id = ? ORDER BY period_year, period_month, revision")
			.param(projectId)
			.query(Disbursements::map)
			.list();
	}

	/** The latest revision of each month of {@code year}: project id → month → amount. */
	public Map<Long, TreeMap<Integer, BigDecimal>> latestOfYear(int year) {
		Map<Long, TreeMap<Integer, BigDecimal>> byProject = new HashMap<>();
		Map<Long, Map<Integer, Integer>> revisions = new HashMap<>();
		for (Disbursement d : jdbc.sql(SELECT + " WHERE period_year = ? ORDER BY project_id, period_month, revision")
			.param(year)
			.query(Disbursements::map)
			.list()) {
			int seen = revisions.computeIfAbsent(d.projectId(), k -> new HashMap<>()).getOrDefault(d.month(), 0);
			if (d.revision() > seen) {
				revisions.get(d.projectId()).put(d.month(), d.revision());
				byProject.computeIfAbsent(d.projectId(), k -> new TreeMap<>()).put(d.month(), d.amount());
			}
		}
		return byProject;
	}

	/** Every figure (all revisions) of the months up to {@code throughMonth} of {@code year}, by project. */
	public Map<Long, List<Disbursement>> ofYearThrough(int year, int throughMonth) {
		Map<Long, List<Disbursement>> byProject = new HashMap<>();
		for (Disbursement d : jdbc.sql(SELECT + " WHERE period_year = ? AND period_month <= ?"
				+ " ORDER BY project_id, period_month, revision")
			.params(year, throughMonth)
			.query(Disbursements::map)
			.list()) {
			byProject.computeIfAbsent(d.projectId(), k -> new java.util.ArrayList<>()).add(d);
		}
		return byProject;
	}

	static Disbursement map(ResultSet rs, int row) throws SQLException {
		return new Disbursement(rs.getLong("id"), rs.getLong("project_id"), rs.getInt("period_year"),
				rs.getInt("period_month"), Money.normal(rs.getBigDecimal("amount")),
				rs.getDate("reported_on").toLocalDate(), rs.getInt("revision"),
				(Long) rs.getObject("supersedes_id", Long.class), rs.getString("source"), rs.getString("recorded_by"),
				rs.getTimestamp("recorded_at").toInstant());
	}
}
