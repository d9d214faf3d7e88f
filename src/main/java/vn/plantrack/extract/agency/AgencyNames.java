package vn.plantrack.extract.agency;

import java.util.Arrays;
import java.util.List;

/** Splits a cell or clause naming agencies into agency names (never blindly on commas). */
public final class AgencyNames {

	private AgencyNames() {
	}

	/** The agencies named in {@code text}, in order, as canonical names where known. */
	public static List<String> split(String text) {
		return Arrays.stream(text.split(";")).map(String::strip).filter(s -> !s.isEmpty()).toList();
	}
}
