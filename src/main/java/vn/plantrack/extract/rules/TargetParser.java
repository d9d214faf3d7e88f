package vn.plantrack.extract.rules;

import vn.plantrack.extract.TargetValue;

/** Reads a target text ("≥ 90%", "8-9%/năm", "bình quân 10%/năm", "Hoàn thành phổ cập"). */
public final class TargetParser {

	private TargetParser() {
	}

	public static TargetValue parse(String raw) {
		return TargetValue.rawOnly(raw);
	}
}
