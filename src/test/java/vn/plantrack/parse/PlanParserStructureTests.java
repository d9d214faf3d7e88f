package vn.plantrack.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/** {@link PlanParser#parseStructure}: headings kept, paragraphs not, every table handed over once in order. */
class PlanParserStructureTests {

	private final PlanParser parser = new PlanParser();

	@Test
	void tablesAreHandedOverInOrderAndNeitherTheyNorParagraphsStayInTheTree() {
		List<String> lines = List.of("I. MỤC TIÊU", "Đoạn văn mô tả mục tiêu.", "Bảng 1", "TT\tChỉ tiêu\tĐơn vị",
				"1\tTăng trưởng\t%", "II. NHIỆM VỤ", "TT\tNhiệm vụ", "1\tRà soát");
		List<Table> tables = new ArrayList<>();
		PlanDocument structure = parser.parseStructure(lines, tables::add);

		assertThat(tables).extracting(Table::firstLine).containsExactly(4, 7); // the header rows, lines 4 and 7
		assertThat(structure.headings()).extracting(Heading::number).containsExactly("I", "II");
		assertThat(structure.tables()).isEmpty();
		assertThat(structure.headings().get(0).children()).isEmpty(); // its paragraph (line 2) is not kept
		assertThat(structure.lineCount()).isEqualTo(8);
	}

	@Test
	void theTablesHandedOverAreTheTablesOfTheFullParseOfASeed() throws IOException {
		// seed 004 has 445 table lines
		String text = Files.readString(Path.of("src/main/resources/samples/004_37c5d7600e8f8767.txt"), StandardCharsets.UTF_8);
		List<String> lines = PlanParser.lines(text);
		List<Table> tables = new ArrayList<>();
		PlanDocument structure = parser.parseStructure(lines, tables::add);
		PlanDocument full = parser.parseLines(lines);

		assertThat(tables).isNotEmpty().isEqualTo(full.tables());
		assertThat(structure.issues()).isEqualTo(full.issues());
		assertThat(structure.headings()).extracting(Heading::firstLine)
			.containsExactlyElementsOf(full.headings().stream().map(Heading::firstLine).toList());
	}
}
