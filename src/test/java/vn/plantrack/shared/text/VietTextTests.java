package vn.plantrack.shared.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class VietTextTests {

	@Test
	void foldDropsDiacriticsAndCase() {
		assertThat(VietText.fold("Sở Tài chính")).isEqualTo("so tai chinh");
		assertThat(VietText.fold("ĐẢNG ỦY")).isEqualTo("dang uy");
		// decomposed marks are dropped as well
		assertThat(VietText.fold("Nhie\u0302\u0323m vu\u0323")).isEqualTo("nhiem vu");
	}

	@Test
	void unaccentKeepsCase() {
		assertThat(VietText.unaccent("Sơn La")).isEqualTo("Son La");
		assertThat(VietText.unaccent("Đắk Lắk")).isEqualTo("Dak Lak");
	}

	@Test
	void foldedStartsWithComparesTheFoldedTextWithoutFoldingAllOfIt() {
		assertThat(VietText.foldedStartsWith("Nhiệm vụ 3: Phát triển", "nhiem vu ")).isTrue();
		assertThat(VietText.foldedStartsWith("NHIỆM VỤ 1.", "nhiem vu ")).isTrue();
		assertThat(VietText.foldedStartsWith("Nhie\u0302\u0323m vu\u0323 2", "nhiem vu ")).isTrue();
		assertThat(VietText.foldedStartsWith("Nhiệm vụ", "nhiem vu ")).isFalse(); // shorter than the prefix
		assertThat(VietText.foldedStartsWith("Nhân dân", "nhiem")).isFalse();
		assertThat(VietText.foldedStartsWith("", "")).isTrue();
	}

	@Test
	void isSpaceIsWhitespaceOrANoBreakSpace() {
		assertThat(VietText.isSpace(' ')).isTrue();
		assertThat(VietText.isSpace('\t')).isTrue();
		assertThat(VietText.isSpace('\u00A0')).isTrue();
		assertThat(VietText.isSpace('\u2003')).isTrue(); // em space
		assertThat(VietText.isSpace('\u3000')).isTrue(); // ideographic space
		assertThat(VietText.isSpace('\u200B')).isFalse(); // zero width space: not whitespace for Java
		assertThat(VietText.isSpace('ư')).isFalse();
		assertThat(VietText.isSpace('a')).isFalse();
	}

	@Test
	void squeezeCopyGivesWhatSqueezeGivesForAnyText() {
		assertThat(VietText.squeezeCopy("  Sở \t Y\u00A0tế  ")).isEqualTo("Sở Y tế");
		assertThat(VietText.squeeze("  Sở \t Y\u00A0tế  ")).isEqualTo("Sở Y tế");
		assertThat(VietText.squeezeCopy("Sở Y tế")).isEqualTo("Sở Y tế");
		assertThat(VietText.squeezeCopy(" \t ")).isEmpty();
	}
}
