package vn.plantrack.tracking;

import java.math.BigDecimal;
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

import vn.plantrack.registry.AgencySuccessions;
import vn.plantrack.registry.AuditLog;
import vn.plantrack.tracking.ReportingCycles.Cycle;

/**
 * An agency's periodic report for one cycle: a narrative, the progress of its tasks and the values of its
 * indicators, saved as a draft, submitted, returned with comments or accepted. Saving checks every item
 * first and writes all or nothing; accepting writes the task progress and indicator observations, again
 * all or nothing.
 */
@Service
public class Submissions {

	private final JdbcClient jdbc;

	private final ReportingCycles cycles;

	private final TaskResponsibility responsibility;

	private final IndicatorResponsibility indicatorLeads;

	private final TaskProgress tasks;

	private final AuditLog audit;

	private final CycleExceptions locks;

	private final Clock clock;

	Submissions(JdbcClient jdbc, ReportingCycles cycles, TaskResponsibility responsibility,
			IndicatorResponsibility indicatorLeads, TaskProgress tasks, AuditLog audit, CycleExceptions locks,
			Clock clock) {
		this.jdbc = jdbc;
		this.locks = locks;
		this.cycles = cycles;
		this.responsibility = responsibility;
		this.indicatorLeads = indicatorLeads;
		this.tasks = tasks;
		this.audit = audit;
		this.clock = clock;
	}

	public enum Status {
		DRAFT, SUBMITTED, RETURNED, ACCEPTED
	}

	public record TaskLine(long taskId, int percent, String narrative) {
	}

	/** kind: ACTUAL (kết quả thực hiện) or ESTIMATE (ước thực hiện). */
	public record IndicatorLine(long indicatorId, String kind, BigDecimal value) {
	}

	/**
	 * What a REPORTER sends; {@code agencyId} only when a MONITOR drafts on an agency's behalf; {@code version},
	 * when given, must be the version of the draft being replaced (two colleagues editing the same draft).
	 */
	public record Draft(Long agencyId, String narrative, List<TaskLine> tasks, List<IndicatorLine> indicators,
			Integer version) {
	}

	public record View(long id, long cycleId, long agencyId, String agency, Status status, String narrative,
			OffsetDateTime firstSubmittedAt, OffsetDateTime submittedAt, String reviewComment, int version,
			List<TaskLine> tasks, List<IndicatorLine> indicators) {
	}

	@Transactional
	public View saveDraft(long cycleId, Draft draft, Actor actor) {
		Cycle cycle = cycles.cycle(cycleId);
		long agencyId = agencyFor(actor, draft.agencyId());
		if (cycle.agencies().stream().noneMatch(a -> a.id() == agencyId)) {
			throw TrackingException.notPermitted("Cơ quan " + agencyId + " không phải báo cáo trong kỳ " + cycleId);
		}
		List<TaskLine> taskLines = draft.tasks() == null ? List.of() : draft.tasks();
		List<IndicatorLine> indicatorLines = draft.indicators() == null ? List.of() : draft.indicators();
		// Every line is checked before anything is written: one bad line refuses the whole report.
		for (TaskLine line : taskLines) {
			checkTask(cycle, agencyId, line);
		}
		for (IndicatorLine line : indicatorLines) {
			checkIndicator(cycle, agencyId, line);
		}
		String narrative = draft.narrative() == null ? null : draft.narrative().strip();
		if (narrative != null && narrative.length() > 8000) {
			throw TrackingException.invalid("Nội dung báo cáo dài quá 8000 ký tự");
		}
		var existing = jdbc.sql("SELECT id, status, version FROM submission WHERE cycle_id = ? AND agency_id = ? FOR UPDATE")
			.params(cycleId, agencyId)
			.query((rs, n) -> new Object[] { rs.getLong(1), Status.valueOf(rs.getString(2)), rs.getInt(3) })
			.optional();
		// the cycle locks on its due day; a report the MONITOR returned may still be corrected
		if (existing.isEmpty() || existing.get()[1] == Status.DRAFT) {
			locks.requireOpen(cycle, agencyId);
		}
		long id;
		if (existing.isPresent()) {
			id = (Long) existing.get()[0];
			Status status = (Status) existing.get()[1];
			if (status != Status.DRAFT && status != Status.RETURNED) {
				throw TrackingException.conflict("Báo cáo " + id + " đã " + (status == Status.ACCEPTED ? "được tiếp nhận" : "được gửi")
						+ ", không sửa được nữa");
			}
			int version = (Integer) existing.get()[2];
			if (draft.version() != null && draft.version() != version) {
				throw TrackingException.conflict("Báo cáo " + id + " đã được người khác sửa (phiên bản " + version
						+ ", bạn gửi phiên bản " + draft.version() + "); hãy tải lại, thay đổi của bạn chưa được lưu");
			}
			jdbc.sql("DELETE FROM submission_task WHERE submission_id = ?").param(id).update();
			jdbc.sql("DELETE FROM submission_indicator WHERE submission_id = ?").param(id).update();
			jdbc.sql("UPDATE submission SET narrative = ?, version = version + 1 WHERE id = ?").params(narrative, id).update();
		}
		else {
			KeyHolder keys = new GeneratedKeyHolder();
			jdbc.sql("INSERT INTO submission (cycle_id, agency_id, status, narrative, created_by) VALUES (?, ?, 'DRAFT', ?, ?)")
				.params(cycleId, agencyId, narrative, actor.username())
				.update(keys, "id");
			id = keys.getKeyAs(Number.class).longValue();
		}
		for (TaskLine line : taskLines) {
			jdbc.sql("INSERT INTO submission_task (submission_id, task_id, percent, narrative) VALUES (?, ?, ?, ?)")
				.params(id, line.taskId(), line.percent(), line.narrative().strip())
				.update();
		}
		for (IndicatorLine line : indicatorLines) {
			jdbc.sql("INSERT INTO submission_indicator (submission_id, indicator_id, kind, obs_value) VALUES (?, ?, ?, ?)")
				.params(id, line.indicatorId(), line.kind(), line.value())
				.update();
		}
		audit.record(actor.username(), "SUBMISSION_SAVED", "submission", Long.toString(id), null,
				"cycle=" + cycleId + " agency=" + agencyId + " tasks=" + taskLines.size() + " indicators="
						+ indicatorLines.size());
		return view(id, actor);
	}

	@Transactional
	public View submit(long submissionId, Actor actor) {
		View current = view(submissionId, actor);
		requireOwnerOrMonitor(current, actor);
		if (current.narrative() == null || current.narrative().isBlank()) {
			throw TrackingException.invalid("Báo cáo " + submissionId + " chưa có nội dung (trường narrative), chưa gửi được");
		}
		// a report the MONITOR returned for correction may be sent again after the due day: they asked for it
		if (current.status() == Status.DRAFT) {
			locks.requireOpen(cycles.cycle(current.cycleId()), current.agencyId());
		}
		Timestamp now = Timestamp.from(clock.instant());
		int updated = jdbc.sql("""
				UPDATE submission SET status = 'SUBMITTED', submitted_at = ?,
				       first_submitted_at = COALESCE(first_submitted_at, ?), version = version + 1
				WHERE id = ? AND status IN ('DRAFT', 'RETURNED')""")
			.params(now, now, submissionId)
			.update();
		requireStep(updated, current, "gửi");
		audit.record(actor.username(), "SUBMISSION_SUBMITTED", "submission", Long.toString(submissionId),
				current.status().name(), "SUBMITTED");
		return view(submissionId, actor);
	}

	@Transactional
	public View returnForCorrection(long submissionId, String comment, Actor actor) {
		ReportingCycles.requireMonitor(actor);
		if (comment == null || comment.isBlank()) {
			throw TrackingException.invalid("Trả lại báo cáo phải nêu ý kiến (trường comment)");
		}
		View current = view(submissionId, actor);
		int updated = jdbc.sql("""
				UPDATE submission SET status = 'RETURNED', review_comment = ?, reviewed_by = ?, reviewed_at = ?,
				       version = version + 1
				WHERE id = ? AND status = 'SUBMITTED'""")
			.params(comment.strip(), actor.username(), Timestamp.from(clock.instant()), submissionId)
			.update();
		requireStep(updated, current, "trả lại");
		audit.record(actor.username(), "SUBMISSION_RETURNED", "submission", Long.toString(submissionId), "SUBMITTED",
				"RETURNED comment=" + comment.strip());
		return view(submissionId, actor);
	}

	/** Accepting makes the report official: its task progress and indicator values are written. */
	@Transactional
	public View accept(long submissionId, Actor actor) {
		ReportingCycles.requireMonitor(actor);
		View current = view(submissionId, actor);
		int updated = jdbc.sql("""
				UPDATE submission SET status = 'ACCEPTED', reviewed_by = ?, reviewed_at = ?, version = version + 1
				WHERE id = ? AND status = 'SUBMITTED'""")
			.params(actor.username(), Timestamp.from(clock.instant()), submissionId)
			.update();
		requireStep(updated, current, "tiếp nhận");
		Cycle cycle = cycles.cycle(current.cycleId());
		for (TaskLine line : current.tasks()) {
			applyTask(line, current, actor);
		}
		for (IndicatorLine line : current.indicators()) {
			applyIndicator(line, cycle, current, actor);
		}
		audit.record(actor.username(), "SUBMISSION_ACCEPTED", "submission", Long.toString(submissionId), "SUBMITTED",
				"ACCEPTED tasks=" + current.tasks().size() + " indicators=" + current.indicators().size());
		return view(submissionId, actor);
	}

	public View view(long submissionId, Actor actor) {
		View bare = jdbc.sql("""
				SELECT s.id, s.cycle_id, s.agency_id, a.name, s.status, s.narrative, s.first_submitted_at, s.submitted_at,
				       s.review_comment, s.version
				FROM submission s JOIN agency a ON a.id = s.agency_id WHERE s.id = ?""")
			.param(submissionId)
			.query((rs, n) -> new View(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getString(4),
					Status.valueOf(rs.getString(5)), rs.getString(6), rs.getObject(7, OffsetDateTime.class),
					rs.getObject(8, OffsetDateTime.class), rs.getString(9), rs.getInt(10), List.of(), List.of()))
			.optional()
			.orElseThrow(() -> TrackingException.notFound("Không tìm thấy báo cáo " + submissionId));
		if (actor.reporter() && !actor.reportsFor(bare.agencyId())) {
			throw TrackingException.notPermitted("Báo cáo " + submissionId + " không phải của cơ quan của bạn");
		}
		List<TaskLine> taskLines = jdbc.sql("SELECT task_id, percent, narrative FROM submission_task WHERE submission_id = ? ORDER BY id")
			.param(submissionId)
			.query((rs, n) -> new TaskLine(rs.getLong(1), rs.getInt(2), rs.getString(3)))
			.list();
		List<IndicatorLine> indicatorLines = jdbc.sql("""
				SELECT indicator_id, kind, obs_value FROM submission_indicator WHERE submission_id = ? ORDER BY id""")
			.param(submissionId)
			.query((rs, n) -> new IndicatorLine(rs.getLong(1), rs.getString(2), rs.getBigDecimal(3)))
			.list();
		return new View(bare.id(), bare.cycleId(), bare.agencyId(), bare.agency(), bare.status(), bare.narrative(),
				bare.firstSubmittedAt(), bare.submittedAt(), bare.reviewComment(), bare.version(), taskLines,
				indicatorLines);
	}

	/** The submissions of a cycle the actor may see (a REPORTER: its own). */
	public List<View> ofCycle(long cycleId, Actor actor) {
		cycles.cycle(cycleId);
		return jdbc.sql("SELECT id, agency_id FROM submission WHERE cycle_id = ? ORDER BY id")
			.param(cycleId)
			.query((rs, n) -> new long[] { rs.getLong(1), rs.getLong(2) })
			.list()
			.stream()
			.filter(row -> !actor.reporter() || actor.reportsFor(row[1]))
			.map(row -> view(row[0], actor))
			.toList();
	}

	private void applyTask(TaskLine line, View submission, Actor actor) {
		String status = jdbc.sql("SELECT status FROM task WHERE id = ? FOR UPDATE").param(line.taskId()).query(String.class).single();
		TaskStatus current = TaskStatus.valueOf(status);
		if (current.finished()) {
			throw TrackingException.conflict("Nhiệm vụ " + line.taskId() + " đã " + current.label()
					+ "; báo cáo " + submission.id() + " không tiếp nhận được, hãy trả lại để đơn vị sửa");
		}
		boolean starts = current == TaskStatus.NOT_STARTED && line.percent() > 0;
		jdbc.sql("""
				UPDATE task SET progress = ?, status = ?, started_on = COALESCE(started_on, ?), version = version + 1
				WHERE id = ?""")
			.params(line.percent(), starts ? TaskStatus.IN_PROGRESS.name() : current.name(),
					starts ? Date.valueOf(LocalDate.now(clock)) : null, line.taskId())
			.update();
		tasks.insertUpdate(line.taskId(), submission.agencyId(), "PROGRESS", line.percent(), line.narrative(),
				submission.id(), actor.username());
	}

	private void applyIndicator(IndicatorLine line, Cycle cycle, View submission, Actor actor) {
		String periodKind = cycle.frequency().periodKind();
		jdbc.sql("""
				DELETE FROM observation WHERE indicator_id = ? AND period_kind = ? AND period_year = ? AND period_index = ?
				AND kind = ?""")
			.params(line.indicatorId(), periodKind, cycle.year(), cycle.index(), line.kind())
			.update();
		jdbc.sql("""
				INSERT INTO observation (indicator_id, period_kind, period_year, period_index, kind, obs_value, source,
				                         author, recorded_at)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(line.indicatorId(), periodKind, cycle.year(), cycle.index(), line.kind(), line.value(),
					"Báo cáo " + submission.id() + " của " + submission.agency(), actor.username(),
					Timestamp.from(clock.instant()))
			.update();
	}

	private void checkTask(Cycle cycle, long agencyId, TaskLine line) {
		Long documentId = jdbc.sql("SELECT document_id FROM task WHERE id = ?").param(line.taskId()).query(Long.class).optional().orElse(null);
		if (documentId == null || documentId != cycle.documentId()) {
			throw TrackingException.invalid("Nhiệm vụ " + line.taskId() + " không thuộc kế hoạch của kỳ báo cáo " + cycle.id());
		}
		if (!responsibility.currentResponsible(line.taskId(), cycle.windowEnd()).currentLeadIds().contains(agencyId)) {
			throw TrackingException.notPermitted("Nhiệm vụ " + line.taskId() + " không do cơ quan " + agencyId + " chủ trì");
		}
		if (line.percent() < 0 || line.percent() > 100) {
			throw TrackingException.invalid("Nhiệm vụ " + line.taskId() + ": tỷ lệ hoàn thành phải từ 0 đến 100");
		}
		if (line.narrative() == null || line.narrative().isBlank() || line.narrative().length() > 4000) {
			throw TrackingException.invalid("Nhiệm vụ " + line.taskId() + ": thiếu nội dung kết quả (hoặc dài quá 4000 ký tự)");
		}
	}

	private void checkIndicator(Cycle cycle, long agencyId, IndicatorLine line) {
		var indicator = jdbc.sql("SELECT document_id, lead_agency_id FROM indicator WHERE id = ?")
			.param(line.indicatorId())
			.query((rs, n) -> new Long[] { rs.getLong(1), (Long) rs.getObject(2, Long.class) })
			.optional()
			.orElse(null);
		if (indicator == null || indicator[0] != cycle.documentId()) {
			throw TrackingException.invalid("Chỉ tiêu " + line.indicatorId() + " không thuộc kế hoạch của kỳ báo cáo " + cycle.id());
		}
		// a split lead agency is not guessed: until a MONITOR decides, nobody reports the indicator
		AgencySuccessions.AgencyRef current = indicator[1] == null ? null
				: indicatorLeads.lead(line.indicatorId(), cycle.windowEnd()).current();
		if (current == null || current.id() != agencyId) {
			throw TrackingException.notPermitted("Chỉ tiêu " + line.indicatorId() + " không do cơ quan " + agencyId + " chủ trì");
		}
		if (!"ACTUAL".equals(line.kind()) && !"ESTIMATE".equals(line.kind())) {
			throw TrackingException.invalid("Chỉ tiêu " + line.indicatorId() + ": loại số liệu (trường kind) phải là ACTUAL hoặc ESTIMATE");
		}
		if (line.value() == null) {
			throw TrackingException.invalid("Chỉ tiêu " + line.indicatorId() + ": thiếu giá trị (trường value)");
		}
	}

	private long agencyFor(Actor actor, Long requested) {
		if (actor.reporter()) {
			if (requested != null && !requested.equals(actor.agencyId())) {
				throw TrackingException.notPermitted("Bạn chỉ báo cáo được cho cơ quan của mình");
			}
			return actor.agencyId();
		}
		if (actor.monitor() && requested != null) {
			return requested;
		}
		throw actor.monitor() ? TrackingException.invalid("Thiếu cơ quan báo cáo (trường agencyId)")
				: TrackingException.notPermitted("Chỉ cơ quan báo cáo hoặc cán bộ theo dõi được lập báo cáo");
	}

	private static void requireOwnerOrMonitor(View submission, Actor actor) {
		if (!actor.monitor() && !actor.reportsFor(submission.agencyId())) {
			throw TrackingException.notPermitted("Báo cáo " + submission.id() + " không phải của cơ quan của bạn");
		}
	}

	private static void requireStep(int updated, View before, String step) {
		if (updated == 0) {
			throw TrackingException.conflict("Không thể " + step + " báo cáo " + before.id() + " đang ở trạng thái "
					+ before.status());
		}
	}
}
