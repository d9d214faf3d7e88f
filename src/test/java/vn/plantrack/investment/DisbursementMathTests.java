package vn.plantrack.investment;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

/** The arithmetic behind every rate, forecast and threshold, with values worked out by hand. */
class DisbursementMathTests {

	@Test
	void measuresTheRateAsAPercentageWithTwoDecimalsRoundedHalfUp() {
		// 9300 / 16000 = 58.125 % → 58.13
		assertThat(DisbursementMath.rate(new BigDecimal("9300"), new BigDecimal("16000"))).isEqualTo(new BigDecimal("58.13"));
		assertThat(DisbursementMath.rate(new BigDecimal("1"), new BigDecimal("3"))).isEqualTo(new BigDecimal("33.33"));
		assertThat(DisbursementMath.rate(BigDecimal.ONE, BigDecimal.ZERO)).isNull();
	}

	@Test
	void comparesWithTheThresholdExactlyNotAfterRounding() {
		// 999.999 / 2000 = 49.99995 %: shown as 50.00 but below 50 (001 line 879: "dưới 50%")
		assertThat(DisbursementMath.below(new BigDecimal("999.999"), new BigDecimal("2000"), new BigDecimal("50"))).isTrue();
		// exactly 50 % is not "dưới 50%"
		assertThat(DisbursementMath.below(new BigDecimal("1000"), new BigDecimal("2000"), new BigDecimal("50"))).isFalse();
		assertThat(DisbursementMath.below(BigDecimal.ZERO, BigDecimal.ZERO, new BigDecimal("50"))).isFalse();
	}

	@Test
	void forecastsTheYearEndLinearlyFromTheMonthsEnded() {
		// 6000 after 9 months → 6000 × 12 / 9 = 8000
		assertThat(DisbursementMath.linearYearEnd(new BigDecimal("6000"), 9)).isEqualTo(new BigDecimal("8000.000"));
		// 1000 after 3 months → 4000; 100 % of a 4000 plan is not below 100
		assertThat(DisbursementMath.forecastBelow(new BigDecimal("1000"), 3, new BigDecimal("4000"), new BigDecimal("100")))
			.isFalse();
		assertThat(DisbursementMath.forecastBelow(new BigDecimal("999"), 3, new BigDecimal("4000"), new BigDecimal("100")))
			.isTrue();
		assertThat(DisbursementMath.linearYearEnd(new BigDecimal("5"), 0)).isNull();
	}

	@Test
	void countsTheMonthsEndedByACheckpoint() {
		assertThat(DisbursementMath.monthsEndedBy(2025, LocalDate.of(2025, 6, 30))).isEqualTo(6);
		assertThat(DisbursementMath.monthsEndedBy(2025, LocalDate.of(2025, 9, 30))).isEqualTo(9);
		// 15/11 (001 line 893): October is the last month ended
		assertThat(DisbursementMath.monthsEndedBy(2025, LocalDate.of(2025, 11, 15))).isEqualTo(10);
		assertThat(DisbursementMath.monthsEndedBy(2025, LocalDate.of(2025, 12, 31))).isEqualTo(12);
		assertThat(DisbursementMath.monthsEndedBy(2025, LocalDate.of(2024, 12, 31))).isZero();
	}
}
