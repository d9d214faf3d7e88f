package vn.plantrack.evaluation;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * The numeric condition of a target: a comparator with a value ("=", "&gt;", "&gt;=", "&lt;", "&lt;=",
 * "~") or a range [low, high] (optionally approximate). "=" means "reach": at least the value when higher is
 * better, at most when lower is better.
 */
public record Bound(String comparator, BigDecimal value, BigDecimal low, BigDecimal high) {

	public Bound {
		if (low != null || high != null) {
			Objects.requireNonNull(low, "low");
			Objects.requireNonNull(high, "high");
			if (low.compareTo(high) > 0) {
				throw new IllegalArgumentException("khoảng không hợp lệ: " + low + " > " + high);
			}
		}
		else {
			Objects.requireNonNull(value, "value");
			Objects.requireNonNull(comparator, "comparator");
		}
	}

	public static Bound of(String comparator, String value) {
		return new Bound(comparator, new BigDecimal(value), null, null);
	}

	public static Bound range(String low, String high) {
		return new Bound(null, null, new BigDecimal(low), new BigDecimal(high));
	}

	public boolean isRange() {
		return low != null;
	}

	/** How {@code x} stands against this bound: met or not, and whether it beats the stated figure. */
	Standing judge(double x, Direction direction, EvaluationPolicy policy) {
		if (isRange()) {
			double lo = low.doubleValue();
			double hi = high.doubleValue();
			if ("~".equals(comparator)) {
				lo -= Math.abs(lo) * policy.approximateTolerance();
				hi += Math.abs(hi) * policy.approximateTolerance();
			}
			double better = direction == Direction.HIGHER_IS_BETTER ? hi : lo;
			if (x >= lo && x <= hi) {
				return Standing.MET;
			}
			return beats(x, better, direction, policy) ? Standing.EXCEEDED : Standing.MISSED;
		}
		double v = value.doubleValue();
		switch (comparator) {
			case ">":
				return x > v ? beatsOrMet(x, v, Direction.HIGHER_IS_BETTER, policy) : Standing.MISSED;
			case ">=":
				return x >= v ? beatsOrMet(x, v, Direction.HIGHER_IS_BETTER, policy) : Standing.MISSED;
			case "<":
				return x < v ? beatsOrMet(x, v, Direction.LOWER_IS_BETTER, policy) : Standing.MISSED;
			case "<=":
				return x <= v ? beatsOrMet(x, v, Direction.LOWER_IS_BETTER, policy) : Standing.MISSED;
			case "~": {
				double tolerance = Math.abs(v) * policy.approximateTolerance();
				if (Math.abs(x - v) <= tolerance) {
					return Standing.MET;
				}
				double edge = direction == Direction.HIGHER_IS_BETTER ? v + tolerance : v - tolerance;
				return beats(x, edge, direction, policy) ? Standing.EXCEEDED : Standing.MISSED;
			}
			default: {
				boolean met = direction == Direction.HIGHER_IS_BETTER ? x >= v : x <= v;
				return met ? beatsOrMet(x, v, direction, policy) : Standing.MISSED;
			}
		}
	}

	private static Standing beatsOrMet(double x, double figure, Direction direction, EvaluationPolicy policy) {
		return beats(x, figure, direction, policy) ? Standing.EXCEEDED : Standing.MET;
	}

	// rule: VƯỢT = better than the stated figure by more than exceedMargin of it (default 0: any strictly
	// better value)
	private static boolean beats(double x, double figure, Direction direction, EvaluationPolicy policy) {
		double margin = Math.abs(figure) * policy.exceedMargin();
		return direction == Direction.HIGHER_IS_BETTER ? x > figure + margin : x < figure - margin;
	}

	/**
	 * The direction this bound itself states ("&gt; X" wants more, "&lt; X" less), else {@code indicator}'s;
	 * the comparator wins when the two disagree.
	 */
	public Direction effectiveDirection(Direction indicator) {
		if (isRange() || comparator == null) {
			return indicator;
		}
		switch (comparator) {
			case ">":
			case ">=":
				return Direction.HIGHER_IS_BETTER;
			case "<":
			case "<=":
				return Direction.LOWER_IS_BETTER;
			default:
				return indicator;
		}
	}

	/** The figure to aim at when forecasting: the value, or the nearer end of a range for the direction. */
	double aim(Direction direction) {
		if (isRange()) {
			return direction == Direction.HIGHER_IS_BETTER ? low.doubleValue() : high.doubleValue();
		}
		return value.doubleValue();
	}

	/** The bound as Vietnamese text: "≥ 90", "50–55", "khoảng 150000". */
	public String text() {
		if (isRange()) {
			return ("~".equals(comparator) ? "khoảng " : "") + Numbers.format(low) + "–" + Numbers.format(high);
		}
		String prefix = switch (comparator) {
			case ">" -> "> ";
			case ">=" -> "≥ ";
			case "<" -> "< ";
			case "<=" -> "≤ ";
			case "~" -> "khoảng ";
			default -> "";
		};
		return prefix + Numbers.format(value);
	}

	enum Standing {
		EXCEEDED, MET, MISSED;

		boolean met() {
			return this != MISSED;
		}
	}
}
