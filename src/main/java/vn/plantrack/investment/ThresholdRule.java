package vn.plantrack.investment;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A checkpoint of a locality's year: below {@code minimumRate} on {@code checkpointDate} calls for {@code action}. */
public record ThresholdRule(long id, String localityCode, String locality, int year, LocalDate checkpointDate,
		RateBasis basis, BigDecimal minimumRate, ThresholdAction action, String sourceText, String sourceDocument,
		Integer sourceLine, boolean frozen) {
}
