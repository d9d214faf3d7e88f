package vn.plantrack.investment;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/**
 * Freezes the checkpoints that are due. A checkpoint is due once the figures of its last month can have
 * been reported: {@code plantrack.investment.report-grace-days} (default 18, seed 001 asks for monthly
 * reports before the 18th) after its date. Evaluating is idempotent and locks the rule, so several
 * application nodes running this at once write one list.
 */
@Service
public class CheckpointSchedule {

	private final ThresholdRules rules;

	private final Checkpoints checkpoints;

	private final Clock clock;

	private final int graceDays;

	CheckpointSchedule(ThresholdRules rules, Checkpoints checkpoints, Clock clock,
			@Value("${plantrack.investment.report-grace-days:18}") int graceDays) {
		this.rules = rules;
		this.checkpoints = checkpoints;
		this.clock = clock;
		this.graceDays = graceDays;
	}

	/** Evaluates every due rule not evaluated yet; returns the lists it froze. */
	public List<CheckpointList> evaluateDue() {
		return evaluateDue(null);
	}

	/** The same for one locality (its code); null for all. */
	public List<CheckpointList> evaluateDue(String localityCode) {
		LocalDate today = LocalDate.now(clock);
		List<CheckpointList> frozen = new ArrayList<>();
		for (ThresholdRule rule : rules.list(localityCode, null)) {
			if (!rule.frozen() && !today.isBefore(rule.checkpointDate().plusDays(graceDays))) {
				frozen.add(checkpoints.evaluateCheckpoint(rule.id(), "scheduler"));
			}
		}
		return frozen;
	}
}
