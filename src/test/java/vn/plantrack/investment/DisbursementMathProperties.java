package vn.plantrack.investment;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.BigRange;
import net.jqwik.api.constraints.Scale;

/** The exact threshold test and the shown rate never contradict each other beyond the rounding. */
class DisbursementMathProperties {

	@Property
	void aProjectBelowTheThresholdNeverShowsARateAboveIt(
			@ForAll @BigRange(min = "0", max = "1000000") @Scale(3) BigDecimal disbursed,
			@ForAll @BigRange(min = "0.001", max = "1000000") @Scale(3) BigDecimal plan,
			@ForAll @BigRange(min = "0", max = "100") @Scale(2) BigDecimal minimum) {
		BigDecimal rate = DisbursementMath.rate(disbursed, plan);
		if (DisbursementMath.below(disbursed, plan, minimum)) {
			assertThat(rate).isLessThanOrEqualTo(minimum);
		}
		else {
			assertThat(rate).isGreaterThanOrEqualTo(minimum);
		}
	}

	@Property
	void theForecastBreachAgreesWithTheForecastRate(
			@ForAll @BigRange(min = "0", max = "1000000") @Scale(3) BigDecimal cumulative,
			@ForAll @BigRange(min = "1", max = "1000000") @Scale(3) BigDecimal plan,
			@ForAll @net.jqwik.api.constraints.IntRange(min = 1, max = 12) int months) {
		BigDecimal forecast = DisbursementMath.linearYearEnd(cumulative, months);
		BigDecimal hundred = new BigDecimal("100");
		boolean below = DisbursementMath.forecastBelow(cumulative, months, plan, hundred);
		// the forecast is rounded to 3 decimals, so only the clear cases must agree
		if (forecast.compareTo(plan.add(new BigDecimal("0.001"))) > 0) {
			assertThat(below).isFalse();
		}
		if (forecast.compareTo(plan.subtract(new BigDecimal("0.001"))) < 0) {
			assertThat(below).isTrue();
		}
	}
}
