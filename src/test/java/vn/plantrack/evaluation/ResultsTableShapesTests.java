package vn.plantrack.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import vn.plantrack.evaluation.ReportEvaluation.RowResult;

/** Results tables shaped otherwise than seed 003: single tabs, target before the years, a term still running. */
class ResultsTableShapesTests {

	private static final String MID_TERM = String.join("\n",
			"Biểu 1. Kết quả thực hiện các chỉ tiêu",
			"STT\tChỉ tiêu\tĐVT\tMục tiêu đến 2025\tTH 2021\tTH 2022\tƯTH 2023",
			"1\tTỷ lệ che phủ rừng\t%\t50\t46\t46,5\t47",
			"2\tTỷ lệ hộ nghèo\t%\t< 10\t18\t15\t9,5",
			"3\tSố xã đạt chuẩn nông thôn mới\txã\t80\t40\t42\t",
			"",
			"Đoạn văn sau bảng.");

	@Test
	void judgesARunningTermByForecastWhenTheTargetIsNotYetMet() {
		ReportEvaluation report = new ReportEvaluator(EvaluationPolicy.defaults(Fixtures.clockAt("2024-02-01")))
			.evaluate("giua-ky.txt", MID_TERM);
		assertThat(report.firstYear()).isEqualTo(2021);
		assertThat(report.lastYear()).isEqualTo(2025);
		assertThat(report.rows()).extracting(RowResult::line).containsExactly(3, 4, 5);
		// forest 46 → 47 over 2021-2023: +0,5 a year, 48 in 2025 < 50
		RowResult forest = report.rows().get(0);
		assertThat(forest.evaluation().verdict()).isEqualTo(Verdict.AT_RISK);
		assertThat(forest.reason()).contains("48");
		assertThat(forest.claim()).isNull();
		assertThat(forest.agrees()).isNull();
		// poverty 9,5 < 10 already in 2023 (an estimate)
		RowResult poverty = report.rows().get(1);
		assertThat(poverty.evaluation().verdict().achieved()).isTrue();
		assertThat(poverty.evaluation().firstMetYear()).isEqualTo(2023);
		assertThat(poverty.evaluation().basis()).isEqualTo(Evaluation.Basis.ESTIMATE);
		// communes 40 → 42 in one year: compound 5%/năm gives 42 × 1,05³ ≈ 48,6 in 2025 < 80
		assertThat(report.rows().get(2).evaluation().verdict()).isEqualTo(Verdict.AT_RISK);
	}
}
