package vn.plantrack.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import vn.plantrack.ingest.internal.LegacyVietnameseEncodings;

/**
 * A UTF-8 text file read as a stream of lines ({@link TextExtraction#streamLines}) gives exactly the lines of the
 * whole-file path ({@link TextExtraction#extract} split at '\n'), and declines every file the whole-file path has
 * to convert or refuse.
 */
class StreamedTextTests {

	private static final Path SAMPLES = Path.of("src/main/resources/samples");

	private final TextExtraction ingest = new TextExtraction(UploadLimits.localFiles());

	@TempDir
	Path dir;

	static Stream<Path> seeds() throws IOException {
		return Files.list(SAMPLES).filter(p -> p.toString().endsWith(".txt")).sorted();
	}

	@ParameterizedTest
	@MethodSource("seeds")
	void everySeedStreamsToTheLinesOfTheWholeFileReading(Path seed) throws Exception {
		assertSameLinesAsWholeFile(seed);
	}

	@Test
	void lineBreaksOfEveryKindEndOneLineEach() throws Exception {
		// CRLF, a lone CR (old Mac) and LF: "a", "b", "c", "", "d" as an editor shows them
		Path file = write("breaks.txt", "a\r\nb\rc\n\r\nd".getBytes(StandardCharsets.UTF_8));
		IngestedLines lines = ingest.streamLines(file.toString(), file).orElseThrow();
		assertThat(lines.lines()).containsExactly("a", "b", "c", "", "d");
		assertThat(lines.notes()).contains("Đã chuẩn hoá ký tự xuống dòng (CRLF/CR thành LF).");
		assertSameLinesAsWholeFile(file);
	}

	@Test
	void aCrlfSplitAcrossTheReadBufferIsStillOneLineBreak() throws Exception {
		// the reader decodes 64 Ki characters at a time: put the CR last in the first buffer, the LF first in the next
		StringBuilder text = new StringBuilder("x".repeat(64 * 1024 - 1)).append("\r\nsau");
		Path file = write("boundary.txt", text.toString().getBytes(StandardCharsets.UTF_8));
		assertThat(ingest.streamLines(file.toString(), file).orElseThrow().lines()).hasSize(2).endsWith("sau");
		assertSameLinesAsWholeFile(file);
	}

	@Test
	void byteOrderMarkFormFeedAndVerticalTabAreNormalisedAsInTheWholeFile() throws Exception {
		// (a vertical tab is a control character: over 1 % of them would be binary content, hence the long line)
		String tail = " thực hiện Nghị quyết của Ban Chấp hành Đảng bộ tỉnh về phát triển kinh tế - xã hội năm 2026";
		byte[] body = ("Kế hoạch\fsố 12\u000Bngày" + tail + "\n\uFEFFPhụ lục\n").getBytes(StandardCharsets.UTF_8);
		byte[] withBom = new byte[body.length + 3];
		withBom[0] = (byte) 0xEF;
		withBom[1] = (byte) 0xBB;
		withBom[2] = (byte) 0xBF;
		System.arraycopy(body, 0, withBom, 3, body.length);
		Path file = write("bom.txt", withBom);
		assertThat(ingest.streamLines(file.toString(), file).orElseThrow().lines()).containsExactly("Kế hoạchsố 12 ngày" + tail,
				"Phụ lục", "");
		assertSameLinesAsWholeFile(file);
	}

	@Test
	void decomposedVietnameseIsComposedLineByLine() throws Exception {
		String nfd = Normalizer.normalize("Ủy ban nhân dân tỉnh\nSở Tài chính", Normalizer.Form.NFD);
		Path file = write("nfd.md", nfd.getBytes(StandardCharsets.UTF_8));
		IngestedLines lines = ingest.streamLines(file.toString(), file).orElseThrow();
		assertThat(lines.lines()).containsExactly("Ủy ban nhân dân tỉnh", "Sở Tài chính");
		assertThat(lines.notes()).contains("Đã chuẩn hoá Unicode về dạng dựng sẵn (NFC).");
		assertSameLinesAsWholeFile(file);
	}

	@Test
	void filesTheWholeFileReaderMustConvertOrRefuseAreNotStreamed() throws Exception {
		String vietnamese = "Ủy ban nhân dân tỉnh Sơn La ban hành kế hoạch thực hiện nhiệm vụ năm 2026\n".repeat(20);
		assertNotStreamed("cp1258.txt", vietnamese.getBytes(Charset.forName("windows-1258")));
		assertNotStreamed("utf16.txt", vietnamese.getBytes(StandardCharsets.UTF_16));
		// TCVN3 letters saved as UTF-8: valid UTF-8, but a legacy font's text, converted by the whole-file path
		assertNotStreamed("tcvn3.txt", LegacyVietnameseEncodings.encodeTcvn3(vietnamese).getBytes(StandardCharsets.UTF_8));
		assertNotStreamed("tcvn3-latin1.txt", LegacyVietnameseEncodings.encodeTcvn3(vietnamese)
			.getBytes(StandardCharsets.ISO_8859_1));
		assertNotStreamed("nul.txt", "a\u0000b\n".getBytes(StandardCharsets.UTF_8));
		assertNotStreamed("blank.txt", " \n\t\n".getBytes(StandardCharsets.UTF_8));
		assertNotStreamed("empty.txt", new byte[0]);
		assertNotStreamed("plan.docx", vietnamese.getBytes(StandardCharsets.UTF_8));
	}

	@Test
	void aTextLongerThanTheCharacterLimitIsLeftToTheWholeFileReaderToRefuse() throws Exception {
		Path file = write("long.txt", "0123456789\n".repeat(10).getBytes(StandardCharsets.UTF_8));
		TextExtraction small = new TextExtraction(new UploadLimits(1_000, 50, 10, 10, 1));
		assertThat(small.streamLines(file.toString(), file)).isEmpty();
	}

	@Test
	void linesAreReadBackFromTheFileInAnyOrderIncludingOnesLongerThanTheReadWindow() throws Exception {
		String huge = "Đ".repeat(200_000); // 400 KB in UTF-8, more than the 256 KB window
		List<String> expected = Arrays.asList("", "Sở Tài chính", huge, "cuối", "");
		Path file = write("long-line.txt", String.join("\n", expected).getBytes(StandardCharsets.UTF_8));
		List<String> lines = ingest.streamLines(file.toString(), file).orElseThrow().lines();
		assertThat(lines).containsExactlyElementsOf(expected);
		assertThat(lines.get(3)).isEqualTo("cuối");
		assertThat(lines.get(1)).isEqualTo("Sở Tài chính");
		assertThat(lines.get(2)).isEqualTo(huge);
	}

	private void assertNotStreamed(String name, byte[] bytes) throws IOException {
		Path file = write(name, bytes);
		assertThat(ingest.streamLines(file.toString(), file)).as(name).isEmpty();
	}

	private void assertSameLinesAsWholeFile(Path file) throws Exception {
		String whole = ingest.extract(file.toString(), Files.readAllBytes(file)).text();
		Optional<IngestedLines> streamed = ingest.streamLines(file.toString(), file);
		assertThat(streamed).isPresent();
		assertThat(streamed.get().lines()).containsExactly(whole.split("\n", -1));
		assertThat(streamed.get().encoding()).isEqualTo("UTF-8");
	}

	private Path write(String name, byte[] bytes) throws IOException {
		Path file = dir.resolve(name);
		Files.write(file, bytes);
		return file;
	}
}
