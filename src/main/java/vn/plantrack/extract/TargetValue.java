package vn.plantrack.extract;

import java.math.BigDecimal;
import java.util.List;

/**
 * A target as written ({@code raw}, always kept) and as understood. {@code kind} is one of level,
 * comparator, range, growth, cumulative, each_year, change_per_year, share, qualitative, composite;
 * {@code comparator} one of "=", ">", ">=", "<", "<=", "~" (khoảng). Composite targets list their
 * {@code components}; every other kind has none.
 */
public record TargetValue(String raw, String kind, String comparator, BigDecimal value, BigDecimal low,
		BigDecimal high, String unit, Integer year, List<TargetValue> components) {

	public static TargetValue rawOnly(String raw) {
		return new TargetValue(raw, null, null, null, null, null, null, null, List.of());
	}
}
