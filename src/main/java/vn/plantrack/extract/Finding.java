package vn.plantrack.extract;

/**
 * A data problem found in a document. {@code severity} is error, warning or info; {@code kind} a stable
 * snake_case code (impossible_year, period_outside_term, self_citation_mismatch, numbering_gap, ...);
 * {@code message} a one-sentence explanation naming the values involved.
 */
public record Finding(String kind, String severity, int line, String text, String message) {
}
