/**
 * Evaluation: target model, verdicts, pace and forecasts, scorecards. Plain Java core (no Spring).
 *
 * <p>{@link vn.plantrack.evaluation.Target} has one record per kind of target (level, share, growth,
 * cumulative, each year, change per year, qualitative, composite); {@link vn.plantrack.evaluation.Bound} holds
 * its comparator or range. {@link vn.plantrack.evaluation.TargetEvaluator} judges an
 * {@link vn.plantrack.evaluation.Indicator}'s {@link vn.plantrack.evaluation.Observation}s under an
 * {@link vn.plantrack.evaluation.EvaluationPolicy} (clock, tolerance of "khoảng", VƯỢT margin, risk
 * thresholds) and returns an {@link vn.plantrack.evaluation.Evaluation} with a Vietnamese reason, the first
 * year met, the {@link vn.plantrack.evaluation.Pace} and any human {@link vn.plantrack.evaluation.Override}.
 * {@link vn.plantrack.evaluation.ReportEvaluator} does the same for the results table of a report and
 * compares with the verdicts the report claims.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "shared", "extract", "extract :: rules", "ingest" })
package vn.plantrack.evaluation;
