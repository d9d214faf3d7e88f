package vn.plantrack.extract.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

class VietnameseNumbersTests {

	@Test
	void readsThousandsDotsAndDecimalCommas() {
		assertThat(VietnameseNumbers.parse("4.596.000")).contains(new BigDecimal("4596000"));
		assertThat(VietnameseNumbers.parse("44,36")).contains(new BigDecimal("44.36"));
		assertThat(VietnameseNumbers.parse("1.234,5")).contains(new BigDecimal("1234.5"));
		assertThat(VietnameseNumbers.ambiguity("4.596.000")).isEmpty();
	}

	@Test
	void reportsACommaFollowedByThreeDigitsAsAmbiguous() {
		var ambiguity = VietnameseNumbers.ambiguity("3,373").orElseThrow();
		assertThat(ambiguity.chosen()).isEqualByComparingTo("3.373");
		assertThat(ambiguity.alternative()).isEqualByComparingTo("3373");
		assertThat(ambiguity.message()).contains("3,373").contains("3.373");
	}

	@Test
	void rejectsTextThatIsNotOneNumber() {
		assertThat(VietnameseNumbers.parse("khoảng 10")).isEmpty();
		assertThat(VietnameseNumbers.parse("")).isEmpty();
		assertThat(VietnameseNumbers.parse("1.23.4")).isEmpty();
	}

	@Test
	void formatsTheVietnameseWay() {
		assertThat(VietnameseNumbers.format(new BigDecimal("4596000"))).isEqualTo("4.596.000");
		assertThat(VietnameseNumbers.format(new BigDecimal("-1234.5"))).isEqualTo("-1.234,5");
	}
}
