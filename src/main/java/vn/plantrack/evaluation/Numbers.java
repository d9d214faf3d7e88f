package vn.plantrack.evaluation;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Formats numbers the Vietnamese way in verdict reasons ("44,1", "3.373"). */
final class Numbers {

	private Numbers() {
	}

	static String format(BigDecimal value) {
		return value == null ? "?" : format(value.doubleValue());
	}

	static String format(double value) {
		if (Double.isNaN(value) || Double.isInfinite(value)) {
			return "?";
		}
		BigDecimal rounded = BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP).stripTrailingZeros();
		if (rounded.scale() < 0) {
			rounded = rounded.setScale(0);
		}
		String plain = rounded.abs().toPlainString();
		int dot = plain.indexOf('.');
		String integral = dot < 0 ? plain : plain.substring(0, dot);
		String fraction = dot < 0 ? "" : "," + plain.substring(dot + 1);
		StringBuilder grouped = new StringBuilder();
		for (int i = 0; i < integral.length(); i++) {
			if (i > 0 && (integral.length() - i) % 3 == 0) {
				grouped.append('.');
			}
			grouped.append(integral.charAt(i));
		}
		return (rounded.signum() < 0 ? "-" : "") + grouped + fraction;
	}
}
