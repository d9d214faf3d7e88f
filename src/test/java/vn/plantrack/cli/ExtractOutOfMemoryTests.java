package vn.plantrack.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A document too large for the heap it is extracted in: the command must end with one line naming the file and
 * what to do, not a stack trace. Runs the real command in a child JVM with a small heap.
 */
class ExtractOutOfMemoryTests {

	@Test
	void aDocumentTooLargeForTheHeapIsRefusedInOneLineNamingTheFile(@TempDir Path dir) throws Exception {
		// seed 004 (131,302 bytes, 445 table rows: the most items per byte) repeated 300 times, 39 MB: a text file is
		// read line by line from the file, but its items (about 60 MB as JSON) are more than a 24 MB heap holds
		String seed = Files.readString(Paths.get("src/main/resources/samples/004_37c5d7600e8f8767.txt"),
				StandardCharsets.UTF_8);
		Path big = dir.resolve("ke-hoach-rat-lon.txt");
		try (BufferedWriter writer = Files.newBufferedWriter(big, StandardCharsets.UTF_8)) {
			for (int i = 0; i < 300; i++) {
				writer.write(seed);
			}
		}

		Result result = run(dir, List.of(javaBin(), "-Xmx24m", "-cp", System.getProperty("java.class.path"),
				"vn.plantrack.cli.PlanTrackCli", "extract", big.toString()));

		assertThat(result.exitCode()).isEqualTo(1);
		List<String> lines = result.stderr().lines().filter(l -> !l.isBlank()).toList();
		assertThat(lines).as(result.stderr()).hasSize(1);
		assertThat(lines.get(0)).contains(big.toString()).doesNotContain("Exception").doesNotContain("\tat ");
	}

	private record Result(int exitCode, String stderr) {
	}

	private static Result run(Path dir, List<String> command) throws IOException, InterruptedException {
		Path err = dir.resolve("stderr.txt");
		Process process = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD)
			.redirectError(err.toFile())
			.start();
		if (!process.waitFor(120, TimeUnit.SECONDS)) {
			process.destroyForcibly();
			throw new AssertionError("extract did not finish within 120 s");
		}
		return new Result(process.exitValue(), Files.readString(err, StandardCharsets.UTF_8));
	}

	private static String javaBin() {
		return Paths.get(System.getProperty("java.home"), "bin", "java").toString();
	}
}
