package vn.plantrack.robustness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.BeforeContainer;

import vn.plantrack.extract.Extraction;
import vn.plantrack.extract.Extractor;
import vn.plantrack.ingest.IngestedText;
import vn.plantrack.ingest.TextExtraction;
import vn.plantrack.ingest.UnreadableDocumentException;
import vn.plantrack.parse.PlanDocument;
import vn.plantrack.parse.PlanParser;

/**
 * Fuzzing of the parsers with a fixed time budget: mutated windows of the real seed documents (cut lines,
 * doubled lines, stray tabs, numbering prefixes, deleted and flipped characters) and mutated DOCX bytes.
 * The parse and extract cores must return a result for any text; the ingest core must return text or
 * its documented {@link UnreadableDocumentException}. Nothing else may escape, and no input may hang.
 *
 * <p>Budget: {@link #BUDGET} for the whole class. Each property runs its tries until the budget is spent,
 * then the remaining tries return at once (jqwik has no time budget of its own), so CI time stays fixed
 * whatever the machine; every try also has a hang guard.
 */
class ParserFuzzProperties {

	static final Duration BUDGET = Duration.ofSeconds(60);

	private static final Duration HANG_GUARD = Duration.ofSeconds(20);

	private static final String[] SEEDS = { "000_c86e37a0cf2b9f3d.txt", "001_7e4f77df858eca40.txt",
			"002_17c3b43f6ad53c25.txt", "003_dacd084119168aa7.txt", "004_37c5d7600e8f8767.txt" };

	private static List<List<String>> seedLines;

	private static byte[] seedDocx;

	private static long deadline;

	@BeforeContainer
	static void readSeeds() throws IOException {
		seedLines = new ArrayList<>();
		for (String seed : SEEDS) {
			seedLines.add(Files.readAllLines(Path.of("src/main/resources/samples", seed), StandardCharsets.UTF_8));
		}
		seedDocx = BadFiles.docx(seedLines.get(0).subList(0, 120));
		deadline = System.nanoTime() + BUDGET.toNanos();
	}

	/** One mutation of a line list: what it does, where, and a random value it uses. */
	record Mutation(int kind, int position, int value) {
	}

	@Provide
	Arbitrary<String> mutatedSeedText() {
		Arbitrary<Integer> seed = Arbitraries.integers().between(0, SEEDS.length - 1);
		Arbitrary<Integer> start = Arbitraries.integers().between(0, 2000);
		Arbitrary<Integer> length = Arbitraries.integers().between(1, 250);
		Arbitrary<List<Mutation>> mutations = Combinators
			.combine(Arbitraries.integers().between(0, 7), Arbitraries.integers().between(0, 100_000),
					Arbitraries.integers().between(0, 100_000))
			.as(Mutation::new)
			.list()
			.ofMaxSize(40);
		return Combinators.combine(seed, start, length, mutations).as(ParserFuzzProperties::mutate);
	}

	// rule: the mutations are the damage real files show: a line cut short, a line doubled, a cell
	// separator (TAB) inserted or lost, a numbering prefix put where none was, characters dropped or
	// replaced by look-alikes, and lines glued together.
	static String mutate(int seed, int start, int length, List<Mutation> mutations) {
		List<String> all = seedLines.get(seed);
		int from = start % all.size();
		List<String> lines = new ArrayList<>(all.subList(from, Math.min(all.size(), from + length)));
		for (Mutation m : mutations) {
			if (lines.isEmpty()) {
				lines.add("");
			}
			int at = m.position() % lines.size();
			String line = lines.get(at);
			int col = line.isEmpty() ? 0 : m.value() % line.length();
			switch (m.kind()) {
				case 0 -> lines.set(at, line.substring(0, col));
				case 1 -> lines.add(at, line);
				case 2 -> lines.set(at, line.substring(0, col) + "\t" + line.substring(col));
				case 3 -> lines.set(at, line.replace("\t", ""));
				case 4 -> lines.set(at, "1.".repeat(1 + m.value() % 40) + " " + line);
				case 5 -> lines.set(at, line.isEmpty() ? line : line.substring(0, col) + line.substring(col + 1));
				case 6 -> lines.set(at, line.substring(0, col) + (char) (0x20 + m.value() % 0x2FDF) + line.substring(col));
				default -> {
					if (at + 1 < lines.size()) {
						lines.set(at, line + lines.remove(at + 1));
					}
				}
			}
		}
		return String.join("\n", lines);
	}

	@Provide
	Arbitrary<byte[]> mutatedDocx() {
		return Arbitraries.integers()
			.between(0, Integer.MAX_VALUE)
			.list()
			.ofMinSize(1)
			.ofMaxSize(30)
			.map(positions -> {
				byte[] bytes = seedDocx.clone();
				for (int position : positions) {
					int index = position % bytes.length;
					bytes[index] = (byte) (bytes[index] ^ (1 + (position >>> 20) % 255));
				}
				return positions.size() % 7 == 0 ? java.util.Arrays.copyOf(bytes, positions.get(0) % bytes.length) : bytes;
			});
	}

	@Property(tries = 400)
	void theParserReadsAnyMutatedPlanIntoATreeWithLinesInsideTheText(@ForAll("mutatedSeedText") String text) {
		if (overBudget()) {
			return;
		}
		PlanDocument document = assertTimeoutPreemptively(HANG_GUARD, () -> new PlanParser().parse(text));
		int lines = text.split("\n", -1).length;
		assertThat(document.lineCount()).isEqualTo(lines);
		assertThat(document.issues()).allSatisfy(issue -> assertThat(issue.line()).isBetween(1, lines));
	}

	@Property(tries = 300)
	void theExtractorReadsAnyMutatedPlanAndEveryItemPointsToALineOfIt(@ForAll("mutatedSeedText") String text) {
		if (overBudget()) {
			return;
		}
		Extraction extraction = assertTimeoutPreemptively(HANG_GUARD, () -> new Extractor().extract("fuzz.txt", text));
		int lines = text.split("\n", -1).length;
		assertThat(extraction.tasks()).allSatisfy(task -> assertThat(task.line()).isBetween(1, lines));
		assertThat(extraction.findings()).allSatisfy(finding -> assertThat(finding.line()).isBetween(0, lines));
	}

	@Property(tries = 300)
	void textExtractionOfAMutatedDocxGivesTextOrTheDocumentedOneLineRefusal(@ForAll("mutatedDocx") byte[] bytes) {
		if (overBudget()) {
			return;
		}
		assertTimeoutPreemptively(HANG_GUARD, () -> {
			try {
				IngestedText text = new TextExtraction().extract("hong.docx", bytes);
				assertThat(text.text()).isNotBlank();
			}
			catch (UnreadableDocumentException refused) {
				assertThat(refused.getMessage()).startsWith("hong.docx: ").doesNotContain("\n");
			}
		});
	}

	@Property(tries = 200)
	void textExtractionOfMutatedPlanTextNeverFailsAndKeepsEveryLine(@ForAll("mutatedSeedText") String text) {
		if (overBudget()) {
			return;
		}
		byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
		assertTimeoutPreemptively(HANG_GUARD, () -> {
			try {
				IngestedText ingested = new TextExtraction().extract("fuzz.txt", bytes);
				assertThat(ingested.text().split("\n", -1).length).isEqualTo(text.split("\n", -1).length);
			}
			catch (UnreadableDocumentException refused) {
				// only a blank window may be refused, and then as having no text
				assertThat(text.isBlank() || text.chars().anyMatch(c -> c == 0)).as(refused.getMessage()).isTrue();
			}
		});
	}

	private static boolean overBudget() {
		return System.nanoTime() > deadline;
	}
}
