package vn.plantrack.extract;

import java.util.List;

/** A task from a table row or from prose; {@code line} is the 1-based source line of its first line. */
public record TaskItem(String code, String group, String title, List<String> lead, List<String> coordinating,
		PeriodValue period, String resources, int line) {
}
