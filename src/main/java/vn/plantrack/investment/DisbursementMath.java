package vn.plantrack.investment;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;

/**
 * The arithmetic of disbursement rates, in exact decimals so H2 and PostgreSQL give the same figures.
 * Rates are percentages shown with two decimals (half up); comparisons with a threshold use the exact
 * fraction, so 49,996% is still below 50% even though it is shown as 50,00%.
 */
public final class DisbursementMath {

	static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	static final BigDecimal TWELVE = BigDecimal.valueOf(12);

	private DisbursementMath() {
	}

	/** disbursed / plan × 100, two decimals; null when there is no plan to measure against. */
	public static BigDecimal rate(BigDecimal disbursed, BigDecimal plan) {
		if (plan == null || plan.signum() == 0) {
			return null;
		}
		return disbursed.multiply(HUNDRED).divide(plan, 2, RoundingMode.HALF_UP);
	}

	/** Exactly whether disbursed / plan × 100 < minimumRate (no rounding involved). */
	public static boolean below(BigDecimal disbursed, BigDecimal plan, BigDecimal minimumRate) {
		if (plan == null || plan.signum() == 0) {
			return false;
		}
		return disbursed.multiply(HUNDRED).compareTo(minimumRate.multiply(plan)) < 0;
	}

	// rule: linear forecast — the year ends at the average monthly pace so far: cumulative × 12 / months.
	/** The year-end total if the pace of the first {@code months} months holds; null before any month closed. */
	public static BigDecimal linearYearEnd(BigDecimal cumulative, int months) {
		if (months <= 0) {
			return null;
		}
		if (months >= 12) {
			return cumulative;
		}
		return cumulative.multiply(TWELVE).divide(BigDecimal.valueOf(months), 3, RoundingMode.HALF_UP);
	}

	/** Exactly whether the linear year-end forecast over the plan is below minimumRate. */
	public static boolean forecastBelow(BigDecimal cumulative, int months, BigDecimal plan, BigDecimal minimumRate) {
		if (plan == null || plan.signum() == 0 || months <= 0) {
			return false;
		}
		int counted = Math.min(months, 12);
		// cumulative × 12 / months × 100 < min × plan  ⇔  cumulative × 12 × 100 < min × plan × months
		return cumulative.multiply(TWELVE).multiply(HUNDRED)
			.compareTo(minimumRate.multiply(plan).multiply(BigDecimal.valueOf(counted))) < 0;
	}

	// rule: monthly figures are reported per calendar month; a checkpoint on date D counts the months of its
	// year that have ended by D (30/6 → January-June, 15/11 → January-October, 31/12 → the whole year).
	/** The number of months of {@code year} that have ended on or before {@code date}. */
	public static int monthsEndedBy(int year, LocalDate date) {
		if (date.getYear() < year) {
			return 0;
		}
		if (date.getYear() > year) {
			return 12;
		}
		YearMonth month = YearMonth.from(date);
		return date.equals(month.atEndOfMonth()) ? month.getMonthValue() : month.getMonthValue() - 1;
	}
}
