package vn.plantrack.evaluation;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

/** Builders shared by the evaluation tests; time is always a fixed clock. */
final class Fixtures {

	private Fixtures() {
	}

	static Clock clockAt(String isoDate) {
		return Clock.fixed(Instant.parse(isoDate + "T00:00:00Z"), ZoneOffset.UTC);
	}

	/** Evaluation as of 2026: the 2016-2020 term is over. */
	static TargetEvaluator afterTheTerm() {
		return new TargetEvaluator(EvaluationPolicy.defaults(clockAt("2026-01-15")));
	}

	static Indicator level(String name, String unit, Bound bound, Observation... observations) {
		return new Indicator("1", name, unit, null, new Target.Level(bound, 2016, 2020), Direction.guess(name), null,
				null, List.of(observations));
	}

	static Observation actual(int year, String value) {
		return Observation.actual(year, value);
	}

	static Observation estimate(int year, String value) {
		return Observation.estimate(year, value);
	}
}
