package vn.plantrack.extract.table;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import vn.plantrack.extract.Finding;
import vn.plantrack.extract.IndicatorItem;
import vn.plantrack.extract.TaskItem;
import vn.plantrack.parse.PlanParser;

class TableReaderTests {

	private static TableExtraction read(String... lines) {
		return TableReader.read(new PlanParser().parse(String.join("\n", lines)));
	}

	@Test
	void fillsDownTheLeadLeftBlankUnderAMergedCellWithinItsGroup() {
		TableExtraction x = read("STT\tChỉ tiêu\tMục tiêu\tĐơn vị tham mưu", // 1
				"<b>I</b>\t<b>Về kinh tế</b>\t\t", // 2
				"1\tGRDP\t10%\tChi bộ A", // 3
				"2\tThu ngân sách\t> 4.500 tỷ đồng\t", // 4
				"<b>II</b>\t<b>Về xã hội</b>\t\t", // 5
				"3\tDân số\t> 530 nghìn người\t"); // 6
		assertThat(x.indicators()).extracting(IndicatorItem::line, IndicatorItem::lead).containsExactly(
				org.assertj.core.groups.Tuple.tuple(3, java.util.List.of("Chi bộ A")),
				org.assertj.core.groups.Tuple.tuple(4, java.util.List.of("Chi bộ A")),
				org.assertj.core.groups.Tuple.tuple(6, java.util.List.of()));
		assertThat(x.tables().get(0).groups()).isEqualTo(2);
		assertThat(x.tables().get(0).kind()).isEqualTo("indicators");
	}

	@Test
	void linksDashAndPlusSubRowsToTheirParents() {
		TableExtraction x = read("STT\tChỉ tiêu\tMục tiêu\tĐơn vị tham mưu", // 1
				"9\t- Phổ cập mầm non\tHoàn thành\tChi bộ B", // 2
				"\t- Tỷ lệ huy động\t\t", // 3: its targets are on its '+' rows
				"\t+ Mẫu giáo\t99,8%\t", // 4
				"\t+ Tiểu học\t99,9%\t", // 5
				"\t- Tuổi thọ\t70 tuổi\t"); // 6
		assertThat(x.indicators()).extracting(IndicatorItem::code, IndicatorItem::name).containsExactly(
				org.assertj.core.groups.Tuple.tuple("9", "Phổ cập mầm non"),
				org.assertj.core.groups.Tuple.tuple("9.2.1", "Mẫu giáo"),
				org.assertj.core.groups.Tuple.tuple("9.2.2", "Tiểu học"),
				org.assertj.core.groups.Tuple.tuple("9.3", "Tuổi thọ"));
		assertThat(x.tables().get(0).rows()).isEqualTo(5);
	}

	@Test
	void tellsGroupRowsByBoldNumeralsAndNamedTasksWithoutAgency() {
		TableExtraction x = read("STT\tNội dung\tThời gian thực hiện\tCơ quan chủ trì", // 1
				"<b>1</b>\t<b>Nhiệm vụ 1: Cơ chế</b>\t\t", // 2
				"1.1\tNghiên cứu\t2026-2030\tSở Tài chính", // 3
				"2\tNhiệm vụ 2: Kinh tế\t\t", // 4
				"2.1\tPhát triển\t2026\tSở Xây dựng; Sở Tài chính", // 5
				"2.3\tBỏ sót\t2026\tSở Y tế"); // 6
		assertThat(x.tasks()).extracting(TaskItem::code, TaskItem::group).containsExactly(
				org.assertj.core.groups.Tuple.tuple("1.1", "1"), org.assertj.core.groups.Tuple.tuple("2.1", "2"),
				org.assertj.core.groups.Tuple.tuple("2.3", "2"));
		assertThat(x.tasks().get(1).lead()).containsExactly("Sở Xây dựng", "Sở Tài chính");
		assertThat(x.findings()).extracting(Finding::kind, Finding::line)
				.containsExactly(org.assertj.core.groups.Tuple.tuple("numbering_gap", 6));
	}

	@Test
	void keepsDeadlineAndWorkingPeriodWhenATableHasBoth() {
		TableExtraction x = read("TT\tNội dung công việc\tCơ quan chủ trì\tCơ quan phối hợp\tThời gian hoàn thành\tThời gian thực hiện",
				"I\tNhóm\t\t\t\t", "1\tĐề án\tSở Nội vụ\t\tQuý I/2021\t2021-2025", "2\tKế hoạch\tSở Nội vụ\t\t\tHàng năm");
		assertThat(x.tasks()).extracting(t -> t.period().raw()).containsExactly("Quý I/2021; 2021-2025", "Hàng năm");
		assertThat(x.tasks().get(0).group()).isEqualTo("I");
	}

	@Test
	void flagsTruncatedYearsDuplicateCodesAndMissingNumbers() {
		TableExtraction x = read("TT\tNhiệm vụ\tĐơn vị tham mưu\tThời gian", // 1
				"1\tBảo tàng\tChi bộ A\tNăm 2026-203", // 2
				"1\tBảo tàng lần nữa\tChi bộ A\tNăm 2026", // 3
				"\tThực hiện đồng bộ\tChi bộ A\tThường xuyên"); // 4
		assertThat(x.findings()).extracting(Finding::kind, Finding::line).containsExactly(
				org.assertj.core.groups.Tuple.tuple("truncated_cell", 2),
				org.assertj.core.groups.Tuple.tuple("duplicate_code", 3),
				org.assertj.core.groups.Tuple.tuple("missing_code", 4));
	}
}
