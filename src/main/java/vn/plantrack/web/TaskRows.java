package vn.plantrack.web;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import vn.plantrack.tracking.StatusClass;
import vn.plantrack.tracking.TaskStatus;

/**
 * Read-only queries over registered tasks for the pages: a plan's tree, a task, an agency's tasks. The
 * status class comes from the tracking module's rule so pages and API agree.
 */
@Repository
class TaskRows {

	private static final String SELECT = """
			SELECT t.id, t.document_id, t.group_id, t.code, t.title, t.period_raw, t.due_date, t.period_end,
			       t.recurrence, t.status, t.progress, t.completed_on, t.source_line, t.resources,
			       d.symbol AS doc_symbol, d.title AS doc_title
			FROM task t JOIN document d ON d.id = t.document_id
			""";

	private final JdbcClient jdbc;

	private final Clock clock;

	TaskRows(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** One agency named on a task: as the plan wrote it, and the directory entry it was matched to. */
	record Named(String role, String nameAsWritten, Long agencyId) {
	}

	record TaskRow(long id, long documentId, Long groupId, String code, String title, String periodRaw,
			LocalDate due, String recurrence, TaskStatus status, int progress, LocalDate completedOn, Integer line,
			String resources, String documentSymbol, String documentTitle, StatusClass statusClass,
			List<Named> agencies) {

		public List<Named> lead() {
			return agencies.stream().filter(a -> "LEAD".equals(a.role())).toList();
		}

		public List<Named> coordinating() {
			return agencies.stream().filter(a -> !"LEAD".equals(a.role())).toList();
		}

		boolean names(Long agencyId) {
			return agencyId == null || agencies.stream().anyMatch(a -> agencyId.equals(a.agencyId()));
		}

		boolean leadBy(long agencyId) {
			return lead().stream().anyMatch(a -> a.agencyId() != null && a.agencyId() == agencyId);
		}
	}

	record Group(long id, String code, String title, Integer line) {
	}

	LocalDate today() {
		return LocalDate.now(clock);
	}

	List<Group> groups(long documentId) {
		return jdbc.sql("SELECT id, code, title, line FROM task_group WHERE document_id = ? ORDER BY position, id")
			.param(documentId)
			.query((rs, n) -> new Group(rs.getLong("id"), rs.getString("code"), rs.getString("title"),
					(Integer) rs.getObject("line", Integer.class)))
			.list();
	}

	List<TaskRow> ofDocument(long documentId) {
		return withAgencies(jdbc.sql(SELECT + " WHERE t.document_id = ? ORDER BY t.id").param(documentId).query(this::row).list(),
				"WHERE t.document_id = ?", documentId);
	}

	/** Tasks of confirmed (non-stub) plans; all of them for the province overview and league table. */
	List<TaskRow> all() {
		return withAgencies(jdbc.sql(SELECT + " WHERE d.stub = FALSE ORDER BY t.document_id, t.id").query(this::row).list(),
				"", null);
	}

	java.util.Optional<TaskRow> find(long taskId) {
		return jdbc.sql(SELECT + " WHERE t.id = ?")
			.param(taskId)
			.query(this::row)
			.optional()
			.map(row -> withAgencies(List.of(row), "WHERE t.id = ?", taskId).get(0));
	}

	private List<TaskRow> withAgencies(List<TaskRow> rows, String where, Long param) {
		Map<Long, List<Named>> byTask = new LinkedHashMap<>();
		var sql = jdbc.sql("""
				SELECT ta.task_id, ta.role, ta.name_as_written, ta.agency_id FROM task_agency ta
				JOIN task t ON t.id = ta.task_id""" + " " + where + " ORDER BY ta.task_id, ta.role DESC, ta.position");
		if (param != null) {
			sql = sql.param(param);
		}
		sql.query(rs -> {
			byTask.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
				.add(new Named(rs.getString(2), rs.getString(3), (Long) rs.getObject(4, Long.class)));
		});
		List<TaskRow> result = new ArrayList<>(rows.size());
		for (TaskRow r : rows) {
			result.add(new TaskRow(r.id(), r.documentId(), r.groupId(), r.code(), r.title(), r.periodRaw(), r.due(),
					r.recurrence(), r.status(), r.progress(), r.completedOn(), r.line(), r.resources(),
					r.documentSymbol(), r.documentTitle(), r.statusClass(), byTask.getOrDefault(r.id(), List.of())));
		}
		return result;
	}

	private TaskRow row(ResultSet rs, int n) throws SQLException {
		LocalDate due = date(rs.getDate("due_date"));
		if (due == null) {
			due = date(rs.getDate("period_end"));
		}
		TaskStatus status = TaskStatus.valueOf(rs.getString("status"));
		LocalDate completed = date(rs.getDate("completed_on"));
		String recurrence = rs.getString("recurrence");
		return new TaskRow(rs.getLong("id"), rs.getLong("document_id"), (Long) rs.getObject("group_id", Long.class),
				rs.getString("code"), rs.getString("title"), rs.getString("period_raw"), due, recurrence, status,
				rs.getInt("progress"), completed, (Integer) rs.getObject("source_line", Integer.class),
				rs.getString("resources"), rs.getString("doc_symbol"), rs.getString("doc_title"),
				StatusClass.of(status, due, completed, recurrence, today()), List.of());
	}

	private static LocalDate date(Date date) {
		return date == null ? null : date.toLocalDate();
	}
}
