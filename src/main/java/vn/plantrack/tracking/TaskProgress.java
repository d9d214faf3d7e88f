package vn.plantrack.tracking;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.plantrack.registry.AuditLog;
import vn.plantrack.registry.Role;
import vn.plantrack.tracking.TaskResponsibility.Responsibility;

/**
 * A task's life after the plan is adopted: status changes and progress reports by the lead agency,
 * contributions by coordinating agencies, and what each user may see.
 * <p>
 * Writes carry the version the writer read; a write against an older version is refused (409) instead of
 * silently overwriting what someone else saved in between.
 */
@Service
public class TaskProgress {

	private final JdbcClient jdbc;

	private final TaskResponsibility responsibility;

	private final AuditLog audit;

	private final Clock clock;

	TaskProgress(JdbcClient jdbc, TaskResponsibility responsibility, AuditLog audit, Clock clock) {
		this.jdbc = jdbc;
		this.responsibility = responsibility;
		this.audit = audit;
		this.clock = clock;
	}

	public record StatusChange(TaskStatus status, LocalDate on, String reason, Integer version) {
	}

	public record ProgressReport(Integer percent, String narrative, Integer version) {
	}

	public record EvidenceInfo(long id, String fileName, String mediaType, long sizeBytes, String sha256) {
	}

	public record UpdateView(long id, String kind, String agency, Integer percent, String narrative, String author,
			OffsetDateTime recordedAt, List<EvidenceInfo> evidence) {
	}

	public record TaskSummary(long id, long documentId, String code, String title, TaskStatus status,
			String statusLabel, StatusClass statusClass, String statusClassLabel, int progress, LocalDate due,
			int version) {
	}

	public record TaskView(TaskSummary task, String periodRaw, String recurrence, LocalDate startedOn,
			LocalDate completedOn, String statusReason, Integer sourceLine, Responsibility responsibility,
			List<UpdateView> updates) {
	}

	private record TaskRow(long id, long documentId, String code, String title, TaskStatus status, int progress,
			LocalDate due, String periodRaw, String recurrence, LocalDate startedOn, LocalDate completedOn,
			String statusReason, Integer sourceLine, int version) {
	}

	public TaskView view(long taskId, Actor actor) {
		TaskRow row = load(taskId);
		Responsibility resp = responsibility.currentResponsible(taskId, today());
		requireRead(actor, resp);
		return new TaskView(summary(row), row.periodRaw(), row.recurrence(), row.startedOn(), row.completedOn(),
				row.statusReason(), row.sourceLine(), resp, updates(taskId));
	}

	/** The tasks of a plan the actor may see: all of them, or a REPORTER's own (lead or coordinating). */
	public List<TaskSummary> list(long documentId, Actor actor) {
		return list(documentId, null, 0, Integer.MAX_VALUE, actor).tasks();
	}

	/** One page of a task list and how many tasks the whole list holds. */
	public record TaskPage(List<TaskSummary> tasks, long total) {
	}

	/**
	 * The tasks of a plan the actor may see, optionally only those an agency answers for today (as lead or
	 * coordinating agency, successors included), {@code limit} of them from {@code offset} in task order.
	 */
	public TaskPage list(long documentId, Long agencyId, int offset, int limit, Actor actor) {
		List<TaskSummary> tasks = new ArrayList<>();
		long total = each(documentId, agencyId, offset, limit, actor, tasks::add);
		return new TaskPage(List.copyOf(tasks), total);
	}

	/**
	 * The same list handed to {@code sink} task by task in task order, each as soon as it is read (a whole plan's
	 * list goes from the result set to the sink without being collected); returns the size of the whole list.
	 * <p>
	 * The agency filter runs in SQL over the agency and every agency that was merged, renamed, split or
	 * decided into it, then the few candidates are confirmed by resolving their successions in bulk; without
	 * an agency filter the page is cut in SQL.
	 *
	 * @throws TrackingException NOT_FOUND when there is no such document (checked only when the list is empty, so
	 * a wrong id is not answered "no tasks")
	 */
	public long each(long documentId, Long agencyId, int offset, int limit, Actor actor, Consumer<TaskSummary> sink) {
		long total = visibleTasks(documentId, agencyId, offset, limit, actor, sink);
		if (total == 0 && jdbc.sql("SELECT COUNT(*) FROM document WHERE id = ?").param(documentId).query(Long.class).single() == 0) {
			throw TrackingException.notFound("Không tìm thấy văn bản " + documentId);
		}
		return total;
	}

	private long visibleTasks(long documentId, Long agencyId, int offset, int limit, Actor actor,
			Consumer<TaskSummary> sink) {
		List<Long> agencies = new ArrayList<>();
		if (agencyId != null) {
			agencies.add(agencyId);
		}
		if (actor.reporter()) {
			if (actor.agencyId() == null) {
				return 0;
			}
			agencies.add(actor.agencyId());
		}
		LocalDate today = today();
		if (agencies.isEmpty()) {
			return unfiltered(documentId, offset, limit, today, sink);
		}
		StringBuilder sql = new StringBuilder(SELECT_TASK).append(" WHERE document_id = :document");
		Map<String, Object> params = new HashMap<>();
		params.put("document", documentId);
		for (int i = 0; i < agencies.size(); i++) {
			sql.append(" AND id IN (SELECT ta.task_id FROM task_agency ta WHERE ta.agency_id IN (:agencies").append(i).append("))");
			params.put("agencies" + i, List.copyOf(predecessors(agencies.get(i))));
		}
		List<TaskRow> candidates = jdbc.sql(sql.append(" ORDER BY id").toString()).params(params).query(this::row).list();
		Map<Long, Responsibility> responsible = responsibility.currentResponsible(candidates.stream().map(TaskRow::id).toList(),
				today);
		long matching = 0;
		for (TaskRow row : candidates) {
			Responsibility resp = responsible.get(row.id());
			if (resp != null && agencies.stream().allMatch(a -> answersFor(resp, a))) {
				if (matching >= offset && matching - offset < limit) {
					sink.accept(summary(row, today));
				}
				matching++;
			}
		}
		return matching;
	}

	/**
	 * A page of a plan's tasks in one statement, mapped straight from the result set: the whole list needs no
	 * count (its size is the total), a page carries the total in a window column; only a page past the end asks
	 * for the count separately. Two statements per call cost a third of /api/tasks against the bare query
	 * (bench/tasks-query).
	 */
	private long unfiltered(long documentId, int offset, int limit, LocalDate today, Consumer<TaskSummary> sink) {
		long[] count = { 0 };
		if (offset == 0 && limit == Integer.MAX_VALUE) {
			jdbc.sql(SELECT_TASK + " WHERE document_id = ? ORDER BY id").param(documentId).query((ResultSet rs) -> {
				sink.accept(summary(rs, today));
				count[0]++;
			});
			return count[0];
		}
		long[] total = { -1 };
		jdbc.sql(SELECT_TASK.replace(" FROM task", ", COUNT(*) OVER () AS total FROM task")
				+ " WHERE document_id = ? ORDER BY id LIMIT ? OFFSET ?")
			.params(documentId, limit, offset)
			.query((ResultSet rs) -> {
				total[0] = rs.getLong(TOTAL_COLUMN);
				sink.accept(summary(rs, today));
			});
		if (total[0] < 0) {
			total[0] = jdbc.sql("SELECT COUNT(*) FROM task WHERE document_id = ?").param(documentId).query(Long.class).single();
		}
		return total[0];
	}

	/**
	 * An agency and every agency whose tasks may have passed to it: the other side of any reorganisation
	 * event or task decision that ends at it, followed back. A superset (dates are checked when the candidates
	 * are resolved), so no task is missed; one query per step back, usually one or two.
	 */
	private Set<Long> predecessors(long agencyId) {
		Set<Long> all = new LinkedHashSet<>(List.of(agencyId));
		Set<Long> frontier = Set.of(agencyId);
		while (!frontier.isEmpty()) {
			List<Long> earlier = jdbc.sql("""
					SELECT from_agency_id FROM agency_succession WHERE to_agency_id IN (:ids)
					UNION SELECT from_agency_id FROM assignment_decision WHERE to_agency_id IN (:ids)""")
				.param("ids", List.copyOf(frontier))
				.query(Long.class)
				.list();
			Set<Long> next = new LinkedHashSet<>();
			for (Long id : earlier) {
				if (all.add(id)) {
					next.add(id);
				}
			}
			frontier = next;
		}
		return all;
	}

	private static boolean answersFor(Responsibility resp, long agencyId) {
		return resp.currentLeadIds().contains(agencyId) || resp.currentCoordinatingIds().contains(agencyId);
	}

	@Transactional
	public TaskView changeStatus(long taskId, StatusChange change, Actor actor) {
		TaskRow row = load(taskId);
		Responsibility resp = responsibility.currentResponsible(taskId, today());
		requireLead(actor, resp);
		if (change.status() == null) {
			throw TrackingException.invalid("Thiếu trạng thái mới (trường status)");
		}
		if (change.version() == null) {
			throw TrackingException.invalid("Thiếu phiên bản đã đọc (trường version)");
		}
		if (change.status() == TaskStatus.CANCELLED && !actor.monitor()) {
			throw TrackingException.notPermitted("Chỉ cán bộ theo dõi (MONITOR) được hủy nhiệm vụ (là điều chỉnh kế hoạch)");
		}
		if (!row.status().canBecome(change.status())) {
			throw TrackingException.conflict("Không thể chuyển nhiệm vụ từ \"" + row.status().label() + "\" sang \""
					+ change.status().label() + "\"");
		}
		String reason = change.reason() == null ? null : change.reason().strip();
		if (change.status().needsReason() && (reason == null || reason.isEmpty())) {
			throw TrackingException.invalid("Chuyển sang \"" + change.status().label() + "\" phải nêu lý do (trường reason)");
		}
		LocalDate on = change.on() == null ? today() : change.on();
		if (on.isAfter(today())) {
			throw TrackingException.invalid("Ngày " + on + " ở tương lai");
		}
		LocalDate startedOn = row.startedOn();
		LocalDate completedOn = row.completedOn();
		int progress = row.progress();
		if (change.status() == TaskStatus.IN_PROGRESS && startedOn == null) {
			startedOn = on;
		}
		if (change.status() == TaskStatus.DONE) {
			if (startedOn != null && on.isBefore(startedOn)) {
				throw TrackingException.invalid("Ngày hoàn thành " + on + " trước ngày bắt đầu " + startedOn);
			}
			completedOn = on;
			progress = 100;
		}
		int updated = jdbc.sql("""
				UPDATE task SET status = ?, started_on = ?, completed_on = ?, progress = ?, status_reason = ?,
				       version = version + 1
				WHERE id = ? AND version = ?""")
			.params(change.status().name(), date(startedOn), date(completedOn), progress,
					change.status().needsReason() ? reason : null, taskId, change.version())
			.update();
		requireUpdated(updated, taskId, change.version());
		audit.record(actor.username(), "TASK_STATUS_CHANGED", "task", Long.toString(taskId), row.status().name(),
				change.status().name() + " on=" + on + (reason == null ? "" : " reason=" + reason));
		return view(taskId, actor);
	}

	/**
	 * A state reported in one go, as a filled-in data-entry workbook row does: the task is walked through the
	 * workflow (not started → in progress → done, a paused task resumes first) with the same checks, optimistic
	 * locking and audit records as the JSON API, then its percentage is reported. A step the workflow forbids
	 * (back to "not started", out of a finished state) is refused with the workflow's message.
	 *
	 * @param completedOn the completion day when {@code target} is DONE (also taken as the start day when the
	 * task had not started)
	 * @return whether anything changed
	 */
	@Transactional
	public boolean reportState(long taskId, TaskStatus target, Integer percent, LocalDate completedOn, String narrative,
			Actor actor) {
		TaskRow row = load(taskId);
		boolean changed = false;
		if (row.status() != target) {
			if (target == TaskStatus.DONE && (row.status() == TaskStatus.NOT_STARTED || row.status() == TaskStatus.PAUSED)) {
				changeStatus(taskId, new StatusChange(TaskStatus.IN_PROGRESS,
						row.startedOn() == null ? completedOn : null, null, load(taskId).version()), actor);
			}
			String reason = target.needsReason() ? narrative : null;
			LocalDate on = target == TaskStatus.DONE ? completedOn : null;
			changeStatus(taskId, new StatusChange(target, on, reason, load(taskId).version()), actor);
			changed = true;
		}
		TaskRow now = load(taskId);
		if (percent != null && !now.status().finished() && percent != now.progress()) {
			report(taskId, new ProgressReport(percent, narrative, now.version()), List.of(), actor);
			changed = true;
		}
		return changed;
	}

	/**
	 * The lead agency (or a MONITOR) reports progress: the task's percentage moves and a NOT_STARTED task
	 * starts. A coordinating agency adds a contribution: narrative and evidence only, the task is untouched.
	 */
	@Transactional
	public TaskView report(long taskId, ProgressReport report, List<Evidence> files, Actor actor) {
		TaskRow row = load(taskId);
		Responsibility resp = responsibility.currentResponsible(taskId, today());
		requireRead(actor, resp);
		String narrative = report.narrative() == null ? "" : report.narrative().strip();
		if (narrative.isEmpty()) {
			throw TrackingException.invalid("Thiếu nội dung báo cáo (trường narrative)");
		}
		if (narrative.length() > 4000) {
			throw TrackingException.invalid("Nội dung báo cáo dài quá 4000 ký tự");
		}
		Evidence.check(files);
		boolean lead = actor.monitor() || resp.currentLeadIds().contains(actor.agencyId());
		if (!lead && !resp.currentCoordinatingIds().contains(actor.agencyId())) {
			throw TrackingException.notPermitted("Cơ quan của bạn không chủ trì hay phối hợp nhiệm vụ " + taskId);
		}
		long updateId;
		if (lead) {
			updateId = recordLeadProgress(row, report, narrative, files, actor);
		}
		else {
			if (report.percent() != null) {
				throw TrackingException.invalid("Cơ quan phối hợp không cập nhật tỷ lệ hoàn thành của nhiệm vụ " + taskId
						+ "; chỉ gửi nội dung đóng góp (bỏ trường percent)");
			}
			updateId = insertUpdate(taskId, actor.agencyId(), "CONTRIBUTION", null, narrative, null, actor.username());
			audit.record(actor.username(), "TASK_CONTRIBUTION_ADDED", "task", Long.toString(taskId), null,
					"update=" + updateId + " evidence=" + Evidence.describe(files));
		}
		for (Evidence file : files) {
			jdbc.sql("""
					INSERT INTO evidence_file (progress_update_id, file_name, media_type, size_bytes, sha256, content)
					VALUES (?, ?, ?, ?, ?, ?)""")
				.params(updateId, file.safeName(), file.mediaType(), file.content().length, file.sha256(), file.content())
				.update();
		}
		return view(taskId, actor);
	}

	private long recordLeadProgress(TaskRow row, ProgressReport report, String narrative, List<Evidence> files,
			Actor actor) {
		if (report.percent() == null || report.percent() < 0 || report.percent() > 100) {
			throw TrackingException.invalid("Tỷ lệ hoàn thành (trường percent) phải từ 0 đến 100");
		}
		if (report.version() == null) {
			throw TrackingException.invalid("Thiếu phiên bản đã đọc (trường version)");
		}
		if (row.status().finished()) {
			throw TrackingException.conflict("Nhiệm vụ đã " + row.status().label() + ", không cập nhật tiến độ được nữa");
		}
		// Reporting progress on work not yet started means it has started.
		boolean starts = row.status() == TaskStatus.NOT_STARTED && report.percent() > 0;
		TaskStatus status = starts ? TaskStatus.IN_PROGRESS : row.status();
		LocalDate startedOn = starts ? today() : row.startedOn();
		int updated = jdbc.sql("UPDATE task SET progress = ?, status = ?, started_on = ?, version = version + 1 WHERE id = ? AND version = ?")
			.params(report.percent(), status.name(), date(startedOn), row.id(), report.version())
			.update();
		requireUpdated(updated, row.id(), report.version());
		Long agency = actor.reporter() ? actor.agencyId() : null;
		long updateId = insertUpdate(row.id(), agency, "PROGRESS", report.percent(), narrative, null, actor.username());
		audit.record(actor.username(), "TASK_PROGRESS_REPORTED", "task", Long.toString(row.id()),
				"progress=" + row.progress(),
				"progress=" + report.percent() + " update=" + updateId + " evidence=" + Evidence.describe(files));
		return updateId;
	}

	long insertUpdate(long taskId, Long agencyId, String kind, Integer percent, String narrative, Long submissionId,
			String author) {
		KeyHolder keys = new GeneratedKeyHolder();
		jdbc.sql("""
				INSERT INTO progress_update (task_id, agency_id, kind, percent, narrative, submission_id, author, recorded_at)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(taskId, agencyId, kind, percent, narrative, submissionId, author, Timestamp.from(clock.instant()))
			.update(keys, "id");
		return keys.getKeyAs(Number.class).longValue();
	}

	/** Reading: everyone but a REPORTER of an agency that neither leads nor coordinates the task. */
	void requireRead(Actor actor, Responsibility resp) {
		if (!readable(actor, resp)) {
			throw TrackingException.notPermitted("Nhiệm vụ " + resp.taskId() + " không thuộc cơ quan của bạn");
		}
	}

	private boolean readable(Actor actor, Responsibility resp) {
		return !actor.reporter() || resp.currentLeadIds().contains(actor.agencyId())
				|| resp.currentCoordinatingIds().contains(actor.agencyId());
	}

	private void requireLead(Actor actor, Responsibility resp) {
		boolean allowed = actor.monitor()
				|| actor.role() == Role.REPORTER && resp.currentLeadIds().contains(actor.agencyId());
		if (!allowed) {
			throw TrackingException.notPermitted(
					"Chỉ cơ quan chủ trì nhiệm vụ " + resp.taskId() + " (hoặc cán bộ theo dõi) được đổi trạng thái");
		}
	}

	private static void requireUpdated(int updated, long taskId, int version) {
		if (updated == 0) {
			throw TrackingException.conflict("Nhiệm vụ " + taskId + " đã được người khác cập nhật sau khi bạn mở (phiên bản "
					+ version + " không còn là mới nhất); hãy tải lại rồi thực hiện lại, thay đổi của bạn chưa được lưu");
		}
	}

	private TaskRow load(long taskId) {
		return jdbc.sql(SELECT_TASK + " WHERE id = ?")
			.param(taskId)
			.query(this::row)
			.optional()
			.orElseThrow(() -> TrackingException.notFound("Không tìm thấy nhiệm vụ " + taskId));
	}

	// the columns are read by position (SELECT_TASK's order): a name lookup per column and row was measurable
	private static final String SELECT_TASK = """
			SELECT id, document_id, code, title, status, progress, COALESCE(due_date, period_end) AS due, period_raw,
			       recurrence, started_on, completed_on, status_reason, source_line, version FROM task""";

	private static final int TOTAL_COLUMN = 15;

	private TaskRow row(ResultSet rs, int n) throws SQLException {
		return new TaskRow(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4), TaskStatus.valueOf(rs.getString(5)),
				rs.getInt(6), rs.getObject(7, LocalDate.class), rs.getString(8), rs.getString(9),
				rs.getObject(10, LocalDate.class), rs.getObject(11, LocalDate.class), rs.getString(12),
				(Integer) rs.getObject(13, Integer.class), rs.getInt(14));
	}

	/** A list line straight from a row of SELECT_TASK, without the columns a list does not show. */
	private static TaskSummary summary(ResultSet rs, LocalDate today) throws SQLException {
		TaskStatus status = TaskStatus.valueOf(rs.getString(5));
		LocalDate due = rs.getObject(7, LocalDate.class);
		StatusClass statusClass = StatusClass.of(status, due, rs.getObject(11, LocalDate.class), rs.getString(9), today);
		return new TaskSummary(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4), status, status.label(),
				statusClass, statusClass.label(), rs.getInt(6), due, rs.getInt(14));
	}

	private TaskSummary summary(TaskRow row) {
		return summary(row, today());
	}

	private static TaskSummary summary(TaskRow row, LocalDate today) {
		StatusClass statusClass = StatusClass.of(row.status(), row.due(), row.completedOn(), row.recurrence(), today);
		return new TaskSummary(row.id(), row.documentId(), row.code(), row.title(), row.status(), row.status().label(),
				statusClass, statusClass.label(), row.progress(), row.due(), row.version());
	}

	private List<UpdateView> updates(long taskId) {
		List<UpdateView> updates = jdbc.sql("""
				SELECT u.id, u.kind, a.name AS agency, u.percent, u.narrative, u.author, u.recorded_at
				FROM progress_update u LEFT JOIN agency a ON a.id = u.agency_id WHERE u.task_id = ? ORDER BY u.id""")
			.param(taskId)
			.query((rs, n) -> new UpdateView(rs.getLong("id"), rs.getString("kind"), rs.getString("agency"),
					(Integer) rs.getObject("percent", Integer.class), rs.getString("narrative"), rs.getString("author"),
					rs.getObject("recorded_at", OffsetDateTime.class), List.of()))
			.list();
		return updates.stream()
			.map(u -> new UpdateView(u.id(), u.kind(), u.agency(), u.percent(), u.narrative(), u.author(), u.recordedAt(),
					evidence(u.id())))
			.toList();
	}

	private List<EvidenceInfo> evidence(long updateId) {
		return jdbc.sql("""
				SELECT id, file_name, media_type, size_bytes, sha256 FROM evidence_file WHERE progress_update_id = ?
				ORDER BY id""")
			.param(updateId)
			.query((rs, n) -> new EvidenceInfo(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getLong(4),
					rs.getString(5)))
			.list();
	}

	private LocalDate today() {
		return LocalDate.now(clock);
	}

	private static Date date(LocalDate date) {
		return date == null ? null : Date.valueOf(date);
	}
}
