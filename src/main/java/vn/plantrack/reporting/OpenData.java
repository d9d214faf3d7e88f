package vn.plantrack.reporting;

import java.math.BigDecimal;
import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a locality publishes as open data (docs/OPEN_DATA.md): its confirmed plans, their tasks with the
 * status class, their indicators with values and verdicts. Nothing at all unless the locality chose to
 * publish (locality.publishes_open_data); people's names (authors, reviewers) are never included.
 */
@Service
public class OpenData {

	/** Version of the published schema; bumped only when a field changes meaning or disappears. */
	public static final String SCHEMA = "plantrack-open-data/1";

	private final JdbcClient jdbc;

	private final IndicatorEvaluations evaluations;

	private final Clock clock;

	OpenData(JdbcClient jdbc, IndicatorEvaluations evaluations, Clock clock) {
		this.jdbc = jdbc;
		this.evaluations = evaluations;
		this.clock = clock;
	}

	public record DataSet(String schema, String locality, String localityName, LocalDate asOf, List<Plan> plans,
			List<Task> tasks, List<IndicatorResult> indicators) {
	}

	public record Plan(long id, String kind, String symbol, String title, LocalDate issued, String issuer,
			String term) {
	}

	public record Task(long planId, String planSymbol, String code, String group, String title, String lead,
			String period, LocalDate due, String status, String statusClass, String statusClassLabel,
			Integer line) {
	}

	public record IndicatorResult(long planId, String planSymbol, String code, String name, String unit,
			String target, String lead, Map<Integer, BigDecimal> actual, Map<Integer, BigDecimal> estimate,
			String verdict, String verdictLabel, String reason, Integer line) {
	}

	@Transactional(readOnly = true)
	public Optional<DataSet> of(String localityCode) {
		Optional<Map<String, Object>> locality = jdbc.sql(
				"SELECT id, code, name FROM locality WHERE code = ? AND publishes_open_data = TRUE")
			.param(localityCode)
			.query()
			.listOfRows()
			.stream()
			.findFirst();
		if (locality.isEmpty()) {
			return Optional.empty();
		}
		long localityId = ((Number) locality.get().get("id")).longValue();
		LocalDate today = LocalDate.now(clock);
		List<Plan> plans = jdbc.sql("""
				SELECT id, kind, symbol, title, issued, issuer, term FROM document
				WHERE locality_id = ? AND status = 'CONFIRMED' AND stub = FALSE ORDER BY issued, id""")
			.param(localityId)
			.query((rs, n) -> new Plan(rs.getLong("id"), rs.getString("kind"), rs.getString("symbol"),
					rs.getString("title"), date(rs.getDate("issued")), rs.getString("issuer"), rs.getString("term")))
			.list();
		List<Task> tasks = new ArrayList<>();
		List<IndicatorResult> indicators = new ArrayList<>();
		for (Plan plan : plans) {
			tasks.addAll(tasks(plan, today));
			indicators.addAll(indicators(plan));
		}
		return Optional.of(new DataSet(SCHEMA, (String) locality.get().get("code"), (String) locality.get().get("name"),
				today, plans, tasks, indicators));
	}

	private List<Task> tasks(Plan plan, LocalDate today) {
		Map<Long, List<String>> leads = new LinkedHashMap<>();
		jdbc.sql("""
				SELECT ta.task_id, COALESCE(a.name, ta.name_as_written) AS agency FROM task_agency ta
				JOIN task t ON t.id = ta.task_id LEFT JOIN agency a ON a.id = ta.agency_id
				WHERE t.document_id = ? AND ta.role = 'LEAD' ORDER BY ta.task_id, ta.position""")
			.param(plan.id())
			.query((rs, n) -> leads.computeIfAbsent(rs.getLong("task_id"), k -> new ArrayList<>()).add(rs.getString("agency")))
			.list();
		return jdbc.sql("""
				SELECT t.id, t.code, g.code AS group_code, t.title, t.period_raw, t.due_date, t.period_end, t.recurrence,
				       t.status, t.completed_on, t.source_line
				FROM task t LEFT JOIN task_group g ON g.id = t.group_id WHERE t.document_id = ?
				ORDER BY t.source_line, t.id""")
			.param(plan.id())
			.query((rs, n) -> {
				LocalDate due = date(rs.getDate("due_date")) != null ? date(rs.getDate("due_date"))
						: date(rs.getDate("period_end"));
				TaskStatusClass statusClass = TaskStatusClass.of(rs.getString("status"), due,
						date(rs.getDate("completed_on")), rs.getString("recurrence"), today);
				int line = rs.getInt("source_line");
				return new Task(plan.id(), plan.symbol(), rs.getString("code"), rs.getString("group_code"),
						rs.getString("title"), String.join("; ", leads.getOrDefault(rs.getLong("id"), List.of())),
						rs.getString("period_raw"), due, rs.getString("status"), statusClass.name(), statusClass.label(),
						rs.wasNull() ? null : line);
			})
			.list();
	}

	private List<IndicatorResult> indicators(Plan plan) {
		Map<Long, Map<Integer, BigDecimal>> actual = new LinkedHashMap<>();
		Map<Long, Map<Integer, BigDecimal>> estimate = new LinkedHashMap<>();
		jdbc.sql("""
				SELECT o.indicator_id, o.period_year, o.kind, o.obs_value FROM observation o
				JOIN indicator i ON i.id = o.indicator_id WHERE i.document_id = ? AND o.period_kind = 'YEAR'""")
			.param(plan.id())
			.query((rs, n) -> ("ESTIMATE".equals(rs.getString("kind")) ? estimate : actual)
				.computeIfAbsent(rs.getLong("indicator_id"), k -> new TreeMap<>())
				.put(rs.getInt("period_year"), rs.getBigDecimal("obs_value").stripTrailingZeros()))
			.list();
		List<IndicatorResult> results = new ArrayList<>();
		for (IndicatorEvaluations.IndicatorVerdict v : evaluations.forDocument(plan.id()).indicators()) {
			results.add(new IndicatorResult(plan.id(), plan.symbol(), v.code(), v.name(), v.unit(), v.target(),
					v.leadAgency(), actual.getOrDefault(v.indicatorId(), Map.of()),
					estimate.getOrDefault(v.indicatorId(), Map.of()), v.evaluation().verdict().name(),
					v.evaluation().verdict().label(), v.evaluation().reason(), v.line() == 0 ? null : v.line()));
		}
		return results;
	}

	/** The data set's tables as CSV (RFC 4180, UTF-8, header row), one of "plans", "tasks", "indicators". */
	public static Optional<String> csv(DataSet data, String table) {
		StringBuilder out = new StringBuilder();
		switch (table) {
			case "plans" -> {
				row(out, "plan_id", "kind", "symbol", "title", "issued", "issuer", "term");
				for (Plan p : data.plans()) {
					row(out, p.id(), p.kind(), p.symbol(), p.title(), p.issued(), p.issuer(), p.term());
				}
			}
			case "tasks" -> {
				row(out, "plan_id", "plan_symbol", "code", "group", "title", "lead", "period", "due", "status",
						"status_class", "status_class_label", "line");
				for (Task t : data.tasks()) {
					row(out, t.planId(), t.planSymbol(), t.code(), t.group(), t.title(), t.lead(), t.period(), t.due(),
							t.status(), t.statusClass(), t.statusClassLabel(), t.line());
				}
			}
			case "indicators" -> {
				row(out, "plan_id", "plan_symbol", "code", "name", "unit", "target", "lead", "year", "actual",
						"estimate", "verdict", "verdict_label", "reason", "line");
				for (IndicatorResult i : data.indicators()) {
					TreeMap<Integer, Boolean> years = new TreeMap<>();
					i.actual().keySet().forEach(y -> years.put(y, true));
					i.estimate().keySet().forEach(y -> years.put(y, true));
					if (years.isEmpty()) {
						row(out, i.planId(), i.planSymbol(), i.code(), i.name(), i.unit(), i.target(), i.lead(), null,
								null, null, i.verdict(), i.verdictLabel(), i.reason(), i.line());
					}
					for (int year : years.keySet()) {
						row(out, i.planId(), i.planSymbol(), i.code(), i.name(), i.unit(), i.target(), i.lead(), year,
								plain(i.actual().get(year)), plain(i.estimate().get(year)), i.verdict(), i.verdictLabel(),
								i.reason(), i.line());
					}
				}
			}
			default -> {
				return Optional.empty();
			}
		}
		return Optional.of(out.toString());
	}

	private static String plain(BigDecimal value) {
		return value == null ? null : value.toPlainString();
	}

	private static void row(StringBuilder out, Object... cells) {
		for (int i = 0; i < cells.length; i++) {
			if (i > 0) {
				out.append(',');
			}
			out.append(cell(cells[i]));
		}
		out.append("\r\n");
	}

	// rule: RFC 4180 quoting; text a spreadsheet would run as a formula (= + - @) gets a leading apostrophe
	private static String cell(Object value) {
		if (value == null) {
			return "";
		}
		String text = value.toString();
		if (!(value instanceof Number) && !text.isEmpty() && "=+-@".indexOf(text.charAt(0)) >= 0) {
			text = "'" + text;
		}
		if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
			text = '"' + text.replace("\"", "\"\"") + '"';
		}
		return text;
	}

	private static LocalDate date(Date date) {
		return date == null ? null : date.toLocalDate();
	}
}
