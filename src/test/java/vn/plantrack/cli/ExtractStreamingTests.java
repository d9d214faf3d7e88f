package vn.plantrack.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.plantrack.extract.Extraction;
import vn.plantrack.extract.Extractor;
import vn.plantrack.ingest.IngestedText;
import vn.plantrack.ingest.TextExtraction;

/**
 * {@code extract} on a local text file streams it (lines read back from the file, lean extraction): above the 50 MiB upload limit
 * it is accepted, and on every seed it prints exactly what the whole-file reading prints.
 */
class ExtractStreamingTests {

	private static final Path SAMPLES = Path.of("src/main/resources/samples");

	static Stream<Path> seeds() throws IOException {
		return Files.list(SAMPLES).filter(p -> p.toString().endsWith(".txt")).sorted();
	}

	@ParameterizedTest
	@MethodSource("seeds")
	void everySeedPrintsTheSameJsonAndTextAsTheWholeFileReading(Path seed) throws Exception {
		IngestedText text = new TextExtraction().extract(seed.toString(), Files.readAllBytes(seed));
		Extraction whole = new Extractor().extract(seed.toString(), text.text());

		// what ExtractCommand prints, with the seed streamed although it is smaller than STREAM_FROM_BYTES
		DocumentFiles.Read streamed = DocumentFiles.read(seed, 0);
		assertThat(streamed.text()).isNull();
		assertThat(ExtractionJson.write(List.of(ExtractionJson.extraction(streamed.extraction()))))
			.isEqualTo(ExtractionJson.write(List.of(ExtractionJson.extraction(whole))));

		StringWriter expected = new StringWriter();
		PrintWriter out = new PrintWriter(expected);
		out.println(text.text());
		out.println();
		TextSummary.print(out, whole);
		out.flush();
		StringWriter actual = new StringWriter();
		PrintWriter printed = new PrintWriter(actual);
		streamed.printText(printed);
		printed.println();
		TextSummary.print(printed, streamed.extraction());
		printed.flush();
		assertThat(actual.toString()).isEqualTo(expected.toString());
		// and the command itself (whole-file path for a file this small) prints the same JSON
		assertThat(ExtractCommandTests.run(new ExtractCommand(), seed.toString(), "--format", "json").out())
			.isEqualTo(ExtractionJson.write(List.of(ExtractionJson.extraction(whole))) + System.lineSeparator());
	}

	@Test
	void aTextFileAboveTheUploadLimitIsExtractedWithItsTasksOnTheirLinesInEveryCopy(@TempDir Path dir) throws Exception {
		// seed 001 (100,849 bytes, 2,094 lines, each ended by a line break) 530 times: 53.4 MB > 50 MiB
		Path seed = SAMPLES.resolve("001_7e4f77df858eca40.txt");
		String text = Files.readString(seed, StandardCharsets.UTF_8);
		int copies = 530;
		Path big = dir.resolve("ke-hoach-lon.txt");
		try (BufferedWriter writer = Files.newBufferedWriter(big, StandardCharsets.UTF_8)) {
			for (int i = 0; i < copies; i++) {
				writer.write(text);
			}
		}
		assertThat(Files.size(big)).isGreaterThan(50L * 1024 * 1024);

		ExtractCommandTests.Run run = ExtractCommandTests.run(new ExtractCommand(), big.toString(), "--format", "json");

		assertThat(run.err()).isEmpty();
		assertThat(run.exitCode()).isZero();
		JsonNode tasks = JsonMapper.builder().build().readTree(run.out()).get(0).get("tasks");
		assertThat(tasks.size()).isEqualTo(44 * copies); // 44 tasks in seed 001
		// line 258: "1.1. Sở Tư pháp chủ trì, ..."; line 1918: "12.2. Đề nghị Ủy ban Mặt trận tổ quốc Việt Nam tỉnh, ..."
		for (int copy : new int[] { 0, 1, copies - 1 }) {
			JsonNode first = tasks.get(44 * copy);
			assertThat(first.get("code").asString()).isEqualTo("1.1");
			assertThat(first.get("line").asInt()).isEqualTo(258 + 2094 * copy);
			assertThat(first.get("lead").get(0).asString()).isEqualTo("Sở Tư pháp");
			JsonNode last = tasks.get(44 * copy + 43);
			assertThat(last.get("code").asString()).isEqualTo("12.2");
			assertThat(last.get("line").asInt()).isEqualTo(1918 + 2094 * copy);
		}
	}

	@Test
	void aFileAboveTheLocalLimitIsRefusedBeforeItIsRead(@TempDir Path dir) throws Exception {
		// a sparse file of 1 GiB + 1 byte: refused by its size on disk, in one line naming the file and the limit
		Path huge = dir.resolve("qua-lon.txt");
		try (var file = new java.io.RandomAccessFile(huge.toFile(), "rw")) {
			file.setLength(1024L * 1024 * 1024 + 1);
		}
		ExtractCommandTests.Run run = ExtractCommandTests.run(new ExtractCommand(), huge.toString());
		assertThat(run.exitCode()).isEqualTo(1);
		assertThat(run.err().strip()).isEqualTo("extract: " + huge + ": tệp 1073741825 byte, vượt giới hạn 1073741824 byte (maxBytes)");
	}
}
