package vn.plantrack.extract.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

import vn.plantrack.extract.PeriodValue;

class PeriodParserProperties {

	private static final String[] ROMAN = { "I", "II", "III", "IV" };

	@Property
	void aQuarterIsDueOnItsLastDay(@ForAll @IntRange(min = 1, max = 4) int quarter,
			@ForAll @IntRange(min = 1990, max = 2099) int year) {
		PeriodValue p = PeriodParser.parse("Quý " + ROMAN[quarter - 1] + "/" + year);
		LocalDate lastDay = YearMonth.of(year, quarter * 3).atEndOfMonth();
		assertThat(p.due()).isEqualTo(lastDay);
		assertThat(p.start()).isEqualTo(LocalDate.of(year, quarter * 3 - 2, 1));
	}

	@Property
	void parsingNeverThrowsAndKeepsTheRawText(@ForAll String raw) {
		assertThat(PeriodParser.parse(raw).raw()).isEqualTo(raw);
	}
}
