package vn.plantrack.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class PlainTextIngestTests {

	private static final Path SAMPLES = Path.of("src/main/resources/samples");

	private final TextExtraction extraction = new TextExtraction();

	static Stream<Path> seeds() throws IOException {
		return Files.list(SAMPLES).filter(p -> p.toString().endsWith(".txt")).sorted();
	}

	@ParameterizedTest
	@MethodSource("seeds")
	void everySeedKeepsItsLineCount(Path seed) throws Exception {
		byte[] bytes = Files.readAllBytes(seed);
		int fileLines = 1;
		for (byte b : bytes) {
			if (b == '\n') {
				fileLines++;
			}
		}
		if (bytes[bytes.length - 1] == '\n') {
			fileLines--;
		}

		IngestedText ingested = extraction.extract(seed.getFileName().toString(), bytes);

		assertThat(lines(ingested.text())).hasSize(fileLines);
		assertThat(ingested.encoding()).isEqualTo("UTF-8");
	}

	@Test
	void lineNumbersOfASeedPointAtTheSameTextAsInTheFile() throws Exception {
		byte[] bytes = Files.readAllBytes(SAMPLES.resolve("001_7e4f77df858eca40.txt"));

		String[] lines = lines(extraction.extract("001.txt", bytes).text());

		// 001, line 310 (grep -n): the first task of group 1 given to Sở Tài chính
		assertThat(lines[310 - 1]).startsWith("1.3. Sở Tài chính chủ trì, phối hợp với");
		// 001, line 408
		assertThat(lines[408 - 1]).startsWith("2.1. Sở Tài chính chủ trì");
	}

	@Test
	void decomposedVietnameseInSeed003BecomesComposedOnTheSameLine() throws Exception {
		byte[] bytes = Files.readAllBytes(SAMPLES.resolve("003_dacd084119168aa7.txt"));
		String fileLine103 = new String(bytes, StandardCharsets.UTF_8).split("\n", -1)[102];
		assertThat(Normalizer.isNormalized(fileLine103, Normalizer.Form.NFC)).as("003 line 103 is NFD in the file").isFalse();

		IngestedText ingested = extraction.extract("003.txt", bytes);

		String line103 = lines(ingested.text())[102];
		assertThat(line103).startsWith("6.2. An ninh chính trị, trật tự an toàn xã hội được bảo đảm.");
		assertThat(Normalizer.isNormalized(ingested.text(), Normalizer.Form.NFC)).isTrue();
		assertThat(ingested.notes()).anyMatch(n -> n.contains("NFC"));
	}

	@Test
	void nfdInputComesOutAsNfc() throws Exception {
		String nfd = Normalizer.normalize("Sở Tài chính chủ trì", Normalizer.Form.NFD);
		assertThat(nfd).hasSizeGreaterThan("Sở Tài chính chủ trì".length());

		String text = extraction.extract("a.txt", nfd.getBytes(StandardCharsets.UTF_8)).text();

		assertThat(text).isEqualTo("Sở Tài chính chủ trì");
	}

	@Test
	void crlfAndLoneCrEachEndOneLine() throws Exception {
		byte[] bytes = "Dòng 1\r\nDòng 2\rDòng 3\n\r\nDòng 5".getBytes(StandardCharsets.UTF_8);

		String text = extraction.extract("a.md", bytes).text();

		assertThat(lines(text)).containsExactly("Dòng 1", "Dòng 2", "Dòng 3", "", "Dòng 5");
	}

	@Test
	void utf16LittleEndianWithBomIsDecoded() throws Exception {
		String original = "Phấn đấu tăng trưởng GRDP 8%\nSở Tài chính";
		byte[] body = original.getBytes(StandardCharsets.UTF_16LE);
		byte[] bytes = new byte[body.length + 2];
		bytes[0] = (byte) 0xFF;
		bytes[1] = (byte) 0xFE;
		System.arraycopy(body, 0, bytes, 2, body.length);

		IngestedText ingested = extraction.extract("a.txt", bytes);

		assertThat(ingested.text()).isEqualTo(original);
		assertThat(ingested.encoding()).isEqualTo("UTF-16LE");
	}

	@Test
	void utf16BigEndianWithBomIsDecoded() throws Exception {
		String original = "Kế hoạch số 52-KH/ĐU";
		byte[] body = original.getBytes(StandardCharsets.UTF_16BE);
		byte[] bytes = new byte[body.length + 2];
		bytes[0] = (byte) 0xFE;
		bytes[1] = (byte) 0xFF;
		System.arraycopy(body, 0, bytes, 2, body.length);

		IngestedText ingested = extraction.extract("a.txt", bytes);

		assertThat(ingested.text()).isEqualTo(original);
		assertThat(ingested.encoding()).isEqualTo("UTF-16BE");
	}

	@Test
	void utf8ByteOrderMarkIsNotPartOfTheFirstLine() throws Exception {
		byte[] body = "## KẾ HOẠCH".getBytes(StandardCharsets.UTF_8);
		byte[] bytes = new byte[body.length + 3];
		bytes[0] = (byte) 0xEF;
		bytes[1] = (byte) 0xBB;
		bytes[2] = (byte) 0xBF;
		System.arraycopy(body, 0, bytes, 3, body.length);

		assertThat(extraction.extract("a.txt", bytes).text()).isEqualTo("## KẾ HOẠCH");
	}

	@Test
	void windows1258FileIsDecodedToComposedUnicode() throws Exception {
		// 001, line 310 and 000, line 12 (start), written the way windows-1258 stores them: tones as combining marks
		String original = "1.3. Sở Tài chính chủ trì, phối hợp với các sở, ban, ngành, đơn vị, địa phương\n"
				+ "Thực hiện Nghị quyết Đại hội Đại biểu toàn quốc lần thứ XIV của Đảng";
		byte[] bytes = windows1258(original);

		IngestedText ingested = extraction.extract("cu.txt", bytes);

		assertThat(ingested.text()).isEqualTo(original);
		assertThat(ingested.encoding()).isEqualTo("windows-1258");
	}

	@Test
	void binaryContentRenamedTxtIsRefusedNamingTheFile() {
		byte[] png = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R', 0, 0, 1, 0 };

		assertThatThrownBy(() -> extraction.extract("anh.txt", png)).isInstanceOf(UnreadableDocumentException.class)
			.hasMessageStartingWith("anh.txt: ")
			.hasMessageContaining("binary content");
	}

	@Test
	void emptyFileIsRefused() {
		assertThatThrownBy(() -> extraction.extract("rong.txt", new byte[0])).isInstanceOf(UnreadableDocumentException.class)
			.hasMessageStartingWith("rong.txt: ")
			.hasMessageContaining("rỗng");
	}

	@Test
	void whitespaceOnlyFileIsRefused() {
		assertThatThrownBy(() -> extraction.extract("trang.txt", " \n\n\t\n".getBytes(StandardCharsets.UTF_8)))
			.isInstanceOf(UnreadableDocumentException.class)
			.hasMessageStartingWith("trang.txt: ");
	}

	@Test
	void unknownExtensionIsRefused() {
		assertThatThrownBy(() -> extraction.extract("bang.xlsx", "x".getBytes(StandardCharsets.UTF_8)))
			.isInstanceOf(UnreadableDocumentException.class)
			.hasMessageStartingWith("bang.xlsx: ")
			.hasMessageContaining("không được hỗ trợ");
	}

	@Test
	void fileLargerThanTheByteLimitIsRefusedNamingTheLimit() {
		TextExtraction small = new TextExtraction(new UploadLimits(10, 1000, 10, 10, 1));

		assertThatThrownBy(() -> small.extract("dai.txt", "Một dòng dài hơn mười byte".getBytes(StandardCharsets.UTF_8)))
			.isInstanceOf(UnreadableDocumentException.class)
			.hasMessageStartingWith("dai.txt: ")
			.hasMessageContaining("maxBytes");
	}

	@Test
	void formFeedBetweenPagesDoesNotChangeLineNumbers() throws Exception {
		byte[] bytes = "trang một\n\fhết trang\nba".getBytes(StandardCharsets.UTF_8);

		assertThat(lines(extraction.extract("a.txt", bytes).text())).containsExactly("trang một", "hết trang", "ba");
	}

	static String[] lines(String text) {
		String body = text.endsWith("\n") ? text.substring(0, text.length() - 1) : text;
		return body.split("\n", -1);
	}

	/** windows-1258 keeps base letters with their shape (â ơ ư ă đ) precomposed and writes tones as combining marks. */
	static byte[] windows1258(String text) throws Exception {
		StringBuilder form = new StringBuilder();
		String nfc = Normalizer.normalize(text, Normalizer.Form.NFC);
		for (int i = 0; i < nfc.length(); i++) {
			String decomposed = Normalizer.normalize(String.valueOf(nfc.charAt(i)), Normalizer.Form.NFD);
			StringBuilder base = new StringBuilder();
			StringBuilder tones = new StringBuilder();
			for (char c : decomposed.toCharArray()) {
				if ("\u0300\u0301\u0303\u0309\u0323".indexOf(c) >= 0) {
					tones.append(c);
				}
				else {
					base.append(c);
				}
			}
			form.append(Normalizer.normalize(base, Normalizer.Form.NFC)).append(tones);
		}
		CharsetEncoder encoder = Charset.forName("windows-1258").newEncoder()
			.onUnmappableCharacter(CodingErrorAction.REPORT)
			.onMalformedInput(CodingErrorAction.REPORT);
		java.nio.ByteBuffer buffer = encoder.encode(java.nio.CharBuffer.wrap(form));
		byte[] bytes = new byte[buffer.remaining()];
		buffer.get(bytes);
		return bytes;
	}
}
