package vn.plantrack.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import vn.plantrack.tracking.StatusClass;

/**
 * Which plans the overview's table shows. All of them while they fit; past that, the ones that need attention
 * first: most overdue tasks, then most indicators not achieved. A national office follows hundreds of plans
 * (374 in the synthetic country): a table of all of them buried the few that are behind under a page of rows
 * and made the overview a 124 KB page; the documents page lists every plan.
 */
final class UrgentPlans {

	private static final Comparator<OverviewController.PlanLine> MOST_URGENT_FIRST = Comparator
		.comparingInt((OverviewController.PlanLine p) -> p.counts().count(StatusClass.QUA_HAN))
		.thenComparingInt(p -> p.indicators() - p.achieved())
		.reversed();

	private UrgentPlans() {
	}

	/** The plans in their own order when at most {@code limit}; otherwise the {@code limit} most urgent, most urgent first. */
	static List<OverviewController.PlanLine> first(List<OverviewController.PlanLine> plans, int limit) {
		if (plans.size() <= limit) {
			return plans;
		}
		List<OverviewController.PlanLine> sorted = new ArrayList<>(plans);
		sorted.sort(MOST_URGENT_FIRST); // stable: equally urgent plans keep the documents' order
		return List.copyOf(sorted.subList(0, limit));
	}
}
