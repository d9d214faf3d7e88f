package vn.plantrack.parse;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HeadingRecognizerTests {

	@Test
	void readsRomanNumeralsWithOrWithoutASpaceBeforeTheSeparator() {
		assertThat(HeadingRecognizer.recognise("II. NHIỆM VỤ")).get().extracting(HeadingStart::number).isEqualTo("II");
		assertThat(HeadingRecognizer.recognise("I - MỤC TIÊU")).get().extracting(HeadingStart::number).isEqualTo("I");
		assertThat(HeadingRecognizer.recognise("Công an tỉnh chủ trì")).isEmpty();
	}

	@Test
	void readsLettersOnlyWithTheirSeparator() {
		assertThat(HeadingRecognizer.recognise("a) Phát triển kinh tế")).get().extracting(HeadingStart::scheme)
			.isEqualTo(NumberingScheme.LOWER_LETTER);
		assertThat(HeadingRecognizer.recognise("B. MỤC TIÊU")).get().extracting(HeadingStart::scheme)
			.isEqualTo(NumberingScheme.UPPER_LETTER);
		assertThat(HeadingRecognizer.recognise("an ninh trật tự")).isEmpty();
		assertThat(HeadingRecognizer.recognise("Bảo đảm an ninh")).isEmpty();
	}

	@Test
	void readsWordedHeadingsInAnyCaseButNotWordsThatOnlyStartAlike() {
		assertThat(HeadingRecognizer.recognise("CHƯƠNG II")).get().extracting(HeadingStart::scheme)
			.isEqualTo(NumberingScheme.CHAPTER);
		assertThat(HeadingRecognizer.recognise("Phụ lục số 02")).get().extracting(HeadingStart::number).isEqualTo("02");
		assertThat(HeadingRecognizer.recognise("Chương trình hành động")).isEmpty();
		assertThat(HeadingRecognizer.recognise("Phát triển du lịch")).isEmpty();
		assertThat(HeadingRecognizer.recognise("(3) Đẩy mạnh chuyển đổi số")).get().extracting(HeadingStart::number)
			.isEqualTo("3");
		assertThat(HeadingRecognizer.recognise("(Kèm theo Quyết định)")).isEmpty();
	}
}
