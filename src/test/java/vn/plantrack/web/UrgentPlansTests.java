package vn.plantrack.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import vn.plantrack.registry.DocumentSummary;
import vn.plantrack.tracking.StatusClass;

class UrgentPlansTests {

	@Test
	void plansThatFitAreShownAllInTheirOwnOrder() {
		List<OverviewController.PlanLine> plans = List.of(plan("A", 0, 5, 5), plan("B", 3, 5, 1));

		assertThat(symbols(UrgentPlans.first(plans, 2))).containsExactly("A", "B");
	}

	@Test
	void pastTheLimitTheMostOverdueComeFirstThenTheMostIndicatorsNotAchieved() {
		List<OverviewController.PlanLine> plans = List.of(plan("A", 0, 10, 0), plan("B", 4, 2, 2), plan("C", 4, 6, 1),
				plan("D", 9, 0, 0), plan("E", 0, 10, 0));

		// D has 9 overdue; B and C 4 each, C with 5 indicators not achieved against B's 0; A and E tie on
		// everything, and A comes first in the documents' order
		assertThat(symbols(UrgentPlans.first(plans, 4))).containsExactly("D", "C", "B", "A");
	}

	private static List<String> symbols(List<OverviewController.PlanLine> plans) {
		return plans.stream().map(p -> p.document().symbol()).toList();
	}

	private static OverviewController.PlanLine plan(String symbol, int overdue, int indicators, int achieved) {
		Map<StatusClass, Integer> counts = new EnumMap<>(StatusClass.class);
		counts.put(StatusClass.QUA_HAN, overdue);
		counts.put(StatusClass.DANG_THUC_HIEN_TRONG_HAN, 3);
		DocumentSummary document = new DocumentSummary(symbol.charAt(0), "Kế hoạch", symbol, "Kế hoạch " + symbol, null,
				null, null, null, "CONFIRMED", symbol + ".txt", "txt", 1, 1, "", Instant.EPOCH);
		return new OverviewController.PlanLine(document, new StatusCounts(counts, overdue + 3), indicators, achieved);
	}
}
