package vn.plantrack.evaluation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import vn.plantrack.evaluation.ReportEvaluation.RowResult;
import vn.plantrack.extract.TargetValue;
import vn.plantrack.extract.rules.TargetParser;
import vn.plantrack.shared.text.VietText;

/**
 * Evaluates the results table(s) of a report against their targets (CLI {@code evaluate}): computes each
 * row's verdict, compares it with the verdict the report claims for the row's group, and works out the pace
 * the next term's targets require from the last values in the table.
 */
public class ReportEvaluator {

	private static final Pattern PLAIN_VALUE = Pattern.compile("([<>≥≤~]?)\\s*(\\d+(?:[.,]\\d+)*)\\s*%?");

	private final TargetEvaluator evaluator;

	public ReportEvaluator(EvaluationPolicy policy) {
		this.evaluator = new TargetEvaluator(policy);
	}

	/**
	 * Evaluates {@code text} (NFC or not: it is normalised here).
	 *
	 * @throws IllegalArgumentException when the text has no results table (message in Vietnamese)
	 */
	public ReportEvaluation evaluate(String source, String text) {
		String nfc = VietText.nfc(text).replace("\r\n", "\n");
		ResultsTable table = ResultsTable.find(nfc);
		if (table == null) {
			throw new IllegalArgumentException("không tìm thấy bảng kết quả thực hiện chỉ tiêu (cần cột \"Chỉ tiêu\", "
					+ "cột \"Mục tiêu\" và các cột năm)");
		}
		List<RowResult> results = new ArrayList<>();
		Claim claim = null;
		String groupCode = "";
		List<ResultsTable.Row> rows = table.rows();
		for (int i = 0; i < rows.size(); i++) {
			ResultsTable.Row row = rows.get(i);
			if (row.group()) {
				claim = Claim.parse(row.name());
				groupCode = row.code();
				continue;
			}
			if (!ResultsTable.isIndicatorCode(row.code())) {
				continue;
			}
			List<ResultsTable.Row> parts = new ArrayList<>();
			while (i + 1 < rows.size() && !rows.get(i + 1).group() && rows.get(i + 1).code().isEmpty()) {
				parts.add(rows.get(++i));
			}
			results.add(evaluateIndicator(table, row, groupCode.isEmpty() ? row.code() : groupCode + "." + row.code(),
					parts, claim));
		}
		Map<Verdict, Integer> summary = new EnumMap<>(Verdict.class);
		for (Verdict v : Verdict.values()) {
			summary.put(v, 0);
		}
		results.forEach(r -> summary.merge(r.evaluation().verdict(), 1, Integer::sum));
		List<ReportEvaluation.PaceItem> pace = NextTermPace.find(nfc, table, results);
		return new ReportEvaluation(source, table.firstYear(), table.lastYear(), List.copyOf(results), summary, pace);
	}

	// rule: a row's code is its number under its group's roman numeral ("I.2", "III.4"), as the report cites it
	private RowResult evaluateIndicator(ResultsTable table, ResultsTable.Row row, String code,
			List<ResultsTable.Row> parts, Claim claim) {
		if (parts.isEmpty()) {
			Indicator indicator = indicatorOf(table, row, code, false);
			return rowResult(table, row, indicator, evaluator.evaluate(indicator), claim);
		}
		// rule: a numbered row followed by unnumbered rows is one composite indicator; the numbered row is a
		// component itself when it has a target or values ("Tỷ lệ xã đạt tiêu chí quốc gia về y tế"), and a
		// part without a target ("Thuế sản phẩm trừ trợ cấp") is shown but not judged
		boolean structure = VietText.fold(row.name()).contains("co cau");
		List<ResultsTable.Row> members = new ArrayList<>();
		if (hasTargetOrValues(table, row)) {
			members.add(row);
		}
		members.addAll(parts);
		List<Indicator> memberIndicators = new ArrayList<>();
		List<Indicator> judged = new ArrayList<>();
		for (int n = 0; n < members.size(); n++) {
			ResultsTable.Row member = members.get(n);
			Indicator component = indicatorOf(table, member, code + "." + (n + 1), structure);
			memberIndicators.add(component);
			if (component.targetText() != null && !component.targetText().isBlank()) {
				judged.add(component);
			}
		}
		Indicator indicator = new Indicator(code, row.name(), row.unit(), row.target(),
				new Target.Composite(judged, table.lastYear()), Direction.guess(row.name()), null, null, List.of());
		Evaluation evaluation = evaluator.evaluate(indicator);
		List<RowResult> componentRows = new ArrayList<>();
		for (int n = 0; n < members.size(); n++) {
			Indicator component = memberIndicators.get(n);
			int k = judged.indexOf(component);
			Evaluation own = k >= 0 ? evaluation.components().get(k) : noTarget(component);
			componentRows.add(rowResult(table, members.get(n), component, own, null));
		}
		RowResult own = rowResult(table, row, indicator, evaluation, claim);
		Map<String, BigDecimal> ownValues = members.contains(row) ? componentRows.get(0).values() : Map.of();
		return new RowResult(own.code(), own.name(), own.line(), own.target(), own.unit(), ownValues, evaluation,
				claim, own.agrees(), own.reason(), List.copyOf(componentRows));
	}

	private static Evaluation noTarget(Indicator component) {
		return new Evaluation(component.code(), component.name(), Verdict.NO_DATA, null, Evaluation.Basis.NONE,
				"Dòng không có mục tiêu, không tính vào chỉ tiêu.", null, List.of(), null);
	}

	private RowResult rowResult(ResultsTable table, ResultsTable.Row row, Indicator indicator, Evaluation evaluation,
			Claim claim) {
		Map<String, BigDecimal> values = new LinkedHashMap<>();
		if (indicator.baseline() != null) {
			values.put(String.valueOf(indicator.baseline().period().year()), indicator.baseline().value());
		}
		for (Observation o : indicator.observations()) {
			String key = o.period().kind() == Period.Kind.TERM ? o.period().index() + "-" + o.period().year()
					: String.valueOf(o.period().year());
			values.put(key, o.value());
		}
		Boolean agrees = null;
		String reason = evaluation.reason();
		if (claim != null) {
			boolean verdictAgrees = claim.accepted().contains(evaluation.verdict());
			Integer claimedYear = claim.yearsEarly() == null ? null : table.lastYear() - claim.yearsEarly();
			Integer firstMet = evaluation.firstMetYear();
			boolean yearAgrees = claimedYear == null || firstMet == null || firstMet.equals(claimedYear);
			agrees = verdictAgrees && yearAgrees;
			if (!verdictAgrees) {
				reason = "Báo cáo xếp vào nhóm \"" + claim.label() + "\" nhưng số liệu cho kết quả "
						+ evaluation.verdict().label() + ". " + reason;
				if (claimedYear != null && firstMet != null) {
					reason += " (Năm đạt lần đầu: " + firstMet + ".)";
				}
			}
			else if (!yearAgrees) {
				reason = "Báo cáo nêu hoàn thành trước " + claim.yearsEarly() + " năm (năm " + claimedYear
						+ ") nhưng số liệu cho thấy đạt lần đầu năm " + firstMet + " (trước "
						+ (table.lastYear() - firstMet) + " năm). " + reason;
			}
			else if (claimedYear != null && firstMet == null) {
				reason += " Không kiểm chứng được năm hoàn thành (bảng chỉ có số liệu cả giai đoạn).";
			}
		}
		return new RowResult(indicator.code(), indicator.name(), row.line(), row.target().isEmpty() ? null
				: row.target(), row.unit().isEmpty() ? null : row.unit(), values, evaluation, claim, agrees, reason,
				List.of());
	}

	private static boolean hasTargetOrValues(ResultsTable table, ResultsTable.Row row) {
		if (!row.target().isEmpty()) {
			return true;
		}
		for (ResultsTable.YearColumn column : table.years()) {
			if (column.index() < row.cells().size() && !row.cells().get(column.index()).isBlank()) {
				return true;
			}
		}
		return false;
	}

	private static boolean mentionsNumber(String text) {
		return text.matches(".*\\d+\\s*%.*");
	}

	// rule: a row's target is its target cell read in the light of its name: "tổng ... giai đoạn" is a total,
	// "tốc độ tăng ... bình quân" a growth rate, "hằng năm" each year; a row with no target cell whose name
	// states figures ("Hằng năm có 90% ...") takes its target from its name
	private Indicator indicatorOf(ResultsTable table, ResultsTable.Row row, String code, boolean share) {
		String name = row.name().replaceFirst("^[-+–]\\s*", "");
		String targetText = row.target().isEmpty() && mentionsNumber(name) ? name : row.target();
		TargetValue parsed = TargetParser.parse(targetText);
		String folded = VietText.fold(name);
		boolean periodRow = folded.contains("giai doan") || folded.contains("binh quan");
		String kind = parsed.kind();
		if (kind != null && !"composite".equals(kind) && !"qualitative".equals(kind)) {
			if (folded.contains("tong") && folded.contains("giai doan") && !"growth".equals(kind)) {
				kind = "cumulative";
			}
			else if ((folded.contains("toc do tang") || folded.contains("tang truong")) && parsed.unit() != null
					&& parsed.unit().startsWith("%")) {
				kind = "growth";
			}
			else if (folded.contains("hang nam")) {
				kind = "each_year";
			}
			else if (share && !"range".equals(kind) && !"change_per_year".equals(kind)) {
				kind = "share";
			}
			parsed = new TargetValue(parsed.raw(), kind, parsed.comparator(), parsed.value(), parsed.low(),
					parsed.high(), parsed.unit(), parsed.year(), parsed.components());
		}
		Target target = Targets.of(parsed, name, table.firstYear(), table.lastYear());
		if (share && target instanceof Target.Level level) {
			target = new Target.Share(level.bound(), level.firstYear(), level.lastYear());
		}
		Direction direction = share ? Direction.guessShare(name) : Direction.guess(name);
		boolean percent = "%".equals(row.unit().strip());
		List<Observation> observations = new ArrayList<>();
		Observation baseline = null;
		List<ResultsTable.YearColumn> filled = new ArrayList<>();
		for (ResultsTable.YearColumn column : table.years()) {
			String cell = column.index() < row.cells().size() ? row.cells().get(column.index()) : "";
			if (!cell.isBlank() && column.year() >= table.firstYear()) {
				filled.add(column);
			}
		}
		boolean anyEstimate = table.years().stream().anyMatch(ResultsTable.YearColumn::estimate);
		boolean termValue = filled.size() == 1 && filled.get(0).year() == table.firstYear()
				&& (periodRow || target instanceof Target.Growth || target instanceof Target.Cumulative
						|| target instanceof Target.ChangePerYear);
		List<ResultsTable.YearColumn> withValues = new ArrayList<>();
		for (ResultsTable.YearColumn column : table.years()) {
			String cell = column.index() < row.cells().size() ? row.cells().get(column.index()) : "";
			if (!cell.isBlank() && (column.year() >= table.firstYear() || !termValue)) {
				withValues.add(column);
			}
		}
		for (ResultsTable.YearColumn column : withValues) {
			BigDecimal value = cellValue(row.cells().get(column.index()), percent);
			if (value == null) {
				continue;
			}
			Observation.Kind kind2 = column.estimate() ? Observation.Kind.ESTIMATE : Observation.Kind.ACTUAL;
			String source = "dòng " + row.line();
			if (termValue) {
				observations.add(new Observation(Period.ofTerm(table.firstYear(), table.lastYear()), value,
						anyEstimate ? Observation.Kind.ESTIMATE : Observation.Kind.ACTUAL, source, null, null));
			}
			else if (column.year() < table.firstYear()) {
				if (!(target instanceof Target.Cumulative)) {
					baseline = new Observation(Period.ofYear(column.year()), value, kind2, source, null, null);
				}
			}
			else {
				observations.add(new Observation(Period.ofYear(column.year()), value, kind2, source, null, null));
			}
		}
		return new Indicator(code, name, row.unit().isEmpty() ? null : row.unit(), targetText, target, direction,
				null, baseline, observations);
	}

	// rule: a value cell holds one number (">80" is read as 80), or a short phrase with one figure ("Giảm
	// 3%/năm" is a change of -3); in a percentage row "2,125" is a decimal, elsewhere three digits after a
	// separator group thousands ("3,373" tỷ đồng)
	static BigDecimal cellValue(String cell, boolean percent) {
		String text = VietText.squeeze(cell);
		Matcher plain = PLAIN_VALUE.matcher(text);
		if (plain.matches()) {
			String number = plain.group(2);
			if (percent && number.matches("\\d+[.,]\\d{3}")) {
				return new BigDecimal(number.replace(',', '.'));
			}
			return TargetParser.parse(number).value();
		}
		TargetValue phrase = TargetParser.parse(text);
		return phrase.value();
	}
}
