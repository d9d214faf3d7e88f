package vn.plantrack.extract.prose;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import vn.plantrack.extract.TaskItem;
import vn.plantrack.extract.document.Seeds;

class ProseTaskReaderTests {

	private static final List<String> ALL_DEPARTMENTS = List.of("các sở, ban, ngành, đơn vị, địa phương");

	private static TaskItem task(List<TaskItem> tasks, String code, String group) {
		return tasks.stream().filter(t -> code.equals(t.code()) && group.equals(t.group())).findFirst().orElseThrow();
	}

	@Test
	void findsTwelveGroupsAndFortyFourSubItemsInTheGrowthDecision() {
		List<TaskItem> tasks = ProseTaskReader.read(Seeds.lines(Seeds.S001));
		// section II, lines 240-1927: 1.1-1.5, 2.1-2.4, 3.1-3.3, 4.1-4.5, 5.1-5.6, 6.1-6.3, 7.1-7.6, 8.1-8.2,
		// 9.1-9.3, 10.1-10.3, 11.1-11.2, 12.1-12.2
		assertThat(tasks).hasSize(44);
		assertThat(tasks.stream().map(TaskItem::group).distinct().collect(Collectors.toList()))
				.containsExactly("1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12");
	}

	@Test
	void readsLeadAndCoordinatingAgenciesOfWrappedProseItems() {
		List<TaskItem> tasks = ProseTaskReader.read(Seeds.lines(Seeds.S001));

		TaskItem justice = task(tasks, "1.1", "1"); // line 258
		assertThat(justice.line()).isEqualTo(258);
		assertThat(justice.lead()).containsExactly("Sở Tư pháp");
		assertThat(justice.coordinating()).isEqualTo(ALL_DEPARTMENTS);
		assertThat(justice.title()).startsWith("Triển khai hiệu quả Nghị quyết 66-NQ/TW ngày 30/4/2025"); // line 260
		assertThat(justice.period()).isNull();

		TaskItem courts = task(tasks, "1.4", "1"); // line 323: "Công an tỉnh, Viện Kiểm sát, Tòa án tỉnh: Tăng cường"
		assertThat(courts.line()).isEqualTo(323);
		assertThat(courts.lead()).containsExactly("Công an tỉnh", "Viện Kiểm sát", "Tòa án tỉnh");
		assertThat(courts.coordinating()).isEmpty();
		assertThat(courts.title()).startsWith("Tăng cường công tác phát hiện, điều tra");

		TaskItem everyone = task(tasks, "1.5", "1"); // line 333: the collective alone on its line
		assertThat(everyone.line()).isEqualTo(333);
		assertThat(everyone.lead()).containsExactly("Các sở, ban, ngành, đơn vị, địa phương");
		assertThat(everyone.coordinating()).isEmpty();

		TaskItem bank = task(tasks, "2.3", "2"); // lines 499-501, wrapped after "phối hợp với các"
		assertThat(bank.line()).isEqualTo(499);
		assertThat(bank.lead()).containsExactly("Ngân hàng Nhà nước chi nhánh Khu vực 3");
		assertThat(bank.coordinating()).isEqualTo(ALL_DEPARTMENTS);

		TaskItem interior = task(tasks, "3.1", "3"); // line 566: "phối hợp với với" (doubled word)
		assertThat(interior.line()).isEqualTo(566);
		assertThat(interior.lead()).containsExactly("Sở Nội vụ");
		assertThat(interior.coordinating()).isEqualTo(ALL_DEPARTMENTS);
		assertThat(interior.title()).startsWith("Thực hiện quyết liệt, có hiệu quả chủ trương tinh giản"); // line 568

		TaskItem sectors = task(tasks, "4.5", "4"); // line 819: lead without "chủ trì", then ", phối hợp với"
		assertThat(sectors.lead()).containsExactly("Các sở, ban, ngành theo lĩnh vực quản lý nhà nước được giao");
		assertThat(sectors.coordinating()).containsExactly("các địa phương");

		TaskItem culture = task(tasks, "5.5", "5"); // line 1068: a name with a comma inside
		assertThat(culture.line()).isEqualTo(1068);
		assertThat(culture.lead()).containsExactly("Sở Văn hóa, Thể thao và Du lịch");

		TaskItem ethnic = task(tasks, "7.3", "7"); // line 1505, the work says "trong năm 2025"
		assertThat(ethnic.lead()).containsExactly("Sở Dân tộc và Tôn giáo");
		assertThat(ethnic.period().due()).isEqualTo(LocalDate.of(2025, 12, 31));

		TaskItem army = task(tasks, "10.1", "10"); // lines 1731-1733, "phối" / "hợp với" split over lines
		assertThat(army.line()).isEqualTo(1731);
		assertThat(army.lead()).containsExactly("Bộ Chỉ huy quân sự tỉnh", "Bộ Chỉ huy biên phòng tỉnh");
		assertThat(army.coordinating()).isEqualTo(ALL_DEPARTMENTS);

		TaskItem front = task(tasks, "12.2", "12"); // lines 1918-1920: "Đề nghị ..., các tổ chức chính trị, xã hội tỉnh:"
		assertThat(front.line()).isEqualTo(1918);
		assertThat(front.lead()).containsExactly("Ủy ban Mặt trận tổ quốc Việt Nam tỉnh", "các tổ chức chính trị, xã hội tỉnh");
		assertThat(front.title()).startsWith("Nâng cao hiệu quả công tác dân vận");
	}

	@Test
	void assignsEachSolutionOfTheActionProgrammeFromTheBlockBelowIt() {
		List<TaskItem> tasks = ProseTaskReader.read(Seeds.lines(Seeds.S000)).stream()
				.filter(t -> t.code().startsWith("(")).toList();
		// groups 1-12 have 7+2+3+3+5+4+3+4+3+3+3+5 solutions followed by "Tổ chức thực hiện"; group 13 has none
		assertThat(tasks).hasSize(45);

		TaskItem first = task(tasks, "(1)", "1"); // line 65, block lines 81-85
		assertThat(first.line()).isEqualTo(65);
		assertThat(first.lead()).containsExactly("Đảng ủy Ủy ban nhân dân tỉnh");
		assertThat(first.coordinating()).containsExactly("Các đảng ủy trực thuộc tỉnh ủy");
		assertThat(first.period().raw()).isEqualTo("Giai đoạn 2026-2030");
		assertThat(first.period().start()).isEqualTo(LocalDate.of(2026, 1, 1));
		assertThat(first.period().due()).isEqualTo(LocalDate.of(2030, 12, 31));

		TaskItem seventh = task(tasks, "(7)", "1"); // line 79, same block
		assertThat(seventh.line()).isEqualTo(79);
		assertThat(seventh.lead()).containsExactly("Đảng ủy Ủy ban nhân dân tỉnh");

		TaskItem growth = task(tasks, "(2)", "2"); // line 103, block lines 115-119
		assertThat(growth.line()).isEqualTo(103);
		assertThat(growth.title()).startsWith("Đổi mới mô hình tăng trưởng");

		TaskItem telecom = task(tasks, "(5)", "5"); // line 171, block line 176 with ';' and ','
		assertThat(telecom.line()).isEqualTo(171);
		assertThat(telecom.coordinating()).containsExactly("Văn phòng Tỉnh ủy", "các đảng ủy trực thuộc tỉnh ủy",
				"các Tập đoàn viễn thông");

		TaskItem defence = task(tasks, "(4)", "8"); // line 227, block line 233
		assertThat(defence.line()).isEqualTo(227);
		assertThat(defence.lead()).containsExactly("Đảng ủy Ủy ban nhân dân tỉnh", "Đảng ủy Quân sự tỉnh",
				"Đảng ủy Công an tỉnh");

		TaskItem front = task(tasks, "(1)", "10"); // line 261, block line 271
		assertThat(front.lead()).containsExactly("Đảng ủy Ủy ban nhân dân tỉnh", "Đảng ủy Mặt trận Tổ quốc Việt Nam tỉnh");

		TaskItem propaganda = task(tasks, "(1)", "12"); // line 299, its own block lines 301-305
		assertThat(propaganda.line()).isEqualTo(299);
		assertThat(propaganda.lead()).containsExactly("Ban Tuyên giáo và Dân vận Tỉnh ủy");
		assertThat(propaganda.coordinating()).containsExactly("Các đảng ủy trực thuộc tỉnh ủy",
				"các cơ quan tham mưu, giúp việc tỉnh ủy");

		TaskItem organisation = task(tasks, "(2)", "12"); // line 307, block line 311
		assertThat(organisation.lead()).containsExactly("Ban Tổ chức Tỉnh ủy");

		TaskItem inspection = task(tasks, "(4)", "12"); // line 325, block line 329
		assertThat(inspection.lead()).containsExactly("Ủy ban Kiểm tra Tỉnh ủy");

		TaskItem leadership = task(tasks, "(5)", "12"); // line 333, block line 337 ends with a comma
		assertThat(leadership.lead()).containsExactly("Văn phòng Tỉnh ủy", "Ban Tổ chức Tỉnh ủy");
	}

	@Test
	void readsAssignmentsThatOpenWithTheAssigningWord() {
		List<TaskItem> tasks = ProseTaskReader.read(Seeds.lines(Seeds.S002));

		// line 279: "3. Giao Sở Kế hoạch và Đầu tư chủ trì, phối hợp với các sở, ngành liên quan tổ chức theo dõi, ..."
		TaskItem monitoring = tasks.stream().filter(t -> t.line() == 279).findFirst().orElseThrow();
		assertThat(monitoring.lead()).containsExactly("Sở Kế hoạch và Đầu tư");
		assertThat(monitoring.coordinating()).containsExactly("các sở, ngành liên quan");
		assertThat(monitoring.title()).startsWith("tổ chức theo dõi, đôn đốc việc triển khai");

		// line 281: "4. Sở Thông tin và Truyền thông chủ trì, phối hợp với Đài phát thanh truyền hình tỉnh, ..."
		TaskItem media = tasks.stream().filter(t -> t.line() == 281).findFirst().orElseThrow();
		assertThat(media.lead()).containsExactly("Sở Thông tin và Truyền thông");
		assertThat(media.coordinating()).contains("Báo Sơn La");
	}

	@Test
	void ignoresTextWithoutNumberedAssignments() {
		assertThat(ProseTaskReader.read(List.of("Tăng cường công tác", "", "Sở Tài chính chủ trì"))).isEmpty();
		assertThat(ProseTaskReader.read(List.of())).isEmpty();
	}
}
