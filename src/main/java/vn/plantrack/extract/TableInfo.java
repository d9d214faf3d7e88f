package vn.plantrack.extract;

/**
 * One table of the document. {@code kind} is one of tasks, indicators, projects, resolutions, results,
 * other; {@code groups} counts group rows, {@code rows} counts item rows (sub-rows included).
 */
public record TableInfo(String title, String kind, int groups, int rows, int firstLine, int lastLine) {
}
