package vn.plantrack.amendment;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import tools.jackson.databind.json.JsonMapper;
import vn.plantrack.tracking.Actor;
import vn.plantrack.tracking.TaskProgress;
import vn.plantrack.tracking.TrackingException;

/**
 * The full history of a task or an indicator, oldest first: the item as extracted from its source line (or
 * its addition by an amendment), every amendment with its plan version and deciding document, and every other
 * recorded change (status, progress, values, overrides) from the audit log.
 */
@Service
public class ItemHistory {

	/**
	 * One step of an item's history.
	 *
	 * @param kind ORIGINAL (as confirmed, with the source line), AMENDMENT (with version and deciding document) or
	 *        EVENT (any other audited change)
	 * @param action the amendment's ADD/MODIFY/CANCEL, or the audit action (TASK_STATUS_CHANGED …)
	 * @param before the state before as JSON (amendments) or as the audit log stored it
	 */
	public record Entry(Instant at, String kind, String action, Integer versionNo, String decidingDocument,
			Integer sourceLine, String actor, String reason, String before, String after) {
	}

	private final JdbcClient jdbc;

	private final PlanVersions versions;

	private final Amendments amendments;

	private final TaskProgress tasks;

	private final JsonMapper json;

	ItemHistory(JdbcClient jdbc, PlanVersions versions, Amendments amendments, TaskProgress tasks, JsonMapper json) {
		this.jdbc = jdbc;
		this.versions = versions;
		this.amendments = amendments;
		this.tasks = tasks;
		this.json = json;
	}

	/** A task's history; a REPORTER reads only tasks its agency carries (as for the task itself). */
	@Transactional(readOnly = true)
	public List<Entry> task(long taskId, Actor actor) {
		tasks.view(taskId, actor);
		return task(taskId);
	}

	/** A task's history without the reading check, for a page that has made it already. */
	@Transactional(readOnly = true)
	public List<Entry> task(long taskId) {
		Map<String, Object> task = jdbc.sql("SELECT document_id, source_line FROM task WHERE id = ?")
			.param(taskId)
			.query()
			.singleRow();
		List<Entry> history = new ArrayList<>();
		if (!addedByAmendment("TASK", taskId)) {
			String original = firstBefore("a.item_type = 'TASK' AND a.item_id = ?", taskId)
				.orElseGet(() -> json.writeValueAsString(amendments.taskState(taskId)));
			history.add(original(((Number) task.get("document_id")).longValue(), line(task.get("source_line")), original));
		}
		history.addAll(events("task", taskId));
		return history;
	}

	/** An indicator's history: its targets as extracted, their amendments, and its recorded values and overrides. */
	@Transactional(readOnly = true)
	public List<Entry> indicator(long indicatorId) {
		Map<String, Object> indicator = jdbc.sql("SELECT document_id, name, unit, source_line FROM indicator WHERE id = ?")
			.param(indicatorId)
			.query()
			.listOfRows()
			.stream()
			.findFirst()
			.orElseThrow(() -> new TrackingException(TrackingException.Kind.NOT_FOUND,
					"Không có chỉ tiêu số " + indicatorId));
		List<String> targets = new ArrayList<>();
		for (long targetId : jdbc.sql("SELECT id FROM target WHERE indicator_id = ? ORDER BY id")
			.param(indicatorId)
			.query(Long.class)
			.list()) {
			if (!addedByAmendment("TARGET", targetId)) {
				String state = firstBefore("a.item_type = 'TARGET' AND a.item_id = ?", targetId)
					.orElseGet(() -> json.writeValueAsString(amendments.targetState(targetId)));
				targets.add(String.valueOf(json.readTree(state).path("rawText").asString()));
			}
		}
		Map<String, Object> original = new LinkedHashMap<>();
		original.put("name", indicator.get("name"));
		original.put("unit", indicator.get("unit"));
		original.put("targets", targets);
		List<Entry> history = new ArrayList<>();
		history.add(original(((Number) indicator.get("document_id")).longValue(), line(indicator.get("source_line")),
				json.writeValueAsString(original)));
		history.addAll(events("indicator", indicatorId));
		return history;
	}

	private Entry original(long documentId, Integer sourceLine, String state) {
		List<PlanVersion> planVersions = versions.of(documentId);
		PlanVersion first = planVersions.isEmpty() ? null : planVersions.get(0);
		return new Entry(first == null ? null : first.createdAt(), "ORIGINAL", "CONFIRMED", first == null ? null : 1,
				first == null ? null : first.decidingDocument(), sourceLine, first == null ? null : first.createdBy(),
				null, null, state);
	}

	// The audit log is one chain written one event at a time, so its ids are the order things happened in.
	private List<Entry> events(String entity, long id) {
		return jdbc.sql("""
				SELECT e.occurred_at, e.actor, e.action, e.before_state, e.after_state, a.kind, a.reason,
				       a.before_state AS amendment_before, a.after_state AS amendment_after, v.version_no,
				       v.deciding_reference
				FROM audit_event e
				LEFT JOIN amendment a ON a.audit_event_id = e.id
				LEFT JOIN plan_version v ON v.id = a.plan_version_id
				WHERE e.entity = ? AND e.entity_id = ?
				ORDER BY e.id""")
			.params(entity, Long.toString(id))
			.query((rs, n) -> {
				boolean amendment = rs.getString("kind") != null;
				int version = rs.getInt("version_no");
				return new Entry(rs.getTimestamp("occurred_at").toInstant(), amendment ? "AMENDMENT" : "EVENT",
						amendment ? rs.getString("kind") : rs.getString("action"), amendment ? version : null,
						rs.getString("deciding_reference"), null, rs.getString("actor"), rs.getString("reason"),
						rs.getString(amendment ? "amendment_before" : "before_state"),
						rs.getString(amendment ? "amendment_after" : "after_state"));
			})
			.list();
	}

	private boolean addedByAmendment(String type, long id) {
		return jdbc.sql("SELECT COUNT(*) FROM amendment WHERE item_type = ? AND item_id = ? AND kind = 'ADD'")
			.params(type, id)
			.query(Long.class)
			.single() > 0;
	}

	private java.util.Optional<String> firstBefore(String where, long id) {
		return jdbc.sql("SELECT a.before_state FROM amendment a WHERE " + where + " AND a.before_state IS NOT NULL ORDER BY a.id LIMIT 1")
			.param(id)
			.query(String.class)
			.optional();
	}

	private static Integer line(Object value) {
		return value == null ? null : ((Number) value).intValue();
	}
}
