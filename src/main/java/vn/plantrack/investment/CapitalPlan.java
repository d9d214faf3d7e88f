package vn.plantrack.investment;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** The capital assigned to a project for a year and every adjustment since, oldest first. */
public record CapitalPlan(long id, long projectId, int year, BigDecimal amount, String decidingDocument,
		LocalDate decidedOn, List<Adjustment> adjustments) {

	/** A new amount in force from {@code effectiveOn}, decided by {@code decidingDocument}. */
	public record Adjustment(long id, BigDecimal newAmount, String decidingDocument, LocalDate effectiveOn,
			String reason) {
	}

	/** The amount in force on {@code date}: the last adjustment effective by then, else the original; null before the plan was decided. */
	public BigDecimal amountOn(LocalDate date) {
		if (decidedOn.isAfter(date)) {
			return null;
		}
		BigDecimal inForce = amount;
		for (Adjustment adjustment : adjustments) {
			if (!adjustment.effectiveOn().isAfter(date)) {
				inForce = adjustment.newAmount();
			}
		}
		return inForce;
	}

	/** The amount in force now (after every adjustment). */
	public BigDecimal current() {
		return adjustments.isEmpty() ? amount : adjustments.get(adjustments.size() - 1).newAmount();
	}
}
