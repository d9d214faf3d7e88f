package vn.plantrack.evaluation;

import java.util.Map;
import java.util.SortedMap;

/**
 * The pace of an indicator: the average annual rate required from the baseline to the target, the rate
 * achieved so far, forecasts for the target year by two methods, and the resulting {@link Risk}.
 *
 * <p>Rates are compound percent per year for levels ({@code (target/base)^(1/years) - 1}) and points per
 * year for percentages and shares ({@code (target - base) / years}). Forecasts: a least-squares linear trend
 * over the yearly values (baseline included), and the compound growth achieved so far carried to the target
 * year.
 *
 * @param risk {@code null} when it cannot be judged (no value since the baseline)
 */
public record Pace(Method method, int baseYear, double baseValue, int targetYear, double targetValue,
		double requiredRate, Double achievedRate, Double linearForecast, Double compoundForecast, Risk risk) {

	public enum Method {
		/** percent per year, compounded */
		COMPOUND,
		/** percentage points per year */
		POINTS
	}

	/** The rate per year that takes {@code from} to {@code to} in {@code years}, or NaN when it cannot. */
	public static double rate(Method method, double from, double to, int years) {
		if (years <= 0) {
			return Double.NaN;
		}
		if (method == Method.POINTS) {
			return (to - from) / years;
		}
		if (from <= 0 || to <= 0) {
			return Double.NaN;
		}
		return (Math.pow(to / from, 1.0 / years) - 1) * 100;
	}

	static Pace of(Method method, int baseYear, double baseValue, int targetYear, double targetValue,
			SortedMap<Integer, Double> values, Direction direction, EvaluationPolicy policy) {
		double required = rate(method, baseValue, targetValue, targetYear - baseYear);
		Double achieved = null;
		Double linear = null;
		Double compound = null;
		Risk risk = null;
		SortedMap<Integer, Double> after = values.tailMap(baseYear + 1);
		if (!after.isEmpty()) {
			int lastYear = after.lastKey();
			double last = after.get(lastYear);
			double rate = rate(method, baseValue, last, lastYear - baseYear);
			achieved = Double.isNaN(rate) ? null : rate;
			linear = linearTrend(values, baseYear, baseValue, targetYear);
			double compoundRate = rate(Method.COMPOUND, baseValue, last, lastYear - baseYear);
			compound = Double.isNaN(compoundRate) ? null
					: last * Math.pow(1 + compoundRate / 100, targetYear - lastYear);
			risk = riskOf(required, achieved, last, targetValue, direction, policy);
		}
		return new Pace(method, baseYear, baseValue, targetYear, targetValue, required, achieved, linear, compound,
				risk);
	}

	private static Risk riskOf(double required, Double achieved, double last, double target, Direction direction,
			EvaluationPolicy policy) {
		boolean alreadyThere = direction == Direction.HIGHER_IS_BETTER ? last >= target : last <= target;
		if (alreadyThere) {
			return Risk.ON_TRACK;
		}
		if (achieved == null || Double.isNaN(required)) {
			return null;
		}
		double sign = direction == Direction.HIGHER_IS_BETTER ? 1 : -1;
		if (required * sign <= 0) {
			// the baseline already met the target but the latest value fell back
			return achieved * sign >= 0 ? Risk.WATCH : Risk.OFF_TRACK;
		}
		return Risk.of(achieved / required, policy);
	}

	/** Least-squares line through the yearly values and the baseline, read at {@code year}. */
	static Double linearTrend(Map<Integer, Double> values, int baseYear, double baseValue, int year) {
		double n = 1;
		double sx = baseYear;
		double sy = baseValue;
		double sxx = (double) baseYear * baseYear;
		double sxy = baseYear * baseValue;
		for (Map.Entry<Integer, Double> e : values.entrySet()) {
			if (e.getKey() == baseYear) {
				continue;
			}
			n++;
			sx += e.getKey();
			sy += e.getValue();
			sxx += (double) e.getKey() * e.getKey();
			sxy += e.getKey() * e.getValue();
		}
		double denominator = n * sxx - sx * sx;
		if (n < 2 || denominator == 0) {
			return null;
		}
		double slope = (n * sxy - sx * sy) / denominator;
		double intercept = (sy - slope * sx) / n;
		return intercept + slope * year;
	}
}
