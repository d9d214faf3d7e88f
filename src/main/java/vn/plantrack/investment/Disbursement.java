package vn.plantrack.investment;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** One reported monthly figure; revision 2+ corrects the figure before it without erasing it. */
public record Disbursement(long id, long projectId, int year, int month, BigDecimal amount, LocalDate reportedOn,
		int revision, Long supersedesId, String source, String recordedBy, Instant recordedAt) {
}
