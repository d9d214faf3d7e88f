package vn.plantrack.api;

import java.time.Clock;
import java.time.LocalDate;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.plantrack.registry.ChangeStamp;
import vn.plantrack.registry.PlanChangeCounter;

/**
 * The plan versions the task lists held by {@link TaskListAnswers} are valid for ({@link PlanChangeCounter}, as
 * for reporting's figures). A task list also depends on who answers for each task today, which an agency reorganisation
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

	private final PlanChangeCounter counter;

	TaskListVersions(ChangeStamp changes, JdbcClient jdbc, Clock clock) {
		this.changes = changes;
		this.jdbc = jdbc;
		this.clock = clock;
		this.counter = new PlanChangeCounter(changes, this::reorganised);
	}

	/**
	 * The plan's version now: the change stamp is read first, so whatever is read from the database after this
	 * call is at least as new as the version says. The day is part of it (a task falls overdue, responsibilities
	 * are resolved for today).
	 */
	Version of(long documentId) {
		LocalDate today = LocalDate.now(clock);
		PlanChangeCounter.Version plan = counter.of(documentId, changes.current());
		return new Version(plan.epoch(), plan.plan(), today);
	}

	/** Whether an agency was created, renamed, merged or split between the two stamps. */
	private boolean reorganised(ChangeStamp.Stamp from, ChangeStamp.Stamp to) {
		return to.audit() > from.audit() && jdbc.sql("SELECT COUNT(*) FROM audit_event WHERE id > ? AND id <= ? AND entity = 'agency'")
			.params(from.audit(), to.audit())
			.query(Long.class)
			.single() > 0;
	}
}
