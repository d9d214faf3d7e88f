package vn.plantrack.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

class PlanParserTests {

	private final PlanParser parser = new PlanParser();

	private static String lines(String... lines) {
		return String.join("\n", lines);
	}

	@Test
	void nestsHeadingsByNumberingSchemeNotByMarkdownLevel() {
		PlanDocument doc = parser.parse(lines(
				"## I- MỤC ĐÍCH", // 1
				"#### 1. Mục đích", // 2
				"Văn bản.", // 3
				"# 1.1. Chi tiết", // 4
				"a) điểm một", // 5
				"(1) ý thứ nhất", // 6
				"2. Yêu cầu", // 7
				"### II. NHIỆM VỤ")); // 8
		List<Heading> top = doc.children().stream().map(Heading.class::cast).toList();
		assertThat(top).extracting(Heading::scheme, Heading::number).containsExactly(
				org.assertj.core.groups.Tuple.tuple(NumberingScheme.ROMAN, "I"),
				org.assertj.core.groups.Tuple.tuple(NumberingScheme.ROMAN, "II"));
		Heading one = (Heading) top.get(0).children().get(0);
		assertThat(one.number()).isEqualTo("1");
		assertThat(one.title()).isEqualTo("Mục đích");
		assertThat(one.firstLine()).isEqualTo(2);
		assertThat(one.lastLine()).isEqualTo(6);
		Heading oneOne = (Heading) one.children().get(1);
		assertThat(oneOne.scheme()).isEqualTo(NumberingScheme.DECIMAL);
		assertThat(oneOne.number()).isEqualTo("1.1");
		assertThat(((Heading) oneOne.children().get(0)).scheme()).isEqualTo(NumberingScheme.LOWER_LETTER);
		Heading two = (Heading) top.get(0).children().get(1);
		assertThat(two.number()).isEqualTo("2");
		assertThat(two.depth()).isEqualTo(2);
		assertThat(top.get(0).lastLine()).isEqualTo(7);
		assertThat(top.get(1).firstLine()).isEqualTo(8);
	}

	@Test
	void recognisesPartsChaptersArticlesNamedTasksAndAppendices() {
		PlanDocument doc = parser.parse(lines("Phần thứ nhất", "Chương I", "Điều 1. Ban hành", "Nhiệm vụ 1: Tập trung",
				"**PHỤ LỤC SỐ 01****PHÂN CÔNG THỰC HIỆN**", "A- MỤC ĐÍCH"));
		assertThat(doc.headings()).extracting(Heading::scheme).containsExactly(NumberingScheme.PART,
				NumberingScheme.CHAPTER, NumberingScheme.ARTICLE, NumberingScheme.NAMED_TASK, NumberingScheme.APPENDIX,
				NumberingScheme.UPPER_LETTER);
		Heading appendix = doc.headings().get(4);
		assertThat(appendix.number()).isEqualTo("01");
		assertThat(appendix.title()).isEqualTo("PHÂN CÔNG THỰC HIỆN");
		assertThat(appendix.depth()).isEqualTo(1);
	}

	@Test
	void doesNotTakeNumbersOrOrdinaryWordsForHeadings() {
		PlanDocument doc = parser.parse(lines("4.596.000 đồng/người/tháng", "2021 là năm đầu", "Chương trình hành động",
				"Điều chỉnh quy hoạch", "100% xã đạt chuẩn"));
		assertThat(doc.headings()).isEmpty();
		assertThat(doc.children()).hasSize(5).allMatch(n -> n instanceof Paragraph);
	}

	@Test
	void stripsMarkdownAndTagsButKeepsLineNumbers() {
		PlanDocument doc = parser.parse(lines("", "***Tổ chức thực hiện:***", "", "<b>Đậm</b> và <p>thường</p>"));
		Paragraph first = (Paragraph) doc.children().get(0);
		assertThat(first.text()).isEqualTo("Tổ chức thực hiện:");
		assertThat(first.emphasised()).isTrue();
		assertThat(first.firstLine()).isEqualTo(2);
		Paragraph second = (Paragraph) doc.children().get(1);
		assertThat(second.text()).isEqualTo("Đậm và thường");
		assertThat(second.firstLine()).isEqualTo(4);
	}

	@Test
	void dropsHeaderRowsRepeatedAtPageBreaksEvenWithTypos() {
		PlanDocument doc = parser.parse(lines(
				"STT\tNội dung\tCơ quan chủ trì", // 1
				"1\tViệc một\tSở Tư pháp", // 2
				"", // 3
				"12", // 4: page number
				"ST\tNội dung\tCơ quan chủ trì", // 5: repeated header with a typo
				"2\tViệc hai\tSở Y tế")); // 6
		Table table = doc.tables().get(0);
		assertThat(table.header().text(0)).isEqualTo("STT");
		assertThat(table.rows()).extracting(r -> r.text(0)).containsExactly("1", "2");
		assertThat(table.rows().get(1).firstLine()).isEqualTo(6);
		assertThat(table.firstLine()).isEqualTo(1);
		assertThat(table.lastLine()).isEqualTo(6);
	}

	@Test
	void joinsARowContinuedAfterAPageBreakIntoThePreviousRow() {
		PlanDocument doc = parser.parse(lines(
				"TT\tNhiệm vụ\tĐơn vị tham mưu", // 1
				"6.2\tXây dựng đội ngũ cán bộ, công chức,\tChi bộ Hành chính", // 2
				"", // 3
				"TT\tNhiệm vụ\tĐơn vị tham mưu", // 4
				"\tviên chức bảo đảm nguyên tắc\t", // 5
				"6.3\tThực hiện nghiêm\tChi bộ Hành chính")); // 6
		List<TableRow> rows = doc.tables().get(0).rows();
		assertThat(rows).hasSize(2);
		assertThat(rows.get(0).text(1)).isEqualTo("Xây dựng đội ngũ cán bộ, công chức, viên chức bảo đảm nguyên tắc");
		assertThat(rows.get(0).firstLine()).isEqualTo(2);
		assertThat(rows.get(0).lastLine()).isEqualTo(5);
	}

	@Test
	void joinsAGroupTitleInCapitalsSplitByAPageBreak() {
		PlanDocument doc = parser.parse(lines("TT\tNhiệm vụ\tThời gian", "<b>II</b>\t<b>THAM MƯU CƠ CẤU LẠI</b>\t", "",
				"TT\tNhiệm vụ\tThời gian", "\t<b>NỀN KINH TẾ</b>\t", "1\tRà soát\tNăm 2026"));
		List<TableRow> rows = doc.tables().get(0).rows();
		assertThat(rows).hasSize(2);
		assertThat(rows.get(0).text(1)).isEqualTo("THAM MƯU CƠ CẤU LẠI NỀN KINH TẾ");
		assertThat(rows.get(0).cell(1).bold()).isTrue();
	}

	@Test
	void joinsALowerCaseLineWithoutTabsIntoTheRowAbove() {
		PlanDocument doc = parser.parse(lines("STT\tNội dung\tCơ quan chủ trì", "1\tViệc một rất\tSở Tư pháp",
				"dài tiếp theo", "2\tViệc hai\tSở Y tế"));
		List<TableRow> rows = doc.tables().get(0).rows();
		assertThat(rows).hasSize(2);
		assertThat(rows.get(0).text(2)).isEqualTo("Sở Tư pháp dài tiếp theo");
		assertThat(rows.get(0).lastLine()).isEqualTo(3);
	}

	@Test
	void reportsRowsThatLostTheirLastColumnOnceForTheRun() {
		PlanDocument doc = parser.parse(lines("STT\tChỉ tiêu\tMục tiêu\tĐơn vị tham mưu", // 1
				"1\tA\t10%\tChi bộ X", // 2
				"", // 3
				"2\tB\t20%", // 4
				"3\tC\t30%", // 5
				"", // 6
				"4\tD\t40%\t")); // 7
		assertThat(doc.issues()).singleElement().satisfies(issue -> {
			assertThat(issue.kind()).isEqualTo("lost_column");
			assertThat(issue.line()).isEqualTo(4);
			assertThat(issue.message()).contains("4-5").contains("Đơn vị tham mưu");
		});
		assertThat(doc.tables().get(0).rows()).hasSize(4);
	}

	@Test
	void removesColumnsEmptyInEveryRowAndTakesTheCaptionAboveTheTable() {
		PlanDocument doc = parser.parse(lines("## PHỤ LỤC SỐ 02", "", "## PHÂN CÔNG CÁC CHỈ TIÊU",
				"(kèm theo Chương trình hành động số 14-CTr/TU)", "-----", "\tSTT\t\tChỉ tiêu", "\t1\t\tGRDP"));
		Table table = doc.tables().get(0);
		assertThat(table.caption()).isEqualTo("PHỤ LỤC SỐ 02 PHÂN CÔNG CÁC CHỈ TIÊU");
		assertThat(table.captionLine()).isEqualTo(1);
		assertThat(table.columnCount()).isEqualTo(2);
		assertThat(table.rows().get(0).text(1)).isEqualTo("GRDP");
	}

	@Test
	void capsHeadingNestingAndReportsIt() {
		PlanDocument doc = new PlanParser(2, 64, 1000).parse(lines("I. A", "1. B", "a) C", "(1) D"));
		assertThat(doc.issues()).extracting(ParseIssue::kind).containsExactly("nesting_too_deep");
		assertThat(doc.headings()).allMatch(h -> h.depth() <= 2);
	}

	@Test
	void capsTableCellsAndReportsIt() {
		StringBuilder text = new StringBuilder("STT\tNội dung\tCơ quan chủ trì\n");
		for (int i = 1; i <= 50; i++) {
			text.append(i).append("\tViệc\tSở\n");
		}
		PlanDocument doc = new PlanParser(12, 64, 30).parse(text.toString());
		assertThat(doc.issues()).extracting(ParseIssue::kind).containsExactly("table_too_large");
		assertThat(doc.tables().get(0).rows().size()).isLessThan(10);
	}

	@Test
	void refusesNullTextWithTheDocumentedException() {
		assertThatThrownBy(() -> parser.parse(null)).isInstanceOf(PlanParseException.class);
	}
}
