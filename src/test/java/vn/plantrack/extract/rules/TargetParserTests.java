package vn.plantrack.extract.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

import vn.plantrack.extract.TargetValue;

class TargetParserTests {

	private static BigDecimal n(String value) {
		return new BigDecimal(value);
	}

	@Test
	void readsALevelAtAYearFromTheWholeIndicatorSentence() {
		// seed 000 line 504
		TargetValue t = TargetParser.parse("Thu ngân sách trên địa bàn năm 2030 đạt 8.000 tỷ đồng");
		assertThat(t.kind()).isEqualTo("level");
		assertThat(t.comparator()).isEqualTo("=");
		assertThat(t.value()).isEqualByComparingTo(n("8000"));
		assertThat(t.unit()).isEqualTo("tỷ đồng");
		assertThat(t.year()).isEqualTo(2030);
	}

	@Test
	void readsTrenAsStrictlyGreater() {
		// seed 000 line 501
		TargetValue t = TargetParser.parse("GRDP bình quân đầu người đến năm 2030 đạt trên 90 triệu đồng/người");
		assertThat(t.kind()).isEqualTo("comparator");
		assertThat(t.comparator()).isEqualTo(">");
		assertThat(t.value()).isEqualByComparingTo(n("90"));
		assertThat(t.unit()).isEqualTo("triệu đồng/người");
		assertThat(t.year()).isEqualTo(2030);
	}

	@Test
	void readsTuTroLenAsAtLeastWithDecimalComma() {
		// seed 000 line 514
		TargetValue t = TargetParser.parse("Đến năm 2030, tỷ lệ tham gia bảo hiểm y tế đạt từ 96,35% dân số trở lên");
		assertThat(t.comparator()).isEqualTo(">=");
		assertThat(t.value()).isEqualByComparingTo(n("96.35"));
		assertThat(t.unit()).isEqualTo("%");
		assertThat(t.year()).isEqualTo(2030);
	}

	@Test
	void readsComparatorSymbolsAndWords() {
		// seed 004 lines 363, 380, 393, 395, 403, 391
		assertThat(TargetParser.parse("> 4.500 tỷ đồng").comparator()).isEqualTo(">");
		assertThat(TargetParser.parse("> 4.500 tỷ đồng").value()).isEqualByComparingTo(n("4500"));
		assertThat(TargetParser.parse("≥ 60%").comparator()).isEqualTo(">=");
		assertThat(TargetParser.parse("<10%").comparator()).isEqualTo("<");
		assertThat(TargetParser.parse("< 17%").value()).isEqualByComparingTo(n("17"));
		assertThat(TargetParser.parse("Ít nhất 10 xã").comparator()).isEqualTo(">=");
		assertThat(TargetParser.parse("Ít nhất 10 xã").unit()).isEqualTo("xã");
		assertThat(TargetParser.parse("Khoảng 1%").comparator()).isEqualTo("~");
		assertThat(TargetParser.parse("dưới 5%").comparator()).isEqualTo("<");
		assertThat(TargetParser.parse("Trên 13,5 bác sĩ/1 vạn dân").value()).isEqualByComparingTo(n("13.5"));
	}

	@Test
	void readsARangeWithItsBounds() {
		// seed 003 line 427 ("50-55"), line 449 ("7,5-8")
		TargetValue t = TargetParser.parse("50-55");
		assertThat(t.kind()).isEqualTo("range");
		assertThat(t.low()).isEqualByComparingTo(n("50"));
		assertThat(t.high()).isEqualByComparingTo(n("55"));
		TargetValue doctors = TargetParser.parse("7,5-8");
		assertThat(doctors.low()).isEqualByComparingTo(n("7.5"));
		assertThat(doctors.high()).isEqualByComparingTo(n("8"));
	}

	@Test
	void readsAverageGrowthAndGrowthRanges() {
		// seed 000 line 500; seed 004 lines 364, 368
		TargetValue grdp = TargetParser
			.parse("Tốc độ tăng tổng sản phẩm (GRDP) bình quân giai đoạn 2026-2030 đạt 10%/năm");
		assertThat(grdp.kind()).isEqualTo("growth");
		assertThat(grdp.value()).isEqualByComparingTo(n("10"));
		assertThat(grdp.year()).isEqualTo(2030);
		assertThat(TargetParser.parse("Tăng bình quân 10,5%/năm").value()).isEqualByComparingTo(n("10.5"));
		TargetValue productivity = TargetParser.parse("8-9%/năm");
		assertThat(productivity.kind()).isEqualTo("growth");
		assertThat(productivity.low()).isEqualByComparingTo(n("8"));
		assertThat(productivity.high()).isEqualByComparingTo(n("9"));
	}

	@Test
	void readsACumulativeTotalOverTheTerm() {
		// seed 000 line 503
		TargetValue t = TargetParser.parse("Tổng vốn đầu tư toàn xã hội giai đoạn 2026-2030 đạt khoảng 150.000 tỷ đồng");
		assertThat(t.kind()).isEqualTo("cumulative");
		assertThat(t.comparator()).isEqualTo("~");
		assertThat(t.value()).isEqualByComparingTo(n("150000"));
		assertThat(t.unit()).isEqualTo("tỷ đồng");
		assertThat(t.year()).isEqualTo(2030);
	}

	@Test
	void readsEachYearTargets() {
		// seed 000 lines 526, 527
		TargetValue t = TargetParser.parse("Hàng năm có từ 90% tổ chức cơ sở đảng, đảng viên được đánh giá, xếp loại từ hoàn thành tốt nhiệm vụ trở lên");
		assertThat(t.kind()).isEqualTo("each_year");
		assertThat(t.comparator()).isEqualTo(">=");
		assertThat(t.value()).isEqualByComparingTo(n("90"));
		TargetValue admissions = TargetParser
			.parse("Tỷ lệ kết nạp đảng viên mới hằng năm trong giai đoạn 2026 - 2030 đạt từ 3% trở lên trong tổng số đảng viên");
		assertThat(admissions.kind()).isEqualTo("each_year");
		assertThat(admissions.value()).isEqualByComparingTo(n("3"));
		assertThat(TargetParser.parse("hằng năm ≥ 90%").kind()).isEqualTo("each_year");
	}

	@Test
	void storesADecreaseInPointsPerYearAsANegativeRange() {
		// seed 000 line 512
		TargetValue t = TargetParser.parse(
				"Tỷ lệ hộ nghèo (theo chuẩn nghèo đa chiều giai đoạn 2026-2030) giảm bình quân 1,5 - 2 điểm %/năm");
		assertThat(t.kind()).isEqualTo("change_per_year");
		assertThat(t.low()).isEqualByComparingTo(n("-2"));
		assertThat(t.high()).isEqualByComparingTo(n("-1.5"));
		assertThat(t.unit()).isEqualTo("điểm %/năm");
	}

	@Test
	void readsGiamTuTroLenAsAChangeOfAtMostMinusThree() {
		// seed 003 line 453
		TargetValue t = TargetParser.parse("Giảm từ 3% trở lên");
		assertThat(t.kind()).isEqualTo("change_per_year");
		assertThat(t.comparator()).isEqualTo("<=");
		assertThat(t.value()).isEqualByComparingTo(n("-3"));
	}

	@Test
	void splitsAnEconomicStructureIntoShareComponents() {
		// seed 000 line 502: the commas inside "Nông, lâm nghiệp, thủy sản" do not split the sector
		TargetValue t = TargetParser.parse("Cơ cấu kinh tế năm 2030: Nông, lâm nghiệp, thủy sản khoảng 17-18%; "
				+ "công nghiệp - xây dựng khoảng 32-33%, dịch vụ khoảng 43-44%");
		assertThat(t.kind()).isEqualTo("composite");
		assertThat(t.components()).extracting(TargetValue::kind).containsExactly("share", "share", "share");
		assertThat(t.components()).extracting(TargetValue::low)
			.usingElementComparator(BigDecimal::compareTo)
			.containsExactly(n("17"), n("32"), n("43"));
		assertThat(t.components()).extracting(TargetValue::year).containsOnly(2030);
		assertThat(t.components().get(0).comparator()).isEqualTo("~");
	}

	@Test
	void readsSubTargetsAfterTrongDoAndSemicolonsAsAComposite() {
		// seed 000 lines 511, 513
		TargetValue trained = TargetParser.parse("Năm 2030, tỷ lệ lao động qua đào tạo đạt 75%, trong đó tỷ lệ lao động "
				+ "qua đào tạo được cấp văn bằng chứng chỉ là 40%");
		assertThat(trained.kind()).isEqualTo("composite");
		assertThat(trained.components()).extracting(TargetValue::value)
			.usingElementComparator(BigDecimal::compareTo)
			.containsExactly(n("75"), n("40"));
		TargetValue health = TargetParser.parse("Đến năm 2030: có 9,5 bác sỹ/10.000 dân; có 34,5 giường bệnh/10.000 dân");
		assertThat(health.components()).hasSize(2);
		assertThat(health.components().get(1).value()).isEqualByComparingTo(n("34.5"));
	}

	@Test
	void aNamePartBeforeASemicolonStaysWithItsOwnFigure() {
		// seed 000 line 518: "xã, phường" belongs to 90,22%, not to 95,22%
		TargetValue t = TargetParser.parse("Phân đầu đến năm 2030, có 90,22% xã, phường; 95,22% cơ quan, doanh "
				+ "nghiệp, cơ sở giáo dục trở lên đạt tiêu chuẩn \"An toàn về an ninh, trật tự\"");
		assertThat(t.components()).hasSize(2);
		assertThat(t.components().get(0).raw()).endsWith("xã, phường");
		assertThat(t.components().get(1).raw()).startsWith("95,22% cơ quan");
	}

	@Test
	void subTargetsOfAYearlyTargetAreYearlyToo() {
		// seed 003 line 473
		TargetValue t = TargetParser.parse("Hằng năm có 90% tổ chức cơ sở đảng hoàn thành tốt nhiệm vụ trở lên, "
				+ "trong đó có 50% đạt trong sạch, vững mạnh; có từ 80% trở lên đảng viên được xếp loại hoàn thành "
				+ "tốt nhiệm vụ");
		assertThat(t.kind()).isEqualTo("composite");
		assertThat(t.components()).extracting(TargetValue::kind).containsOnly("each_year");
		assertThat(t.components()).extracting(TargetValue::value)
			.usingElementComparator(BigDecimal::compareTo)
			.containsExactly(n("90"), n("50"), n("80"));
	}

	@Test
	void ignoresTheEquivalentRestatementOfATarget() {
		// seed 000 line 515: "tương ứng với 36 xã" restates 53%
		TargetValue t = TargetParser.parse("Đến năm 2030, có 53% xã đạt chuẩn nông thôn mới, tương ứng với 36 xã");
		assertThat(t.kind()).isEqualTo("level");
		assertThat(t.value()).isEqualByComparingTo(n("53"));
	}

	@Test
	void readsThroughTheMisspelledPhanDau() {
		// seed 000 lines 507, 517
		TargetValue firms = TargetParser.parse("Phần đầu đến năm 2030, toàn tỉnh có khoảng 5.500 doanh nghiệp hoạt động");
		assertThat(firms.comparator()).isEqualTo("~");
		assertThat(firms.value()).isEqualByComparingTo(n("5500"));
		assertThat(firms.year()).isEqualTo(2030);
		TargetValue coverage = TargetParser
			.parse("Phân đầu đến năm 2030, 100% bản, tiểu khu, tổ dân phố được phủ sóng băng rộng di động 5G");
		assertThat(coverage.kind()).isEqualTo("level");
		assertThat(coverage.value()).isEqualByComparingTo(n("100"));
	}

	@Test
	void keepsTextWithoutQuantitiesQualitative() {
		// seed 004 lines 372-375
		assertThat(TargetParser.parse("Hoàn thành phổ cập").kind()).isEqualTo("qualitative");
		assertThat(TargetParser.parse("Đạt chuẩn phổ cập mức độ 2").kind()).isEqualTo("qualitative");
		assertThat(TargetParser.parse("Hoàn thành phổ cập").raw()).isEqualTo("Hoàn thành phổ cập");
	}

	@Test
	void doesNotGuessAChangeOverTheTermAgainstAnUnstatedBaseline() {
		// seed 000 line 519: "giảm 5% ... so với đầu nhiệm kỳ" needs a baseline the text does not give
		TargetValue t = TargetParser.parse("giảm 5% số người nghiện ma túy có hồ sơ quản lý so với đầu nhiệm kỳ");
		assertThat(t.kind()).isNull();
	}

	@Test
	void readsThousandsAndDecimalSeparatorsOfBothConventions() {
		assertThat(TargetParser.number("4.596.000")).isEqualByComparingTo(n("4596000"));
		assertThat(TargetParser.number("44,36")).isEqualByComparingTo(n("44.36"));
		assertThat(TargetParser.number("3,373")).isEqualByComparingTo(n("3373"));
		assertThat(TargetParser.number("93.8")).isEqualByComparingTo(n("93.8"));
		assertThat(TargetParser.number("1.234,5")).isEqualByComparingTo(n("1234.5"));
		assertThat(TargetParser.number("0,125")).isEqualByComparingTo(n("0.125"));
	}

	@Test
	void keepsBlankTextRawOnly() {
		assertThat(TargetParser.parse("  ").kind()).isNull();
		assertThat(TargetParser.parse(null).raw()).isNull();
	}
}
