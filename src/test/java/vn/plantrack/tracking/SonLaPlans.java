package vn.plantrack.tracking;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;

import vn.plantrack.extract.DocumentInfo;
import vn.plantrack.extract.Extraction;
import vn.plantrack.extract.IndicatorItem;
import vn.plantrack.extract.PeriodValue;
import vn.plantrack.extract.TargetValue;
import vn.plantrack.extract.TaskItem;
import vn.plantrack.registry.DocumentImport;
import vn.plantrack.registry.PlanConfirmation;

/**
 * Registers real task rows of the sample plans, as a reviewer would confirm them, in a fresh document of
 * Sơn La (so every test gets its own tasks). Line numbers are those of the seed files.
 */
public final class SonLaPlans {

	private SonLaPlans() {
	}

	static final List<String> DISTRICTS_AND_DEPARTMENTS = List.of("Các sở, ban, ngành", "UBND các huyện, thành phố");

	static final PeriodValue YEARLY = new PeriodValue("Hàng năm", null, null, null, "yearly", null);

	/** Rows of 002 (Quyết định 139/QĐ-UBND, 2021), assigned to agencies reorganised in 2025. */
	public static Extraction seed002() {
		List<TaskItem> tasks = List.of(
				// 002:307 lead "Sở Kế hoạch và Đầu tư", "Hàng năm"
				new TaskItem("5", "I", "Xây dựng và tổ chức thực hiện hiệu quả Quy hoạch tỉnh Sơn La thời kỳ 2021-2030, tầm nhìn đến năm 2050",
						List.of("Sở Kế hoạch và Đầu tư"), DISTRICTS_AND_DEPARTMENTS, YEARLY, null, 307),
				// 002:312 lead "Sở Kế hoạch và Đầu tư", due "Tháng 3/2021"
				new TaskItem("2", "II", "Chuẩn bị tổ chức Hội nghị xúc tiến đầu tư tỉnh Sơn La năm 2021",
						List.of("Sở Kế hoạch và Đầu tư"), DISTRICTS_AND_DEPARTMENTS,
						new PeriodValue("Tháng 3/2021", LocalDate.of(2021, 3, 1), LocalDate.of(2021, 3, 31),
								LocalDate.of(2021, 3, 31), null, null),
						null, 312),
				// 002:316 lead "Sở Xây dựng" (not reorganised), "Hàng năm"
				new TaskItem("6", "II", "Rà soát, tham mưu ban hành bộ đơn giá xây dựng, đơn giá nhân công, máy xây dựng, đơn giá dịch vụ công ích",
						List.of("Sở Xây dựng"), DISTRICTS_AND_DEPARTMENTS, YEARLY, null, 316),
				// 002:385 lead "Sở Thông tin và Truyền thông", due 2022
				new TaskItem("22", "V", "Xây dựng trung tâm giám sát, điều hành đô thị thông minh tỉnh Sơn La",
						List.of("Sở Thông tin và Truyền thông"), List.of("Các sở, ban, ngành", "UBND các huyện, thành phố"),
						new PeriodValue("2022", LocalDate.of(2022, 1, 1), LocalDate.of(2022, 12, 31),
								LocalDate.of(2022, 12, 31), null, null),
						null, 385),
				// 002:391 lead "Sở LĐ-TB&XH" (split in 2025), "Hàng năm"
				new TaskItem("26", "V", "Tiếp tục triển khai thực hiện Đề án đổi mới và phát triển trợ giúp xã hội giai đoạn 2016 - 2025, tầm nhìn đến năm 2030",
						List.of("Sở LĐ-TB&XH"), List.of("Các sở, ngành", "UBND các huyện, thành phố"), YEARLY, null, 391),
				// 002:395 lead "Ban Dân tộc", "2021-2030"
				new TaskItem("30", "V", "Triển khai hiệu quả Đề án tổng thể phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi giai đoạn 2021-2030",
						List.of("Ban Dân tộc"), List.of("Các sở, ban, ngành của tỉnh", "UBND các huyện, thành phố"),
						new PeriodValue("2021-2030", LocalDate.of(2021, 1, 1), LocalDate.of(2030, 12, 31),
								LocalDate.of(2030, 12, 31), null, null),
						null, 395));
		DocumentInfo info = new DocumentInfo("Quyết định", "139/QĐ-UBND", LocalDate.of(2021, 1, 20), "UBND tỉnh Sơn La",
				"Sơn La", "2021-2025", null, List.of(), List.of());
		return new Extraction("002_17c3b43f6ad53c25.txt", info, List.of(), tasks, List.of(), List.of(), List.of(),
				List.of());
	}

	static final List<String> PARTY_COORDINATION = List.of("Đảng ủy HĐND tỉnh", "các đảng ủy trực thuộc tỉnh ủy",
			"các cơ quan tham mưu, giúp việc tỉnh ủy");

	static final PeriodValue TERM = new PeriodValue("2026-2030", LocalDate.of(2026, 1, 1), LocalDate.of(2030, 12, 31),
			LocalDate.of(2030, 12, 31), null, null);

	/** Rows of 000 (Chương trình hành động 14-CTr/TU, 2026), Phụ lục 01. */
	public static Extraction seed000() {
		List<TaskItem> tasks = List.of(
				// 000:411 lead "Đảng ủy Sở Tài chính"
				new TaskItem("2.1", "2", "Tiếp tục lãnh đạo, chỉ đạo thực hiện nội dung Kế hoạch hành động số 32-KH/TU ngày 11/02/2026",
						List.of("Đảng ủy Sở Tài chính"), PARTY_COORDINATION, TERM, null, 411),
				// 000:415 lead "Đảng ủy Sở Xây dựng", coordinating "Đảng ủy Sở Tài chính" first
				new TaskItem("2.3", "2", "Phát triển hạ tầng giao thông đồng bộ, hiện đại, tăng cường kết nối vùng và liên tỉnh",
						List.of("Đảng ủy Sở Xây dựng"),
						List.of("Đảng ủy Sở Tài chính", "Đảng ủy HĐND tỉnh", "các đảng ủy trực thuộc tỉnh ủy",
								"các cơ quan tham mưu, giúp việc tỉnh ủy"),
						TERM, null, 415),
				// 000:420 lead "Đảng ủy Sở Tài chính"
				new TaskItem("2.6", "2", "Triển khai thực hiện Nghị quyết số 09-NQ/TU ngày 30/12/2025 của Ban Chấp hành Đảng bộ tỉnh về thu hút đầu tư",
						List.of("Đảng ủy Sở Tài chính"), PARTY_COORDINATION, TERM, null, 420));
		List<IndicatorItem> indicators = List.of(
				// 000:504 "Thu ngân sách trên địa bàn năm 2030 đạt 8.000 tỷ đồng", lead Đảng ủy Sở Tài chính
				new IndicatorItem("5", "Phụ lục 02", "Thu ngân sách trên địa bàn năm 2030 đạt 8.000 tỷ đồng", "tỷ đồng",
						List.of("Đảng ủy Sở Tài chính", "Đảng ủy Thuế tỉnh"),
						List.of("Đảng ủy xã, phường, tổ chức đảng có liên quan"),
						new TargetValue("đạt 8.000 tỷ đồng", "level", "=", new BigDecimal("8000"), null, null, "tỷ đồng",
								2030, List.of()),
						504),
				// 000:505 "Tỷ lệ đô thị hóa đến năm 2030 đạt 25,8%", lead Đảng ủy Sở Xây dựng
				new IndicatorItem("6", "Phụ lục 02", "Tỷ lệ đô thị hóa đến năm 2030 đạt 25,8%", "%",
						List.of("Đảng ủy Sở Xây dựng"), List.of("Đảng ủy xã, phường, tổ chức đảng có liên quan"),
						new TargetValue("đạt 25,8%", "level", "=", new BigDecimal("25.8"), null, null, "%", 2030, List.of()),
						505));
		DocumentInfo info = new DocumentInfo("Chương trình hành động", "14-CTr/TU", LocalDate.of(2026, 5, 5),
				"Tỉnh ủy Sơn La", "Sơn La", "2025-2030", null, List.of(), List.of());
		return new Extraction("000_c86e37a0cf2b9f3d.txt", info, List.of(), tasks, indicators, List.of(), List.of(),
				List.of());
	}

	/**
	 * Two indicators as a plan adopted before the 2025 reorganisation would assign them: the target of 000:511
	 * ("Năm 2030, tỷ lệ lao động qua đào tạo đạt 75%", which 000 itself gives to the education department) led by
	 * Sở LĐ-TB&XH, the department that held vocational training until its split on 1/3/2025 (002:397 gives it the
	 * human-resources plan), and the FDI target led by Sở Kế hoạch và Đầu tư, merged into Sở Tài chính.
	 */
	public static Extraction indicatorsOfReorganisedAgencies() {
		List<IndicatorItem> indicators = List.of(
				new IndicatorItem("10", "Phụ lục 02", "Năm 2030, tỷ lệ lao động qua đào tạo đạt 75%", "%",
						List.of("Sở Lao động - Thương binh và Xã hội"), List.of("UBND các huyện, thành phố"),
						new TargetValue("đạt 75%", "level", "=", new BigDecimal("75"), null, null, "%", 2030, List.of()), 511),
				new IndicatorItem("5", "Phụ lục 02", "Thu ngân sách trên địa bàn năm 2030 đạt 8.000 tỷ đồng", "tỷ đồng",
						List.of("Sở Kế hoạch và Đầu tư"), List.of(),
						new TargetValue("đạt 8.000 tỷ đồng", "level", "=", new BigDecimal("8000"), null, null, "tỷ đồng",
								2030, List.of()),
						504));
		DocumentInfo info = new DocumentInfo("Kế hoạch", null, LocalDate.of(2021, 1, 20), "UBND tỉnh Sơn La", "Sơn La",
				"2021-2030", null, List.of(), List.of());
		return new Extraction("indicators-before-2025.txt", info, List.of(), List.of(), indicators, List.of(), List.of(),
				List.of());
	}

	/** A fresh Sơn La document with the given rows confirmed; returns its id. */
	public static long register(DocumentImport documentImport, PlanConfirmation confirmation, JdbcClient jdbc,
			Extraction rows) throws Exception {
		String name = "plan-" + UUID.randomUUID() + ".txt";
		String text = "KẾ HOẠCH\n" + rows.source() + "\n" + name + "\n";
		long id = documentImport.importFile(name, text.getBytes(StandardCharsets.UTF_8), "monitor").document().id();
		jdbc.sql("UPDATE document SET locality_id = (SELECT id FROM locality WHERE code = 'son-la') WHERE id = ?")
			.param(id)
			.update();
		confirmation.confirm(id, rows, "monitor");
		return id;
	}

	/** The indicator registered from {@code line} of the seed. */
	public static long indicator(JdbcClient jdbc, long documentId, int line) {
		return jdbc.sql("SELECT id FROM indicator WHERE document_id = ? AND source_line = ?")
			.params(documentId, line)
			.query(Long.class)
			.single();
	}

	/** The task registered from {@code line} of the seed. */
	public static long task(JdbcClient jdbc, long documentId, int line) {
		return jdbc.sql("SELECT id FROM task WHERE document_id = ? AND source_line = ?")
			.params(documentId, line)
			.query(Long.class)
			.single();
	}

	public static long agency(JdbcClient jdbc, String name) {
		return jdbc.sql("SELECT a.id FROM agency a JOIN locality l ON l.id = a.locality_id WHERE l.code = 'son-la' AND a.name = ?")
			.param(name)
			.query(Long.class)
			.single();
	}
}
