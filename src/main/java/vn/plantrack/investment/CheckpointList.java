package vn.plantrack.investment;

import java.time.Instant;
import java.util.List;

/** A rule and, once evaluated, its frozen list ({@code entries} of every measured project). */
public record CheckpointList(ThresholdRule rule, boolean evaluated, Instant evaluatedAt, String evaluatedBy,
		List<CheckpointEntry> entries) {

	/** The projects that breached the rule when the list was made. */
	public List<CheckpointEntry> breaches() {
		return entries.stream().filter(CheckpointEntry::breached).toList();
	}
}
