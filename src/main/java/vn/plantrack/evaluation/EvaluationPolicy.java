package vn.plantrack.evaluation;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Objects;

/**
 * The tunable rules of evaluation, with the defaults documented here.
 *
 * @param clock today's date comes only from here (tests pass a fixed clock)
 * @param approximateTolerance "khoảng X" is met within ± this fraction of X (default 0,05 = 5%)
 * @param exceedMargin VƯỢT needs a value better than the stated figure by more than this fraction of it
 *     (default 0: any strictly better value); inside a range or the tolerance of "khoảng" it is ĐẠT
 * @param watchBelow risk WATCH when the rate achieved is below this share of the rate required (default 1,0)
 * @param atRiskBelow risk AT_RISK below this share (default 0,8)
 * @param offTrackBelow risk OFF_TRACK below this share (default 0,5)
 */
public record EvaluationPolicy(Clock clock, double approximateTolerance, double exceedMargin, double watchBelow,
		double atRiskBelow, double offTrackBelow) {

	public EvaluationPolicy {
		Objects.requireNonNull(clock, "clock");
		if (approximateTolerance < 0 || exceedMargin < 0) {
			throw new IllegalArgumentException("dung sai và ngưỡng vượt phải không âm");
		}
		if (!(watchBelow >= atRiskBelow && atRiskBelow >= offTrackBelow)) {
			throw new IllegalArgumentException("ngưỡng rủi ro phải giảm dần: theo dõi ≥ nguy cơ ≥ chệch hướng");
		}
	}

	public static EvaluationPolicy defaults(Clock clock) {
		return new EvaluationPolicy(clock, 0.05, 0.0, 1.0, 0.8, 0.5);
	}

	public EvaluationPolicy withApproximateTolerance(double tolerance) {
		return new EvaluationPolicy(clock, tolerance, exceedMargin, watchBelow, atRiskBelow, offTrackBelow);
	}

	public EvaluationPolicy withExceedMargin(double margin) {
		return new EvaluationPolicy(clock, approximateTolerance, margin, watchBelow, atRiskBelow, offTrackBelow);
	}

	public EvaluationPolicy withRiskThresholds(double watch, double atRisk, double offTrack) {
		return new EvaluationPolicy(clock, approximateTolerance, exceedMargin, watch, atRisk, offTrack);
	}

	int currentYear() {
		return LocalDate.now(clock).getYear();
	}
}
