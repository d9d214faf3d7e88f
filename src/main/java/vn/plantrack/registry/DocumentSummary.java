package vn.plantrack.registry;

import java.time.Instant;
import java.time.LocalDate;

/** A stored document as listed on the documents page and by {@code GET /api/documents}. */
public record DocumentSummary(long id, String kind, String symbol, String title, LocalDate issued, String issuer,
		String locality, String term, String status, String fileName, String format, long sizeBytes, int lineCount,
		String sha256, Instant receivedAt) {
}
