package vn.plantrack.parse;

import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Random and mutated input never makes the parser throw (other than its documented exception) or hang. */
class PlanParserProperties {

	private static final PlanParser PARSER = new PlanParser();
	private static final List<String> TOKENS = List.of("\t", "\n", "\n\n", "STT", "TT", "I-", "II.", "1.", "1.1 ",
			"a) ", "(1) ", "- ", "+ ", "<b>", "</b>", "<p>", "**", "***", "#", "## ", "PHỤ LỤC 01", "Phần thứ nhất",
			"Chương I", "Điều 1.", "Nhiệm vụ 1:", "Sở Tài chính", "viên chức", "12", "-----", "\r", "Chỉ tiêu",
			"Cơ quan chủ trì", "Mục tiêu", " ", "ĐẢNG", "4.596.000", "2026-203");

	@Provide
	Arbitrary<String> plansLike() {
		return Arbitraries.of(TOKENS).list().ofMaxSize(400).map(parts -> String.join("", parts));
	}

	@Property(tries = 300)
	void parsesAnyMixOfPlanTokensQuickly(@ForAll("plansLike") String text) {
		assertTimeoutPreemptively(Duration.ofSeconds(2), () -> checkTree(PARSER.parse(text)));
	}

	@Property(tries = 200)
	void parsesArbitraryStrings(@ForAll String text) {
		assertTimeoutPreemptively(Duration.ofSeconds(2), () -> checkTree(PARSER.parse(text)));
	}

	@Test
	@Timeout(60)
	void parsesRandomMutationsOfTheSeedDocuments() throws IOException {
		Random random = new Random(20260505L);
		for (String name : List.of("000_c86e37a0cf2b9f3d.txt", "002_17c3b43f6ad53c25.txt", "004_37c5d7600e8f8767.txt")) {
			String seed = read(name);
			for (int round = 0; round < 20; round++) {
				StringBuilder text = new StringBuilder(seed);
				for (int k = 0; k < 50; k++) {
					int at = random.nextInt(text.length());
					switch (random.nextInt(4)) {
						case 0 -> text.deleteCharAt(at);
						case 1 -> text.insert(at, TOKENS.get(random.nextInt(TOKENS.size())));
						case 2 -> text.insert(at, '\t');
						default -> text.insert(at, '\n');
					}
				}
				checkTree(PARSER.parse(text.toString()));
			}
		}
	}

	@Test
	@Timeout(30)
	void parsesPathologicalRepetitionsQuickly() {
		checkTree(PARSER.parse("1.1 a\n".repeat(50_000)));
		checkTree(PARSER.parse("\t".repeat(100_000)));
		checkTree(PARSER.parse("STT\tA\tB\n" + "\tviên\t\n".repeat(20_000)));
		checkTree(PARSER.parse("I. A\n1. B\na) C\n(1) D\n".repeat(10_000)));
	}

	private static void checkTree(PlanDocument doc) {
		for (Heading h : doc.headings()) {
			if (h.firstLine() < 1 || h.lastLine() < h.firstLine() || h.depth() > PlanParser.MAX_DEPTH) {
				throw new AssertionError("bad heading span " + h);
			}
		}
		for (Table t : doc.tables()) {
			if (t.firstLine() < 1 || t.lastLine() < t.firstLine() || t.lastLine() > doc.lineCount()) {
				throw new AssertionError("bad table span " + t.firstLine() + "-" + t.lastLine());
			}
		}
	}

	private static String read(String name) throws IOException {
		try (InputStream in = PlanParserProperties.class.getResourceAsStream("/samples/" + name)) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}
}
