package vn.plantrack.investment;

import java.math.BigDecimal;

/** Amounts in million VND with at most three decimals (a thousand đồng), never negative. */
final class Money {

	static final int SCALE = 3;

	private Money() {
	}

	static void requireAmount(BigDecimal amount, String what) {
		if (amount == null) {
			throw new InvestmentException("thiếu " + what);
		}
		if (amount.signum() < 0) {
			throw new InvestmentException(what + " không được âm: " + amount.toPlainString());
		}
		if (amount.stripTrailingZeros().scale() > SCALE) {
			throw new InvestmentException(what + " có quá " + SCALE + " chữ số thập phân: " + amount.toPlainString());
		}
		if (amount.precision() - amount.scale() > 17) {
			throw new InvestmentException(what + " quá lớn: " + amount.toPlainString());
		}
	}

	/** The same value at the stored scale, so H2 and PostgreSQL values compare and print alike. */
	static BigDecimal normal(BigDecimal amount) {
		return amount == null ? null : amount.setScale(SCALE);
	}
}
