package vn.plantrack.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * Golden expectations for the tables of the seed documents, written by reading the sources by hand
 * (src/main/resources/samples). Every number in a comment is the source line of the expectation.
 */
class SeedTablesGoldenTests {

	private static final Extractor EXTRACTOR = new Extractor();

	private static Extraction seed(String name) throws IOException {
		try (InputStream in = SeedTablesGoldenTests.class.getResourceAsStream("/samples/" + name)) {
			return EXTRACTOR.extract(name, new String(in.readAllBytes(), StandardCharsets.UTF_8));
		}
	}

	private static Extraction seed000() throws IOException {
		return seed("000_c86e37a0cf2b9f3d.txt");
	}

	private static Extraction seed002() throws IOException {
		return seed("002_17c3b43f6ad53c25.txt");
	}

	private static Extraction seed004() throws IOException {
		return seed("004_37c5d7600e8f8767.txt");
	}

	private static TaskItem task(Extraction e, int line) {
		return e.tasks().stream().filter(t -> t.line() == line).findFirst()
				.orElseThrow(() -> new AssertionError("no task at line " + line));
	}

	private static IndicatorItem indicator(Extraction e, int line) {
		return e.indicators().stream().filter(t -> t.line() == line).findFirst()
				.orElseThrow(() -> new AssertionError("no indicator at line " + line));
	}

	private static ProjectItem project(Extraction e, int line) {
		return e.projects().stream().filter(t -> t.line() == line).findFirst()
				.orElseThrow(() -> new AssertionError("no project at line " + line));
	}

	private static void assertTask(TaskItem t, String code, String group, String periodRaw) {
		assertThat(t.code()).as("code at %d", t.line()).isEqualTo(code);
		assertThat(t.group()).as("group at %d", t.line()).isEqualTo(group);
		assertThat(t.period() == null ? null : t.period().raw()).as("period at %d", t.line()).isEqualTo(periodRaw);
	}

	private static void assertIndicator(IndicatorItem i, String code, String group, String targetRaw) {
		assertThat(i.code()).as("code at %d", i.line()).isEqualTo(code);
		assertThat(i.group()).as("group at %d", i.line()).isEqualTo(group);
		assertThat(i.target() == null ? null : i.target().raw()).as("target at %d", i.line()).isEqualTo(targetRaw);
	}

	// ---- 000: Chương trình hành động 14-CTr/TU, Phụ lục 01 (tasks) and Phụ lục 02 (indicators)

	@Test
	void seed000HasTwoAppendixTablesWithTheirCountsByHand() throws IOException {
		List<TableInfo> tables = seed000().tables();
		assertThat(tables).hasSize(2);
		// 403 caption; 407 header; 408..479 twelve "Nhiệm vụ" group rows; 1.1, 2.1-2.8, 3.1-3.3, 4.1-4.5, 5.1-5.6,
		// 6.1-6.5, 7.1-7.7, 8.1, 9.1-9.2, 10.1-10.2, 11.1-11.4, 12.1-12.6 = 50 items; last row 489
		assertThat(tables.get(0)).isEqualTo(new TableInfo("PHỤ LỤC SỐ 01 PHÂN CÔNG THỰC HIỆN CÁC NHIỆM VỤ CỤ THỂ",
				"tasks", 12, 50, 407, 489));
		// 491+493 caption; 499 header; indicators 1..26 without groups; last row 529
		assertThat(tables.get(1)).isEqualTo(new TableInfo(
				"PHỤ LỤC SỐ 02 PHÂN CÔNG CƠ QUAN CHỦ TRÌ THỰC HIỆN CÁC CHỈ TIÊU ĐẾN NĂM 2030", "indicators", 0, 26, 499, 529));
	}

	@Test
	void seed000AppendixOneRowsReadFieldByField() throws IOException {
		Extraction e = seed000();
		assertThat(e.tasks().stream().filter(t -> t.line() >= 407 && t.line() <= 489)).hasSize(50);
		// 409: first item under group 1 (row 408 "<b>1</b>")
		TaskItem t409 = task(e, 409);
		assertTask(t409, "1.1", "1", "2026-2030");
		assertThat(t409.resources()).isEqualTo("Nguồn NSNN và các nguồn vốn hợp pháp khác");
		// 411
		TaskItem t411 = task(e, 411);
		assertTask(t411, "2.1", "2", "2026-2030");
		assertThat(t411.lead()).containsExactly("Đảng ủy Sở Tài chính");
		assertThat(t411.coordinating()).containsExactly("Đảng ủy HĐND tỉnh", "các đảng ủy trực thuộc tỉnh ủy",
				"các cơ quan tham mưu, giúp việc tỉnh ủy");
		// 414: first row after the header repeated at 413
		TaskItem t414 = task(e, 414);
		assertTask(t414, "2.2", "2", "2026-2030");
		assertThat(t414.lead()).containsExactly("Đảng ủy Sở Nông nghiệp và Môi trường", "Đảng ủy Sở Tài chính",
				"Đảng ủy Sở Văn hóa, Thể thao và Du lịch");
		// 422: period outside the term is kept as written
		assertTask(task(e, 422), "2.8", "2", "2026-2031");
		assertThat(task(e, 422).lead()).containsExactly("Đảng ủy Sở Công thương");
		// 425: group 3 is a row with a plain "3" and a bold title (423)
		assertTask(task(e, 425), "3.2", "3", "2026");
		// 433
		assertTask(task(e, 433), "4.4", "4", "2025-2035");
		assertThat(task(e, 433).lead()).containsExactly("Đảng ủy Sở Giáo dục và đào tạo");
		// 458
		assertTask(task(e, 458), "7.4", "7", "2026-2027");
		// 465
		assertTask(task(e, 465), "8.1", "8", "2026-2030");
		assertThat(task(e, 465).lead()).containsExactly("Đảng ủy Bộ Chỉ huy Quân sự tỉnh", "Công an tỉnh");
		// 473: group 10 has no "Nhiệm vụ" prefix (469)
		TaskItem t473 = task(e, 473);
		assertTask(t473, "10.2", "10", "2026-2030");
		assertThat(t473.lead()).containsExactly("Đảng ủy Ủy ban nhân dân tỉnh");
		assertThat(t473.coordinating()).containsExactly("Các đảng ủy trực thuộc tỉnh ủy",
				"các cơ quan tham mưu, giúp việc tỉnh ủy");
		// 482: no resources written
		assertTask(task(e, 482), "12.1", "12", "2026-2030");
		assertThat(task(e, 482).resources()).isNull();
		// 485
		TaskItem t485 = task(e, 485);
		assertTask(t485, "12.4", "12", "2026 - 2030");
		assertThat(t485.lead()).containsExactly("Ủy ban Kiểm tra Tỉnh ủy");
		assertThat(t485.coordinating()).containsExactly("Các cơ quan tham mưu, giúp việc Tỉnh ủy");
		assertThat(t485.resources()).isEqualTo("Nhiệm vụ thường xuyên");
		// 489: "<p>" tag stripped from the title
		TaskItem t489 = task(e, 489);
		assertTask(t489, "12.6", "12", "2026-2030");
		assertThat(t489.title()).startsWith("Tăng cường xây dựng Đảng về chính trị");
		assertThat(t489.lead()).containsExactly("Ban Tuyên giáo và Dân vận Tỉnh ủy");
	}

	@Test
	void seed000AppendixTwoIndicatorsStateTheirTargetInTheirName() throws IOException {
		Extraction e = seed000();
		assertThat(e.indicators()).hasSize(26);
		// 500
		assertIndicator(indicator(e, 500), "1", null,
				"Tốc độ tăng tổng sản phẩm (GRDP) bình quân giai đoạn 2026-2030 đạt 10%/năm");
		// 504
		assertIndicator(indicator(e, 504), "5", null, "Thu ngân sách trên địa bàn năm 2030 đạt 8.000 tỷ đồng");
		assertThat(indicator(e, 504).lead()).containsExactly("Đảng ủy Sở Tài chính", "Đảng ủy Thuế tỉnh");
		// 505
		assertIndicator(indicator(e, 505), "6", null, "Tỷ lệ đô thị hóa đến năm 2030 đạt 25,8%");
		assertThat(indicator(e, 505).lead()).containsExactly("Đảng ủy Sở Xây dựng");
		// 508
		assertThat(indicator(e, 508).code()).isEqualTo("9");
		assertThat(indicator(e, 508).lead()).containsExactly("Đảng ủy Sở Nội vụ");
		assertThat(indicator(e, 508).coordinating()).containsExactly("Đảng ủy xã, phường",
				"Đảng ủy Sở Nông nghiệp và Môi trường");
		// 511: after the header repeated at 510
		assertThat(indicator(e, 511).code()).isEqualTo("10");
		assertThat(indicator(e, 511).lead()).containsExactly("Đảng ủy Sở Giáo dục và Đào tạo");
		// 513
		assertIndicator(indicator(e, 513), "12", null, "Đến năm 2030: có 9,5 bác sỹ/10.000 dân; có 34,5 giường bệnh/10.000 dân");
		assertThat(indicator(e, 513).coordinating()).containsExactly("Đảng ủy xã, phường");
		// 516
		assertThat(indicator(e, 516).code()).isEqualTo("15");
		assertThat(indicator(e, 516).lead()).containsExactly("Đảng ủy Giáo dục và Đào tạo");
		// 518
		assertThat(indicator(e, 518).code()).isEqualTo("17");
		assertThat(indicator(e, 518).coordinating()).containsExactly("Đảng ủy xã, phường",
				"các đảng ủy trực thuộc tỉnh ủy", "các tổ chức đảng có liên quan");
		// 524: after the header repeated at 523
		assertThat(indicator(e, 524).code()).isEqualTo("21");
		assertThat(indicator(e, 524).lead()).containsExactly("Đảng ủy Sở Nông nghiệp và Môi trường");
		// 526
		assertIndicator(indicator(e, 526), "23", null,
				"Hàng năm có từ 90% tổ chức cơ sở đảng, đảng viên được đánh giá, xếp loại từ hoàn thành tốt nhiệm vụ trở lên");
		assertThat(indicator(e, 526).lead()).containsExactly("Ban Tổ chức Tỉnh ủy");
		assertThat(indicator(e, 526).coordinating()).containsExactly("Các đảng ủy trực thuộc tỉnh ủy");
		// 529: last line of the file
		assertThat(indicator(e, 529).code()).isEqualTo("26");
		assertThat(indicator(e, 529).lead()).containsExactly("Đảng ủy Sở Xây dựng");
	}

	@Test
	void seed000AgencyLists() throws IOException {
		Extraction e = seed000();
		// 486: commas between known names, then semicolons
		assertThat(task(e, 486).coordinating()).containsExactly("Thanh tra tỉnh", "Công an tỉnh",
				"Tòa án nhân dân tỉnh", "Viện Kiểm sát nhân dân tỉnh", "MTTQ Việt Nam tỉnh", "Đảng ủy UBND Tỉnh",
				"Đảng ủy các cơ quan Đảng tỉnh", "Đảng ủy Công an tỉnh");
	}

	// ---- 002: Quyết định 139/QĐ-UBND, appendix of 117 tasks in 10 groups

	@Test
	void seed002HasOneTableOf117TasksInTenGroups() throws IOException {
		List<TableInfo> tables = seed002().tables();
		assertThat(tables).hasSize(1);
		// 296-297 caption in capitals; 301 header; groups I..X; items I:5 II:28 III:3 IV:2 V:30 VI:12 VII:19
		// VIII:10 IX:5 X:3 = 117; last row 467
		assertThat(tables.get(0)).isEqualTo(new TableInfo(
				"CÁC CÔNG VIỆC CỤ THỂ THUỘC CHƯƠNG TRÌNH HÀNH ĐỘNG THỰC HIỆN NGHỊ QUYẾT CỦA HĐND TỈNH VỀ KẾ HOẠCH PHÁT TRIỂN KINH TẾ - XÃ HỘI 5 NĂM 2021-2025",
				"tasks", 10, 117, 301, 467));
		assertThat(seed002().tasks().stream().filter(t -> t.line() >= 301)).hasSize(117);
	}

	@Test
	void seed002RowsReadFieldByField() throws IOException {
		Extraction e = seed002();
		// 303
		assertTask(task(e, 303), "1", "I", "Hàng năm");
		assertThat(task(e, 303).lead()).containsExactly("Sở Tư pháp");
		// 306: no coordinating body
		assertTask(task(e, 306), "4", "I", "Hàng năm");
		assertThat(task(e, 306).lead()).containsExactly("Các sở, ngành");
		assertThat(task(e, 306).coordinating()).isEmpty();
		// 307: deadline "2021" and working period "Hàng năm" both kept
		assertTask(task(e, 307), "5", "I", "2021; Hàng năm");
		assertThat(task(e, 307).lead()).containsExactly("Sở Kế hoạch và Đầu tư");
		// 311: first item of group II (308), after the header repeated at 310
		assertTask(task(e, 311), "1", "II", "Quý I/2021; 2021-2025");
		// 312: deadline only
		assertTask(task(e, 312), "2", "II", "Tháng 3/2021");
		// 326: after a page break (322-325)
		assertTask(task(e, 326), "11", "II", "Tháng 1/2021; 2021-2025");
		assertThat(task(e, 326).lead()).containsExactly("Sở Nông nghiệp và Phát triển nông thôn");
		// 333
		assertTask(task(e, 333), "18", "II", "Quý IV/2021");
		// 354
		assertTask(task(e, 354), "1", "IV", "2021-2025");
		assertThat(task(e, 354).lead()).containsExactly("BQL dự án di dân tái định cư thủy điện Sơn La");
		// 367: same text in both period columns
		assertTask(task(e, 367), "9", "V", "2021");
		// 370
		assertTask(task(e, 370), "12", "V", "Năm 2021");
		assertThat(task(e, 370).coordinating()).containsExactly("Thư viện tỉnh Sơn La");
		// 422
		assertTask(task(e, 422), "5", "VII", "Hàng năm");
		assertThat(task(e, 422).lead()).containsExactly("UBND huyện, thành phố");
		assertThat(task(e, 422).coordinating()).containsExactly("Sở Tài nguyên và Môi trường");
		// 444: after the header repeated with the typo "ST" (442)
		assertTask(task(e, 444), "1", "VIII", "Tháng 12/2020; 2021-2025");
		assertThat(task(e, 444).lead()).containsExactly("Sở Nội vụ");
		// 456
		assertTask(task(e, 456), "9", "VIII", "2021");
		assertThat(task(e, 456).coordinating()).isEmpty();
		// 460
		assertTask(task(e, 460), "2", "IX", "Trước năm 2025");
		assertThat(task(e, 460).lead()).containsExactly("Bộ Chỉ huy quân sự tỉnh");
		// 465
		assertTask(task(e, 465), "1", "X", "Tháng 10 hàng năm; Hàng năm");
		// 467: last row
		assertTask(task(e, 467), "3", "X", "2021-2025");
		assertThat(task(e, 467).lead()).containsExactly("Sở Ngoại vụ");
	}

	@Test
	void seed002AgencyLists() throws IOException {
		Extraction e = seed002();
		// 303: "Các sở, ban, ngành; UBND các huyện, thành phố"
		assertThat(task(e, 303).coordinating()).containsExactly("Các sở, ban, ngành", "UBND các huyện, thành phố");
		// 354
		assertThat(task(e, 354).coordinating()).containsExactly("Các sở, ban, ngành liên quan",
				"UBND các huyện, thành phố");
		// 376: "Sở Nội vụ, Sở tài chính; Nhà hát ca múa nhạc"
		assertThat(task(e, 376).coordinating()).containsExactly("Sở Nội vụ", "Sở tài chính", "Nhà hát ca múa nhạc");
		// 393
		assertThat(task(e, 393).coordinating()).containsExactly("Công an tỉnh", "Sở TN&MT", "Sở Xây dựng",
				"Sở VH-TT&DL", "UBND các huyện, thành phố");
	}

	// ---- 004: Kế hoạch of Lai Châu, Phụ lục 1-4

	@Test
	void seed004HasFourAppendixTablesWithTheirCountsByHand() throws IOException {
		List<TableInfo> tables = seed004().tables();
		assertThat(tables).extracting(TableInfo::kind).containsExactly("indicators", "resolutions", "tasks", "projects");
		// Phụ lục 1: groups I (359), II (370), III (410, title in the number cell), IV (416);
		// rows 360-369 (10) + 371-381 (11) + 383-408 (26) + 411-415 (5) + 417-421 (5) = 57
		assertThat(tables.get(0)).isEqualTo(
				new TableInfo("PHỤ LỤC 1 Danh mục các chỉ tiêu chủ yếu đến năm 2030", "indicators", 4, 57, 358, 421));
		// Phụ lục 2: groups I, II, III; 8 + 4 + 2 resolutions
		assertThat(tables.get(1).groups()).isEqualTo(3);
		assertThat(tables.get(1).rows()).isEqualTo(14);
		assertThat(tables.get(1).firstLine()).isEqualTo(431);
		assertThat(tables.get(1).lastLine()).isEqualTo(450);
		// Phụ lục 3: groups I, 1-12, II (602, its title continued at 605 after the page break), 2, 3, III, 1-4,
		// IV, 1, 2 = 24; items 102 under I + 35 under II + 18 under III + 5 under IV = 160
		assertThat(tables.get(2)).isEqualTo(new TableInfo("PHỤ LỤC 3 Danh mục nhiệm vụ cụ thể trong nhiệm kỳ 2025 - 2030",
				"tasks", 24, 160, 459, 689));
		// Phụ lục 4: A, I-IX, B, I, II, III, 1-4, IV, 1-2, V-X = 27 groups; 115 projects
		assertThat(tables.get(3).groups()).isEqualTo(27);
		assertThat(tables.get(3).rows()).isEqualTo(115);
		assertThat(tables.get(3).firstLine()).isEqualTo(698);
		assertThat(tables.get(3).lastLine()).isEqualTo(864);
	}

	@Test
	void seed004IndicatorsLinkSubRowsAndFillDownTheAdvisingUnit() throws IOException {
		Extraction e = seed004();
		// 57 rows minus 376 and 387, whose targets are on their '+' sub-rows
		assertThat(e.indicators()).hasSize(55);
		assertThat(e.indicators()).noneMatch(i -> i.line() == 376 || i.line() == 387);
		// 360
		IndicatorItem i360 = indicator(e, 360);
		assertIndicator(i360, "1", "I", "Bình quân khoảng 10%");
		assertThat(i360.name()).isEqualTo("Tốc độ tăng trưởng GRDP");
		assertThat(i360.lead()).containsExactly("Chi bộ Tổng hợp – Nội chính");
		// 361: '-' sub-row of 1, unit cell merged from 360
		assertIndicator(indicator(e, 361), "1.2", "I", "90 triệu đồng");
		assertThat(indicator(e, 361).lead()).containsExactly("Chi bộ Tổng hợp – Nội chính");
		// 362
		assertIndicator(indicator(e, 362), "1.3", "I", "4.596.000 đồng/người/tháng");
		// 363
		assertIndicator(indicator(e, 363), "2", "I", "> 4.500 tỷ đồng");
		assertThat(indicator(e, 363).lead()).containsExactly("Chi bộ Kinh tế ngành – Văn xã");
		// 366: filled down from 363
		assertIndicator(indicator(e, 366), "4.2", "I", "> 2.700 tỷ đồng");
		assertThat(indicator(e, 366).lead()).containsExactly("Chi bộ Kinh tế ngành – Văn xã");
		// 368
		assertIndicator(indicator(e, 368), "6", "I", "8-9%/năm");
		// 377: '+' sub-row of the fifth '-' item of 9 (376)
		assertIndicator(indicator(e, 377), "9.5.1", "II", "99,8%");
		assertThat(indicator(e, 377).name()).isEqualTo("Mẫu giáo");
		// 380
		assertIndicator(indicator(e, 380), "9.5.4", "II", "≥ 60%");
		// 383: the advising-unit column was lost (383-408); filled down from 371
		assertIndicator(indicator(e, 383), "10", "II", "10.000 lao động/năm");
		assertThat(indicator(e, 383).lead()).containsExactly("Chi bộ Kinh tế ngành – Văn xã");
		// 386
		assertIndicator(indicator(e, 386), "10.3.1", "II", "> 35%");
		// 393
		assertIndicator(indicator(e, 393), "11.2", "II", "<10%");
		// 412: group III written in the number cell (410)
		assertIndicator(indicator(e, 412), "17", "III", "95%");
		// 417
		assertIndicator(indicator(e, 417), "20", "IV", "06 đảng viên");
		assertThat(indicator(e, 417).lead()).containsExactly("Các chi bộ trực thuộc");
		// 420: filled down from 417
		assertIndicator(indicator(e, 420), "21.3", "IV", "100%");
		assertThat(indicator(e, 420).lead()).containsExactly("Các chi bộ trực thuộc");
	}

	@Test
	void seed004ResolutionsAreTasksWithASubmissionTime() throws IOException {
		Extraction e = seed004();
		assertThat(e.tasks().stream().filter(t -> t.line() >= 431 && t.line() <= 450)).hasSize(14);
		assertTask(task(e, 433), "1", "I", "Quý II/2026"); // 433
		assertThat(task(e, 433).lead()).containsExactly("Chi bộ Kinh tế ngành – Văn xã");
		assertTask(task(e, 434), "2", "I", "Tháng 3/2026"); // 434
		assertTask(task(e, 435), "3", "I", "Đã tham mưu ban hành"); // 435
		assertTask(task(e, 441), "7", "I", "Đã tham mưu ban hành"); // 441, after the repeated bold header 440
		assertTask(task(e, 442), "8", "I", "Tháng 3/2026"); // 442
		assertTask(task(e, 444), "1", "II", "Đã tham mưu ban hành"); // 444
		assertThat(task(e, 444).lead()).containsExactly("Chi bộ Tổng hợp – Nội chính");
		assertTask(task(e, 446), "3", "II", "Quý II/2026"); // 446
		assertTask(task(e, 447), "4", "II", "Tháng 3/2026"); // 447
		assertTask(task(e, 449), "1", "III", "Tháng 3/2026"); // 449
		assertTask(task(e, 450), "2", "III", "Đã ban hành"); // 450
	}

	@Test
	void seed004AppendixThreeRowsReadFieldByField() throws IOException {
		Extraction e = seed004();
		assertTask(task(e, 462), "1.1", "1", "Khi có chỉ đạo, hướng dẫn"); // 462
		assertThat(task(e, 462).lead()).containsExactly("Chi bộ Hành chính – Quản trị");
		assertTask(task(e, 464), "1.3", "1", "Thực hiện thường xuyên"); // 464
		assertThat(task(e, 464).lead()).containsExactly("Các chi bộ trực thuộc");
		assertTask(task(e, 468), "2.1", "2", "Thực hiện thường xuyên"); // 468, after header repeat 467
		assertTask(task(e, 489), "3.1", "3", "Năm 2026 - 2029"); // 489
		assertTask(task(e, 498), "4.2", "4", "Thường xuyên"); // 498
		assertThat(task(e, 498).lead()).containsExactly("Chi bộ Kinh tế ngành – Văn xã", "Chi bộ Tin học – Hành chính công");
		// 524 continued at 527 after the page break (header repeat 526)
		assertTask(task(e, 524), "6.2", "6", "Thực hiện thường xuyên");
		assertThat(task(e, 524).title()).contains("công chức, viên chức bảo đảm nguyên tắc \"có vào, có ra\"")
				.endsWith("đa chiều, theo kết quả, sản phẩm cụ thể.");
		assertThat(e.tasks()).noneMatch(t -> t.line() == 527);
		// 555: number missing between 8.3 and 8.5
		assertTask(task(e, 555), null, "8", "Thực hiện thường xuyên");
		assertThat(task(e, 555).lead()).containsExactly("Chi bộ Hành chính – Quản trị");
		assertTask(task(e, 561), "9.1", "9", "Năm 2025 - 2030"); // 561, group 9 has a plain number (560)
		assertTask(task(e, 606), "1", "II", "Năm 2026"); // 606
		assertTask(task(e, 608), "2.1", "2", "Năm 2026"); // 608
		assertTask(task(e, 650), "4.0", "3", "Từ khi ban hành đề án"); // 650
		assertTask(task(e, 668), "1", "3", "Năm 2026 - 2030"); // 668
		assertTask(task(e, 689), "2.3", "2", "Năm 2026 - 2030"); // 689
	}

	@Test
	void seed004AppendixFourProjectsCarryFundingGroupAndSector() throws IOException {
		Extraction e = seed004();
		assertThat(e.projects()).hasSize(115);
		// A. NGÂN SÁCH NHÀ NƯỚC: I 10, II 6, III 5, IV 4, V 1, VI 3, VII 4, VIII 2, IX 1 = 36
		assertThat(e.projects().stream().filter(p -> "NSNN".equals(p.fundingGroup()))).hasSize(36);
		assertThat(e.projects().stream().filter(p -> "other".equals(p.fundingGroup()))).hasSize(79);
		ProjectItem p701 = project(e, 701); // 701
		assertThat(p701.code()).isEqualTo("1");
		assertThat(p701.group()).isEqualTo("I");
		assertThat(p701.fundingGroup()).isEqualTo("NSNN");
		assertThat(p701.sector()).isEqualTo("HẠ TẦNG GIAO THÔNG");
		assertThat(p701.period().raw()).isEqualTo("Năm 2026-2030");
		assertThat(p701.lead()).containsExactly("Chi bộ Kinh tế ngành – Văn xã");
		assertThat(project(e, 704).period().raw()).isEqualTo("Hoàn thành năm 2027"); // 704
		assertThat(project(e, 710).code()).isEqualTo("8"); // 710, after header repeat 709
		ProjectItem p721 = project(e, 721); // 721
		assertThat(p721.sector()).isEqualTo("HẠ TẦNG QUỐC PHÒNG, AN NINH");
		assertThat(p721.lead()).containsExactly("Chi bộ Tổng hợp – Nội chính");
		ProjectItem p748 = project(e, 748); // 748: truncated period kept as written
		assertThat(p748.code()).isEqualTo("2");
		assertThat(p748.group()).isEqualTo("VIII");
		assertThat(p748.period().raw()).isEqualTo("Năm 2026-203");
		ProjectItem p755 = project(e, 755); // 755: "1." written with a dot, first project outside the budget
		assertThat(p755.code()).isEqualTo("1");
		assertThat(p755.group()).isEqualTo("I");
		assertThat(p755.fundingGroup()).isEqualTo("other");
		assertThat(p755.sector()).isEqualTo("HẠ TẦNG DU LỊCH");
		ProjectItem p789 = project(e, 789); // 789: B > III > 1
		assertThat(p789.code()).isEqualTo("1.1");
		assertThat(p789.group()).isEqualTo("1");
		assertThat(p789.sector()).isEqualTo("HẠ TẦNG CÔNG NGHIỆP");
		assertThat(project(e, 819).group()).isEqualTo("4"); // 819 under the bold group row 818 that names a unit
		assertThat(project(e, 842).period().raw()).isEqualTo("Chi bộ Kinh tế ngành – Văn xã"); // 842
		ProjectItem p864 = project(e, 864); // 864: last row
		assertThat(p864.code()).isEqualTo("2");
		assertThat(p864.group()).isEqualTo("X");
		assertThat(p864.sector()).isEqualTo("MÔI TRƯỜNG");
	}

	@Test
	void seed004TableStructureFindingsNameTheirLines() throws IOException {
		List<Finding> findings = seed004().findings();
		assertThat(findings).anySatisfy(f -> {
			assertThat(f.kind()).isEqualTo("lost_column");
			assertThat(f.line()).isEqualTo(383);
		});
		// gaps: 4.5→4.7 (502), 6.7→6.9 (533), 8.3→8.5 (556), 9.5→9.8 (566), 9.8→9.10 (567)
		assertThat(findings.stream().filter(f -> f.kind().equals("numbering_gap")).map(Finding::line))
				.containsExactly(502, 533, 556, 566, 567);
		assertThat(findings).anyMatch(f -> f.kind().equals("missing_code") && f.line() == 555);
		// 650 "4.0" and 668 "1" under group 3
		assertThat(findings.stream().filter(f -> f.kind().equals("numbering_mismatch")).map(Finding::line))
				.containsExactly(650, 668);
		// "Năm 2026-203": 748, 750, 755-759
		assertThat(findings.stream().filter(f -> f.kind().equals("truncated_cell")).map(Finding::line))
				.containsExactly(748, 750, 755, 756, 757, 758, 759);
	}
}
