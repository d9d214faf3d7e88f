package vn.plantrack.extract.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import vn.plantrack.extract.CitationItem;

class CitationReaderTests {

	private static CitationItem cited(List<CitationItem> citations, String symbol) {
		return citations.stream().filter(c -> c.symbol().equals(symbol)).findFirst().orElseThrow();
	}

	@Test
	void readsCitationsOfTheGrowthDecisionIncludingOnesWrappedOverLines() {
		List<CitationItem> citations = CitationReader.read(Seeds.lines(Seeds.S001));

		// line 316-318: symbol at the end of line 316, "ngày 09/12/2024 của Chủ tịch UBND tỉnh" on line 318
		assertThat(cited(citations, "14/CT-UBND")).isEqualTo(
				new CitationItem("14/CT-UBND", "Chỉ thị", LocalDate.of(2024, 12, 9), "Chủ tịch UBND tỉnh", 316));
		// line 167-169: "Nghị quyết số" ends line 167, the symbol opens line 169 without a date; the date
		// comes from the later mention on line 1950 ("158/2024/QH15 ngày 12/11/2024 của Quốc hội")
		assertThat(cited(citations, "158/2024/QH15")).isEqualTo(
				new CitationItem("158/2024/QH15", "Nghị quyết", LocalDate.of(2024, 11, 12), "Quốc hội", 167));
		// line 13
		assertThat(cited(citations, "25/NQ-CP"))
				.isEqualTo(new CitationItem("25/NQ-CP", "Nghị quyết", LocalDate.of(2025, 2, 5), "Chính phủ", 13));
		// line 165
		assertThat(cited(citations, "97-KL/TW").issued()).isEqualTo(LocalDate.of(2024, 10, 5));
		assertThat(cited(citations, "97-KL/TW").line()).isEqualTo(165);
		// lines 2015-2017: the date of 2615/QĐ-UBND is on the next line
		assertThat(cited(citations, "2615/QĐ-UBND"))
				.isEqualTo(new CitationItem("2615/QĐ-UBND", "Quyết định", LocalDate.of(2024, 12, 6), null, 2015));
		// line 2017-2019: "Quyết định số" ends line 2017, "2633/QĐ-UBND ngày 11/12/2024 của UBND tỉnh" on 2019
		assertThat(cited(citations, "2633/QĐ-UBND"))
				.isEqualTo(new CitationItem("2633/QĐ-UBND", "Quyết định", LocalDate.of(2024, 12, 11), "UBND tỉnh", 2017));
	}

	@Test
	void readsCitationsOfTheActionProgrammeAndTheDecision() {
		List<CitationItem> programme = CitationReader.read(Seeds.lines(Seeds.S000));
		assertThat(cited(programme, "71-NQ/TW")).isEqualTo(
				new CitationItem("71-NQ/TW", "Nghị quyết", LocalDate.of(2025, 8, 22), "Bộ Chính trị", 37)); // line 37
		assertThat(cited(programme, "66-KH/TU")).isEqualTo(new CitationItem("66-KH/TU", "Kế hoạch",
				LocalDate.of(2026, 4, 22), "Ban Thường vụ Tỉnh ủy", 91)); // line 91
		assertThat(cited(programme, "01-CTr/TU").issued()).isEqualTo(LocalDate.of(2025, 10, 18)); // line 383
		// the appendix captions name the programme itself, not a cited document (lines 405, 495)
		assertThat(programme).noneMatch(c -> c.symbol().equals("14-CTr/TU"));

		List<CitationItem> decision = CitationReader.read(Seeds.lines(Seeds.S002));
		assertThat(cited(decision, "18/CT-TTg")).isEqualTo(new CitationItem("18/CT-TTg", "Chỉ thị",
				LocalDate.of(2020, 4, 13), "Thủ tướng Chính phủ", 15)); // line 15
		assertThat(cited(decision, "238/NQ-HĐND")).isEqualTo(new CitationItem("238/NQ-HĐND", "Nghị quyết",
				LocalDate.of(2020, 12, 8), "HĐND tỉnh Sơn La", 17)); // line 17
		assertThat(cited(decision, "23/TTr-SKHĐT").issued()).isEqualTo(LocalDate.of(2021, 1, 14)); // line 19
		assertThat(cited(decision, "113/2018/NĐ-CP")).isEqualTo(new CitationItem("113/2018/NĐ-CP", "Nghị định",
				LocalDate.of(2018, 8, 31), "Chính phủ", 449)); // line 449
		// its own number in the header ("Số: 139/QĐ-UBND", line 3) is not a citation
		assertThat(decision).noneMatch(c -> c.symbol().equals("139/QĐ-UBND"));
	}

	@Test
	void keepsTheImpossibleDateOfTheParentPlanAsWritten() {
		List<CitationItem> plan = CitationReader.read(Seeds.lines(Seeds.S004));
		// line 9: "Kế hoạch số 52-KH/ĐU ngày 25/3/2206 của Đảng uỷ Ủy ban nhân dân tỉnh"
		assertThat(cited(plan, "52-KH/ĐU")).isEqualTo(new CitationItem("52-KH/ĐU", "Kế hoạch",
				LocalDate.of(2206, 3, 25), "Đảng uỷ Ủy ban nhân dân tỉnh", 9));
		// line 111: a comma between symbol and date
		assertThat(cited(plan, "27-NQ/TW").issued()).isEqualTo(LocalDate.of(2022, 11, 9));
	}
}
