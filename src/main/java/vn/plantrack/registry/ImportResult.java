package vn.plantrack.registry;

/** Outcome of importing one file: {@code created} is false when the same bytes were already stored. */
public record ImportResult(DocumentSummary document, boolean created) {
}
