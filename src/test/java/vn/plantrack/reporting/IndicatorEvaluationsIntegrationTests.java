package vn.plantrack.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.plantrack.evaluation.Verdict;
import vn.plantrack.registry.DocumentImport;
import vn.plantrack.registry.IndicatorSettings;
import vn.plantrack.registry.PlanConfirmation;

/**
 * Verdicts of registered indicators follow their stored observations at once, and a MONITOR's override
 * replaces the verdict without hiding the computed one. Runs on H2 and PostgreSQL.
 */
@SpringBootTest(properties = "plantrack.samples.import-on-first-start=false")
abstract class IndicatorEvaluationsIntegrationTests {

	/** 15/01/2028: the 2026-2030 term is running; 2026 and 2027 are reported. */
	static final Instant NOW = Instant.parse("2028-01-15T03:00:00Z");

	@TestConfiguration
	static class FixedClock {

		@Bean
		@Primary
		Clock fixedClock() {
			return Clock.fixed(NOW, ZoneOffset.ofHours(7));
		}
	}

	@Autowired
	DocumentImport documentImport;

	@Autowired
	PlanConfirmation confirmation;

	@Autowired
	IndicatorEvaluations evaluations;

	@Autowired
	IndicatorSettings settings;

	@Autowired
	JdbcClient jdbc;

	@Test
	void judgesAnIndicatorFromItsObservationsAsSoonAsTheyAreStored() throws Exception {
		long document = aConfirmedPlanWithOneIndicator("nuoc-sach-a.txt");
		long indicator = indicatorOf(document);
		assertThat(evaluations.forIndicator(indicator).orElseThrow().evaluation().verdict()).isEqualTo(Verdict.NO_DATA);

		observe(indicator, 2026, "85.5");
		observe(indicator, 2027, "91");

		// target ≥ 90% by 2030; 91 in 2027 already meets it
		var verdict = evaluations.forIndicator(indicator).orElseThrow();
		assertThat(verdict.evaluation().verdict().achieved()).isTrue();
		assertThat(verdict.evaluation().firstMetYear()).isEqualTo(2027);
		assertThat(verdict.evaluation().reason()).contains("91");
		var plan = evaluations.forDocument(document);
		assertThat(plan.scorecard().achieved()).isEqualTo(1);
		assertThat(plan.scorecard().counted()).isEqualTo(1);
	}

	@Test
	void letsAMonitorOverrideAVerdictWithAReasonKeepingTheComputedOne() throws Exception {
		long document = aConfirmedPlanWithOneIndicator("nuoc-sach-b.txt");
		long indicator = indicatorOf(document);
		observe(indicator, 2027, "91");

		settings.override(indicator, "NOT_MET", "Số liệu 2027 chưa được thẩm định", "monitor");

		var evaluation = evaluations.forIndicator(indicator).orElseThrow().evaluation();
		assertThat(evaluation.verdict()).isEqualTo(Verdict.NOT_MET);
		assertThat(evaluation.computed().achieved()).isTrue();
		assertThat(evaluation.override().reason()).isEqualTo("Số liệu 2027 chưa được thẩm định");
		assertThat(evaluation.override().author()).isEqualTo("monitor");
		assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_event WHERE action = 'VERDICT_OVERRIDDEN' AND entity_id = ?")
			.param(Long.toString(indicator))
			.query(Long.class)
			.single()).isEqualTo(1);
	}

	private long aConfirmedPlanWithOneIndicator(String name) throws Exception {
		return plans().confirmed(name);
	}

	private long indicatorOf(long document) {
		return plans().indicatorOf(document);
	}

	private void observe(long indicator, int year, String value) {
		plans().observe(indicator, year, value);
	}

	private OneIndicatorPlans plans() {
		return new OneIndicatorPlans(documentImport, confirmation, jdbc, NOW);
	}
}
