package vn.plantrack.investment;

import java.math.BigDecimal;

/** Projects sharing one key (an investor, a sector...) summed: plan, disbursed, rate and forecast rate. */
public record Rollup(String key, int projects, BigDecimal plan, BigDecimal disbursed, BigDecimal rate,
		BigDecimal forecastYearEnd, BigDecimal forecastRate) {
}
