package vn.plantrack.extract;

import java.time.LocalDate;

/** A document cited in the text ("Nghị quyết số 68-NQ/TW ngày 04/5/2025 của Bộ Chính trị"). */
public record CitationItem(String symbol, String kind, LocalDate issued, String issuer, int line) {
}
