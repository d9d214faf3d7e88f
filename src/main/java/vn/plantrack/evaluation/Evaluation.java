package vn.plantrack.evaluation;

import java.util.List;

/**
 * The evaluation of one indicator: the computed verdict with a short Vietnamese reason naming the numbers
 * used, the first year the target was met ("hoàn thành trước N năm" = lastYear - firstMetYear), what the
 * verdict rests on, the pace, the components' own evaluations (composites) and any human override.
 */
public record Evaluation(String code, String name, Verdict computed, Integer firstMetYear, Basis basis,
		String reason, Pace pace, List<Evaluation> components, Override override) {

	/** What the computed verdict rests on. */
	public enum Basis {
		ACTUAL, ESTIMATE, FORECAST, NONE
	}

	public Evaluation {
		components = components == null ? List.of() : List.copyOf(components);
	}

	/** The verdict that counts: the override when a person set one, else the computed one. */
	public Verdict verdict() {
		return override != null ? override.verdict() : computed;
	}

	public Evaluation withOverride(Override newOverride) {
		return new Evaluation(code, name, computed, firstMetYear, basis, reason, pace, components, newOverride);
	}
}
