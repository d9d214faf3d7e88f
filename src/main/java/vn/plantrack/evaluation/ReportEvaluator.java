package vn.plantrack.evaluation;

/** Evaluates the results table(s) of a report against their targets (CLI {@code evaluate}). */
public class ReportEvaluator {
}
