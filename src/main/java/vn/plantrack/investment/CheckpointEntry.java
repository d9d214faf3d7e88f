package vn.plantrack.investment;

import java.math.BigDecimal;
import java.util.List;

/**
 * One project in a frozen checkpoint list: what was known when the list was made ({@code plan},
 * {@code disbursed}, {@code rate}, {@code breached}), and what the figures say now ({@code current*}). When a
 * month was corrected (or first reported) after the list was made, {@code revised} is true and
 * {@code revisions} lists those figures; the frozen values never change.
 */
public record CheckpointEntry(Project project, BigDecimal plan, BigDecimal disbursed, BigDecimal rate,
		boolean breached, ThresholdAction action, BigDecimal undisbursed, BigDecimal currentPlan,
		BigDecimal currentDisbursed, BigDecimal currentRate, boolean currentlyBreached, boolean revised,
		List<Disbursement> revisions) {
}
