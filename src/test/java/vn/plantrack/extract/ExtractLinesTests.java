package vn.plantrack.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import vn.plantrack.ingest.TextExtraction;
import vn.plantrack.ingest.UploadLimits;

/**
 * The memory-lean extraction over lines read from the file ({@link Extractor#extractLines}: structure-only parse, tables read
 * one at a time, plain lines and the citation flow computed on demand) finds exactly what the whole-text
 * extraction finds.
 */
class ExtractLinesTests {

	private static final Path SAMPLES = Path.of("src/main/resources/samples");

	static Stream<Path> seeds() throws IOException {
		return Files.list(SAMPLES).filter(p -> p.toString().endsWith(".txt")).sorted();
	}

	@ParameterizedTest
	@MethodSource("seeds")
	void everySeedGivesTheSameExtractionFromCompactLinesAsFromItsText(Path seed) throws IOException {
		String text = Files.readString(seed, StandardCharsets.UTF_8);
		Extraction whole = new Extractor().extract(seed.toString(), text);
		Extraction lean = new Extractor().extractLines(seed.toString(), fileLines(seed));
		assertThat(lean).isEqualTo(whole);
	}

	@Test
	void aSeedRepeatedTwiceHasItsTasksAgainShiftedByItsLineCount(@TempDir Path dir) throws IOException {
		// seed 001 has 2,094 lines ending in a line break: copy 2 starts at line 2,095
		String seed = Files.readString(SAMPLES.resolve("001_7e4f77df858eca40.txt"), StandardCharsets.UTF_8);
		Path file = dir.resolve("twice.txt");
		Files.writeString(file, seed + seed, StandardCharsets.UTF_8);
		Extraction twice = new Extractor().extractLines("twice.txt", fileLines(file));
		assertThat(twice.tasks()).hasSize(2 * 44);
		// line 258: "1.1. Sở Tư pháp chủ trì, phối hợp với ..."
		assertThat(twice.tasks().get(0).code()).isEqualTo("1.1");
		assertThat(twice.tasks().get(0).line()).isEqualTo(258);
		assertThat(twice.tasks().get(44).code()).isEqualTo("1.1");
		assertThat(twice.tasks().get(44).line()).isEqualTo(258 + 2094);
		assertThat(twice.tasks().get(44).lead()).containsExactly("Sở Tư pháp");
		// line 1918: "12.2. Đề nghị Ủy ban Mặt trận tổ quốc Việt Nam tỉnh, ..." is the last task
		assertThat(twice.tasks().get(87).code()).isEqualTo("12.2");
		assertThat(twice.tasks().get(87).line()).isEqualTo(1918 + 2094);
	}

	// the lines as the CLI reads a local text file: read back from the file when asked for
	private static List<String> fileLines(Path file) throws IOException {
		return new TextExtraction(UploadLimits.localFiles()).streamLines(file.toString(), file).orElseThrow().lines();
	}
}
