package vn.plantrack.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.plantrack.evaluation.Fixtures.actual;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class ScorecardTests {

	private final TargetEvaluator evaluator = Fixtures.afterTheTerm();

	@Test
	void countsAchievedIndicatorsAndListsThoseLeftOutWithTheReason() {
		List<Indicator> indicators = List.of(
				Fixtures.level("Tỷ lệ che phủ rừng", "%", Bound.of("=", "50"), actual(2020, "51"))
					.withLeadAgency("Sở Nông nghiệp và Môi trường"),
				Fixtures.level("Tỷ lệ đô thị hóa", "%", Bound.of("=", "17.27"), actual(2020, "14.85"))
					.withLeadAgency("Sở Xây dựng"),
				Fixtures.level("Tỷ lệ hộ nghèo", "%", Bound.of("<", "10")).withLeadAgency("Sở Nông nghiệp và Môi trường"),
				Indicator.of("9", "Phổ cập giáo dục mầm non", new Target.Qualitative("Hoàn thành phổ cập", 2020),
						List.of()));
		List<Evaluation> evaluations = new ArrayList<>();
		indicators.forEach(i -> evaluations.add(evaluator.evaluate(i)));
		Scorecard plan = Scorecard.of("14-CTr/TU", indicators, evaluations);
		assertThat(plan.headline()).isEqualTo("1/2 chỉ tiêu đạt");
		assertThat(plan.excluded()).extracting(Scorecard.Excluded::name)
			.containsExactly("Tỷ lệ hộ nghèo", "Phổ cập giáo dục mầm non");
		assertThat(plan.excluded().get(0).reason()).contains("chưa đủ dữ liệu");
		assertThat(plan.excluded().get(1).reason()).contains("định tính");

		Map<String, Scorecard> agencies = Scorecard.byLeadAgency(indicators, evaluations);
		assertThat(agencies.get("Sở Nông nghiệp và Môi trường").headline()).isEqualTo("1/1 chỉ tiêu đạt");
		assertThat(agencies.get("Sở Xây dựng").headline()).isEqualTo("0/1 chỉ tiêu đạt");
		assertThat(agencies.get("chưa phân công").excluded()).hasSize(1);
	}

	@Test
	void aPersonsOverrideCountsInsteadOfTheComputedVerdict() {
		Indicator universal = Indicator.of("9", "Phổ cập giáo dục mầm non",
				new Target.Qualitative("Hoàn thành phổ cập", 2020), List.of());
		Evaluation judged = evaluator.evaluate(universal)
			.withOverride(new Override(Verdict.MET, "Đã có quyết định công nhận", "Sở Giáo dục và Đào tạo", null));
		Scorecard plan = Scorecard.of("kế hoạch", List.of(universal), List.of(judged));
		assertThat(plan.headline()).isEqualTo("1/1 chỉ tiêu đạt");
	}
}
