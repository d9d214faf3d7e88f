package vn.plantrack.api;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.plantrack.registry.ChangeStamp;

/**
 * This node's count of the changes seen per plan, for the task lists held by {@link TaskListAnswers}. It follows
 * the database's {@link ChangeStamp} the way reporting's plan counts do: when the stamp moves, the plans changed in
 * between ({@link ChangeStamp#between}) get a new count, or all plans a new epoch when a change cannot be placed
 * in one plan. A task list also depends on who answers for each task today, which an agency reorganisation
 * (audit entity {@code agency}, which the overview's figures ignore) changes for tasks of any plan: such an event
 * starts a new epoch too. Every node reads the same stamps and rows, so none serves a list older than the last
 * change committed before its stamp was read.
 */
@Component
class TaskListVersions {

	/** A plan's task lists as of one state: held answers are valid while it is equal. */
	record Version(long epoch, long plan, LocalDate day) {
	}

	private final ChangeStamp changes;

	private final JdbcClient jdbc;

	private final Clock clock;

	private final Map<Long, Long> counts = new ConcurrentHashMap<>();

	private volatile ChangeStamp.Stamp seen;

	private volatile long epoch;

	TaskListVersions(ChangeStamp changes, JdbcClient jdbc, Clock clock) {
		this.changes = changes;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * The plan's version now: the change stamp is read first, so whatever is read from the database after this
	 * call is at least as new as the version says. The day is part of it (a task falls overdue, responsibilities
	 * are resolved for today).
	 */
	Version of(long documentId) {
		LocalDate today = LocalDate.now(clock);
		catchUp(changes.current());
		return new Version(epoch, counts.getOrDefault(documentId, 0L), today);
	}

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
			if (changed.everything() || reorganised(known, target)) {
				epoch++;
			}
			else {
				changed.documents().forEach(id -> counts.merge(id, 1L, Long::sum));
			}
			seen = target;
		}
	}

	/** Whether an agency was created, renamed, merged or split between the two stamps. */
	private boolean reorganised(ChangeStamp.Stamp from, ChangeStamp.Stamp to) {
		return to.audit() > from.audit() && jdbc.sql("SELECT COUNT(*) FROM audit_event WHERE id > ? AND id <= ? AND entity = 'agency'")
			.params(from.audit(), to.audit())
			.query(Long.class)
			.single() > 0;
	}
}
