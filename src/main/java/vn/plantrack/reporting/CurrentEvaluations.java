package vn.plantrack.reporting;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Service;

import vn.plantrack.registry.ChangeStamp;
import vn.plantrack.registry.PlanChangeCounter;

/**
 * A plan's indicator verdicts as of today, held until that plan's data moves: pages and the overview read model
 * share one evaluation per plan per {@link PlanChangeCounts plan version} and day, so a change in one plan
 * recomputes that plan only. A figure is never older than the last change, because the stamp is read before
 * evaluating.
 */
@Service
public class CurrentEvaluations {

	private record Held(PlanChangeCounter.Version version, LocalDate day, IndicatorEvaluations.PlanEvaluation evaluation) {

		boolean validFor(PlanChangeCounter.Version now, LocalDate today) {
			return version.equals(now) && day.equals(today);
		}
	}

	private final IndicatorEvaluations evaluations;

	private final ChangeStamp changes;

	private final PlanChangeCounts versions;

	private final Clock clock;

	private final Map<Long, Long> computations = new ConcurrentHashMap<>();

	private final Map<Long, Held> held = new ConcurrentHashMap<>();

	private final Map<Long, Object> locks = new ConcurrentHashMap<>();

	CurrentEvaluations(IndicatorEvaluations evaluations, ChangeStamp changes, PlanChangeCounts versions, Clock clock) {
		this.evaluations = evaluations;
		this.changes = changes;
		this.versions = versions;
		this.clock = clock;
	}

	/** The plan's evaluation today, computed at most once per change of the data. */
	public IndicatorEvaluations.PlanEvaluation forDocument(long documentId) {
		return forDocument(documentId, changes.current());
	}

	/** As {@link #forDocument(long)} with a stamp the caller has already read (one stamp for a whole page). */
	public IndicatorEvaluations.PlanEvaluation forDocument(long documentId, ChangeStamp.Stamp stamp) {
		LocalDate today = LocalDate.now(clock);
		PlanChangeCounter.Version version = versions.of(documentId, stamp);
		Held current = held.get(documentId);
		if (current != null && current.validFor(version, today)) {
			return current.evaluation();
		}
		// one evaluation per plan at a time: concurrent requests after a change wait for it instead of repeating it
		synchronized (locks.computeIfAbsent(documentId, k -> new Object())) {
			current = held.get(documentId);
			if (current != null && current.validFor(version, today)) {
				return current.evaluation();
			}
			computations.merge(documentId, 1L, Long::sum);
			IndicatorEvaluations.PlanEvaluation evaluation = evaluations.forDocument(documentId);
			held.put(documentId, new Held(version, today, evaluation));
			return evaluation;
		}
	}

	/** How many times this node has evaluated the plan (tests: a change in one plan recomputes only that plan). */
	long computations(long documentId) {
		return computations.getOrDefault(documentId, 0L);
	}
}
