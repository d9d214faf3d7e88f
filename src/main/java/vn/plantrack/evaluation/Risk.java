package vn.plantrack.evaluation;

/**
 * How the pace achieved compares with the pace required (ratio = achieved / required annual rate), with
 * the thresholds of {@link EvaluationPolicy}: at or above {@code watchBelow} on track, then watch, at risk,
 * and below {@code offTrackBelow} off track.
 */
public enum Risk {

	ON_TRACK("đúng tiến độ"), WATCH("cần theo dõi"), AT_RISK("có nguy cơ"), OFF_TRACK("chệch hướng");

	private final String label;

	Risk(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}

	static Risk of(double ratio, EvaluationPolicy policy) {
		if (ratio >= policy.watchBelow()) {
			return ON_TRACK;
		}
		if (ratio >= policy.atRiskBelow()) {
			return WATCH;
		}
		if (ratio >= policy.offTrackBelow()) {
			return AT_RISK;
		}
		return OFF_TRACK;
	}
}
