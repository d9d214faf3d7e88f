package vn.plantrack.evaluation;

/**
 * A reporting period: a year, a half year (index 1-2), a quarter (1-4), a month (1-12), or a whole term
 * (index = first year, {@code year} = last year, e.g. 2016-2020).
 */
public record Period(int year, Kind kind, int index) {

	public enum Kind {
		YEAR, HALF, QUARTER, MONTH, TERM
	}

	public Period {
		int max = switch (kind) {
			case HALF -> 2;
			case QUARTER -> 4;
			case MONTH -> 12;
			default -> Integer.MAX_VALUE;
		};
		if (kind != Kind.YEAR && kind != Kind.TERM && (index < 1 || index > max)) {
			throw new IllegalArgumentException("kỳ không hợp lệ: " + kind + " " + index + "/" + year);
		}
		if (kind == Kind.TERM && index > year) {
			throw new IllegalArgumentException("giai đoạn không hợp lệ: " + index + "-" + year);
		}
	}

	public static Period ofYear(int year) {
		return new Period(year, Kind.YEAR, 0);
	}

	public static Period ofHalf(int year, int half) {
		return new Period(year, Kind.HALF, half);
	}

	public static Period ofQuarter(int year, int quarter) {
		return new Period(year, Kind.QUARTER, quarter);
	}

	public static Period ofMonth(int year, int month) {
		return new Period(year, Kind.MONTH, month);
	}

	public static Period ofTerm(int firstYear, int lastYear) {
		return new Period(lastYear, Kind.TERM, firstYear);
	}

	public String label() {
		return switch (kind) {
			case YEAR -> "năm " + year;
			case HALF -> "6 tháng " + (index == 1 ? "đầu" : "cuối") + " năm " + year;
			case QUARTER -> "quý " + index + "/" + year;
			case MONTH -> "tháng " + index + "/" + year;
			case TERM -> "giai đoạn " + index + "-" + year;
		};
	}
}
