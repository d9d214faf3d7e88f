package vn.plantrack.tracking;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.plantrack.registry.AuditLog;

/**
 * Values of an indicator entered between reports (kết quả thực hiện, ước thực hiện). The agency that leads
 * the indicator today (successor of the one the plan named) enters them; others read.
 */
@Service
public class IndicatorValues {

	private static final Set<String> PERIOD_KINDS = Set.of("YEAR", "HALF", "QUARTER", "MONTH");

	private final JdbcClient jdbc;

	private final IndicatorResponsibility leads;

	private final CycleExceptions locks;

	private final AuditLog audit;

	private final Clock clock;

	IndicatorValues(JdbcClient jdbc, IndicatorResponsibility leads, CycleExceptions locks, AuditLog audit, Clock clock) {
		this.jdbc = jdbc;
		this.leads = leads;
		this.locks = locks;
		this.audit = audit;
		this.clock = clock;
	}

	/** periodKind YEAR (index 0), HALF (1-2), QUARTER (1-4) or MONTH (1-12); kind ACTUAL or ESTIMATE. */
	public record Value(String periodKind, int year, int index, String kind, BigDecimal value, String source,
			String author, OffsetDateTime recordedAt) {
	}

	public List<Value> of(long indicatorId, Actor actor) {
		requireReader(indicatorId, actor);
		return jdbc.sql("""
				SELECT period_kind, period_year, period_index, kind, obs_value, source, author, recorded_at
				FROM observation WHERE indicator_id = ? ORDER BY period_year, period_kind, period_index, kind""")
			.param(indicatorId)
			.query((rs, n) -> new Value(rs.getString(1), rs.getInt(2), rs.getInt(3), rs.getString(4), rs.getBigDecimal(5),
					rs.getString(6), rs.getString(7), rs.getObject(8, OffsetDateTime.class)))
			.list();
	}

	/**
	 * Records a value, replacing the one stored for the same period and kind (the old one stays in the audit). The
	 * lead agency's value for a period whose report cycle is locked is refused like its late report (409 with the
	 * report's message) unless the MONITOR granted an exception; the MONITOR's own entries are corrections of the
	 * consolidating office, audited, and not locked.
	 */
	@Transactional
	public Value record(long indicatorId, Value value, Actor actor) {
		Optional<Long> lead = currentLead(indicatorId);
		boolean allowed = actor.monitor() || lead.isPresent() && actor.reportsFor(lead.get());
		if (!allowed) {
			throw TrackingException.notPermitted("Chỉ cơ quan chủ trì chỉ tiêu " + indicatorId
					+ " (hoặc cán bộ theo dõi) được nhập số liệu");
		}
		check(value);
		if (!actor.monitor()) {
			requireCycleOpen(indicatorId, value, lead.get());
		}
		String before = jdbc.sql("""
				SELECT CAST(obs_value AS VARCHAR(40)) FROM observation WHERE indicator_id = ? AND period_kind = ?
				AND period_year = ? AND period_index = ? AND kind = ?""")
			.params(indicatorId, value.periodKind(), value.year(), value.index(), value.kind())
			.query(String.class)
			.optional()
			.orElse(null);
		jdbc.sql("""
				DELETE FROM observation WHERE indicator_id = ? AND period_kind = ? AND period_year = ? AND period_index = ?
				AND kind = ?""")
			.params(indicatorId, value.periodKind(), value.year(), value.index(), value.kind())
			.update();
		Timestamp now = Timestamp.from(clock.instant());
		jdbc.sql("""
				INSERT INTO observation (indicator_id, period_kind, period_year, period_index, kind, obs_value, source,
				                         author, recorded_at)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(indicatorId, value.periodKind(), value.year(), value.index(), value.kind(), value.value(),
					value.source(), actor.username(), now)
			.update();
		audit.record(actor.username(), "INDICATOR_VALUE_RECORDED", "indicator", Long.toString(indicatorId), before,
				value.periodKind() + " " + value.year() + "/" + value.index() + " " + value.kind() + "=" + value.value());
		return of(indicatorId, actor).stream()
			.filter(v -> v.periodKind().equals(value.periodKind()) && v.year() == value.year()
					&& v.index() == value.index() && v.kind().equals(value.kind()))
			.findFirst()
			.orElseThrow();
	}

	// rule: a value is reported in the cycle of its own period: YEAR in the yearly cycle, HALF n in the six-monthly
	// cycle n, MONTH m in the monthly cycle m (as a submission stores them); quarters have no cycle
	private void requireCycleOpen(long indicatorId, Value value, long agencyId) {
		for (Frequency frequency : Frequency.values()) {
			if (frequency.periodKind().equals(value.periodKind())) {
				long documentId = jdbc.sql("SELECT document_id FROM indicator WHERE id = ?").param(indicatorId)
					.query(Long.class).single();
				locks.requireOpen(documentId, frequency, value.year(), value.index(), agencyId);
			}
		}
	}

	private void requireReader(long indicatorId, Actor actor) {
		Optional<Long> lead = currentLead(indicatorId);
		if (actor.reporter() && !(lead.isPresent() && actor.reportsFor(lead.get()))) {
			throw TrackingException.notPermitted("Chỉ tiêu " + indicatorId + " không thuộc cơ quan của bạn");
		}
	}

	/** The successor of the agency the plan named; empty while a split awaits a MONITOR's decision. */
	private Optional<Long> currentLead(long indicatorId) {
		return leads.currentLeadId(indicatorId, LocalDate.now(clock));
	}

	private static void check(Value value) {
		if (value.periodKind() == null || !PERIOD_KINDS.contains(value.periodKind())) {
			throw TrackingException.invalid("Kỳ số liệu (trường periodKind) phải là YEAR, HALF, QUARTER hoặc MONTH");
		}
		int max = switchMax(value.periodKind());
		int min = max == 0 ? 0 : 1;
		if (value.index() < min || value.index() > max) {
			throw TrackingException.invalid("Chỉ số kỳ (trường index) của " + value.periodKind() + " phải từ " + min + " đến " + max);
		}
		if (value.year() < 1990 || value.year() > 2100) {
			throw TrackingException.invalid("Năm " + value.year() + " không hợp lệ");
		}
		if (!"ACTUAL".equals(value.kind()) && !"ESTIMATE".equals(value.kind())) {
			throw TrackingException.invalid("Loại số liệu (trường kind) phải là ACTUAL hoặc ESTIMATE");
		}
		if (value.value() == null) {
			throw TrackingException.invalid("Thiếu giá trị (trường value)");
		}
	}

	private static int switchMax(String periodKind) {
		if ("YEAR".equals(periodKind)) {
			return 0;
		}
		return "HALF".equals(periodKind) ? 2 : "QUARTER".equals(periodKind) ? 4 : 12;
	}
}
