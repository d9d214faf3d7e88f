package vn.plantrack.reporting;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;

import vn.plantrack.extract.DocumentInfo;
import vn.plantrack.extract.Extraction;
import vn.plantrack.extract.IndicatorItem;
import vn.plantrack.extract.TargetValue;
import vn.plantrack.registry.DocumentImport;
import vn.plantrack.registry.PlanConfirmation;

/**
 * A confirmed plan (term 2025-2030) holding one indicator, "Tỷ lệ hộ dân nông thôn dùng nước sạch" with the
 * target ≥ 90% in 2030, led by Sở Nông nghiệp và Môi trường, and yearly values written straight into the table.
 */
final class OneIndicatorPlans {

	private final DocumentImport documentImport;

	private final PlanConfirmation confirmation;

	private final JdbcClient jdbc;

	private final Instant now;

	OneIndicatorPlans(DocumentImport documentImport, PlanConfirmation confirmation, JdbcClient jdbc, Instant now) {
		this.documentImport = documentImport;
		this.confirmation = confirmation;
		this.jdbc = jdbc;
		this.now = now;
	}

	/** Imports and confirms such a plan under this file name; returns its document id. */
	long confirmed(String name) throws Exception {
		long id = documentImport.importFile(name, ("KẾ HOẠCH\n" + name + "\n").getBytes(StandardCharsets.UTF_8), "monitor")
			.document()
			.id();
		jdbc.sql("UPDATE document SET term = '2025-2030' WHERE id = ?").param(id).update();
		TargetValue target = new TargetValue("≥ 90%", "comparator", ">=", new BigDecimal("90"), null, null, "%", 2030,
				List.of());
		IndicatorItem indicator = new IndicatorItem("5", "II", "Tỷ lệ hộ dân nông thôn dùng nước sạch", "%",
				List.of("Sở Nông nghiệp và Môi trường"), List.of(), target, 20);
		Extraction plan = new Extraction(name, new DocumentInfo("Kế hoạch", null, null, null, null, "2025-2030", null,
				List.of(), List.of()), List.of(), List.of(), List.of(indicator), List.of(), List.of(), List.of());
		confirmation.confirm(id, plan, "monitor");
		return id;
	}

	long indicatorOf(long document) {
		return jdbc.sql("SELECT id FROM indicator WHERE document_id = ?").param(document).query(Long.class).single();
	}

	/** An actual yearly value, as an agency's yearly report would record it (no audit event of its own). */
	void observe(long indicator, int year, String value) {
		jdbc.sql("""
				INSERT INTO observation (indicator_id, period_kind, period_year, kind, obs_value, source, author, recorded_at)
				VALUES (?, 'YEAR', ?, 'ACTUAL', ?, 'Báo cáo năm', 'reporter', ?)""")
			.params(indicator, year, new BigDecimal(value), Timestamp.from(now))
			.update();
	}
}
