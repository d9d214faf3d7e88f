package vn.plantrack.evaluation;

import java.util.List;
import java.util.Objects;

/**
 * What an indicator must achieve. One record per kind of target found in Vietnamese plans; {@code firstYear}
 * and {@code lastYear} delimit the term (baseline year = firstYear - 1).
 */
public sealed interface Target {

	/** Last year of the term, the year by which the target must be met. */
	int lastYear();

	/** Value at a year: "đạt 90 triệu đồng/người", "&gt; 4.500 tỷ đồng", "50-55", "khoảng 1%". */
	record Level(Bound bound, int firstYear, int lastYear) implements Target {
		public Level {
			Objects.requireNonNull(bound, "bound");
		}
	}

	/** One share of a structure ("Nông, lâm nghiệp, thủy sản khoảng 17-18%"): judged like a level. */
	record Share(Bound bound, int firstYear, int lastYear) implements Target {
		public Share {
			Objects.requireNonNull(bound, "bound");
		}
	}

	/** Average annual growth rate over the term, in percent ("bình quân 10%/năm"). */
	record Growth(Bound ratePercent, int firstYear, int lastYear) implements Target {
		public Growth {
			Objects.requireNonNull(ratePercent, "ratePercent");
		}
	}

	/** Total over the term ("150.000 tỷ đồng giai đoạn 2026-2030"). */
	record Cumulative(Bound total, int firstYear, int lastYear) implements Target {
		public Cumulative {
			Objects.requireNonNull(total, "total");
		}
	}

	/** Every year of the term ("hằng năm ≥ 90%"). */
	record EachYear(Bound bound, int firstYear, int lastYear) implements Target {
		public EachYear {
			Objects.requireNonNull(bound, "bound");
		}
	}

	/**
	 * Average change per year from the baseline, in points ("giảm bình quân 1,5-2 điểm %/năm") or in percent
	 * of the previous value; decreases are negative.
	 */
	record ChangePerYear(Bound change, boolean inPoints, int firstYear, int lastYear) implements Target {
		public ChangePerYear {
			Objects.requireNonNull(change, "change");
		}
	}

	/** A target without a measurable figure ("Hoàn thành phổ cập"): judged by a person. */
	record Qualitative(String text, int lastYear) implements Target {
	}

	/** Several sub-targets, each an indicator of its own; all must pass. */
	record Composite(List<Indicator> components, int lastYear) implements Target {
		public Composite {
			components = List.copyOf(components);
		}
	}
}
