package vn.plantrack.evaluation;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.StringJoiner;
import java.util.TreeMap;

import vn.plantrack.evaluation.Bound.Standing;
import vn.plantrack.evaluation.Evaluation.Basis;

/**
 * Judges an indicator against its target. Stateless apart from its policy; the result never depends on
 * the order observations were entered in (see {@link Observation#PRECEDENCE}) nor on today's date except
 * through the policy's clock (a term still running is judged by forecast).
 */
public final class TargetEvaluator {

	private final EvaluationPolicy policy;

	public TargetEvaluator(EvaluationPolicy policy) {
		this.policy = policy;
	}

	public EvaluationPolicy policy() {
		return policy;
	}

	public Evaluation evaluate(Indicator indicator) {
		Target target = indicator.target();
		Series series = Series.of(indicator);
		if (target instanceof Target.Level level) {
			return levelLike(indicator, series, level.bound(), level.firstYear(), level.lastYear());
		}
		if (target instanceof Target.Share share) {
			return levelLike(indicator, series, share.bound(), share.firstYear(), share.lastYear());
		}
		if (target instanceof Target.EachYear each) {
			return eachYear(indicator, series, each);
		}
		if (target instanceof Target.Growth growth) {
			return growth(indicator, series, growth);
		}
		if (target instanceof Target.Cumulative cumulative) {
			return cumulative(indicator, series, cumulative);
		}
		if (target instanceof Target.ChangePerYear change) {
			return changePerYear(indicator, series, change);
		}
		if (target instanceof Target.Composite composite) {
			return composite(indicator, composite);
		}
		return result(indicator, Verdict.NO_DATA, null, Basis.NONE,
				"Chỉ tiêu định tính, không có số liệu để so sánh: cần người đánh giá (ghi rõ lý do).", null);
	}

	// rule: a level is judged on the value of the last year of the term; before that year, on the latest
	// value if it already meets the target, else on a forecast (linear trend for percentages, compound
	// growth for other units)
	private Evaluation levelLike(Indicator indicator, Series series, Bound bound, int firstYear, int lastYear) {
		SortedMap<Integer, Observation> years = series.years(firstYear, lastYear);
		Direction direction = indicator.direction();
		Integer firstMet = null;
		for (Map.Entry<Integer, Observation> e : years.entrySet()) {
			if (bound.judge(e.getValue().value().doubleValue(), direction, policy).met()) {
				firstMet = e.getKey();
				break;
			}
		}
		Pace pace = pace(indicator, series, bound, firstYear, lastYear);
		String goal = "mục tiêu " + bound.text() + unit(indicator) + " năm " + lastYear;
		Optional<Observation> whole = series.term(firstYear, lastYear);
		if (years.isEmpty() && whole.isPresent()) {
			Standing standing = bound.judge(whole.get().value().doubleValue(), direction, policy);
			return result(indicator, verdictOf(standing), null, basisOf(whole.get()),
					"Bình quân " + whole.get().period().label() + " đạt " + Numbers.format(whole.get().value())
							+ unit(indicator) + " so với mục tiêu " + bound.text() + unit(indicator) + ": "
							+ word(standing) + ".",
					null);
		}
		if (years.isEmpty()) {
			return result(indicator, Verdict.NO_DATA, null, Basis.NONE, "Chưa có số liệu để so với " + goal + ".",
					pace);
		}
		Observation end = years.get(lastYear);
		if (end != null) {
			Standing standing = bound.judge(end.value().doubleValue(), direction, policy);
			StringBuilder reason = new StringBuilder(valueText(end, indicator)).append(" so với ").append(goal)
				.append(": ").append(word(standing)).append('.');
			if (standing.met() && firstMet != null && firstMet < lastYear) {
				reason.append(" Đạt lần đầu năm ").append(firstMet).append(" (trước ").append(lastYear - firstMet)
					.append(" năm).");
			}
			if (!standing.met() && firstMet != null) {
				reason.append(" Đã đạt năm ").append(firstMet).append(" nhưng không giữ được đến năm ").append(lastYear)
					.append('.');
			}
			return result(indicator, verdictOf(standing), firstMet, basisOf(end), reason.toString(), pace);
		}
		int latestYear = years.lastKey();
		Observation latest = years.get(latestYear);
		if (policy.currentYear() > lastYear) {
			return result(indicator, Verdict.NO_DATA, firstMet, Basis.NONE, "Thiếu số liệu năm " + lastYear
					+ " (số liệu gần nhất: " + valueText(latest, indicator) + ") để so với " + goal + ".", pace);
		}
		Standing now = bound.judge(latest.value().doubleValue(), direction, policy);
		if (now.met()) {
			return result(indicator, verdictOf(now), firstMet, basisOf(latest),
					valueText(latest, indicator) + " đã " + word(now) + " " + goal + ".", pace);
		}
		return forecastVerdict(indicator, series, bound, firstYear, lastYear, firstMet, goal);
	}

	private Evaluation forecastVerdict(Indicator indicator, Series series, Bound bound, int firstYear, int lastYear,
			Integer firstMet, String goal) {
		SortedMap<Integer, Double> values = series.values(firstYear - 1, lastYear);
		Double forecast = null;
		String method;
		if (isPercent(indicator)) {
			method = "xu hướng tuyến tính";
			if (values.size() >= 2) {
				int base = values.firstKey();
				forecast = Pace.linearTrend(values, base, values.get(base), lastYear);
			}
		}
		else {
			method = "tăng trưởng kép";
			if (values.size() >= 2) {
				int base = values.firstKey();
				int last = values.lastKey();
				double rate = Pace.rate(Pace.Method.COMPOUND, values.get(base), values.get(last), last - base);
				forecast = Double.isNaN(rate) ? null : values.get(last) * Math.pow(1 + rate / 100, lastYear - last);
			}
		}
		if (forecast == null) {
			Observation latest = series.years(firstYear, lastYear).values().stream().reduce((a, b) -> b).orElseThrow();
			return result(indicator, Verdict.AT_RISK, firstMet, basisOf(latest), valueText(latest, indicator)
					+ " chưa đạt " + goal + "; chưa đủ số liệu để dự báo.", null);
		}
		Standing standing = bound.judge(forecast, indicator.direction(), policy);
		Pace pace = pace(indicator, series, bound, firstYear, lastYear);
		String reason = "Dự báo năm " + lastYear + " (" + method + ") đạt " + Numbers.format(forecast) + unit(indicator)
				+ " so với " + goal + ": " + (standing.met() ? "dự kiến " + word(standing) : "có nguy cơ không đạt")
				+ ".";
		return result(indicator, standing.met() ? verdictOf(standing) : Verdict.AT_RISK, firstMet, Basis.FORECAST,
				reason, pace);
	}

	// rule: "hằng năm" targets must hold in every year of the term; one year below is enough to fail
	private Evaluation eachYear(Indicator indicator, Series series, Target.EachYear target) {
		SortedMap<Integer, Observation> years = series.years(target.firstYear(), target.lastYear());
		String goal = "mục tiêu hằng năm " + target.bound().text() + unit(indicator);
		if (years.isEmpty()) {
			return result(indicator, Verdict.NO_DATA, null, Basis.NONE, "Chưa có số liệu để so với " + goal + ".",
					null);
		}
		StringJoiner failed = new StringJoiner(", ");
		boolean allExceeded = true;
		boolean anyEstimate = false;
		for (Map.Entry<Integer, Observation> e : years.entrySet()) {
			Standing standing = target.bound().judge(e.getValue().value().doubleValue(), indicator.direction(), policy);
			allExceeded &= standing == Standing.EXCEEDED;
			anyEstimate |= e.getValue().kind() == Observation.Kind.ESTIMATE;
			if (!standing.met()) {
				failed.add("năm " + e.getKey() + ": " + Numbers.format(e.getValue().value()));
			}
		}
		Basis basis = anyEstimate ? Basis.ESTIMATE : Basis.ACTUAL;
		if (failed.length() > 0) {
			return result(indicator, Verdict.NOT_MET, null, basis,
					"Không đạt " + goal + " ở " + failed + ".", null);
		}
		List<Integer> missing = new ArrayList<>();
		int until = Math.min(target.lastYear(), Math.max(years.lastKey(), policy.currentYear() - 1));
		for (int y = target.firstYear(); y <= until; y++) {
			if (!years.containsKey(y)) {
				missing.add(y);
			}
		}
		if (!missing.isEmpty()) {
			return result(indicator, Verdict.NO_DATA, null, Basis.NONE,
					"Các năm có số liệu đều đạt " + goal + " nhưng thiếu số liệu năm " + join(missing) + ".", null);
		}
		boolean complete = years.containsKey(target.lastYear());
		return result(indicator, allExceeded ? Verdict.EXCEEDED : Verdict.MET, years.firstKey(), basis,
				(complete ? "Tất cả các năm " : "Các năm đã qua ") + years.firstKey() + "-" + years.lastKey()
						+ " đều đạt " + goal + (complete ? "." : " (nhiệm kỳ chưa kết thúc)."),
				null);
	}

	// rule: an average growth target is judged on the compound mean of the yearly rates, or on the rate the
	// source states for the whole term
	private Evaluation growth(Indicator indicator, Series series, Target.Growth target) {
		String goal = "mục tiêu tăng bình quân " + target.ratePercent().text() + "%/năm";
		Optional<Observation> whole = series.term(target.firstYear(), target.lastYear());
		if (whole.isPresent()) {
			double rate = whole.get().value().doubleValue();
			Standing standing = target.ratePercent().judge(rate, Direction.HIGHER_IS_BETTER, policy);
			return result(indicator, verdictOf(standing), null, basisOf(whole.get()),
					"Tăng bình quân " + Numbers.format(rate) + "%/năm cả " + whole.get().period().label() + " so với "
							+ goal + ": " + word(standing) + ".",
					null);
		}
		SortedMap<Integer, Observation> years = series.years(target.firstYear(), target.lastYear());
		if (years.isEmpty()) {
			return result(indicator, Verdict.NO_DATA, null, Basis.NONE, "Chưa có tốc độ tăng để so với " + goal + ".",
					null);
		}
		double product = 1;
		boolean anyEstimate = false;
		for (Observation o : years.values()) {
			product *= 1 + o.value().doubleValue() / 100;
			anyEstimate |= o.kind() == Observation.Kind.ESTIMATE;
		}
		double mean = (Math.pow(product, 1.0 / years.size()) - 1) * 100;
		Standing standing = target.ratePercent().judge(mean, Direction.HIGHER_IS_BETTER, policy);
		String text = "Tăng bình quân " + Numbers.format(mean) + "%/năm (" + years.firstKey() + "-" + years.lastKey()
				+ ") so với " + goal;
		int expected = target.lastYear() - target.firstYear() + 1;
		if (years.size() == expected) {
			return result(indicator, verdictOf(standing), null, anyEstimate ? Basis.ESTIMATE : Basis.ACTUAL,
					text + ": " + word(standing) + ".", null);
		}
		if (policy.currentYear() > target.lastYear()) {
			return result(indicator, Verdict.NO_DATA, null, Basis.NONE,
					text + ", nhưng thiếu " + (expected - years.size()) + " năm số liệu.", null);
		}
		return result(indicator, standing.met() ? verdictOf(standing) : Verdict.AT_RISK, null, Basis.FORECAST,
				text + " (nhiệm kỳ chưa kết thúc): " + (standing.met() ? "dự kiến " + word(standing)
						: "có nguy cơ không đạt") + ".",
				null);
	}

	// rule: a total over the term adds the yearly values (or takes the total the source states); it is met
	// the first year the running total reaches it; a running term is forecast at its yearly mean
	private Evaluation cumulative(Indicator indicator, Series series, Target.Cumulative target) {
		String goal = "mục tiêu tổng " + target.total().text() + unit(indicator) + " giai đoạn " + target.firstYear()
				+ "-" + target.lastYear();
		Optional<Observation> whole = series.term(target.firstYear(), target.lastYear());
		if (whole.isPresent()) {
			double total = whole.get().value().doubleValue();
			Standing standing = target.total().judge(total, Direction.HIGHER_IS_BETTER, policy);
			return result(indicator, verdictOf(standing), null, basisOf(whole.get()), "Tổng cả giai đoạn đạt "
					+ Numbers.format(total) + unit(indicator) + " so với " + goal + ": " + word(standing) + ".", null);
		}
		SortedMap<Integer, Observation> years = series.years(target.firstYear(), target.lastYear());
		if (years.isEmpty()) {
			return result(indicator, Verdict.NO_DATA, null, Basis.NONE, "Chưa có số liệu để so với " + goal + ".",
					null);
		}
		double sum = 0;
		Integer firstMet = null;
		boolean anyEstimate = false;
		for (Map.Entry<Integer, Observation> e : years.entrySet()) {
			sum += e.getValue().value().doubleValue();
			anyEstimate |= e.getValue().kind() == Observation.Kind.ESTIMATE;
			if (firstMet == null && target.total().judge(sum, Direction.HIGHER_IS_BETTER, policy).met()) {
				firstMet = e.getKey();
			}
		}
		int expected = target.lastYear() - target.firstYear() + 1;
		Standing standing = target.total().judge(sum, Direction.HIGHER_IS_BETTER, policy);
		String text = "Lũy kế " + years.firstKey() + "-" + years.lastKey() + " đạt " + Numbers.format(sum)
				+ unit(indicator) + " so với " + goal;
		Basis basis = anyEstimate ? Basis.ESTIMATE : Basis.ACTUAL;
		if (years.size() == expected || standing == Standing.EXCEEDED) {
			return result(indicator, verdictOf(standing), firstMet, basis, text + ": " + word(standing) + ".", null);
		}
		if (policy.currentYear() > target.lastYear()) {
			return result(indicator, Verdict.NO_DATA, firstMet, Basis.NONE,
					text + ", nhưng thiếu " + (expected - years.size()) + " năm số liệu.", null);
		}
		double forecast = sum / years.size() * expected;
		Standing projected = target.total().judge(forecast, Direction.HIGHER_IS_BETTER, policy);
		return result(indicator, projected.met() ? verdictOf(projected) : Verdict.AT_RISK, firstMet, Basis.FORECAST,
				text + "; dự báo cả giai đoạn (theo bình quân năm) " + Numbers.format(forecast) + ": "
						+ (projected.met() ? "dự kiến " + word(projected) : "có nguy cơ không đạt") + ".",
				null);
	}

	// rule: a change per year is measured from the baseline (the year before the term) to the latest value,
	// in points for percentages, compounded otherwise; a stated change for the whole term is taken as is
	private Evaluation changePerYear(Indicator indicator, Series series, Target.ChangePerYear target) {
		String unitText = target.inPoints() ? " điểm %/năm" : "%/năm";
		String goal = "mục tiêu thay đổi " + target.change().text() + unitText;
		Direction direction = indicator.direction();
		Optional<Observation> whole = series.term(target.firstYear(), target.lastYear());
		if (whole.isPresent()) {
			double change = whole.get().value().doubleValue();
			Standing standing = target.change().judge(change, direction, policy);
			return result(indicator, verdictOf(standing), null, basisOf(whole.get()), "Thay đổi bình quân "
					+ Numbers.format(change) + unitText + " so với " + goal + ": " + word(standing) + ".", null);
		}
		Optional<Observation> base = baseline(indicator, series, target.firstYear());
		SortedMap<Integer, Observation> years = series.years(target.firstYear(), target.lastYear());
		if (base.isEmpty() || years.isEmpty()) {
			return result(indicator, Verdict.NO_DATA, null, Basis.NONE, base.isEmpty()
					? "Thiếu số liệu năm gốc " + (target.firstYear() - 1) + " để tính thay đổi bình quân so với " + goal
							+ "."
					: "Chưa có số liệu để so với " + goal + ".",
					null);
		}
		int lastYear = years.lastKey();
		Observation last = years.get(lastYear);
		double from = base.get().value().doubleValue();
		double to = last.value().doubleValue();
		int baseYear = base.get().period().year();
		double change = Pace.rate(target.inPoints() ? Pace.Method.POINTS : Pace.Method.COMPOUND, from, to,
				lastYear - baseYear);
		if (Double.isNaN(change)) {
			return result(indicator, Verdict.NO_DATA, null, Basis.NONE,
					"Không tính được thay đổi bình quân từ " + Numbers.format(from) + " đến " + Numbers.format(to) + ".",
					null);
		}
		Standing standing = target.change().judge(change, direction, policy);
		String text = "Từ " + Numbers.format(from) + " (năm " + baseYear + ") đến " + Numbers.format(to) + " (năm "
				+ lastYear + "), bình quân " + Numbers.format(change) + unitText + " so với " + goal;
		if (lastYear == target.lastYear()) {
			return result(indicator, verdictOf(standing), null, basisOf(last), text + ": " + word(standing) + ".",
					null);
		}
		if (policy.currentYear() > target.lastYear()) {
			return result(indicator, Verdict.NO_DATA, null, Basis.NONE, text + ", nhưng thiếu số liệu năm "
					+ target.lastYear() + ".", null);
		}
		return result(indicator, standing.met() ? verdictOf(standing) : Verdict.AT_RISK, null, Basis.FORECAST,
				text + " (nhiệm kỳ chưa kết thúc): " + (standing.met() ? "dự kiến " + word(standing)
						: "có nguy cơ không đạt") + ".",
				null);
	}

	// rule: a composite target passes only when every component passes; each keeps its own verdict
	private Evaluation composite(Indicator indicator, Target.Composite target) {
		List<Evaluation> parts = new ArrayList<>();
		for (Indicator component : target.components()) {
			parts.add(evaluate(component));
		}
		Verdict verdict = Verdict.EXCEEDED;
		for (Evaluation part : parts) {
			verdict = worse(verdict, part.verdict());
		}
		if (parts.isEmpty()) {
			verdict = Verdict.NO_DATA;
		}
		Integer firstMet = null;
		boolean allMet = !parts.isEmpty();
		for (Evaluation part : parts) {
			allMet &= part.firstMetYear() != null;
			if (part.firstMetYear() != null && (firstMet == null || part.firstMetYear() > firstMet)) {
				firstMet = part.firstMetYear();
			}
		}
		long passed = parts.stream().filter(p -> p.verdict().achieved()).count();
		StringBuilder reason = new StringBuilder("Chỉ tiêu gồm ").append(parts.size()).append(" thành phần, ")
			.append(passed).append(" đạt");
		for (Evaluation part : parts) {
			if (!part.verdict().achieved()) {
				reason.append("; ").append(part.name()).append(": ").append(part.verdict().label()).append(" (")
					.append(stripDot(part.reason())).append(')');
			}
		}
		reason.append('.');
		Basis basis = Basis.ACTUAL;
		for (Evaluation part : parts) {
			if (part.basis().ordinal() > basis.ordinal()) {
				basis = part.basis();
			}
		}
		return new Evaluation(indicator.code(), indicator.name(), verdict, allMet ? firstMet : null, basis,
				reason.toString(), null, parts, null);
	}

	/** The worse of two verdicts for a composite: not met, then no data, then at risk, then met, then exceeded. */
	static Verdict worse(Verdict a, Verdict b) {
		return severity(a) >= severity(b) ? a : b;
	}

	private static int severity(Verdict v) {
		switch (v) {
			case NOT_MET:
				return 4;
			case NO_DATA:
				return 3;
			case AT_RISK:
				return 2;
			case MET:
				return 1;
			default:
				return 0;
		}
	}

	private Pace pace(Indicator indicator, Series series, Bound bound, int firstYear, int lastYear) {
		Optional<Observation> base = baseline(indicator, series, firstYear);
		if (base.isEmpty()) {
			return null;
		}
		int baseYear = base.get().period().year();
		SortedMap<Integer, Double> values = series.values(baseYear, lastYear);
		values.put(baseYear, base.get().value().doubleValue());
		Pace.Method method = isPercent(indicator) || indicator.target() instanceof Target.Share ? Pace.Method.POINTS
				: Pace.Method.COMPOUND;
		return Pace.of(method, baseYear, base.get().value().doubleValue(), lastYear, bound.aim(indicator.direction()),
				values, indicator.direction(), policy);
	}

	private static Optional<Observation> baseline(Indicator indicator, Series series, int firstYear) {
		if (indicator.baseline() != null) {
			return Optional.of(indicator.baseline());
		}
		return Optional.ofNullable(series.years(firstYear - 1, firstYear - 1).get(firstYear - 1));
	}

	private static boolean isPercent(Indicator indicator) {
		return indicator.unit() != null && indicator.unit().strip().startsWith("%");
	}

	private static Evaluation result(Indicator indicator, Verdict verdict, Integer firstMet, Basis basis,
			String reason, Pace pace) {
		return new Evaluation(indicator.code(), indicator.name(), verdict, firstMet, basis, reason, pace, List.of(),
				null);
	}

	private static Verdict verdictOf(Standing standing) {
		switch (standing) {
			case EXCEEDED:
				return Verdict.EXCEEDED;
			case MET:
				return Verdict.MET;
			default:
				return Verdict.NOT_MET;
		}
	}

	private static String word(Standing standing) {
		switch (standing) {
			case EXCEEDED:
				return "vượt";
			case MET:
				return "đạt";
			default:
				return "không đạt";
		}
	}

	private static Basis basisOf(Observation o) {
		return o.kind() == Observation.Kind.ESTIMATE ? Basis.ESTIMATE : Basis.ACTUAL;
	}

	private static String valueText(Observation o, Indicator indicator) {
		String label = o.period().label();
		return Character.toUpperCase(label.charAt(0)) + label.substring(1)
				+ (o.kind() == Observation.Kind.ESTIMATE ? " (ước thực hiện)" : "") + " đạt "
				+ Numbers.format(o.value()) + unit(indicator);
	}

	private static String unit(Indicator indicator) {
		String unit = indicator.unit();
		if (unit == null || unit.isBlank()) {
			return "";
		}
		return unit.startsWith("%") ? unit.strip() : " " + unit.strip();
	}

	private static String join(List<Integer> years) {
		StringJoiner joiner = new StringJoiner(", ");
		years.forEach(y -> joiner.add(String.valueOf(y)));
		return joiner.toString();
	}

	private static String stripDot(String text) {
		return text.endsWith(".") ? text.substring(0, text.length() - 1) : text;
	}

	/** The winning observation of each period (see {@link Observation#PRECEDENCE}). */
	static final class Series {

		private final TreeMap<Integer, Observation> years = new TreeMap<>();

		private final Map<Period, Observation> terms = new java.util.HashMap<>();

		static Series of(Indicator indicator) {
			Series series = new Series();
			for (Observation o : indicator.observations()) {
				if (o.period().kind() == Period.Kind.YEAR) {
					series.years.merge(o.period().year(), o, Series::winner);
				}
				else if (o.period().kind() == Period.Kind.TERM) {
					series.terms.merge(o.period(), o, Series::winner);
				}
			}
			return series;
		}

		private static Observation winner(Observation a, Observation b) {
			return Observation.PRECEDENCE.compare(a, b) >= 0 ? a : b;
		}

		SortedMap<Integer, Observation> years(int from, int to) {
			return years.subMap(from, true, to, true);
		}

		SortedMap<Integer, Double> values(int from, int to) {
			TreeMap<Integer, Double> out = new TreeMap<>();
			years(from, to).forEach((y, o) -> out.put(y, o.value().doubleValue()));
			return out;
		}

		Optional<Observation> term(int from, int to) {
			return Optional.ofNullable(terms.get(Period.ofTerm(from, to)));
		}
	}
}
