package vn.plantrack.extract.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.BigRange;
import net.jqwik.api.constraints.Scale;

class VietnameseNumbersProperties {

	@Property
	void aFormattedNumberParsesBackToItself(@ForAll @BigRange(min = "-1000000000", max = "1000000000") @Scale(3) BigDecimal value) {
		assertThat(VietnameseNumbers.parse(VietnameseNumbers.format(value))).contains(value);
	}

	@Property
	void parsingNeverThrows(@ForAll String text) {
		VietnameseNumbers.read(text);
	}
}
