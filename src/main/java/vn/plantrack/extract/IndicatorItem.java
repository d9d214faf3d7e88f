package vn.plantrack.extract;

import java.util.List;

/** An indicator (chỉ tiêu) with its target; {@code line} is the 1-based source line of its first line. */
public record IndicatorItem(String code, String group, String name, String unit, List<String> lead,
		List<String> coordinating, TargetValue target, int line) {
}
