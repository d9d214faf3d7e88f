package vn.plantrack.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import vn.plantrack.ingest.internal.LegacyVietnameseEncodings;

class LegacyEncodingIngestTests {

	// 000 lines 3-4 and 12 (start), 001 line 310: real lines of the seeds, headings in capitals included
	private static final String SEED_LINES = "**CHƯƠNG TRÌNH HÀNH ĐỘNG**\n"
			+ "**CỦA BAN CHẤP HÀNH ĐẢNG BỘ TỈNH**\n"
			+ "Thực hiện Nghị quyết Đại hội Đại biểu toàn quốc lần thứ XIV của Đảng và Nghị quyết Đại hội đại biểu Đảng bộ tỉnh lần thứ XVI, nhiệm kỳ 2025 - 2030\n"
			+ "1.3. Sở Tài chính chủ trì, phối hợp với các sở, ban, ngành, đơn vị, địa phương";

	private final TextExtraction extraction = new TextExtraction();

	@Test
	void tcvn3FileIsDetectedAndConvertedBackToTheOriginalLines() throws Exception {
		String tcvn3 = LegacyVietnameseEncodings.encodeTcvn3(SEED_LINES);
		// the encoded text really is the ABC garbage users see: "Ch­¬ng", "Thùc hiÖn"
		assertThat(tcvn3).contains("Thùc hiÖn").contains("chñ tr×");

		IngestedText ingested = extraction.extract("cu.txt", tcvn3.getBytes(StandardCharsets.ISO_8859_1));

		assertThat(ingested.text()).isEqualTo(SEED_LINES);
		assertThat(ingested.encoding()).isEqualTo("TCVN3 (ABC)");
		assertThat(ingested.notes()).anyMatch(n -> n.contains("TCVN3"));
	}

	@Test
	void tcvn3TextAlreadyStoredAsUtf8IsConvertedToo() throws Exception {
		// what a .VnTime document saved as "Unicode text" contains: the Latin-1 look-alikes, in UTF-8
		String tcvn3 = LegacyVietnameseEncodings.encodeTcvn3(SEED_LINES);

		IngestedText ingested = extraction.extract("cu.txt", tcvn3.getBytes(StandardCharsets.UTF_8));

		assertThat(ingested.text()).isEqualTo(SEED_LINES);
	}

	@Test
	void vniFileIsDetectedAndConvertedBackToTheOriginalLines() throws Exception {
		String withCapitalInitial = SEED_LINES + "\nỦy ban nhân dân tỉnh Sơn La";
		String vni = LegacyVietnameseEncodings.encodeVni(withCapitalInitial);
		assertThat(vni).contains("Chöông trình".toUpperCase()).contains("Ñaûng");

		IngestedText ingested = extraction.extract("cu.txt", vni.getBytes(StandardCharsets.ISO_8859_1));

		assertThat(ingested.text()).isEqualTo(withCapitalInitial);
		assertThat(ingested.encoding()).isEqualTo("VNI");
	}

	@Test
	void tcvn3KeepsTheLineCountOfTheFile() throws Exception {
		String original = "Dòng một\n\nđường giao thông\r\nhết";
		byte[] bytes = LegacyVietnameseEncodings.encodeTcvn3(original).getBytes(StandardCharsets.ISO_8859_1);

		String text = extraction.extract("cu.txt", bytes).text();

		assertThat(text.split("\n", -1)).containsExactly("Dòng một", "", "đường giao thông", "hết");
	}

	@Test
	void textMixingUnicodeAndTcvn3IsRefusedNamingTcvn3() {
		String mixed = SEED_LINES + "\n" + LegacyVietnameseEncodings.encodeTcvn3("Phấn đấu đến năm 2030 tốc độ tăng trưởng kinh tế đạt 8%");

		assertThatThrownBy(() -> extraction.extract("tron.txt", mixed.getBytes(StandardCharsets.UTF_8)))
			.isInstanceOf(UnreadableDocumentException.class)
			.hasMessageStartingWith("tron.txt: ")
			.hasMessageContaining("TCVN3");
	}

	@Test
	void ordinaryUnicodeWithAFewLatinSymbolsIsLeftAlone() throws Exception {
		String text = "Nhiệt độ trung bình 21,5°C ± 0,5; diện tích 14.123,5 km² — “Phấn đấu” ®";

		assertThat(extraction.extract("a.txt", text.getBytes(StandardCharsets.UTF_8)).text()).isEqualTo(text);
	}

	@Test
	void guessNamesTheEncodingOfEachLegacyForm() {
		String line = "Đẩy mạnh phát triển kinh tế tư nhân, nâng cao năng lực cạnh tranh";

		assertThat(LegacyVietnameseEncodings.guess(LegacyVietnameseEncodings.encodeTcvn3(line)))
			.isEqualTo(LegacyVietnameseEncodings.Legacy.TCVN3);
		assertThat(LegacyVietnameseEncodings.guess(LegacyVietnameseEncodings.encodeVni(line)))
			.isEqualTo(LegacyVietnameseEncodings.Legacy.VNI);
		assertThat(LegacyVietnameseEncodings.guess(line)).isNull();
	}
}
