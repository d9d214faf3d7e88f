package vn.plantrack.investment;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.plantrack.registry.AuditLog;

/**
 * Evaluates a checkpoint once its date has come and freezes the result: the projects below the rule's
 * minimum rate, with their investor and the action. Evaluating again returns the frozen list; corrections
 * made later show beside it as revisions and never rewrite it.
 */
@Service
public class Checkpoints {

	private final JdbcClient jdbc;

	private final ThresholdRules rules;

	private final DisbursementStatus status;

	private final Disbursements disbursements;

	private final Projects projects;

	private final AuditLog audit;

	private final Clock clock;

	Checkpoints(JdbcClient jdbc, ThresholdRules rules, DisbursementStatus status, Disbursements disbursements,
			Projects projects, AuditLog audit, Clock clock) {
		this.jdbc = jdbc;
		this.rules = rules;
		this.status = status;
		this.disbursements = disbursements;
		this.projects = projects;
		this.audit = audit;
		this.clock = clock;
	}

	public CheckpointList evaluateCheckpoint(long ruleId) {
		return evaluateCheckpoint(ruleId, "system");
	}

	@Transactional
	public CheckpointList evaluateCheckpoint(long ruleId, String actor) {
		ThresholdRule rule = rules.require(ruleId);
		// Lock the rule so two evaluations cannot both write a list.
		jdbc.sql("SELECT id FROM threshold_rule WHERE id = ? FOR UPDATE").param(ruleId).query(Long.class).single();
		if (runOf(ruleId).isPresent()) {
			return view(ruleId);
		}
		LocalDate today = LocalDate.now(clock);
		if (today.isBefore(rule.checkpointDate())) {
			throw new ConflictInvestmentException("chưa đến ngày mốc " + VietDates.format(rule.checkpointDate())
					+ " (hôm nay " + VietDates.format(today) + ")");
		}
		Instant now = clock.instant();
		KeyHolder keys = new GeneratedKeyHolder();
		jdbc.sql("""
				INSERT INTO checkpoint_run (rule_id, checkpoint_date, minimum_rate, basis, action, evaluated_at,
				                            evaluated_by)
				VALUES (?, ?, ?, ?, ?, ?, ?)""")
			.params(ruleId, Date.valueOf(rule.checkpointDate()), rule.minimumRate(), rule.basis().name(),
					rule.action().name(), Timestamp.from(now), actor)
			.update(keys, "id");
		long runId = keys.getKeyAs(Number.class).longValue();
		int breaches = 0;
		for (ProjectStanding standing : status.asOf(rule.year(), rule.checkpointDate(), rule.localityCode())) {
			Measured measured = measure(rule, standing);
			jdbc.sql("""
					INSERT INTO checkpoint_snapshot (run_id, project_id, snapshot_date, plan_amount, disbursed, rate,
					                                 breached, action)
					VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")
				.params(runId, standing.project().id(), Date.valueOf(rule.checkpointDate()), standing.plan(),
						standing.cumulative(), measured.rate() == null ? BigDecimal.ZERO : measured.rate(),
						measured.breached(), measured.breached() ? rule.action().name() : null)
				.update();
			breaches += measured.breached() ? 1 : 0;
		}
		audit.record(actor, "CHECKPOINT_EVALUATED", "threshold_rule", Long.toString(ruleId), null,
				rule.checkpointDate() + ": " + breaches + " dự án dưới " + rule.minimumRate().toPlainString() + "%");
		return view(ruleId);
	}

	private record Measured(BigDecimal rate, boolean breached) {
	}

	// rule: "giải ngân dưới 50% kế hoạch vốn" — strictly below the minimum; exactly 50% passes.
	private static Measured measure(ThresholdRule rule, ProjectStanding standing) {
		if (rule.basis() == RateBasis.FORECAST) {
			return new Measured(standing.forecastRate(), DisbursementMath.forecastBelow(standing.cumulative(),
					standing.months(), standing.plan(), rule.minimumRate()));
		}
		return new Measured(standing.rate(),
				DisbursementMath.below(standing.cumulative(), standing.plan(), rule.minimumRate()));
	}

	/** The rule with its frozen list (empty when not evaluated yet), each entry beside today's figures. */
	public CheckpointList view(long ruleId) {
		ThresholdRule rule = rules.require(ruleId);
		Optional<Run> run = runOf(ruleId);
		if (run.isEmpty()) {
			return new CheckpointList(rule, false, null, null, List.of());
		}
		long runId = run.get().id();
		Instant evaluatedAt = run.get().evaluatedAt();
		Map<Long, ProjectStanding> now = new HashMap<>();
		for (ProjectStanding standing : status.asOf(rule.year(), rule.checkpointDate(), rule.localityCode())) {
			now.put(standing.project().id(), standing);
		}
		int months = DisbursementMath.monthsEndedBy(rule.year(), rule.checkpointDate());
		// corrections and late first reports of the counted months, recorded after the list was made
		Map<Long, List<Disbursement>> recorded = disbursements.ofYearThrough(rule.year(), months);
		List<CheckpointEntry> entries = new ArrayList<>();
		record Row(long projectId, BigDecimal plan, BigDecimal disbursed, BigDecimal rate, boolean breached, String action) {
		}
		for (Row row : jdbc.sql("""
				SELECT project_id, plan_amount, disbursed, rate, breached, action FROM checkpoint_snapshot
				WHERE run_id = ? ORDER BY breached DESC, rate, project_id""")
			.param(runId)
			.query((rs, n) -> new Row(rs.getLong("project_id"), rs.getBigDecimal("plan_amount"),
					rs.getBigDecimal("disbursed"), rs.getBigDecimal("rate"), rs.getBoolean("breached"),
					rs.getString("action")))
			.list()) {
			Project project = projects.require(row.projectId());
			ProjectStanding current = now.get(row.projectId());
			Measured currently = current == null ? new Measured(null, false) : measure(rule, current);
			List<Disbursement> later = recorded.getOrDefault(row.projectId(), List.of())
				.stream()
				.filter(d -> d.recordedAt().isAfter(evaluatedAt))
				.toList();
			BigDecimal plan = Money.normal(row.plan());
			BigDecimal disbursed = Money.normal(row.disbursed());
			boolean revised = current == null || current.plan().compareTo(plan) != 0
					|| current.cumulative().compareTo(disbursed) != 0;
			entries.add(new CheckpointEntry(project, plan, disbursed, row.rate().setScale(2), row.breached(),
					row.action() == null ? null : ThresholdAction.valueOf(row.action()), plan.subtract(disbursed),
					current == null ? null : current.plan(), current == null ? null : current.cumulative(),
					currently.rate(), currently.breached(), revised, later));
		}
		return new CheckpointList(rule, true, evaluatedAt, run.get().evaluatedBy(), entries);
	}

	/** Every rule of the locality and year with its list when evaluated. */
	public List<CheckpointList> list(String localityCode, Integer year) {
		return rules.list(localityCode, year).stream().map(rule -> view(rule.id())).toList();
	}

	private record Run(long id, Instant evaluatedAt, String evaluatedBy) {
	}

	private Optional<Run> runOf(long ruleId) {
		return jdbc.sql("SELECT id, evaluated_at, evaluated_by FROM checkpoint_run WHERE rule_id = ?")
			.param(ruleId)
			.query((rs, n) -> new Run(rs.getLong("id"), rs.getTimestamp("evaluated_at").toInstant(),
					rs.getString("evaluated_by")))
			.optional();
	}
}
