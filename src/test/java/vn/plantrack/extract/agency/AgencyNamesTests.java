package vn.plantrack.extract.agency;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AgencyNamesTests {

	@Test
	void splitsTwoDepartmentsSeparatedByAComma() {
		assertThat(AgencyNames.split("Sở Tài chính, Sở Xây dựng")).containsExactly("Sở Tài chính", "Sở Xây dựng");
	}

	@Test
	void dropsTheRoleWordsACellAddsToTheNames() {
		// 000 line 500, Phụ lục 02 indicator 1, lead column
		assertThat(AgencyNames.split("Đảng ủy Ủy ban nhân dân tỉnh; Đảng ủy Sở Tài chính phối hợp với Đảng ủy "
				+ "Thống kê tỉnh chủ trì đánh giá kết quả"))
			.containsExactly("Đảng ủy Ủy ban nhân dân tỉnh", "Đảng ủy Sở Tài chính", "Đảng ủy Thống kê tỉnh");
	}

	@Test
	void keepsCommasInsideADepartmentName() {
		// 002 line 310 ff.: "Sở Văn hóa, Thể thao và Du lịch" is one department
		assertThat(AgencyNames.split("Sở Văn hóa, Thể thao và Du lịch")).containsExactly("Sở Văn hóa, Thể thao và Du lịch");
		assertThat(AgencyNames.split("Đảng ủy Văn hóa, Thể thao và Du lịch"))
				.containsExactly("Đảng ủy Văn hóa, Thể thao và Du lịch");
	}

	@Test
	void keepsCollectiveNamesWhole() {
		assertThat(AgencyNames.split("UBND các huyện, thành phố")).containsExactly("UBND các huyện, thành phố");
		assertThat(AgencyNames.split("Các sở, ban, ngành")).containsExactly("Các sở, ban, ngành");
		assertThat(AgencyNames.split("Các Sở, Ban, ngành liên quan")).containsExactly("Các Sở, Ban, ngành liên quan");
	}

	@Test
	void splitsOnSemicolonsAndBetweenACollectiveAndAPeoplesCommittee() {
		assertThat(AgencyNames.split("Các sở, ban, ngành; UBND các huyện, thành phố"))
				.containsExactly("Các sở, ban, ngành", "UBND các huyện, thành phố");
		assertThat(AgencyNames.split("Các sở, ngành, UBND các huyện, thành phố"))
				.containsExactly("Các sở, ngành", "UBND các huyện, thành phố");
	}

	@Test
	void splitsALongMixedListFromSeed002() {
		assertThat(AgencyNames.split("Công an tỉnh, Sở TN&MT, Sở Xây dựng, Sở VH-TT&DL, UBND các huyện, thành phố"))
				.containsExactly("Công an tỉnh", "Sở TN&MT", "Sở Xây dựng", "Sở VH-TT&DL", "UBND các huyện, thành phố");
		assertThat(AgencyNames.split("UBND các huyện, thành phố, các đơn vị trực thuộc"))
				.containsExactly("UBND các huyện, thành phố", "các đơn vị trực thuộc");
		assertThat(AgencyNames.split("Sở Tài chính, Hội Liên hiệp VHNT, Nhà hát ca múa nhạc"))
				.containsExactly("Sở Tài chính", "Hội Liên hiệp VHNT", "Nhà hát ca múa nhạc");
	}

	@Test
	void splitsOnAndOnlyBetweenTwoAgencyNames() {
		assertThat(AgencyNames.split("Các sở, ngành liên quan và UBND các huyện, thành phố"))
				.containsExactly("Các sở, ngành liên quan", "UBND các huyện, thành phố");
		assertThat(AgencyNames.split("Sở Kế hoạch và Đầu tư")).containsExactly("Sở Kế hoạch và Đầu tư");
		assertThat(AgencyNames.split("Sở Khoa học và Công nghệ")).containsExactly("Sở Khoa học và Công nghệ");
		assertThat(AgencyNames.split("Đảng ủy Sở Nội vụ và các cấp ủy, tổ chức đảng có liên quan"))
				.containsExactly("Đảng ủy Sở Nội vụ", "các cấp ủy, tổ chức đảng có liên quan");
		assertThat(AgencyNames.split("Sở Tài chính với Sở Xây dựng")).containsExactly("Sở Tài chính", "Sở Xây dựng");
	}

	@Test
	void stripsMarkupAndFinalPunctuation() {
		assertThat(AgencyNames.split("<b>Sở Nội vụ</b>.")).containsExactly("Sở Nội vụ");
		assertThat(AgencyNames.split("**Sở Y tế**;\nCông an tỉnh;")).containsExactly("Sở Y tế", "Công an tỉnh");
		assertThat(AgencyNames.split("  ")).isEmpty();
	}
}
