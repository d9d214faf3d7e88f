package vn.plantrack.evaluation;

import java.util.ArrayList;
import java.util.List;

import vn.plantrack.extract.TargetValue;

/** Turns a target as extracted ({@link TargetValue}) into the evaluation model. */
public final class Targets {

	private Targets() {
	}

	/**
	 * The target of {@code name} for the term {@code firstYear}-{@code lastYear}; a target whose figures are
	 * unknown (raw only) or that cannot be measured becomes {@link Target.Qualitative}.
	 */
	public static Target of(TargetValue value, String name, int firstYear, int lastYear) {
		String kind = value.kind();
		if (kind == null || "qualitative".equals(kind)) {
			return new Target.Qualitative(value.raw(), lastYear);
		}
		if ("composite".equals(kind)) {
			List<Indicator> parts = new ArrayList<>();
			int i = 1;
			for (TargetValue component : value.components()) {
				String partName = component.raw() == null ? name + " (" + i + ")" : component.raw();
				Target target = of(component, partName, firstYear, lastYear);
				Direction direction = target instanceof Target.Share ? Direction.guessShare(partName)
						: Direction.guess(partName);
				parts.add(new Indicator(String.valueOf(i), partName, component.unit(), component.raw(), target,
						direction, null, null, List.of()));
				i++;
			}
			return new Target.Composite(parts, lastYear);
		}
		Bound bound = boundOf(value);
		if (bound == null) {
			return new Target.Qualitative(value.raw(), lastYear);
		}
		switch (kind) {
			case "growth":
				return new Target.Growth(bound, firstYear, lastYear);
			case "cumulative":
				return new Target.Cumulative(bound, firstYear, lastYear);
			case "each_year":
				return new Target.EachYear(bound, firstYear, lastYear);
			case "change_per_year":
				return new Target.ChangePerYear(bound, inPoints(value, name), firstYear, lastYear);
			case "share":
				return new Target.Share(bound, firstYear, lastYear);
			default:
				return new Target.Level(bound, firstYear, lastYear);
		}
	}

	// rule: a change of a rate ("tỷ lệ hộ nghèo giảm 3%/năm") is in percentage points, as Vietnamese
	// reports write it; a change of a count or an amount is in percent of the previous value
	private static boolean inPoints(TargetValue value, String name) {
		String unit = value.unit() == null ? "" : value.unit();
		if (unit.contains("điểm")) {
			return true;
		}
		String folded = name == null ? "" : vn.plantrack.shared.text.VietText.fold(name);
		return unit.startsWith("%") && (folded.contains("ty le") || folded.contains("ti le") || folded.contains("%"));
	}

	static Bound boundOf(TargetValue value) {
		if (value.low() != null && value.high() != null) {
			return new Bound(value.comparator(), null, value.low(), value.high());
		}
		if (value.value() != null) {
			return new Bound(value.comparator() == null ? "=" : value.comparator(), value.value(), null, null);
		}
		return null;
	}
}
