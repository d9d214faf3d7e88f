package vn.plantrack.evaluation;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * What {@link ReportEvaluator} found in a report: one result per indicator row of its results table, the
 * count per verdict, and the pace the next term's targets require from the values the report states.
 */
public record ReportEvaluation(String source, int firstYear, int lastYear, List<RowResult> rows,
		Map<Verdict, Integer> summary, List<PaceItem> pace) {

	/**
	 * One indicator row. {@code values} maps a year (or a period "2016-2020") to its value; {@code claimed}
	 * is the verdict the report claims for the row's group, {@code agrees} whether the data bear it out
	 * ({@code null} when nothing is claimed); {@code reason} explains the verdict and any disagreement.
	 */
	public record RowResult(String code, String name, int line, String target, String unit,
			Map<String, BigDecimal> values, Evaluation evaluation, Claim claim, Boolean agrees, String reason,
			List<RowResult> components) {
	}

	/** The pace required from a baseline the report states to a target of the next term. */
	public record PaceItem(String name, int line, int baselineLine, int baseYear, BigDecimal baseValue,
			int targetYear, BigDecimal targetValue, double requiredRate, Pace.Method method) {
	}
}
