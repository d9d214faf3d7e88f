package vn.plantrack.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.plantrack.extract.CitationItem;
import vn.plantrack.extract.DocumentInfo;
import vn.plantrack.extract.Extraction;
import vn.plantrack.extract.IndicatorItem;
import vn.plantrack.extract.PeriodValue;
import vn.plantrack.extract.TargetValue;
import vn.plantrack.extract.TaskItem;

/** Confirming a reviewed extraction registers the whole plan or nothing, once. Runs on H2 and PostgreSQL. */
@SpringBootTest(properties = "plantrack.samples.import-on-first-start=false")
abstract class PlanConfirmationIntegrationTests {

	@Autowired
	DocumentImport documentImport;

	@Autowired
	PlanConfirmation confirmation;

	@Autowired
	JdbcClient jdbc;

	@Test
	void registersTasksWithTheirAgenciesIndicatorsAndRelations() throws Exception {
		long id = anyDocument("ke-hoach-a.txt");

		PlanConfirmation.Confirmed confirmed = confirmation.confirm(id, aReviewedPlan(), "monitor");

		assertThat(confirmed.changed()).isTrue();
		assertThat(confirmed.tasks()).isEqualTo(2);
		assertThat(count("SELECT COUNT(*) FROM task WHERE document_id = ?", id)).isEqualTo(2);
		assertThat(count("SELECT COUNT(*) FROM task_group WHERE document_id = ?", id)).isEqualTo(1);
		assertThat(jdbc.sql("""
				SELECT ta.name_as_written FROM task_agency ta JOIN task t ON t.id = ta.task_id
				WHERE t.document_id = ? AND t.code = '1.2' AND ta.role = 'COORDINATING' ORDER BY ta.position""")
			.param(id)
			.query(String.class)
			.list()).containsExactly("UBND các huyện, thành phố", "Sở Tài chính");
		assertThat(jdbc.sql("SELECT due_date FROM task WHERE document_id = ? AND code = '1.1'")
			.param(id)
			.query(LocalDate.class)
			.single()).isEqualTo(LocalDate.of(2026, 6, 30));
		assertThat(count("SELECT COUNT(*) FROM target t JOIN indicator i ON i.id = t.indicator_id WHERE i.document_id = ?", id))
			.as("a composite target and its two components")
			.isEqualTo(3);
		assertThat(jdbc.sql("""
				SELECT d.symbol FROM document_relation r JOIN document d ON d.id = r.to_document
				WHERE r.from_document = ? AND r.kind = 'REPLACES'""").param(id).query(String.class).list())
			.containsExactly("01-CTr/TU");
		assertThat(jdbc.sql("SELECT status FROM document WHERE id = ?").param(id).query(String.class).single())
			.isEqualTo("CONFIRMED");
	}

	@Test
	void confirmingTwiceChangesNothing() throws Exception {
		long id = anyDocument("ke-hoach-b.txt");
		confirmation.confirm(id, aReviewedPlan(), "monitor");
		long tasks = count("SELECT COUNT(*) FROM task WHERE document_id = ?", id);
		long agencies = count("SELECT COUNT(*) FROM agency WHERE locality_id = (SELECT locality_id FROM document WHERE id = ?)", id);

		PlanConfirmation.Confirmed again = confirmation.confirm(id, aReviewedPlan(), "monitor");

		assertThat(again.changed()).isFalse();
		assertThat(count("SELECT COUNT(*) FROM task WHERE document_id = ?", id)).isEqualTo(tasks);
		assertThat(count("SELECT COUNT(*) FROM agency WHERE locality_id = (SELECT locality_id FROM document WHERE id = ?)", id))
			.isEqualTo(agencies);
	}

	@Test
	void writesNothingWhenOneItemCannotBeStored() throws Exception {
		long id = anyDocument("ke-hoach-c.txt");
		Extraction plan = aReviewedPlan();
		TaskItem broken = new TaskItem("1.3", "I", null, List.of("Sở Y tế"), List.of(), null, null, 30);
		Extraction withBrokenTask = new Extraction(plan.source(), plan.document(), plan.tables(),
				List.of(plan.tasks().get(0), plan.tasks().get(1), broken), plan.indicators(), plan.projects(),
				plan.citations(), plan.findings());

		assertThatThrownBy(() -> confirmation.confirm(id, withBrokenTask, "monitor")).isNotNull();

		assertThat(count("SELECT COUNT(*) FROM task WHERE document_id = ?", id)).isZero();
		assertThat(count("SELECT COUNT(*) FROM indicator WHERE document_id = ?", id)).isZero();
		assertThat(jdbc.sql("SELECT status FROM document WHERE id = ?").param(id).query(String.class).single())
			.isEqualTo("DRAFT");
	}

	@Autowired
	PlanReview review;

	@Test
	void registersTheProjectsOfAConfirmedPlanWithIt() throws Exception {
		byte[] seed;
		try (var in = getClass().getResourceAsStream("/samples/004_37c5d7600e8f8767.txt")) {
			seed = in.readAllBytes();
		}
		long id = documentImport.importFile("004_37c5d7600e8f8767.txt", seed, "monitor").document().id();

		review.confirm(id, null, "monitor");

		// Phụ lục 4 of seed 004 (lines 698-864): 115 projects, 36 funded by the state budget (NSNN)
		assertThat(count("SELECT COUNT(*) FROM project WHERE document_id = ?", id)).isEqualTo(115);
		assertThat(count("SELECT COUNT(*) FROM project WHERE document_id = ? AND funding_group = 'NSNN'", id))
			.isEqualTo(36);
	}

	@Test
	void twoPlansNamingTheSameNewAgencyConfirmedAtOnceBothRegisterAndShareIt() throws Exception {
		long first = anyDocument("ke-hoach-dong-thoi-1.txt");
		long second = anyDocument("ke-hoach-dong-thoi-2.txt");
		String newcomer = "Ban Quản lý dự án thử đồng thời";
		TaskItem task = new TaskItem("1", "I", "Lập báo cáo", List.of(newcomer), List.of(), null, null, 3);
		Extraction plan = new Extraction("dong-thoi.txt", aReviewedPlan().document(), List.of(), List.of(task), List.of(),
				List.of(), List.of(), List.of());
		java.util.concurrent.CyclicBarrier together = new java.util.concurrent.CyclicBarrier(2);
		java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(2);
		try {
			List<java.util.concurrent.Future<PlanConfirmation.Confirmed>> results = pool.invokeAll(List.of(() -> {
				together.await();
				return confirmation.confirm(first, plan, "monitor-1");
			}, () -> {
				together.await();
				return confirmation.confirm(second, plan, "monitor-2");
			}));
			for (java.util.concurrent.Future<PlanConfirmation.Confirmed> result : results) {
				assertThat(result.get().tasks()).isEqualTo(1);
			}
		}
		finally {
			pool.shutdown();
		}
		assertThat(jdbc.sql("SELECT COUNT(*) FROM agency WHERE name = ?").param(newcomer).query(Long.class).single())
			.isEqualTo(1);
	}

	private long anyDocument(String name) throws Exception {
		String text = "KẾ HOẠCH\nThực hiện Chương trình số 14-CTr/TU của Tỉnh ủy Sơn La\n" + name + "\n";
		long id = documentImport.importFile(name, text.getBytes(StandardCharsets.UTF_8), "monitor").document().id();
		// the extractor is tested on its own; here the document's province is set as a reviewer would
		jdbc.sql("UPDATE document SET locality_id = (SELECT id FROM locality WHERE code = 'son-la') WHERE id = ?")
			.param(id)
			.update();
		return id;
	}

	private long count(String sql, long id) {
		return jdbc.sql(sql).param(id).query(Long.class).single();
	}

	static Extraction aReviewedPlan() {
		DocumentInfo info = new DocumentInfo("Kế hoạch", null, null, "Tỉnh ủy Sơn La", "Sơn La", "2026-2030", null,
				List.of(), List.of("01-CTr/TU"));
		TaskItem first = new TaskItem("1.1", "I", "Xây dựng đề án chuyển đổi số", List.of("Sở Kế hoạch và Đầu tư"),
				List.of("Sở Tài chính"), new PeriodValue("Quý II/2026", LocalDate.of(2026, 4, 1),
						LocalDate.of(2026, 6, 30), LocalDate.of(2026, 6, 30), null, null),
				"Ngân sách tỉnh", 12);
		TaskItem second = new TaskItem("1.2", "I", "Rà soát quy hoạch", List.of("Sở Xây dựng"),
				List.of("UBND các huyện, thành phố", "Sở Tài chính"), PeriodValue.rawOnly("Hằng năm"), null, 14);
		TargetValue composite = new TargetValue("≥ 90%; 100% xã", "composite", null, null, null, null, null, 2030,
				List.of(new TargetValue("≥ 90%", "comparator", ">=", new BigDecimal("90"), null, null, "%", 2030, List.of()),
						new TargetValue("100% xã", "level", "=", new BigDecimal("100"), null, null, "%", 2030, List.of())));
		IndicatorItem indicator = new IndicatorItem("5", "II", "Tỷ lệ hộ dùng nước sạch", "%", List.of("Sở Xây dựng"),
				List.of(), composite, 20);
		return new Extraction("ke-hoach.txt", info, List.of(), List.of(first, second), List.of(indicator), List.of(),
				List.of(new CitationItem("14-CTr/TU", "Chương trình", null, "Tỉnh ủy", 2)), List.of());
	}
}
