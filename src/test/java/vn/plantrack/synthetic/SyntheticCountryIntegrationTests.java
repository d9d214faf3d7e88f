package vn.plantrack.synthetic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.plantrack.evaluation.Verdict;
import vn.plantrack.registry.AuditChain;
import vn.plantrack.registry.IndicatorSettings;
import vn.plantrack.reporting.IndicatorEvaluations;
import vn.plantrack.reporting.OverviewFigures;

/** The small scale written into a real database: the counts, the links between rows, and a whole audit chain. */
@SpringBootTest(properties = "plantrack.samples.import-on-first-start=false")
abstract class SyntheticCountryIntegrationTests {

	@Autowired
	SyntheticCountry country;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	AuditChain auditChain;

	@Autowired
	OverviewFigures overview;

	@Autowired
	IndicatorEvaluations evaluations;

	@Autowired
	IndicatorSettings settings;

	private long count(String sql) {
		return jdbc.sql(sql).query(Long.class).single();
	}

	@Test
	void theSmallScaleIsWrittenWithItsShapeAndTheDatabaseStaysUsable() {
		List<String> progress = new ArrayList<>();
		SyntheticCountry.Summary summary = country.generate(Scale.SMALL, 11, "tester", progress::add);

		// SMALL: 1 province, 12 agencies + 5 communes, 2 plans + 1 commune decision, 60 tasks in 1 group per plan,
		// 24 plan indicators (two composites with 2 parts each) + 5 communes x 2 indicators
		assertThat(summary.rows()).containsEntry("locality", 1L)
			.containsEntry("agency", 17L)
			.containsEntry("document", 3L)
			.containsEntry("source_file", 3L)
			.containsEntry("task_group", 2L)
			.containsEntry("task", 60L)
			.containsEntry("indicator", 34L)
			.containsEntry("target", 24L + 4 + 10)
			.containsEntry("observation", 24L * 5 + 10 * 60);
		assertThat(progress).hasSize(1);

		String generated = "(SELECT d.id FROM document d JOIN locality l ON l.id = d.locality_id WHERE l.code LIKE 'syn-%')";
		assertThat(count("SELECT COUNT(*) FROM task WHERE document_id IN " + generated)).isEqualTo(60);
		assertThat(count("SELECT COUNT(*) FROM observation o JOIN indicator i ON i.id = o.indicator_id WHERE i.document_id IN "
				+ generated)).isEqualTo(720);
		// every task has exactly one lead agency
		assertThat(count("SELECT COUNT(*) FROM task t WHERE t.document_id IN " + generated
				+ " AND (SELECT COUNT(*) FROM task_agency a WHERE a.task_id = t.id AND a.role = 'LEAD') <> 1")).isZero();
		// every target kind the schema knows appears
		assertThat(jdbc.sql("SELECT DISTINCT kind FROM target ORDER BY kind").query(String.class).list())
			.contains("level", "comparator", "range", "growth", "cumulative", "each_year", "change_per_year", "share",
					"qualitative", "composite");
		// source lines point into the stored text
		assertThat(count("SELECT COUNT(*) FROM task t JOIN source_file f ON f.document_id = t.document_id"
				+ " WHERE t.source_line < 1 OR t.source_line > f.line_count")).isZero();
		// one audit event for the province, and the chain still verifies
		assertThat(count("SELECT COUNT(*) FROM audit_event WHERE action = 'GENERATE'")).isEqualTo(1);
		assertThat(auditChain.verify().intact()).isTrue();
		// the identity sequences moved past the explicit ids: an ordinary insert still works
		jdbc.sql("INSERT INTO locality (code, name) VALUES ('after-generate', 'Sau khi sinh dữ liệu')").update();
		// a second run refuses instead of duplicating
		assertThatThrownBy(() -> country.generate(Scale.SMALL, 11, "tester", line -> {
		})).isInstanceOf(IllegalStateException.class).hasMessageContaining("syn-01");

		theOverviewOfTheGeneratedProvinceCountsItsPlansAndFollowsAChangeAtOnce();
	}

	// part of the test above: one generated province per database
	private void theOverviewOfTheGeneratedProvinceCountsItsPlansAndFollowsAChangeAtOnce() {
		OverviewFigures.Overview before = overview.of("syn-01");
		// 2 plans and the commune decision; 60 tasks; 24 plan indicators and 5 communes x 2
		assertThat(before.plans()).isEqualTo(3);
		assertThat(before.tasks()).isEqualTo(60);
		assertThat(before.indicators()).isEqualTo(34);
		assertThat(overview.of(null).tasks()).isGreaterThanOrEqualTo(60);

		// a MONITOR's override is audited, so the held figures are dropped and the next overview shows it
		long documentId = before.planLines().get(0).documentId();
		IndicatorEvaluations.IndicatorVerdict notExceeded = evaluations.forDocument(documentId)
			.indicators()
			.stream()
			.filter(v -> v.evaluation().verdict() != Verdict.EXCEEDED)
			.findFirst()
			.orElseThrow();
		settings.override(notExceeded.indicatorId(), "EXCEEDED", "Kiểm tra lại số liệu", "tester");
		OverviewFigures.Overview after = overview.of("syn-01");
		assertThat(after.indicatorsByVerdict().getOrDefault(Verdict.EXCEEDED, 0))
			.isEqualTo(before.indicatorsByVerdict().getOrDefault(Verdict.EXCEEDED, 0) + 1);
	}
}
