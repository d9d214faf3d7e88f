package vn.plantrack.investment;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * Where a project stands on {@code asOf}: the plan in force then, what was disbursed in the months ended by
 * then ({@code months}), the rate, and the linear year-end forecast (pace so far × 12).
 */
public record ProjectStanding(Project project, int year, LocalDate asOf, int months, BigDecimal plan,
		BigDecimal lastMonth, BigDecimal cumulative, BigDecimal rate, BigDecimal forecastYearEnd,
		BigDecimal forecastRate) {
}
