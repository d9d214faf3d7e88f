package vn.plantrack.extract.rules;

import vn.plantrack.extract.PeriodValue;

/** Reads a period or deadline cell ("2026-2030", "Quý II/2026", "Hằng năm", "Đã ban hành"). */
public final class PeriodParser {

	private PeriodParser() {
	}

	public static PeriodValue parse(String raw) {
		return PeriodValue.rawOnly(raw);
	}
}
