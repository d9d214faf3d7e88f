package vn.plantrack.reporting.export;

import java.math.BigDecimal;
import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.plantrack.evaluation.Scorecard;
import vn.plantrack.evaluation.Verdict;
import vn.plantrack.registry.DocumentSummary;
import vn.plantrack.registry.Documents;
import vn.plantrack.reporting.IndicatorEvaluations;
import vn.plantrack.reporting.PlanReport;
import vn.plantrack.reporting.PlanReport.AgencyNote;
import vn.plantrack.reporting.PlanReport.GroupResult;
import vn.plantrack.reporting.PlanReport.Header;
import vn.plantrack.reporting.PlanReport.IndicatorRow;
import vn.plantrack.reporting.PlanReport.LateItem;
import vn.plantrack.reporting.ReportCycle;
import vn.plantrack.reporting.TaskStatusClass;

/** Reads a confirmed plan's tasks, indicators and verdicts and turns them into a {@link PlanReport}. */
@Component
public class PlanReportAssembler {

	private static final Pattern TERM = Pattern.compile("(\\d{4})\\s*-\\s*(\\d{4})");

	private static final String UNGROUPED = "Nhiệm vụ khác";

	private final JdbcClient jdbc;

	private final Documents documents;

	private final IndicatorEvaluations evaluations;

	private final Clock clock;

	PlanReportAssembler(JdbcClient jdbc, Documents documents, IndicatorEvaluations evaluations, Clock clock) {
		this.jdbc = jdbc;
		this.documents = documents;
		this.evaluations = evaluations;
		this.clock = clock;
	}

	/** One stored task with what the report needs about it. */
	record TaskLine(long id, String code, String title, String groupCode, String groupTitle, LocalDate due,
			String recurrence, String status, LocalDate completedOn, int line, List<String> leads, String period) {
	}

	public Optional<PlanReport> assemble(long documentId, ReportCycle cycle) {
		Optional<DocumentSummary> found = documents.findById(documentId);
		if (found.isEmpty()) {
			return Optional.empty();
		}
		DocumentSummary document = found.get();
		LocalDate today = LocalDate.now(clock);
		LocalDate asOf = today.isBefore(cycle.end()) ? today : cycle.end();

		List<TaskLine> tasks = tasks(documentId);
		Map<String, GroupResult> groups = new LinkedHashMap<>();
		Map<TaskStatusClass, Integer> totals = new EnumMap<>(TaskStatusClass.class);
		List<LateItem> late = new ArrayList<>();
		List<PlanReport.TaskLine> taskLines = new ArrayList<>();
		Map<String, AgencyTally> agencies = new LinkedHashMap<>();
		for (TaskLine task : tasks) {
			TaskStatusClass statusClass = TaskStatusClass.of(task.status(), task.due(), task.completedOn(),
					task.recurrence(), asOf);
			String key = task.groupTitle() == null ? UNGROUPED : task.groupTitle();
			GroupResult group = groups.computeIfAbsent(key,
					k -> new GroupResult(task.groupTitle() == null ? "" : task.groupCode(), k,
							new EnumMap<>(TaskStatusClass.class), 0));
			group.counts().merge(statusClass, 1, Integer::sum);
			groups.put(key, new GroupResult(group.code(), group.title(), group.counts(), group.tasks() + 1));
			totals.merge(statusClass, 1, Integer::sum);
			taskLines.add(new PlanReport.TaskLine(task.code(), task.groupCode(), task.title(),
					String.join("; ", task.leads()), task.period(), task.due(), task.status(), task.completedOn(),
					statusClass, task.line()));
			if (statusClass.needsAttention()) {
				LocalDate until = statusClass == TaskStatusClass.LATE ? task.completedOn() : asOf;
				late.add(new LateItem(task.code(), task.title(), task.due(), task.completedOn(),
						String.join("; ", task.leads()), statusClass, ChronoUnit.DAYS.between(task.due(), until),
						task.line()));
			}
			for (String lead : task.leads()) {
				agencies.computeIfAbsent(lead, AgencyTally::new).count(statusClass);
			}
		}

		// a report on a closed cycle judges with the data of its years only, as it would have been written then
		IndicatorEvaluations.PlanEvaluation plan = evaluations.forDocument(documentId,
				today.isAfter(cycle.end()) ? cycle.end() : null);
		List<Integer> years = years(document.term(), cycle);
		Map<Long, Map<Integer, String>> values = values(documentId, cycle.lastYear());
		List<IndicatorRow> indicators = new ArrayList<>();
		for (IndicatorEvaluations.IndicatorVerdict verdict : plan.indicators()) {
			indicators.add(new IndicatorRow(nullToEmpty(verdict.code()), verdict.name(), nullToEmpty(verdict.unit()),
					nullToEmpty(verdict.target()), values.getOrDefault(verdict.indicatorId(), Map.of()),
					verdict.evaluation().verdict().label(), reason(verdict), nullToEmpty(verdict.leadAgency()),
					verdict.line()));
		}
		plan.byLeadAgency().forEach((agency, scorecard) -> agencies.computeIfAbsent(agency, AgencyTally::new)
			.scorecard = scorecard);
		Map<String, Integer> verdictCounts = new LinkedHashMap<>();
		for (Verdict v : Verdict.values()) {
			verdictCounts.put(v.label(), plan.scorecard().byVerdict().getOrDefault(v, 0));
		}

		List<AgencyNote> commended = new ArrayList<>();
		List<AgencyNote> reminded = new ArrayList<>();
		for (AgencyTally tally : agencies.values()) {
			if (tally.needsReminder()) {
				reminded.add(new AgencyNote(tally.agency, tally.reminderReason()));
			}
			else if (tally.deservesCommendation()) {
				commended.add(new AgencyNote(tally.agency, tally.commendationReason()));
			}
		}

		List<PlanReport.AgencyScore> scorecards = new ArrayList<>();
		plan.byLeadAgency().forEach((agency, scorecard) -> {
			Map<String, Integer> byVerdict = new LinkedHashMap<>();
			for (Verdict v : Verdict.values()) {
				byVerdict.put(v.label(), scorecard.byVerdict().getOrDefault(v, 0));
			}
			scorecards.add(new PlanReport.AgencyScore(agency, scorecard.achieved(), scorecard.counted(), byVerdict));
		});
		GroupResult total = new GroupResult("", "Tổng cộng", totals, tasks.size());
		return Optional.of(new PlanReport(header(document, cycle, today), cycle, asOf, List.copyOf(groups.values()),
				total, years, indicators, plan.scorecard().headline(), verdictCounts, late, commended, reminded,
				proposals(late, reminded, plan.scorecard(), indicators), recipients(), taskLines, scorecards));
	}

	private static String reason(IndicatorEvaluations.IndicatorVerdict verdict) {
		var evaluation = verdict.evaluation();
		String reason = nullToEmpty(evaluation.reason());
		if (evaluation.override() != null) {
			reason = "Điều chỉnh: " + evaluation.override().reason() + " (kết quả tính: " + evaluation.computed().label()
					+ "; " + reason + ")";
		}
		return reason;
	}

	private List<TaskLine> tasks(long documentId) {
		Map<Long, List<String>> leads = new LinkedHashMap<>();
		jdbc.sql("""
				SELECT ta.task_id, COALESCE(a.name, ta.name_as_written) AS agency
				FROM task_agency ta JOIN task t ON t.id = ta.task_id LEFT JOIN agency a ON a.id = ta.agency_id
				WHERE t.document_id = ? AND ta.role = 'LEAD' ORDER BY ta.task_id, ta.position""")
			.param(documentId)
			.query((rs, n) -> {
				leads.computeIfAbsent(rs.getLong("task_id"), k -> new ArrayList<>()).add(rs.getString("agency"));
				return null;
			})
			.list();
		return jdbc.sql("""
				SELECT t.id, t.code, t.title, g.code AS group_code, g.title AS group_title, t.due_date, t.period_end,
				       t.recurrence, t.status, t.completed_on, t.source_line, t.period_raw
				FROM task t LEFT JOIN task_group g ON g.id = t.group_id
				WHERE t.document_id = ? ORDER BY g.position, t.source_line, t.id""")
			.param(documentId)
			.query((rs, n) -> {
				LocalDate due = date(rs.getDate("due_date"));
				return new TaskLine(rs.getLong("id"), nullToEmpty(rs.getString("code")), rs.getString("title"),
						nullToEmpty(rs.getString("group_code")), rs.getString("group_title"),
						due != null ? due : date(rs.getDate("period_end")), rs.getString("recurrence"),
						rs.getString("status"), date(rs.getDate("completed_on")), rs.getInt("source_line"),
						leads.getOrDefault(rs.getLong("id"), List.of()), rs.getString("period_raw"));
			})
			.list();
	}

	// rule: the table shows the planned years up to the cycle's year; a congress term 2025-2030 plans 2026-2030
	private static List<Integer> years(String term, ReportCycle cycle) {
		Matcher m = TERM.matcher(term == null ? "" : term);
		int last = cycle.lastYear();
		int first = last;
		if (m.find()) {
			int from = Integer.parseInt(m.group(1));
			int to = Integer.parseInt(m.group(2));
			first = to - from == 5 ? from + 1 : from;
			last = Math.min(last, to);
		}
		List<Integer> years = new ArrayList<>();
		for (int year = first; year <= last; year++) {
			years.add(year);
		}
		return years;
	}

	// an actual value wins over an estimate for the same year; estimates are marked "(ước)"
	private Map<Long, Map<Integer, String>> values(long documentId, int lastYear) {
		Map<Long, Map<Integer, String>> values = new LinkedHashMap<>();
		jdbc.sql("""
				SELECT o.indicator_id, o.period_year, o.kind, o.obs_value FROM observation o
				JOIN indicator i ON i.id = o.indicator_id
				WHERE i.document_id = ? AND o.period_kind = 'YEAR' AND o.period_year <= ?
				ORDER BY o.indicator_id, o.period_year, o.kind DESC""")
			.params(documentId, lastYear)
			.query((rs, n) -> {
				Map<Integer, String> own = values.computeIfAbsent(rs.getLong("indicator_id"), k -> new TreeMap<>());
				BigDecimal value = rs.getBigDecimal("obs_value").stripTrailingZeros();
				String text = VietFormat.number(value)
						+ ("ESTIMATE".equals(rs.getString("kind")) ? " (ước)" : "");
				// ORDER BY kind DESC puts ESTIMATE before ACTUAL, so the actual overwrites
				own.put(rs.getInt("period_year"), text);
				return null;
			})
			.list();
		return values;
	}

	private Header header(DocumentSummary document, ReportCycle cycle, LocalDate today) {
		String locality = document.locality();
		String issuer = document.issuer() != null && !document.issuer().isBlank() ? document.issuer()
				: locality != null ? "Ủy ban nhân dân tỉnh " + locality : "Cơ quan theo dõi";
		String issuerUpper = issuer.toUpperCase(Locale.forLanguageTag("vi"));
		String superior = null;
		// rule (NĐ 30/2020, Phụ lục I): a department of the province names its superior body above its own name
		if (locality != null && issuer.matches("(?iu)^Sở\\s.*")) {
			superior = ("UBND tỉnh " + locality).toUpperCase(Locale.forLanguageTag("vi"));
		}
		String suffix = abbreviation(document.symbol(), issuer);
		String place = locality != null ? locality : "";
		String placeAndDate = place + (place.isEmpty() ? "" : ", ") + "ngày      tháng      năm " + today.getYear();
		String planTitle = planTitle(document);
		String subject = "Kết quả thực hiện " + planTitle + " " + cycle.label();
		return new Header(superior, issuerUpper, "Số:         /BC-" + suffix, placeAndDate, subject, planTitle,
				nullToEmpty(document.symbol()), nullToEmpty(document.term()), "TM. " + issuerUpper);
	}

	// rule: the report carries the issuer's abbreviation after "BC-", as in the plan's own symbol ("14-CTr/TU" → TU)
	private static String abbreviation(String symbol, String issuer) {
		if (symbol != null && symbol.contains("/")) {
			String tail = symbol.substring(symbol.lastIndexOf('/') + 1).strip();
			int dash = tail.indexOf('-');
			return dash >= 0 ? tail.substring(dash + 1) : tail;
		}
		String folded = issuer.toLowerCase(Locale.ROOT);
		if (folded.contains("ủy ban nhân dân") || folded.contains("ubnd")) {
			return "UBND";
		}
		return folded.contains("tỉnh ủy") ? "TU" : "";
	}

	private static String planTitle(DocumentSummary document) {
		if (document.kind() == null || document.kind().isBlank()) {
			return document.title();
		}
		StringBuilder title = new StringBuilder(document.kind());
		if (document.symbol() != null && !document.symbol().isBlank()) {
			title.append(" số ").append(document.symbol());
		}
		if (document.issued() != null) {
			title.append(" ngày ").append(VietFormat.date(document.issued()));
		}
		if (document.issuer() != null && !document.issuer().isBlank()) {
			title.append(" của ").append(document.issuer());
		}
		return title.toString();
	}

	private static List<String> proposals(List<LateItem> late, List<AgencyNote> reminded, Scorecard scorecard,
			List<IndicatorRow> indicators) {
		List<String> proposals = new ArrayList<>();
		long overdue = late.stream().filter(l -> l.statusClass() == TaskStatusClass.OVERDUE).count();
		if (overdue > 0) {
			proposals.add("Đề nghị các cơ quan có nhiệm vụ quá hạn khẩn trương hoàn thành " + overdue
					+ " nhiệm vụ quá hạn, báo cáo rõ nguyên nhân và thời hạn hoàn thành.");
		}
		int atRisk = scorecard.byVerdict().getOrDefault(Verdict.AT_RISK, 0);
		if (atRisk > 0) {
			proposals.add("Tập trung chỉ đạo, có giải pháp đối với " + atRisk + " chỉ tiêu có nguy cơ không đạt: "
					+ codes(indicators, Verdict.AT_RISK) + ".");
		}
		int notMet = scorecard.byVerdict().getOrDefault(Verdict.NOT_MET, 0);
		if (notMet > 0) {
			proposals.add("Đánh giá nguyên nhân, đề xuất điều chỉnh giải pháp đối với " + notMet
					+ " chỉ tiêu không đạt: " + codes(indicators, Verdict.NOT_MET) + ".");
		}
		int noData = scorecard.byVerdict().getOrDefault(Verdict.NO_DATA, 0);
		if (noData > 0) {
			proposals.add("Đề nghị các cơ quan chủ trì cập nhật số liệu cho " + noData + " chỉ tiêu chưa đủ dữ liệu.");
		}
		if (proposals.isEmpty() && reminded.isEmpty()) {
			proposals.add("Tiếp tục duy trì tiến độ thực hiện các nhiệm vụ, chỉ tiêu của kế hoạch.");
		}
		return proposals;
	}

	private static String codes(List<IndicatorRow> indicators, Verdict verdict) {
		List<String> names = new ArrayList<>();
		for (IndicatorRow row : indicators) {
			if (row.verdict().equals(verdict.label())) {
				names.add(row.code().isEmpty() ? row.name() : row.code() + ". " + row.name());
			}
		}
		return String.join("; ", names);
	}

	private static List<String> recipients() {
		return List.of("Các cơ quan, đơn vị được giao chủ trì;", "Lưu: VT.");
	}

	private static LocalDate date(Date date) {
		return date == null ? null : date.toLocalDate();
	}

	private static String nullToEmpty(String text) {
		return text == null ? "" : text;
	}

	/** What one lead agency achieved: tasks by status class and its indicators' scorecard. */
	private static final class AgencyTally {

		final String agency;

		final Map<TaskStatusClass, Integer> tasks = new EnumMap<>(TaskStatusClass.class);

		Scorecard scorecard;

		AgencyTally(String agency) {
			this.agency = agency;
		}

		void count(TaskStatusClass statusClass) {
			tasks.merge(statusClass, 1, Integer::sum);
		}

		int tasks(TaskStatusClass statusClass) {
			return tasks.getOrDefault(statusClass, 0);
		}

		int indicators(Verdict verdict) {
			return scorecard == null ? 0 : scorecard.byVerdict().getOrDefault(verdict, 0);
		}

		// rule: remind an agency with a task overdue or finished late, or an indicator failing or at risk
		boolean needsReminder() {
			return tasks(TaskStatusClass.OVERDUE) + tasks(TaskStatusClass.LATE) + indicators(Verdict.NOT_MET)
					+ indicators(Verdict.AT_RISK) > 0;
		}

		// rule: commend an agency with nothing to remind and something delivered: a task on time or its
		// counted indicators all met
		boolean deservesCommendation() {
			boolean indicatorsMet = scorecard != null && scorecard.counted() > 0
					&& scorecard.achieved() == scorecard.counted();
			return tasks(TaskStatusClass.ON_TIME) > 0 || indicatorsMet;
		}

		String reminderReason() {
			List<String> parts = new ArrayList<>();
			add(parts, tasks(TaskStatusClass.OVERDUE), "nhiệm vụ quá hạn");
			add(parts, tasks(TaskStatusClass.LATE), "nhiệm vụ hoàn thành quá hạn");
			add(parts, indicators(Verdict.NOT_MET), "chỉ tiêu không đạt");
			add(parts, indicators(Verdict.AT_RISK), "chỉ tiêu có nguy cơ không đạt");
			return String.join("; ", parts);
		}

		String commendationReason() {
			List<String> parts = new ArrayList<>();
			add(parts, tasks(TaskStatusClass.ON_TIME), "nhiệm vụ hoàn thành đúng hạn");
			if (scorecard != null && scorecard.counted() > 0) {
				parts.add(scorecard.headline());
			}
			return String.join("; ", parts);
		}

		private static void add(List<String> parts, int count, String what) {
			if (count > 0) {
				parts.add(count + " " + what);
			}
		}
	}
}
