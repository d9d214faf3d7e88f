package vn.plantrack.evaluation;

import java.util.List;

import vn.plantrack.shared.text.VietText;

/** Whether a higher or a lower value of an indicator is better. Editable per indicator; {@link #guess} is only a default. */
public enum Direction {

	HIGHER_IS_BETTER, LOWER_IS_BETTER;

	// rule: indicators of harm are better when lower: poverty, unemployment, malnutrition, the share of
	// agricultural labour (the plans want labour to move out of farming), mortality, accidents, addiction,
	// pollution still untreated
	private static final List<String> LOWER_WORDS = List.of("ngheo", "that nghiep", "suy dinh duong",
			"lao dong nong nghiep", "tu vong", "tai nan", "nghien", "toi pham", "sinh con thu 3", "mu chu",
			"o nhiem chua duoc xu ly", "bo hoc");

	/** The default direction for an indicator called {@code name}: lower for the harms listed above. */
	public static Direction guess(String name) {
		if (name == null) {
			return HIGHER_IS_BETTER;
		}
		String folded = VietText.fold(VietText.nfc(name));
		for (String word : LOWER_WORDS) {
			if (folded.contains(word)) {
				return LOWER_IS_BETTER;
			}
		}
		return HIGHER_IS_BETTER;
	}

	/** The default direction of one sector's share in an economic structure: farming should shrink. */
	public static Direction guessShare(String name) {
		String folded = name == null ? "" : VietText.fold(VietText.nfc(name));
		return folded.contains("nong, lam") || folded.startsWith("nong") || folded.contains("- nong")
				|| folded.contains("nong nghiep") ? LOWER_IS_BETTER : guess(name);
	}

	boolean better(int comparison) {
		return this == HIGHER_IS_BETTER ? comparison > 0 : comparison < 0;
	}
}
