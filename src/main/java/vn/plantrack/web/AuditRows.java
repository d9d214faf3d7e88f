package vn.plantrack.web;

import java.time.OffsetDateTime;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Read side of the audit trail for the history shown on a task or indicator page. */
@Repository
class AuditRows {

	record Event(OffsetDateTime at, String actor, String action, String before, String after) {
	}

	private final JdbcClient jdbc;

	AuditRows(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** A task's own events and those of its plan (imported, confirmed), newest first. */
	List<Event> ofTask(long taskId, long documentId) {
		return jdbc.sql("""
				SELECT occurred_at, actor, action, before_state, after_state FROM audit_event
				WHERE (entity = 'task' AND entity_id = ?) OR (entity = 'document' AND entity_id = ?)
				ORDER BY id DESC LIMIT 100""")
			.params(Long.toString(taskId), Long.toString(documentId))
			.query((rs, n) -> new Event(rs.getObject("occurred_at", OffsetDateTime.class), rs.getString("actor"),
					rs.getString("action"), rs.getString("before_state"), rs.getString("after_state")))
			.list();
	}

	List<Event> of(String entity, long id) {
		return jdbc.sql("""
				SELECT occurred_at, actor, action, before_state, after_state FROM audit_event
				WHERE entity = ? AND entity_id = ? ORDER BY id DESC LIMIT 100""")
			.params(entity, Long.toString(id))
			.query((rs, n) -> new Event(rs.getObject("occurred_at", OffsetDateTime.class), rs.getString("actor"),
					rs.getString("action"), rs.getString("before_state"), rs.getString("after_state")))
			.list();
	}
}
