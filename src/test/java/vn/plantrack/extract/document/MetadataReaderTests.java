package vn.plantrack.extract.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import vn.plantrack.extract.DocumentInfo;

class MetadataReaderTests {

	private static DocumentInfo read(String seed) {
		return MetadataReader.read(seed, Seeds.lines(seed));
	}

	@Test
	void readsTheActionProgrammeWhoseNumberIsOnlyInTheAppendixCaptions() {
		DocumentInfo info = read(Seeds.S000);
		assertThat(info.kind()).isEqualTo("Chương trình hành động"); // line 3
		assertThat(info.symbol()).isEqualTo("14-CTr/TU"); // lines 405, 495
		assertThat(info.issued()).isEqualTo(LocalDate.of(2026, 5, 5)); // lines 405, 495
		assertThat(info.issuer()).isEqualTo("Ban Chấp hành Đảng bộ tỉnh"); // line 405
		assertThat(info.locality()).isEqualTo("Sơn La");
		assertThat(info.term()).isEqualTo("2025-2030"); // line 7
		assertThat(info.signer()).isEqualTo("Hoàng Văn Nghiệm"); // line 401
		assertThat(info.replacesSymbols()).containsExactly("01-CTr/TU", "10-CTr/TU"); // line 383
	}

	@Test
	void leavesTheLostNumberAndDateOfTheGrowthDecisionNull() {
		DocumentInfo info = read(Seeds.S001);
		assertThat(info.kind()).isEqualTo("Quyết định"); // line 1
		assertThat(info.symbol()).isNull();
		assertThat(info.issued()).isNull();
		assertThat(info.issuer()).isEqualTo("Ủy ban nhân dân tỉnh Sơn La"); // line 9
		assertThat(info.locality()).isEqualTo("Sơn La");
		assertThat(info.term()).isNull(); // a one-year plan for 2025
		assertThat(info.signer()).isEqualTo("Nguyễn Đình Việt"); // line 2094
	}

	@Test
	void takesTheHeaderNumberOfDecision139NotTheTypoInItsCaption() {
		DocumentInfo info = read(Seeds.S002);
		assertThat(info.kind()).isEqualTo("Quyết định"); // line 7
		assertThat(info.symbol()).isEqualTo("139/QĐ-UBND"); // line 3 (line 50 says 133 by mistake)
		assertThat(info.issued()).isEqualTo(LocalDate.of(2021, 1, 20)); // line 5
		assertThat(info.issuer()).isEqualTo("Ủy ban nhân dân tỉnh Sơn La"); // line 11
		assertThat(info.locality()).isEqualTo("Sơn La");
		assertThat(info.term()).isEqualTo("2021-2025"); // line 9: "5 năm 2021-2025"
		assertThat(info.signer()).isEqualTo("Hoàng Quốc Khánh"); // line 45
	}

	@Test
	void readsThePoliticalReportAsAReportOfTheProvincialPartyCommittee() {
		DocumentInfo info = read(Seeds.S003);
		assertThat(info.kind()).isEqualTo("Báo cáo"); // line 6: "(Báo cáo chính trị của ..."
		assertThat(info.symbol()).isNull();
		assertThat(info.issued()).isNull();
		assertThat(info.issuer()).isEqualTo("Ban Chấp hành Đảng bộ tỉnh khoá XIV"); // line 6
		assertThat(info.locality()).isEqualTo("Sơn La");
		assertThat(info.term()).isEqualTo("2020-2025"); // the congress term the report prepares
	}

	@Test
	void readsTheLaiChauPlanAsLaiChauWithBlankNumberAndDate() {
		DocumentInfo info = read(Seeds.S004);
		assertThat(info.kind()).isEqualTo("Kế hoạch"); // line 3
		assertThat(info.symbol()).isNull(); // line 353: "Kế hoạch số -KH/ĐU"
		assertThat(info.issued()).isNull(); // line 353: "ngày tháng năm 2026"
		assertThat(info.issuer()).isEqualTo("Đảng ủy Văn phòng UBND tỉnh"); // line 354
		assertThat(info.locality()).isEqualTo("Lai Châu"); // lines 161, 260, 294, 701
		assertThat(info.term()).isEqualTo("2025-2030"); // line 5
		assertThat(info.signer()).isEqualTo("Hoàng Minh Hải"); // line 349
		assertThat(info.implementsSymbols()).containsExactly("52-KH/ĐU"); // line 9
	}
}
