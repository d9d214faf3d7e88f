/**
 * Evaluation: target model, verdicts, pace and forecasts, scorecards. Plain Java core.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "shared", "extract", "extract :: rules", "ingest" })
package vn.plantrack.evaluation;
