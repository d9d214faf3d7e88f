package vn.plantrack.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import vn.plantrack.evaluation.ReportEvaluation.PaceItem;
import vn.plantrack.evaluation.ReportEvaluation.RowResult;

/**
 * Seed 003, Biểu 01 (lines 407-491): every expectation below was worked out by hand from the table, with
 * the 2015 column as the baseline, "Mục tiêu NQ đến 2020" as the target and "ƯTH năm 2020" as the value at
 * the end of the term.
 */
class PoliticalReportEvaluationTests {

	private static ReportEvaluation report;

	private static Map<Integer, RowResult> byLine;

	@BeforeAll
	static void evaluateTheSeed() throws IOException {
		try (InputStream in = PoliticalReportEvaluationTests.class
			.getResourceAsStream("/samples/003_dacd084119168aa7.txt")) {
			String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
			report = new ReportEvaluator(EvaluationPolicy.defaults(Fixtures.clockAt("2026-01-15")))
				.evaluate("003_dacd084119168aa7.txt", text);
		}
		byLine = report.rows().stream().collect(Collectors.toMap(RowResult::line, r -> r));
	}

	private static RowResult row(int line) {
		assertThat(byLine).as("row at line %d", line).containsKey(line);
		return byLine.get(line);
	}

	@Test
	void readsTheTermAndAllTwentyFourNumberedRows() {
		assertThat(report.firstYear()).isEqualTo(2016);
		assertThat(report.lastYear()).isEqualTo(2020);
		assertThat(report.rows()).extracting(RowResult::line)
			.containsExactly(417, 419, 421, 425, 427, 429, 433, 435, 445, 447, 453, 455, 457, 459, 465, 467, 469,
					473, 475, 479, 481, 483, 489, 491);
	}

	@Test
	void groupIRowsAreAchievedExceptBudgetRevenueWhichWasLostAfter2018() {
		// 417: period average 86,48 > 45 triệu USD/năm
		assertThat(row(417).evaluation().verdict()).isEqualTo(Verdict.EXCEEDED);
		assertThat(row(417).agrees()).isTrue();
		// 419: 5.011 ≥ 5.000 in 2018, but 4.328 < 5.000 in 2020
		assertThat(row(419).evaluation().verdict()).isEqualTo(Verdict.NOT_MET);
		assertThat(row(419).evaluation().firstMetYear()).isEqualTo(2018);
		assertThat(row(419).agrees()).isFalse();
		assertThat(row(419).reason()).contains("4.328").contains("5.000");
		// 421: 26 ≥ 23 in 2018, 49 in 2020
		assertThat(row(421).evaluation().verdict()).isEqualTo(Verdict.EXCEEDED);
		assertThat(row(421).evaluation().firstMetYear()).isEqualTo(2018);
		assertThat(row(421).agrees()).isTrue();
	}

	@Test
	void groupIIRowsAreAchievedButHealthInsuranceWasMetTwoYearsEarlierThanClaimed() {
		// 425: 95,51 ≥ 95 already in 2017 (the report says one year early, i.e. 2019); 95,7 in 2020
		assertThat(row(425).evaluation().verdict()).isEqualTo(Verdict.EXCEEDED);
		assertThat(row(425).evaluation().firstMetYear()).isEqualTo(2017);
		assertThat(row(425).agrees()).isFalse();
		// 427: 50,5 in [50, 55] in 2019; 55 (upper bound) in 2020
		assertThat(row(427).evaluation().verdict()).isEqualTo(Verdict.MET);
		assertThat(row(427).evaluation().firstMetYear()).isEqualTo(2019);
		assertThat(row(427).agrees()).isTrue();
		// 429: 20 is not < 20 (2018); 19,6 (2019); 19,4 (2020)
		assertThat(row(429).evaluation().verdict().achieved()).isTrue();
		assertThat(row(429).evaluation().firstMetYear()).isEqualTo(2019);
		assertThat(row(429).agrees()).isTrue();
	}

	@Test
	void groupIIIRowsWorkedOutByHand() {
		// 433: 44,1 > 42,8 in 2020, first time (40,4 in 2019)
		assertThat(row(433).evaluation().verdict()).isEqualTo(Verdict.EXCEEDED);
		assertThat(row(433).evaluation().firstMetYear()).isEqualTo(2020);
		// 435-443: farming 23,6 ≤ 28 and industry 30,3 ≥ 24 pass, services 39,1 < 48 fails; taxes have no target
		RowResult structure = row(435);
		assertThat(structure.evaluation().verdict()).isEqualTo(Verdict.NOT_MET);
		assertThat(structure.agrees()).isFalse();
		assertThat(structure.components()).extracting(RowResult::line).containsExactly(437, 439, 441, 443);
		assertThat(structure.components()).extracting(r -> r.evaluation().verdict())
			.containsExactly(Verdict.EXCEEDED, Verdict.EXCEEDED, Verdict.NOT_MET, Verdict.NO_DATA);
		// 445: 82.010 tỷ đồng for 2016-2020 against 80.000
		assertThat(row(445).evaluation().verdict()).isEqualTo(Verdict.EXCEEDED);
		assertThat(row(445).values()).containsKey("2016-2020");
		// 447-451: communes 80 ≥ 70 (78,4 in 2019), doctors 7,65 in [7,5; 8] (2020), beds 27 ≥ 25 (25,2 in 2018)
		assertThat(row(447).evaluation().verdict()).isEqualTo(Verdict.MET);
		assertThat(row(447).evaluation().firstMetYear()).isEqualTo(2020);
		assertThat(row(447).components()).extracting(r -> r.evaluation().firstMetYear())
			.containsExactly(2019, 2020, 2018);
		// 453: "Giảm 3%/năm" against "giảm từ 3% trở lên": exactly on target
		assertThat(row(453).evaluation().verdict()).isEqualTo(Verdict.MET);
		// 455: 97,5 = 97,5
		assertThat(row(455).evaluation().verdict()).isEqualTo(Verdict.MET);
		// 457: (68 − 62) / 5 = 1,2 points a year, inside "tăng từ 1-1,5%"
		assertThat(row(457).evaluation().verdict()).isEqualTo(Verdict.MET);
		// 459-463: 90,5 ≥ 90, 75 ≥ 75, 100 ≥ 100
		assertThat(row(459).evaluation().verdict()).isEqualTo(Verdict.MET);
		// 465: unemployment 3,80 against 3,8, lower is better: on target
		assertThat(row(465).evaluation().verdict()).isEqualTo(Verdict.MET);
		// 467: farm labour 68,7 against 68,7, lower is better
		assertThat(row(467).evaluation().verdict()).isEqualTo(Verdict.MET);
		// 469-471: 95 ≥ 95, 93,2 ≥ 93
		assertThat(row(469).evaluation().verdict()).isEqualTo(Verdict.MET);
		// 473, 475: targets stated in the name, no figure in the table
		assertThat(row(473).evaluation().verdict()).isEqualTo(Verdict.NO_DATA);
		assertThat(row(475).evaluation().verdict()).isEqualTo(Verdict.NO_DATA);
		assertThat(row(473).agrees()).isFalse();
		assertThat(List.of(433, 445, 447, 453, 455, 457, 459, 465, 467, 469)).allSatisfy(
				line -> assertThat(row(line).agrees()).as("line %d", line).isTrue());
	}

	@Test
	void groupIVRowsAreNotMetAsClaimed() {
		// 479: 5,46%/năm < 10; 481: 96,57 < 100; 483-487: communes 22 < 80, hamlets 65 < 95; 489: 14,85 < 17,27;
		// 491: 45,5 < 50
		assertThat(List.of(479, 481, 483, 489, 491)).allSatisfy(line -> {
			assertThat(row(line).evaluation().verdict()).as("line %d", line).isEqualTo(Verdict.NOT_MET);
			assertThat(row(line).agrees()).as("line %d", line).isTrue();
		});
		assertThat(row(483).components()).extracting(r -> r.evaluation().verdict())
			.containsExactly(Verdict.MET, Verdict.NOT_MET, Verdict.NOT_MET);
	}

	@Test
	void countsVerdictsInTheSummary() {
		// VƯỢT: 417, 421, 425, 429, 433, 445 — KHÔNG ĐẠT: 419, 435, 479, 481, 483, 489, 491 — CHƯA ĐỦ: 473, 475
		assertThat(report.summary().get(Verdict.EXCEEDED)).isEqualTo(6);
		assertThat(report.summary().get(Verdict.NOT_MET)).isEqualTo(7);
		assertThat(report.summary().get(Verdict.NO_DATA)).isEqualTo(2);
		assertThat(report.summary().get(Verdict.MET)).isEqualTo(9);
	}

	@Test
	void computesThePaceFromThe2020ValuesToThe2025Targets() {
		Map<Integer, PaceItem> paceByBaseline = report.pace().stream()
			.collect(Collectors.toMap(PaceItem::baselineLine, p -> p, (a, b) -> a));
		// line 212 "GRDP bình quân đến năm 2025 đạt 60" from 44,1 (line 433): (60/44,1)^(1/5) − 1 = 6,35%/năm
		PaceItem grdp = paceByBaseline.get(433);
		assertThat(grdp.line()).isEqualTo(212);
		assertThat(grdp.requiredRate()).isEqualTo(6.35);
		assertThat(grdp.method()).isEqualTo(Pace.Method.COMPOUND);
		// line 220 revenue 6.250 from 4.328 (line 419): (6250/4328)^(1/5) − 1 = 7,63%/năm
		assertThat(paceByBaseline.get(419).requiredRate()).isEqualTo(7.63);
		// line 222 urbanisation 18,5% from 14,85% (line 489): 0,73 points a year
		assertThat(paceByBaseline.get(489).requiredRate()).isEqualTo(0.73);
		assertThat(paceByBaseline.get(489).method()).isEqualTo(Pace.Method.POINTS);
		// line 228 urban unemployment 3,65% from 3,80% (line 465): −0,03 points a year
		assertThat(paceByBaseline.get(465).requiredRate()).isEqualTo(-0.03);
		// line 256 forest cover 50% from 45,5% (line 491): 0,9 points a year
		assertThat(paceByBaseline.get(491).requiredRate()).isEqualTo(0.9);
	}

	@Test
	void aTextWithoutAResultsTableIsRejectedWithAReason() {
		ReportEvaluator evaluator = new ReportEvaluator(EvaluationPolicy.defaults(Fixtures.clockAt("2026-01-15")));
		assertThatThrownBy(() -> evaluator.evaluate("x.txt", "Báo cáo\nKhông có bảng nào.\n"))
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("bảng kết quả");
	}
}
