package vn.plantrack.evaluation;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An indicator (chỉ tiêu) to evaluate: its target as written and as understood, its direction, the lead
 * agency, the baseline value (year before the term, when known) and its observations in any order.
 */
public record Indicator(String code, String name, String unit, String targetText, Target target,
		Direction direction, String leadAgency, Observation baseline, List<Observation> observations) {

	public Indicator {
		Objects.requireNonNull(target, "target");
		Objects.requireNonNull(direction, "direction");
		observations = List.copyOf(observations);
	}

	public static Indicator of(String code, String name, Target target, List<Observation> observations) {
		return new Indicator(code, name, null, null, target, Direction.guess(name), null, null, observations);
	}

	public Indicator withDirection(Direction newDirection) {
		return new Indicator(code, name, unit, targetText, target, newDirection, leadAgency, baseline, observations);
	}

	public Indicator withBaseline(Observation newBaseline) {
		return new Indicator(code, name, unit, targetText, target, direction, leadAgency, newBaseline, observations);
	}

	public Indicator withLeadAgency(String agency) {
		return new Indicator(code, name, unit, targetText, target, direction, agency, baseline, observations);
	}

	public Indicator withObservations(List<Observation> newObservations) {
		return new Indicator(code, name, unit, targetText, target, direction, leadAgency, baseline, newObservations);
	}

	public Optional<Observation> baselineValue() {
		return Optional.ofNullable(baseline);
	}
}
