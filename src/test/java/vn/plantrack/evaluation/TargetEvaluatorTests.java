package vn.plantrack.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.plantrack.evaluation.Fixtures.actual;
import static vn.plantrack.evaluation.Fixtures.afterTheTerm;
import static vn.plantrack.evaluation.Fixtures.clockAt;
import static vn.plantrack.evaluation.Fixtures.estimate;
import static vn.plantrack.evaluation.Fixtures.level;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

class TargetEvaluatorTests {

	private final TargetEvaluator evaluator = afterTheTerm();

	@Test
	void aValueExactlyOnTheTargetIsMetNotExceeded() {
		// seed 003 line 455: electricity 97,5% in 2020 against a target of 97,5%
		Evaluation e = evaluator.evaluate(level("Tỷ lệ hộ gia đình được dùng điện sinh hoạt", "%",
				Bound.of("=", "97.5"), actual(2019, "96"), estimate(2020, "97.5")));
		assertThat(e.verdict()).isEqualTo(Verdict.MET);
		assertThat(e.firstMetYear()).isEqualTo(2020);
		assertThat(e.reason()).contains("97,5").contains("2020");
	}

	@Test
	void aValueAboveTheTargetIsExceeded() {
		Evaluation e = evaluator.evaluate(level("GRDP bình quân đầu người", "triệu đồng", Bound.of("=", "42.8"),
				actual(2020, "44.1")));
		assertThat(e.verdict()).isEqualTo(Verdict.EXCEEDED);
		assertThat(e.reason()).contains("44,1").contains("42,8");
	}

	@Test
	void aStrictLessThanIsNotMetAtTheBound() {
		// seed 003 line 429: malnutrition 20% in 2018 does not meet "< 20"
		Evaluation atBound = evaluator.evaluate(level("Tỷ lệ trẻ em dưới 5 tuổi suy dinh dưỡng", "%",
				Bound.of("<", "20"), actual(2018, "20"), actual(2020, "20")));
		assertThat(atBound.verdict()).isEqualTo(Verdict.NOT_MET);
		assertThat(atBound.firstMetYear()).isNull();
		Evaluation below = evaluator.evaluate(level("Tỷ lệ trẻ em dưới 5 tuổi suy dinh dưỡng", "%",
				Bound.of("<", "20"), actual(2018, "20"), actual(2019, "19.6"), actual(2020, "19.4")));
		assertThat(below.verdict().achieved()).isTrue();
		assertThat(below.firstMetYear()).isEqualTo(2019);
	}

	@Test
	void bothEndsOfARangeAreInside() {
		Bound range = Bound.range("50", "55");
		assertThat(evaluator.evaluate(level("Tỷ lệ lao động qua đào tạo", "%", range, actual(2020, "50"))).verdict())
			.isEqualTo(Verdict.MET);
		assertThat(evaluator.evaluate(level("Tỷ lệ lao động qua đào tạo", "%", range, actual(2020, "55"))).verdict())
			.isEqualTo(Verdict.MET);
		assertThat(evaluator.evaluate(level("Tỷ lệ lao động qua đào tạo", "%", range, actual(2020, "55.1"))).verdict())
			.isEqualTo(Verdict.EXCEEDED);
		assertThat(evaluator.evaluate(level("Tỷ lệ lao động qua đào tạo", "%", range, actual(2020, "49.9"))).verdict())
			.isEqualTo(Verdict.NOT_MET);
	}

	@Test
	void lowerIsBetterForUnemploymentPovertyMalnutritionAndFarmLabour() {
		assertThat(Direction.guess("Tỷ lệ thất nghiệp ở khu vực thành thị")).isEqualTo(Direction.LOWER_IS_BETTER);
		assertThat(Direction.guess("Tỷ lệ hộ nghèo")).isEqualTo(Direction.LOWER_IS_BETTER);
		assertThat(Direction.guess("Tỷ lệ trẻ em dưới 5 tuổi suy dinh dưỡng")).isEqualTo(Direction.LOWER_IS_BETTER);
		assertThat(Direction.guess("Tỷ lệ lao động nông nghiệp trong tổng lao động xã hội"))
			.isEqualTo(Direction.LOWER_IS_BETTER);
		assertThat(Direction.guess("Tỷ lệ che phủ rừng")).isEqualTo(Direction.HIGHER_IS_BETTER);
		// seed 003 line 465: 3,80 against 3,8 is met; 3,7 beats it; 3,9 misses it
		Bound target = Bound.of("=", "3.8");
		String name = "Tỷ lệ thất nghiệp ở khu vực thành thị";
		assertThat(evaluator.evaluate(level(name, "%", target, actual(2020, "3.80"))).verdict()).isEqualTo(Verdict.MET);
		assertThat(evaluator.evaluate(level(name, "%", target, actual(2020, "3.7"))).verdict())
			.isEqualTo(Verdict.EXCEEDED);
		assertThat(evaluator.evaluate(level(name, "%", target, actual(2020, "3.9"))).verdict())
			.isEqualTo(Verdict.NOT_MET);
	}

	@Test
	void theDirectionCanBeEditedPerIndicator() {
		Indicator indicator = level("Mật độ chăn nuôi", "con/km2", Bound.of("=", "10"), actual(2020, "8"));
		assertThat(evaluator.evaluate(indicator).verdict()).isEqualTo(Verdict.NOT_MET);
		assertThat(evaluator.evaluate(indicator.withDirection(Direction.LOWER_IS_BETTER)).verdict())
			.isEqualTo(Verdict.EXCEEDED);
	}

	@Test
	void approximateTargetsAreMetWithinAConfigurableTolerance() {
		Indicator total = level("Số doanh nghiệp", "doanh nghiệp", Bound.of("~", "5500"), actual(2020, "5250"));
		// 5% of 5.500 is 275: 5.250 is inside
		assertThat(evaluator.evaluate(total).verdict()).isEqualTo(Verdict.MET);
		Indicator far = level("Số doanh nghiệp", "doanh nghiệp", Bound.of("~", "5500"), actual(2020, "5000"));
		assertThat(evaluator.evaluate(far).verdict()).isEqualTo(Verdict.NOT_MET);
		TargetEvaluator lenient = new TargetEvaluator(
				EvaluationPolicy.defaults(clockAt("2026-01-15")).withApproximateTolerance(0.10));
		assertThat(lenient.evaluate(far).verdict()).isEqualTo(Verdict.MET);
	}

	@Test
	void aMissingFinalYearAfterTheTermLeavesTheVerdictOpen() {
		Evaluation e = evaluator.evaluate(level("Tỷ lệ che phủ rừng", "%", Bound.of("=", "50"), actual(2018, "43.51"),
				actual(2019, "44.52")));
		assertThat(e.verdict()).isEqualTo(Verdict.NO_DATA);
		assertThat(e.reason()).contains("2020");
	}

	@Test
	void onlyEstimatesStillGiveAVerdictSaidToRestOnEstimates() {
		Evaluation e = evaluator.evaluate(level("Tỷ lệ che phủ rừng", "%", Bound.of("=", "50"), estimate(2019, "44.52"),
				estimate(2020, "45.5")));
		assertThat(e.verdict()).isEqualTo(Verdict.NOT_MET);
		assertThat(e.basis()).isEqualTo(Evaluation.Basis.ESTIMATE);
		assertThat(e.reason()).contains("ước thực hiện").contains("45,5").contains("50");
	}

	@Test
	void anActualValueWinsOverAnEstimateForTheSameYear() {
		Evaluation e = evaluator.evaluate(level("Tỷ lệ che phủ rừng", "%", Bound.of("=", "45"),
				actual(2020, "44.9"), estimate(2020, "45.5")));
		assertThat(e.verdict()).isEqualTo(Verdict.NOT_MET);
		assertThat(e.basis()).isEqualTo(Evaluation.Basis.ACTUAL);
	}

	@Test
	void aTargetMetOnceThenLostFailsAtTheEndButKeepsItsFirstYear() {
		// seed 003 line 419: budget revenue 5.011 in 2018, then 4.105 and 4.328 against 5.000
		Evaluation e = evaluator.evaluate(level("Thu ngân sách trên địa bàn", "Tỷ đồng", Bound.of("=", "5000"),
				actual(2016, "4057"), actual(2017, "4463"), actual(2018, "5011"), estimate(2019, "4105"),
				estimate(2020, "4328")));
		assertThat(e.verdict()).isEqualTo(Verdict.NOT_MET);
		assertThat(e.firstMetYear()).isEqualTo(2018);
		assertThat(e.reason()).contains("4.328").contains("5.000").contains("2018");
	}

	@Test
	void aCompositeFailsWhenOneComponentFailsAndEachComponentKeepsItsVerdict() {
		// seed 003 lines 483-487: drug-free bodies 100%, communes 22% (target 80), hamlets 65% (target 95)
		Indicator bodies = level("Cơ quan đạt tiêu chuẩn không có ma túy", "%", Bound.of("=", "100"),
				estimate(2020, "100"));
		Indicator communes = level("Xã đạt tiêu chuẩn không có ma túy", "%", Bound.of("=", "80"), estimate(2020, "22"));
		Indicator hamlets = level("Tổ bản đạt tiêu chuẩn không có ma túy", "%", Bound.of("=", "95"),
				estimate(2020, "65"));
		Indicator composite = Indicator.of("3", "Không có ma túy", new Target.Composite(List.of(bodies, communes,
				hamlets), 2020), List.of());
		Evaluation e = evaluator.evaluate(composite);
		assertThat(e.verdict()).isEqualTo(Verdict.NOT_MET);
		assertThat(e.components()).extracting(Evaluation::verdict)
			.containsExactly(Verdict.MET, Verdict.NOT_MET, Verdict.NOT_MET);
		assertThat(e.reason()).contains("1 đạt").contains("22%").contains("80%");
	}

	@Test
	void aCompositeOfMetPartsIsMetFromTheYearTheLastPartWasMet() {
		Indicator doctors = level("Số bác sỹ/10.000 dân", "Bác sỹ", Bound.range("7.5", "8"), actual(2019, "7.43"),
				estimate(2020, "7.65"));
		Indicator beds = level("Số giường bệnh/10.000 dân", "Giường", Bound.of("=", "25"), actual(2018, "25.2"),
				estimate(2020, "27"));
		Evaluation e = evaluator.evaluate(
				Indicator.of("4", "Y tế", new Target.Composite(List.of(doctors, beds), 2020), List.of()));
		assertThat(e.verdict()).isEqualTo(Verdict.MET);
		assertThat(e.firstMetYear()).isEqualTo(2020);
	}

	@Test
	void averageGrowthIsTheCompoundMeanOfTheYearlyRates() {
		// (1,10 × 1,08 × 1,12)^(1/3) − 1 = 9,99% < 10%: not met; a stated 5,46% for the term: not met
		Indicator grdp = new Indicator("1", "Tốc độ tăng GRDP", "%", null,
				new Target.Growth(Bound.of("=", "10"), 2018, 2020), Direction.HIGHER_IS_BETTER, null, null,
				List.of(actual(2018, "10"), actual(2019, "8"), actual(2020, "12")));
		Evaluation e = evaluator.evaluate(grdp);
		assertThat(e.verdict()).isEqualTo(Verdict.NOT_MET);
		assertThat(e.reason()).contains("9,99");
		Indicator stated = grdp.withObservations(List.of(new Observation(Period.ofTerm(2018, 2020),
				new BigDecimal("10.5"), Observation.Kind.ESTIMATE, "báo cáo", null, null)));
		assertThat(evaluator.evaluate(stated).verdict()).isEqualTo(Verdict.EXCEEDED);
	}

	@Test
	void aCumulativeTargetIsMetTheYearTheRunningTotalReachesIt() {
		Indicator investment = new Indicator("4", "Tổng vốn đầu tư toàn xã hội", "tỷ đồng", null,
				new Target.Cumulative(Bound.of("=", "100"), 2016, 2020), Direction.HIGHER_IS_BETTER, null, null,
				List.of(actual(2016, "30"), actual(2017, "30"), actual(2018, "30"), actual(2019, "15"),
						actual(2020, "10")));
		Evaluation e = evaluator.evaluate(investment);
		assertThat(e.verdict()).isEqualTo(Verdict.EXCEEDED);
		assertThat(e.firstMetYear()).isEqualTo(2019);
		assertThat(e.reason()).contains("115");
	}

	@Test
	void aCumulativeTargetOfARunningTermIsForecastAtItsYearlyMean() {
		TargetEvaluator in2028 = new TargetEvaluator(EvaluationPolicy.defaults(clockAt("2028-03-01")));
		Indicator investment = new Indicator("4", "Tổng vốn đầu tư", "tỷ đồng", null,
				new Target.Cumulative(Bound.of("~", "150000"), 2026, 2030), Direction.HIGHER_IS_BETTER, null, null,
				List.of(actual(2026, "25000"), actual(2027, "25000")));
		// 25.000 a year gives 125.000 by 2030, below 150.000 − 5%
		Evaluation e = in2028.evaluate(investment);
		assertThat(e.verdict()).isEqualTo(Verdict.AT_RISK);
		assertThat(e.basis()).isEqualTo(Evaluation.Basis.FORECAST);
		assertThat(e.reason()).contains("125.000");
	}

	@Test
	void eachYearTargetsFailOnASingleBadYearAndWaitForMissingYears() {
		Target.EachYear target = new Target.EachYear(Bound.of(">=", "90"), 2016, 2020);
		Indicator party = new Indicator("12", "Tổ chức cơ sở đảng hoàn thành tốt nhiệm vụ", "%", null, target,
				Direction.HIGHER_IS_BETTER, null, null, List.of(actual(2016, "91"), actual(2017, "89.5"),
						actual(2018, "92"), actual(2019, "93"), actual(2020, "94")));
		Evaluation failed = evaluator.evaluate(party);
		assertThat(failed.verdict()).isEqualTo(Verdict.NOT_MET);
		assertThat(failed.reason()).contains("2017").contains("89,5");
		Indicator gap = party.withObservations(List.of(actual(2016, "91"), actual(2018, "92"), actual(2019, "93"),
				actual(2020, "94")));
		assertThat(evaluator.evaluate(gap).verdict()).isEqualTo(Verdict.NO_DATA);
		assertThat(evaluator.evaluate(gap).reason()).contains("2017");
	}

	@Test
	void aChangePerYearIsMeasuredInPointsFromTheBaseline() {
		// seed 003 line 85: poverty from 34,44% (2015) to 18,62% (2020) = −3,16 points a year, target "giảm từ 3%"
		Indicator poverty = new Indicator("5", "Tỷ lệ hộ nghèo", "%", null,
				new Target.ChangePerYear(Bound.of("<=", "-3"), true, 2016, 2020), Direction.LOWER_IS_BETTER, null,
				actual(2015, "34.44"), List.of(actual(2020, "18.62")));
		Evaluation e = evaluator.evaluate(poverty);
		assertThat(e.verdict()).isEqualTo(Verdict.EXCEEDED);
		assertThat(e.reason()).contains("-3,16");
		Indicator slow = poverty.withObservations(List.of(actual(2020, "22")));
		assertThat(evaluator.evaluate(slow).verdict()).isEqualTo(Verdict.NOT_MET);
		Indicator noBaseline = poverty.withBaseline(null);
		assertThat(evaluator.evaluate(noBaseline).verdict()).isEqualTo(Verdict.NO_DATA);
	}

	@Test
	void aRunningTermIsJudgedOnItsForecast() {
		TargetEvaluator in2028 = new TargetEvaluator(EvaluationPolicy.defaults(clockAt("2028-06-30")));
		Target.Level target = new Target.Level(Bound.of("=", "50"), 2026, 2030);
		Indicator slow = new Indicator("21", "Tỷ lệ che phủ rừng", "%", null, target, Direction.HIGHER_IS_BETTER, null,
				actual(2025, "45"), List.of(actual(2026, "45.5"), actual(2027, "46")));
		// linear trend +0,5 a year: 47,5 in 2030 < 50
		Evaluation atRisk = in2028.evaluate(slow);
		assertThat(atRisk.verdict()).isEqualTo(Verdict.AT_RISK);
		assertThat(atRisk.reason()).contains("47,5");
		assertThat(atRisk.pace().requiredRate()).isEqualTo(1.0);
		assertThat(atRisk.pace().achievedRate()).isEqualTo(0.5);
		assertThat(atRisk.pace().risk()).isEqualTo(Risk.AT_RISK);
		Indicator fast = slow.withObservations(List.of(actual(2026, "46.5"), actual(2027, "48")));
		Evaluation onTrack = in2028.evaluate(fast);
		assertThat(onTrack.verdict()).isEqualTo(Verdict.EXCEEDED);
		assertThat(onTrack.basis()).isEqualTo(Evaluation.Basis.FORECAST);
		assertThat(onTrack.pace().risk()).isEqualTo(Risk.ON_TRACK);
	}

	@Test
	void theRequiredRateIsCompoundForLevelsAndInPointsForPercentages() {
		// seed 003 lines 212 and 433: 44,1 (2020) → 60 (2025): (60/44,1)^(1/5) − 1 = 6,35%/năm
		assertThat(Pace.rate(Pace.Method.COMPOUND, 44.1, 60, 5)).isCloseTo(6.35, org.assertj.core.data.Offset.offset(0.01));
		// seed 003 lines 222 and 489: 14,85% → 18,5%: 0,73 điểm/năm
		assertThat(Pace.rate(Pace.Method.POINTS, 14.85, 18.5, 5)).isCloseTo(0.73, org.assertj.core.data.Offset.offset(0.01));
	}

	@Test
	void riskLevelsFollowTheConfiguredThresholds() {
		EvaluationPolicy policy = EvaluationPolicy.defaults(clockAt("2028-01-01"));
		assertThat(Risk.of(1.0, policy)).isEqualTo(Risk.ON_TRACK);
		assertThat(Risk.of(0.9, policy)).isEqualTo(Risk.WATCH);
		assertThat(Risk.of(0.6, policy)).isEqualTo(Risk.AT_RISK);
		assertThat(Risk.of(0.4, policy)).isEqualTo(Risk.OFF_TRACK);
		EvaluationPolicy strict = policy.withRiskThresholds(1.0, 0.95, 0.9);
		assertThat(Risk.of(0.9, strict)).isEqualTo(Risk.AT_RISK);
	}

	@Test
	void aQualitativeTargetWaitsForAPersonWhoseOverrideKeepsReasonAndAuthor() {
		Indicator universal = Indicator.of("9", "Phổ cập giáo dục mầm non cho trẻ em từ 3 đến 5 tuổi",
				new Target.Qualitative("Hoàn thành phổ cập", 2030), List.of());
		Evaluation computed = evaluator.evaluate(universal);
		assertThat(computed.verdict()).isEqualTo(Verdict.NO_DATA);
		Override override = new Override(Verdict.MET, "Quyết định công nhận đạt chuẩn phổ cập số 12/QĐ-UBND",
				"Sở Giáo dục và Đào tạo", Instant.parse("2030-11-02T00:00:00Z"));
		Evaluation overridden = computed.withOverride(override);
		assertThat(overridden.verdict()).isEqualTo(Verdict.MET);
		assertThat(overridden.computed()).isEqualTo(Verdict.NO_DATA);
		assertThat(overridden.override().reason()).contains("12/QĐ-UBND");
		assertThatThrownBy(() -> new Override(Verdict.MET, " ", "ai đó", null))
			.isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> new Override(Verdict.MET, "có lý do", null, null))
			.isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void noObservationsMeansNoData() {
		Evaluation e = evaluator.evaluate(level("Tỷ lệ đô thị hóa", "%", Bound.of("=", "17.27")));
		assertThat(e.verdict()).isEqualTo(Verdict.NO_DATA);
	}
}
