package vn.plantrack.tracking;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.plantrack.registry.AuditLog;
import vn.plantrack.tracking.TaskResponsibility.Responsibility;

/**
 * Explanation requests (yêu cầu giải trình): the monitoring office asks the agency leading a task why it is
 * late or stalled, by a date; the agency answers in writing. Open requests appear in the agency's reminders.
 */
@Service
public class Explanations {

	private final JdbcClient jdbc;

	private final TaskResponsibility responsibility;

	private final AuditLog audit;

	private final Clock clock;

	Explanations(JdbcClient jdbc, TaskResponsibility responsibility, AuditLog audit, Clock clock) {
		this.jdbc = jdbc;
		this.responsibility = responsibility;
		this.audit = audit;
		this.clock = clock;
	}

	public record Request(long id, long taskId, long agencyId, String agency, String question, LocalDate dueBefore,
			String askedBy, OffsetDateTime askedAt, String answer, String answeredBy, OffsetDateTime answeredAt) {

		public boolean open() {
			return answer == null;
		}
	}

	/** Asks the task's current lead agency; a task whose lead awaits a reassignment decision cannot be asked yet. */
	@Transactional
	public Request ask(long taskId, String question, LocalDate dueBefore, Actor actor) {
		ReportingCycles.requireMonitor(actor);
		if (question == null || question.isBlank() || question.length() > 4000) {
			throw TrackingException.invalid("Thiếu nội dung yêu cầu giải trình (trường question), tối đa 4000 ký tự");
		}
		LocalDate today = LocalDate.now(clock);
		if (dueBefore == null || !dueBefore.isAfter(today)) {
			throw TrackingException.invalid("Hạn giải trình (trường dueBefore) phải sau hôm nay " + today);
		}
		Responsibility resp = responsibility.currentResponsible(taskId, today);
		if (resp.currentLeadIds().isEmpty()) {
			throw TrackingException.conflict("Nhiệm vụ " + taskId
					+ " chưa có cơ quan chủ trì hiện tại (đang chờ quyết định giao lại); hãy giao lại trước");
		}
		long agencyId = resp.currentLeadIds().iterator().next();
		KeyHolder keys = new GeneratedKeyHolder();
		jdbc.sql("""
				INSERT INTO explanation_request (task_id, agency_id, question, due_before, asked_by, asked_at)
				VALUES (?, ?, ?, ?, ?, ?)""")
			.params(taskId, agencyId, question.strip(), Date.valueOf(dueBefore), actor.username(),
					Timestamp.from(clock.instant()))
			.update(keys, "id");
		long id = keys.getKeyAs(Number.class).longValue();
		audit.record(actor.username(), "EXPLANATION_REQUESTED", "task", Long.toString(taskId), null,
				"request=" + id + " agency=" + agencyId + " due<" + dueBefore);
		return request(id, actor);
	}

	/** The agency asked answers; only its REPORTERs may, once. */
	@Transactional
	public Request answer(long requestId, String answer, Actor actor) {
		Request request = request(requestId, actor);
		if (!actor.reportsFor(request.agencyId())) {
			throw TrackingException.notPermitted("Chỉ cơ quan được yêu cầu giải trình mới trả lời được");
		}
		if (answer == null || answer.isBlank() || answer.length() > 8000) {
			throw TrackingException.invalid("Thiếu nội dung giải trình (trường answer), tối đa 8000 ký tự");
		}
		int updated = jdbc.sql("""
				UPDATE explanation_request SET answer = ?, answered_by = ?, answered_at = ?
				WHERE id = ? AND answer IS NULL""")
			.params(answer.strip(), actor.username(), Timestamp.from(clock.instant()), requestId)
			.update();
		if (updated == 0) {
			throw TrackingException.conflict("Yêu cầu giải trình " + requestId + " đã được trả lời");
		}
		audit.record(actor.username(), "EXPLANATION_ANSWERED", "task", Long.toString(request.taskId()), null,
				"request=" + requestId);
		return request(requestId, actor);
	}

	public List<Request> ofTask(long taskId, Actor actor) {
		if (actor.reporter()) {
			Responsibility resp = responsibility.currentResponsible(taskId, LocalDate.now(clock));
			if (!resp.currentLeadIds().contains(actor.agencyId()) && !resp.currentCoordinatingIds().contains(actor.agencyId())) {
				throw TrackingException.notPermitted("Nhiệm vụ " + taskId + " không thuộc cơ quan của bạn");
			}
		}
		return jdbc.sql(SELECT + " WHERE r.task_id = ? ORDER BY r.id").param(taskId).query(this::row).list();
	}

	/** Unanswered requests addressed to an agency, for its reminders. */
	public List<Request> openFor(long agencyId) {
		return jdbc.sql(SELECT + " WHERE r.agency_id = ? AND r.answer IS NULL ORDER BY r.due_before, r.id")
			.param(agencyId)
			.query(this::row)
			.list();
	}

	private Request request(long id, Actor actor) {
		Request request = jdbc.sql(SELECT + " WHERE r.id = ?")
			.param(id)
			.query(this::row)
			.optional()
			.orElseThrow(() -> TrackingException.notFound("Không tìm thấy yêu cầu giải trình " + id));
		if (actor.reporter() && !actor.reportsFor(request.agencyId())) {
			throw TrackingException.notPermitted("Yêu cầu giải trình " + id + " không gửi cơ quan của bạn");
		}
		return request;
	}

	private static final String SELECT = """
			SELECT r.id, r.task_id, r.agency_id, a.name, r.question, r.due_before, r.asked_by, r.asked_at, r.answer,
			       r.answered_by, r.answered_at
			FROM explanation_request r JOIN agency a ON a.id = r.agency_id""";

	private Request row(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
		return new Request(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getString(4), rs.getString(5),
				rs.getObject(6, LocalDate.class), rs.getString(7), rs.getObject(8, OffsetDateTime.class), rs.getString(9),
				rs.getString(10), rs.getObject(11, OffsetDateTime.class));
	}
}
