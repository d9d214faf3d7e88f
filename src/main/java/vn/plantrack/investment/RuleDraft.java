package vn.plantrack.investment;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A rule as a MONITOR writes it (create or replace). */
public record RuleDraft(String localityCode, Integer year, LocalDate checkpointDate, String basis,
		BigDecimal minimumRate, String action, String sourceText, String sourceDocument, Integer sourceLine) {
}
