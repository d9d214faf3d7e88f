package vn.plantrack.registry;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiPredicate;

/**
 * This node's count of the changes seen per plan, so something held for one plan survives changes to the
 * others. It follows the database's {@link ChangeStamp}: when the stamp moves, the plans changed in between
 * ({@link ChangeStamp#between}) get a new count, or all of them a new epoch when a change cannot be placed in one
 * plan, or when the holder's own rule says the change concerns every plan. Every node reads the same stamps and
 * the same rows, so no node holds anything older than the last change committed before its stamp was read.
 */
public final class PlanChangeCounter {

	/** A plan's version: what is held for the plan is valid while it is equal. */
	public record Version(long epoch, long plan) {
	}

	private final ChangeStamp changes;

	private final BiPredicate<ChangeStamp.Stamp, ChangeStamp.Stamp> changesEveryPlan;

	private final Map<Long, Long> counts = new ConcurrentHashMap<>();

	private volatile ChangeStamp.Stamp seen;

	private volatile long epoch;

	/**
	 * @param changesEveryPlan whether what happened between two stamps also concerns every plan for this holder
	 *        (beyond the changes {@link ChangeStamp#between} cannot place)
	 */
	public PlanChangeCounter(ChangeStamp changes, BiPredicate<ChangeStamp.Stamp, ChangeStamp.Stamp> changesEveryPlan) {
		this.changes = changes;
		this.changesEveryPlan = changesEveryPlan;
	}

	/** The plan's version once every change up to {@code stamp} (read from the database before) is counted. */
	public Version of(long documentId, ChangeStamp.Stamp stamp) {
		catchUp(stamp);
		return new Version(epoch, counts.getOrDefault(documentId, 0L));
	}

	/** Counts the changes up to {@code stamp}; a stamp older than what was already counted changes nothing. */
	private void catchUp(ChangeStamp.Stamp stamp) {
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
			if (changed.everything() || changesEveryPlan.test(known, target)) {
				epoch++;
			}
			else {
				changed.documents().forEach(id -> counts.merge(id, 1L, Long::sum));
			}
			seen = target;
		}
	}
}
