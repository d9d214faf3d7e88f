package vn.plantrack.reporting.export;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

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
 * A small confirmed plan built by hand (as a reviewer would confirm it), with progress and observations
 * set in SQL, so every expected number in the tests can be worked out from this file:
 *
 * <pre>
 * line task  lead                         due         stored state
 *  10  1.1   Sở Khoa học và Công nghệ     31/03/2026  DONE 20/03/2026
 *  11  1.2   Sở Nội vụ                    30/04/2026  DONE 10/05/2026
 *  13  2.1   Sở Xây dựng                  31/05/2026  IN_PROGRESS   (title starts with "=")
 *  14  2.2   Sở Nông nghiệp và Môi trường 31/12/2026  NOT_STARTED
 *  15  2.3   Sở Xây dựng                  Hằng năm    NOT_STARTED
 *  16  2.4   Sở Xây dựng                  30/09/2026  IN_PROGRESS
 * line indicator                                   lead                      target      2026
 *  30  1 Tỷ lệ hộ dân nông thôn dùng nước sạch (%) Sở Nông nghiệp và Môi trường ≥ 90%      90
 *  31  2 Tỷ lệ trường học đạt chuẩn quốc gia (%)   Sở Giáo dục và Đào tạo    đạt 80%     60
 *  32  3 Số doanh nghiệp thành lập mới             Sở Tài chính              ≥ 1.000     —
 * </pre>
 */
public final class ReportFixture {

	private ReportFixture() {
	}

	public static long aConfirmedPlanWithProgressAndObservations(DocumentImport documentImport, PlanConfirmation confirmation,
			JdbcClient jdbc, Instant now) throws Exception {
		String symbol = (System.nanoTime() % 1_000_000) + "/KH-UBND";
		String name = "ke-hoach-" + System.nanoTime() + ".txt";
		long plan = documentImport.importFile(name, ("KẾ HOẠCH\n" + name + "\n").getBytes(StandardCharsets.UTF_8), "monitor")
			.document()
			.id();
		// what a reviewer would have corrected in the document's metadata
		jdbc.sql("""
				UPDATE document SET locality_id = (SELECT id FROM locality WHERE code = 'son-la'), kind = 'Kế hoạch',
				  symbol = ?, issued = ?, issuer = 'Ủy ban nhân dân tỉnh Sơn La', term = '2025-2030' WHERE id = ?""")
			.params(symbol, Date.valueOf(LocalDate.of(2026, 1, 15)), plan)
			.update();
		confirmation.confirm(plan, reviewedPlan(), "monitor");
		progress(jdbc, plan, "1.1", "DONE", LocalDate.of(2026, 3, 20));
		progress(jdbc, plan, "1.2", "DONE", LocalDate.of(2026, 5, 10));
		progress(jdbc, plan, "2.1", "IN_PROGRESS", null);
		progress(jdbc, plan, "2.4", "IN_PROGRESS", null);
		observe(jdbc, plan, "1", 2026, "90", now);
		observe(jdbc, plan, "2", 2026, "60", now);
		return plan;
	}

	public static Extraction reviewedPlan() {
		DocumentInfo info = new DocumentInfo("Kế hoạch", null, null, "Ủy ban nhân dân tỉnh Sơn La", "Sơn La",
				"2025-2030", null, List.of(), List.of());
		List<TaskItem> tasks = List.of(
				task("1.1", "I", "Xây dựng đề án chuyển đổi số", "Sở Khoa học và Công nghệ", due(2026, 3, 31), 10),
				task("1.2", "I", "Ban hành quy chế phối hợp", "Sở Nội vụ", due(2026, 4, 30), 11),
				task("2.1", "II", "=Rà soát quy hoạch đô thị", "Sở Xây dựng", due(2026, 5, 31), 13),
				task("2.2", "II", "Hoàn thiện cơ sở dữ liệu đất đai", "Sở Nông nghiệp và Môi trường", due(2026, 12, 31), 14),
				task("2.3", "II", "Kiểm tra, giám sát trật tự xây dựng", "Sở Xây dựng",
						new PeriodValue("Hằng năm", null, null, null, "yearly", null), 15),
				task("2.4", "II", "Xây dựng nhà ở xã hội", "Sở Xây dựng", due(2026, 9, 30), 16));
		List<IndicatorItem> indicators = List.of(
				new IndicatorItem("1", "I", "Tỷ lệ hộ dân nông thôn dùng nước sạch", "%",
						List.of("Sở Nông nghiệp và Môi trường"), List.of(),
						new TargetValue("≥ 90%", "comparator", ">=", new BigDecimal("90"), null, null, "%", 2030,
								List.of()),
						30),
				new IndicatorItem("2", "I", "Tỷ lệ trường học đạt chuẩn quốc gia", "%", List.of("Sở Giáo dục và Đào tạo"),
						List.of(),
						new TargetValue("đạt 80%", "level", "=", new BigDecimal("80"), null, null, "%", 2030, List.of()),
						31),
				new IndicatorItem("3", "I", "Số doanh nghiệp thành lập mới", "doanh nghiệp", List.of("Sở Tài chính"),
						List.of(), new TargetValue("≥ 1.000 doanh nghiệp", "comparator", ">=", new BigDecimal("1000"), null,
								null, "doanh nghiệp", 2030, List.of()),
						32));
		return new Extraction("ke-hoach.txt", info, List.of(), tasks, indicators, List.of(), List.of(), List.of());
	}

	private static PeriodValue due(int year, int month, int day) {
		LocalDate date = LocalDate.of(year, month, day);
		return new PeriodValue(VietFormat.date(date), null, date, date, null, null);
	}

	private static TaskItem task(String code, String group, String title, String lead, PeriodValue period, int line) {
		return new TaskItem(code, group, title, List.of(lead), List.of(), period, null, line);
	}

	private static void progress(JdbcClient jdbc, long plan, String code, String status, LocalDate completedOn) {
		jdbc.sql("UPDATE task SET status = ?, completed_on = ? WHERE document_id = ? AND code = ?")
			.params(status, completedOn == null ? null : Date.valueOf(completedOn), plan, code)
			.update();
	}

	private static void observe(JdbcClient jdbc, long plan, String code, int year, String value, Instant now) {
		jdbc.sql("""
				INSERT INTO observation (indicator_id, period_kind, period_year, kind, obs_value, source, author, recorded_at)
				SELECT id, 'YEAR', ?, 'ACTUAL', ?, 'Báo cáo 6 tháng', 'reporter', ? FROM indicator
				WHERE document_id = ? AND code = ?""")
			.params(year, new BigDecimal(value), Timestamp.from(now), plan, code)
			.update();
	}
}
