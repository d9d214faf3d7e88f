package vn.plantrack.reporting;

import org.springframework.stereotype.Component;

import vn.plantrack.registry.ChangeStamp;
import vn.plantrack.registry.PlanChangeCounter;

/**
 * The plan versions the evaluations and the overview figures are held by ({@link PlanChangeCounter}): a change
 * that cannot be placed in one plan changes them all; agency events do not concern the figures.
 */
@Component
class PlanChangeCounts {

	private final PlanChangeCounter counter;

	PlanChangeCounts(ChangeStamp changes) {
		this.counter = new PlanChangeCounter(changes, (from, to) -> false);
	}

	/** The plan's version once every change up to {@code stamp} (read from the database before) is counted. */
	PlanChangeCounter.Version of(long documentId, ChangeStamp.Stamp stamp) {
		return counter.of(documentId, stamp);
	}
}
