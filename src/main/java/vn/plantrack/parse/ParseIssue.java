package vn.plantrack.parse;

/**
 * A structural problem noticed while parsing (a column lost at a page break, a limit reached).
 *
 * @param kind stable snake_case code (lost_column, nesting_too_deep, table_too_large)
 * @param line 1-based line the problem was seen on
 * @param text the source text involved, shortened
 * @param message one Vietnamese sentence for a person
 */
public record ParseIssue(String kind, int line, String text, String message) {
}
