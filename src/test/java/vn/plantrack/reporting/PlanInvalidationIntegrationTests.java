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

import vn.plantrack.registry.DocumentImport;
import vn.plantrack.registry.IndicatorSettings;
import vn.plantrack.registry.PlanConfirmation;

/**
 * The held overview figures are thrown away per plan: a change in one plan recomputes that plan and shows in
 * the next overview, the other plans' figures stay held. Runs on H2 and PostgreSQL.
 */
@SpringBootTest(properties = "plantrack.samples.import-on-first-start=false")
abstract class PlanInvalidationIntegrationTests {

	/** 15/01/2028: the 2026-2030 term is running. */
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
	IndicatorSettings settings;

	@Autowired
	OverviewFigures overview;

	@Autowired
	CurrentEvaluations current;

	@Autowired
	JdbcClient jdbc;

	@Test
	void anAuditedChangeInOnePlanRecomputesThatPlanOnly() throws Exception {
		long a = aConfirmedPlanWithOneIndicator("kh-invalidation-a.txt");
		long b = aConfirmedPlanWithOneIndicator("kh-invalidation-b.txt");
		observe(indicatorOf(a), 2027, "91");
		var first = overview.of(null);
		// target ≥ 90% in 2030; 91 in 2027 already meets it
		assertThat(line(first, a).achieved()).isEqualTo(1);
		assertThat(line(first, b).achieved()).isZero();
		long computedA = overview.computations(a);
		long computedB = overview.computations(b);
		var heldB = current.forDocument(b);

		settings.override(indicatorOf(a), "NOT_MET", "Số liệu 2027 chưa được thẩm định", "monitor");

		var second = overview.of(null);
		assertThat(line(second, a).achieved()).as("the override shows at once").isZero();
		assertThat(overview.computations(a)).isEqualTo(computedA + 1);
		assertThat(overview.computations(b)).as("plan B untouched").isEqualTo(computedB);
		assertThat(current.forDocument(b)).isSameAs(heldB);
	}

	@Test
	void anObservationStoredWithoutAuditRecomputesItsPlanOnly() throws Exception {
		long a = aConfirmedPlanWithOneIndicator("kh-invalidation-c.txt");
		long b = aConfirmedPlanWithOneIndicator("kh-invalidation-d.txt");
		var first = overview.of(null);
		assertThat(line(first, b).achieved()).isZero();
		long evaluatedA = current.computations(a);
		long evaluatedB = current.computations(b);
		var heldA = current.forDocument(a);

		// a direct insert (a maintenance script, a bulk load): no audit event, only a new observation id
		observe(indicatorOf(b), 2027, "95");

		var second = overview.of(null);
		assertThat(line(second, b).achieved()).isEqualTo(1);
		assertThat(line(second, b).indicators()).isEqualTo(1);
		assertThat(current.computations(b)).isEqualTo(evaluatedB + 1);
		assertThat(current.computations(a)).isEqualTo(evaluatedA);
		assertThat(current.forDocument(a)).isSameAs(heldA);
	}

	@Test
	void aRequestWithoutChangeReturnsTheHeldSums() throws Exception {
		long a = aConfirmedPlanWithOneIndicator("kh-invalidation-e.txt");
		var first = overview.of(null);
		var again = overview.of(null);
		assertThat(again).isSameAs(first);
		assertThat(line(again, a).indicators()).isEqualTo(1);
	}

	private static OverviewFigures.PlanLine line(OverviewFigures.Overview overview, long document) {
		return overview.planLines().stream().filter(l -> l.documentId() == document).findFirst().orElseThrow();
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
