package vn.plantrack.extract.review;

import java.util.List;

import vn.plantrack.extract.Extraction;
import vn.plantrack.extract.Finding;

/** Post-pass over a draft extraction: data problems worth a person's attention. */
public final class FindingRules {

	private FindingRules() {
	}

	public static List<Finding> review(Extraction draft, List<String> lines) {
		return List.of();
	}
}
