package vn.plantrack.reporting;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Component;

import vn.plantrack.registry.ChangeStamp;

/**
 * This node's count of the changes seen per plan, so a figure held for one plan survives changes to the
 * others. It follows the database's {@link ChangeStamp}: when the stamp moves, the plans changed in between
 * ({@link ChangeStamp#between}) get a new version, or all of them when a change cannot be placed in one plan.
 * Every node reads the same stamps and the same rows, so no node holds a figure older than the last change
 * committed before its stamp was read.
 */
@Component
class PlanChangeCounts {

	/** A plan's version: held figures are valid while it is unchanged. */
	record Version(long epoch, long plan) {
	}

	private final ChangeStamp changes;

	private final Map<Long, Long> versions = new ConcurrentHashMap<>();

	private volatile ChangeStamp.Stamp seen;

	private volatile long epoch;

	PlanChangeCounts(ChangeStamp changes) {
		this.changes = changes;
	}

	/** The plan's version once every change up to {@code stamp} (read from the database before) is counted. */
	Version of(long documentId, ChangeStamp.Stamp stamp) {
		catchUp(stamp);
		return new Version(epoch, versions.getOrDefault(documentId, 0L));
	}

	/** Counts the changes up to {@code stamp}; a stamp older than what was already counted changes nothing. */
	void catchUp(ChangeStamp.Stamp stamp) {
		ChangeStamp.Stamp known = seen;
		if (known != null && stamp.notAfter(known)) {
			return;
		}
		synchronized (this) {
			known = seen;
			if (known == null) {
				// first use on this node: nothing is held yet
				seen = stamp;
				return;
			}
			if (stamp.notAfter(known)) {
				return;
			}
			ChangeStamp.Stamp target = known.max(stamp);
			ChangeStamp.Changed changed = changes.between(known, target);
			if (changed.everything()) {
				epoch++;
			}
			else {
				changed.documents().forEach(id -> versions.merge(id, 1L, Long::sum));
			}
			seen = target;
		}
	}
}
