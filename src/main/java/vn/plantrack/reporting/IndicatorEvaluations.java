package vn.plantrack.reporting;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import vn.plantrack.evaluation.Direction;
import vn.plantrack.evaluation.Evaluation;
import vn.plantrack.evaluation.EvaluationPolicy;
import vn.plantrack.evaluation.Indicator;
import vn.plantrack.evaluation.Observation;
import vn.plantrack.evaluation.Override;
import vn.plantrack.evaluation.Period;
import vn.plantrack.evaluation.Scorecard;
import vn.plantrack.evaluation.Target;
import vn.plantrack.evaluation.TargetEvaluator;
import vn.plantrack.evaluation.Verdict;
import vn.plantrack.evaluation.Targets;
import vn.plantrack.extract.TargetValue;

/**
 * Verdicts of the registered indicators, computed from the stored targets and observations each time they
 * are asked for, so a new or corrected observation is reflected at once (no stale copy to invalidate).
 */
@Service
public class IndicatorEvaluations {

	private static final Pattern TERM = Pattern.compile("(\\d{4})\\s*-\\s*(\\d{4})");

	private final JdbcClient jdbc;

	private final Clock clock;

	IndicatorEvaluations(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** One indicator with its evaluation. */
	public record IndicatorVerdict(long indicatorId, long documentId, String code, String name, String unit,
			String leadAgency, String target, Evaluation evaluation, int line) {
	}

	/** The evaluations of a plan's indicators and its scorecard ("x/y chỉ tiêu đạt"). */
	public record PlanEvaluation(long documentId, List<IndicatorVerdict> indicators, Scorecard scorecard,
			Map<String, Scorecard> byLeadAgency) {
	}

	public Optional<IndicatorVerdict> forIndicator(long indicatorId) {
		return rows("WHERE i.id = ?", indicatorId, null).stream().findFirst().map(this::evaluate);
	}

	public PlanEvaluation forDocument(long documentId) {
		return forDocument(documentId, null);
	}

	/**
	 * The plan's evaluations as they stood on a past day (a report on an earlier cycle): only values of
	 * years up to that day's year count, and forecasts run from that day. Null means today.
	 */
	public PlanEvaluation forDocument(long documentId, java.time.LocalDate asOf) {
		Integer lastYear = asOf == null ? null : asOf.getYear();
		List<Row> rows = rows("WHERE i.document_id = ?", documentId, lastYear);
		List<Indicator> indicators = new ArrayList<>();
		List<Evaluation> evaluations = new ArrayList<>();
		List<IndicatorVerdict> verdicts = new ArrayList<>();
		TargetEvaluator evaluator = asOf == null ? evaluator()
				: new TargetEvaluator(EvaluationPolicy.defaults(Clock.fixed(
						asOf.atStartOfDay(clock.getZone()).toInstant(), clock.getZone())));
		for (Row row : rows) {
			Indicator indicator = row.indicator;
			Evaluation evaluation = withOverride(row.override, evaluator.evaluate(indicator));
			indicators.add(indicator);
			evaluations.add(evaluation);
			verdicts.add(row.verdict(evaluation));
		}
		return new PlanEvaluation(documentId, verdicts, Scorecard.of("document " + documentId, indicators, evaluations),
				Scorecard.byLeadAgency(indicators, evaluations));
	}

	private IndicatorVerdict evaluate(Row row) {
		return row.verdict(withOverride(row.override, evaluator().evaluate(row.indicator)));
	}

	// rule: a person's override replaces the computed verdict but both stay visible, with reason and author
	private static Evaluation withOverride(Override override, Evaluation evaluation) {
		return override == null ? evaluation : evaluation.withOverride(override);
	}

	/** The newest override of each indicator in scope. */
	private Map<Long, Override> overrides(String scope, long id) {
		Map<Long, Override> newest = new java.util.HashMap<>();
		jdbc.sql("SELECT indicator_id, verdict, reason, author, created_at FROM evaluation_override WHERE indicator_id IN ("
				+ scope + ") ORDER BY indicator_id, created_at DESC, id DESC")
			.param(id)
			.query((rs, n) -> {
				newest.putIfAbsent(rs.getLong("indicator_id"), new Override(Verdict.valueOf(rs.getString("verdict")),
						rs.getString("reason"), rs.getString("author"), rs.getTimestamp("created_at").toInstant()));
				return null;
			})
			.list();
		return newest;
	}

	private TargetEvaluator evaluator() {
		return new TargetEvaluator(EvaluationPolicy.defaults(clock));
	}

	private List<Row> rows(String where, long id, Integer lastYear) {
		List<Map<String, Object>> indicators = jdbc.sql("""
				SELECT i.id, i.document_id, i.code, i.name, i.unit, i.direction, i.lead_as_written, i.source_line,
				       i.baseline_year, i.baseline_value, d.term
				FROM indicator i JOIN document d ON d.id = i.document_id
				""" + where + " ORDER BY i.source_line, i.id").param(id).query().listOfRows();
		// one query per table for all the indicators asked for, not three per indicator (a commune decision
		// holds thousands of indicators)
		String scope = "SELECT i.id FROM indicator i " + where;
		Map<Long, List<TargetRow>> targets = targets(scope, id);
		Map<Long, List<Observation>> observations = observations(scope, id, lastYear);
		Map<Long, Override> overrides = overrides(scope, id);
		List<Row> rows = new ArrayList<>();
		for (Map<String, Object> row : indicators) {
			long indicatorId = ((Number) row.get("id")).longValue();
			int[] term = term((String) row.get("term"));
			String name = (String) row.get("name");
			TargetValue targetValue = target(targets.getOrDefault(indicatorId, List.of())).orElse(TargetValue.rawOnly(""));
			Target target = Targets.of(targetValue, name, term[0], term[1]);
			Indicator indicator = new Indicator((String) row.get("code"), name, (String) row.get("unit"),
					targetValue.raw(), target, direction((String) row.get("direction"), name),
					(String) row.get("lead_as_written"), baseline(row), observations.getOrDefault(indicatorId, List.of()));
			rows.add(new Row(indicatorId, ((Number) row.get("document_id")).longValue(), indicator,
					row.get("source_line") == null ? 0 : ((Number) row.get("source_line")).intValue(),
					overrides.get(indicatorId)));
		}
		return rows;
	}

	// rule: a congress term "2025-2030" plans the five years 2026-2030; a plan period "2021-2025" is itself
	private static int[] term(String text) {
		Matcher m = TERM.matcher(text == null ? "" : text);
		if (!m.find()) {
			return new int[] { 2026, 2030 };
		}
		int first = Integer.parseInt(m.group(1));
		int last = Integer.parseInt(m.group(2));
		return new int[] { last - first == 5 ? first + 1 : first, last };
	}

	private static Direction direction(String stored, String name) {
		return stored == null ? Direction.guess(name) : Direction.valueOf(stored);
	}

	private static Observation baseline(Map<String, Object> row) {
		if (row.get("baseline_year") == null || row.get("baseline_value") == null) {
			return null;
		}
		return Observation.actual(((Number) row.get("baseline_year")).intValue(),
				((BigDecimal) row.get("baseline_value")).toPlainString());
	}

	private Map<Long, List<TargetRow>> targets(String scope, long id) {
		Map<Long, List<TargetRow>> byIndicator = new java.util.HashMap<>();
		jdbc.sql("""
				SELECT indicator_id, id, parent_id, raw_text, kind, comparator, target_value, low_value, high_value, unit,
				       target_year
				FROM target WHERE indicator_id IN (""" + scope + ") AND cancelled_by_version IS NULL ORDER BY id")
			.param(id)
			.query((rs, n) -> byIndicator.computeIfAbsent(rs.getLong("indicator_id"), k -> new ArrayList<>())
				.add(targetRow(rs, n)))
			.list();
		return byIndicator;
	}

	private static Optional<TargetValue> target(List<TargetRow> targets) {
		Map<Long, List<TargetRow>> children = new LinkedHashMap<>();
		TargetRow root = null;
		for (TargetRow t : targets) {
			if (t.parentId == null) {
				root = root == null ? t : root;
			}
			else {
				children.computeIfAbsent(t.parentId, k -> new ArrayList<>()).add(t);
			}
		}
		return Optional.ofNullable(root).map(r -> r.value(children));
	}

	// rule: a verdict rests on yearly values and whole-term values only (TargetEvaluator.Series); monthly,
	// quarterly and half-year values feed the agencies' reports. Reading only those two kinds matters: a
	// commune decision holds 60 monthly values per indicator, 99% of a province's observations, and the
	// unique index (indicator_id, period_kind, ...) finds the yearly ones without touching the others.
	private Map<Long, List<Observation>> observations(String scope, long id, Integer lastYear) {
		Map<Long, List<Observation>> byIndicator = new java.util.HashMap<>();
		jdbc.sql("""
				SELECT indicator_id, period_kind, period_year, period_index, kind, obs_value, source, author, recorded_at
				FROM observation WHERE indicator_id IN (""" + scope + """
				) AND period_kind IN ('YEAR', 'TERM') AND period_year <= ?""")
			.params(id, lastYear == null ? Integer.MAX_VALUE : lastYear)
			.query((rs, n) -> byIndicator.computeIfAbsent(rs.getLong("indicator_id"), k -> new ArrayList<>())
				.add(observation(rs, n)))
			.list();
		return byIndicator;
	}

	private static Observation observation(ResultSet rs, int row) throws SQLException {
		int year = rs.getInt("period_year");
		int index = rs.getInt("period_index");
		Period period = switch (rs.getString("period_kind")) {
			case "HALF" -> Period.ofHalf(year, index);
			case "QUARTER" -> Period.ofQuarter(year, index);
			case "MONTH" -> Period.ofMonth(year, index);
			// a whole term is stored with its last year and its first year as the index (Period.ofTerm)
			case "TERM" -> Period.ofTerm(index, year);
			default -> Period.ofYear(year);
		};
		Timestamp recorded = rs.getTimestamp("recorded_at");
		return new Observation(period, rs.getBigDecimal("obs_value"),
				"ESTIMATE".equals(rs.getString("kind")) ? Observation.Kind.ESTIMATE : Observation.Kind.ACTUAL,
				rs.getString("source"), rs.getString("author"), recorded == null ? null : recorded.toInstant());
	}

	private static TargetRow targetRow(ResultSet rs, int row) throws SQLException {
		long parent = rs.getLong("parent_id");
		Long parentId = rs.wasNull() ? null : parent;
		int year = rs.getInt("target_year");
		Integer targetYear = rs.wasNull() ? null : year;
		return new TargetRow(rs.getLong("id"), parentId, rs.getString("raw_text"), rs.getString("kind"),
				rs.getString("comparator"), rs.getBigDecimal("target_value"), rs.getBigDecimal("low_value"),
				rs.getBigDecimal("high_value"), rs.getString("unit"), targetYear);
	}

	private record TargetRow(long id, Long parentId, String raw, String kind, String comparator, BigDecimal value,
			BigDecimal low, BigDecimal high, String unit, Integer year) {

		TargetValue value(Map<Long, List<TargetRow>> children) {
			List<TargetValue> components = children.getOrDefault(id, List.of())
				.stream()
				.map(child -> child.value(children))
				.toList();
			return new TargetValue(raw, kind, comparator, strip(value), strip(low), strip(high), unit, year,
					components);
		}

		// DECIMAL(24,6) columns come back as 90.000000; the target model wants the number as written
		private static BigDecimal strip(BigDecimal number) {
			return number == null ? null : number.stripTrailingZeros();
		}
	}

	private record Row(long indicatorId, long documentId, Indicator indicator, int line, Override override) {

		IndicatorVerdict verdict(Evaluation evaluation) {
			return new IndicatorVerdict(indicatorId, documentId, indicator.code(), indicator.name(), indicator.unit(),
					indicator.leadAgency(), indicator.targetText(), evaluation, line);
		}
	}
}
