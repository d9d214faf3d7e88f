package vn.plantrack.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

/** Numbers typed the Vietnamese way: dots group thousands, the comma starts the decimals. */
class FormNumbersTests {

	@Test
	void readsThousandsDotsAndTheDecimalComma() {
		assertThat(FormNumbers.parse("1.234,5")).contains(new BigDecimal("1234.5"));
		assertThat(FormNumbers.parse(" 8.000 ")).contains(new BigDecimal("8000"));
		assertThat(FormNumbers.parse("25,8")).contains(new BigDecimal("25.8"));
		assertThat(FormNumbers.parse("-2,5")).contains(new BigDecimal("-2.5"));
		assertThat(FormNumbers.parse("150000")).contains(new BigDecimal("150000"));
	}

	@Test
	void refusesWhatCouldBeReadTwoWaysOrNotAtAll() {
		// "21.5" is not Vietnamese (a dot followed by one digit): refused rather than guessed
		assertThat(FormNumbers.parse("21.5")).isEmpty();
		assertThat(FormNumbers.parse("1.23,4")).isEmpty();
		assertThat(FormNumbers.parse("25,8,1")).isEmpty();
		assertThat(FormNumbers.parse("mười")).isEmpty();
		assertThat(FormNumbers.parse("")).isEmpty();
		assertThat(FormNumbers.parse(null)).isEmpty();
		// more than the database keeps: 19 digits before the comma, 7 after
		assertThat(FormNumbers.parse("1234567890123456789")).isEmpty();
		assertThat(FormNumbers.parse("0,1234567")).isEmpty();
	}

	@Test
	void writesAStoredValueBackTheVietnameseWay() {
		assertThat(FormNumbers.format(new BigDecimal("1234.500000"))).isEqualTo("1.234,5");
		assertThat(FormNumbers.format(new BigDecimal("25.8"))).isEqualTo("25,8");
		assertThat(FormNumbers.format(null)).isEmpty();
	}
}
