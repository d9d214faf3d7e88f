package vn.plantrack.extract.rules;

import java.math.BigDecimal;
import java.util.Optional;

/** Vietnamese number notation: decimal comma, thousands dot ("4.596.000", "44,36"). */
public final class VietnameseNumbers {

	private VietnameseNumbers() {
	}

	/** The value of a number written the Vietnamese way, or empty when the text is not one number. */
	public static Optional<BigDecimal> parse(String text) {
		try {
			return Optional.of(new BigDecimal(text.strip().replace(".", "").replace(',', '.')));
		}
		catch (NumberFormatException ex) {
			return Optional.empty();
		}
	}
}
