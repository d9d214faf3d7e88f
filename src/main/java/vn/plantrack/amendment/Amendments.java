package vn.plantrack.amendment;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import tools.jackson.databind.json.JsonMapper;
import vn.plantrack.amendment.AmendmentSet.Change;
import vn.plantrack.amendment.AmendmentSet.ItemType;
import vn.plantrack.amendment.AmendmentSet.Kind;
import vn.plantrack.amendment.AmendmentSet.TargetFields;
import vn.plantrack.amendment.AmendmentSet.TaskFields;
import vn.plantrack.registry.Agencies;
import vn.plantrack.registry.AuditLog;
import vn.plantrack.tracking.Actor;
import vn.plantrack.tracking.TaskStatus;
import vn.plantrack.tracking.TrackingException;

/**
 * Applies a deciding document's changes to a confirmed plan: adds, modifies and cancels tasks and targets, all in
 * one transaction (one stale or invalid change and nothing of the set is written), and records the new plan
 * version, one amendment row per change and one audit event per change with the item's state before and after.
 */
@Service
public class Amendments {

	// rule: a Vietnamese document reference dates itself as "ngày 10/3/2026" (also 10-3-2026, 10.3.2026)
	private static final Pattern DATED = Pattern.compile("ngày\\s+(\\d{1,2})\\s*[/.-]\\s*(\\d{1,2})\\s*[/.-]\\s*(\\d{4})");

	// rule: its number-symbol follows "số": "Quyết định số 456/QĐ-UBND"
	private static final Pattern NUMBERED = Pattern.compile("(?i)số\\s+(\\d+[^\\s,;]*)");

	private final JdbcClient jdbc;

	private final Agencies agencies;

	private final AuditLog audit;

	private final PlanVersions versions;

	private final JsonMapper json;

	private final Clock clock;

	Amendments(JdbcClient jdbc, Agencies agencies, AuditLog audit, PlanVersions versions, JsonMapper json, Clock clock) {
		this.jdbc = jdbc;
		this.agencies = agencies;
		this.audit = audit;
		this.versions = versions;
		this.json = json;
		this.clock = clock;
	}

	/** What one set made: the new version and, per change in order, the item it touched (new id for ADD). */
	public record Applied(PlanVersion version, List<Long> itemIds) {
	}

	@Transactional
	public Applied apply(long documentId, AmendmentSet set, Actor actor) {
		if (!actor.monitor()) {
			throw new TrackingException(TrackingException.Kind.NOT_PERMITTED,
					"Chỉ cán bộ theo dõi (MONITOR) được điều chỉnh kế hoạch");
		}
		String reference = set == null || set.decidingDocument() == null ? "" : set.decidingDocument().strip();
		if (reference.isEmpty()) {
			throw invalid("Thiếu văn bản quyết định điều chỉnh (trường decidingDocument), ví dụ \"Quyết định số 456/QĐ-UBND ngày 10/3/2026\"");
		}
		if (reference.length() > 400) {
			throw invalid("Văn bản quyết định điều chỉnh dài quá 400 ký tự (trường decidingDocument)");
		}
		if (set.changes() == null || set.changes().isEmpty()) {
			throw invalid("Không có thay đổi nào (trường changes)");
		}
		// the plan row is locked so two amendment sets of one plan get consecutive version numbers
		Map<String, Object> plan = jdbc.sql("SELECT status, locality_id FROM document WHERE id = ? FOR UPDATE")
			.param(documentId)
			.query()
			.listOfRows()
			.stream()
			.findFirst()
			.orElseThrow(() -> new TrackingException(TrackingException.Kind.NOT_FOUND,
					"Không có kế hoạch số " + documentId));
		if (!"CONFIRMED".equals(plan.get("status"))) {
			throw new TrackingException(TrackingException.Kind.CONFLICT,
					"Kế hoạch chưa được xác nhận nên chưa thể điều chỉnh");
		}
		Long localityId = plan.get("locality_id") == null ? null : ((Number) plan.get("locality_id")).longValue();
		LocalDate decidedOn = set.decidedOn() != null ? set.decidedOn() : dateIn(reference);
		Long decidingId = decidingDocument(set.decidingDocumentId(), reference, localityId, documentId);
		PlanVersion version = versions.next(documentId, reference, decidingId, decidedOn, truncate(set.note(), 2000),
				actor.username());
		Context context = new Context(documentId, localityId, version, reference, actor.username());
		List<Long> items = new ArrayList<>();
		for (int i = 0; i < set.changes().size(); i++) {
			items.add(applyOne(context, i + 1, set.changes().get(i)));
		}
		return new Applied(versions.one(version.id()), items);
	}

	private record Context(long documentId, Long localityId, PlanVersion version, String reference, String actor) {
	}

	private long applyOne(Context context, int position, Change change) {
		String where = "Thay đổi thứ " + position + ": ";
		if (change == null || change.kind() == null) {
			throw invalid(where + "thiếu loại thay đổi (trường kind: ADD, MODIFY hoặc CANCEL)");
		}
		if (change.itemType() == null) {
			throw invalid(where + "thiếu loại mục (trường itemType: TASK hoặc TARGET)");
		}
		if (change.kind() != Kind.ADD && change.itemId() == null) {
			throw invalid(where + "thiếu mục cần điều chỉnh (trường itemId)");
		}
		if (change.itemType() == ItemType.TASK) {
			switch (change.kind()) {
				case ADD:
					return addTask(context, position, where, change);
				case MODIFY:
					return modifyTask(context, position, where, change);
				default:
					return cancelTask(context, position, where, change);
			}
		}
		switch (change.kind()) {
			case ADD:
				return addTarget(context, position, where, change);
			case MODIFY:
				return modifyTarget(context, position, where, change);
			default:
				return cancelTarget(context, position, where, change);
		}
	}

	// ---- tasks

	private long addTask(Context context, int position, String where, Change change) {
		TaskFields fields = change.task();
		if (fields == null || blank(fields.title())) {
			throw invalid(where + "thiếu tên nhiệm vụ (trường task.title)");
		}
		if (fields.lead() == null || fields.lead().stream().allMatch(Amendments::blank)) {
			throw invalid(where + "thiếu cơ quan chủ trì (trường task.lead)");
		}
		requirePeriod(where, fields.periodStart(), fields.periodEnd());
		long groupId = group(context.documentId(), where, fields);
		KeyHolder keys = new GeneratedKeyHolder();
		jdbc.sql("""
				INSERT INTO task (document_id, group_id, code, title, period_raw, period_start, period_end, due_date,
				                  status)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'NOT_STARTED')""")
			.params(context.documentId(), groupId, truncate(fields.code(), 40), truncate(fields.title().strip(), 4000),
					truncate(fields.period(), 400), date(fields.periodStart()), date(fields.periodEnd()),
					date(fields.due()))
			.update(keys, "id");
		long taskId = keys.getKeyAs(Number.class).longValue();
		replaceAgencies(context, taskId, "LEAD", fields.lead());
		replaceAgencies(context, taskId, "COORDINATING", fields.coordinating());
		record(context, position, Kind.ADD, ItemType.TASK, taskId, null, change.reason(), null, taskState(taskId),
				"task", taskId);
		return taskId;
	}

	private long modifyTask(Context context, int position, String where, Change change) {
		TaskFields fields = change.task();
		if (fields == null) {
			throw invalid(where + "thiếu nội dung điều chỉnh (trường task)");
		}
		if (fields.title() != null && fields.title().isBlank()) {
			throw invalid(where + "tên nhiệm vụ không được để trống (trường task.title)");
		}
		Map<String, Object> row = task(context, where, change);
		Map<String, Object> before = taskState(change.itemId());
		requireVersion(where, change);
		LocalDate start = fields.periodStart() != null ? fields.periodStart() : localDate(row.get("period_start"));
		LocalDate end = fields.periodEnd() != null ? fields.periodEnd() : localDate(row.get("period_end"));
		requirePeriod(where, start, end);
		Long groupId = fields.groupId() != null || fields.group() != null ? group(context.documentId(), where, fields)
				: (row.get("group_id") == null ? null : ((Number) row.get("group_id")).longValue());
		int updated = jdbc.sql("""
				UPDATE task SET title = ?, code = ?, period_raw = ?, period_start = ?, period_end = ?, due_date = ?,
				       group_id = ?, version = version + 1
				WHERE id = ? AND version = ?""")
			.params(fields.title() != null ? truncate(fields.title().strip(), 4000) : row.get("title"),
					fields.code() != null ? truncate(fields.code(), 40) : row.get("code"),
					fields.period() != null ? truncate(fields.period(), 400) : row.get("period_raw"), date(start),
					date(end), date(fields.due() != null ? fields.due() : localDate(row.get("due_date"))), groupId,
					change.itemId(), change.version())
			.update();
		requireUpdated(where, updated, change);
		if (fields.lead() != null) {
			if (fields.lead().stream().allMatch(Amendments::blank)) {
				throw invalid(where + "nhiệm vụ phải có cơ quan chủ trì (trường task.lead)");
			}
			replaceAgencies(context, change.itemId(), "LEAD", fields.lead());
		}
		if (fields.coordinating() != null) {
			replaceAgencies(context, change.itemId(), "COORDINATING", fields.coordinating());
		}
		record(context, position, Kind.MODIFY, ItemType.TASK, change.itemId(), null, change.reason(), before,
				taskState(change.itemId()), "task", change.itemId());
		return change.itemId();
	}

	private long cancelTask(Context context, int position, String where, Change change) {
		Map<String, Object> row = task(context, where, change);
		requireVersion(where, change);
		TaskStatus status = TaskStatus.valueOf((String) row.get("status"));
		if (!status.canBecome(TaskStatus.CANCELLED)) {
			throw new TrackingException(TrackingException.Kind.CONFLICT,
					where + "nhiệm vụ đang ở trạng thái \"" + status.label() + "\" nên không thể hủy");
		}
		Map<String, Object> before = taskState(change.itemId());
		String why = blank(change.reason()) ? "Hủy theo " + context.reference()
				: change.reason().strip() + " (theo " + context.reference() + ")";
		int updated = jdbc.sql("""
				UPDATE task SET status = 'CANCELLED', status_reason = ?, version = version + 1
				WHERE id = ? AND version = ?""")
			.params(truncate(why, 1000), change.itemId(), change.version())
			.update();
		requireUpdated(where, updated, change);
		record(context, position, Kind.CANCEL, ItemType.TASK, change.itemId(), null, change.reason(), before,
				taskState(change.itemId()), "task", change.itemId());
		return change.itemId();
	}

	private Map<String, Object> task(Context context, String where, Change change) {
		return jdbc.sql("""
				SELECT id, group_id, code, title, period_raw, period_start, period_end, due_date, status, version
				FROM task WHERE id = ? AND document_id = ?""")
			.params(change.itemId(), context.documentId())
			.query()
			.listOfRows()
			.stream()
			.findFirst()
			.orElseThrow(() -> new TrackingException(TrackingException.Kind.NOT_FOUND,
					where + "kế hoạch không có nhiệm vụ số " + change.itemId() + " (trường itemId)"));
	}

	private long group(long documentId, String where, TaskFields fields) {
		if (fields.groupId() != null) {
			boolean ours = jdbc.sql("SELECT COUNT(*) FROM task_group WHERE id = ? AND document_id = ?")
				.params(fields.groupId(), documentId)
				.query(Long.class)
				.single() > 0;
			if (!ours) {
				throw invalid(where + "kế hoạch không có nhóm nhiệm vụ số " + fields.groupId() + " (trường task.groupId)");
			}
			return fields.groupId();
		}
		String code = blank(fields.group()) ? "" : fields.group().strip();
		Optional<Long> existing = jdbc.sql("""
				SELECT id FROM task_group WHERE document_id = ? AND (code = ? OR title = ?) ORDER BY position LIMIT 1""")
			.params(documentId, code, code.isEmpty() ? "—" : code)
			.query(Long.class)
			.optional();
		if (existing.isPresent()) {
			return existing.get();
		}
		int position = jdbc.sql("SELECT COALESCE(MAX(position), -1) + 1 FROM task_group WHERE document_id = ?")
			.param(documentId)
			.query(Integer.class)
			.single();
		KeyHolder keys = new GeneratedKeyHolder();
		jdbc.sql("INSERT INTO task_group (document_id, code, title, position) VALUES (?, ?, ?, ?)")
			.params(documentId, truncate(code, 40), code.isEmpty() ? "—" : truncate(code, 2000), position)
			.update(keys, "id");
		return keys.getKeyAs(Number.class).longValue();
	}

	private void replaceAgencies(Context context, long taskId, String role, List<String> names) {
		jdbc.sql("DELETE FROM task_agency WHERE task_id = ? AND role = ?").params(taskId, role).update();
		int position = 0;
		for (String name : names == null ? List.<String>of() : names) {
			if (blank(name)) {
				continue;
			}
			Long agencyId = context.localityId() == null ? null : agencies.idFor(context.localityId(), name);
			jdbc.sql("""
					INSERT INTO task_agency (task_id, agency_id, role, name_as_written, position)
					VALUES (?, ?, ?, ?, ?)""").params(taskId, agencyId, role, truncate(name.strip(), 400), position++).update();
		}
	}

	/** The task as the history shows it: what a deciding document can change, plus its status. */
	Map<String, Object> taskState(long taskId) {
		Map<String, Object> row = jdbc.sql("""
				SELECT code, title, period_raw, period_start, period_end, due_date, status, status_reason
				FROM task WHERE id = ?""").param(taskId).query().singleRow();
		Map<String, Object> state = new LinkedHashMap<>();
		state.put("code", row.get("code"));
		state.put("title", row.get("title"));
		state.put("period", row.get("period_raw"));
		state.put("periodStart", text(localDate(row.get("period_start"))));
		state.put("periodEnd", text(localDate(row.get("period_end"))));
		state.put("due", text(localDate(row.get("due_date"))));
		state.put("status", row.get("status"));
		state.put("statusReason", row.get("status_reason"));
		state.put("lead", names(taskId, "LEAD"));
		state.put("coordinating", names(taskId, "COORDINATING"));
		return state;
	}

	private List<String> names(long taskId, String role) {
		return jdbc.sql("SELECT name_as_written FROM task_agency WHERE task_id = ? AND role = ? ORDER BY position")
			.params(taskId, role)
			.query(String.class)
			.list();
	}

	// ---- targets

	private long addTarget(Context context, int position, String where, Change change) {
		if (change.indicatorId() == null) {
			throw invalid(where + "thiếu chỉ tiêu của mục tiêu mới (trường indicatorId)");
		}
		TargetFields fields = change.target();
		if (fields == null || blank(fields.rawText())) {
			throw invalid(where + "thiếu mục tiêu như văn bản ghi (trường target.rawText)");
		}
		requireIndicator(context, where, change.indicatorId());
		bumpIndicator(where, change.indicatorId(), change.version());
		// rule: a plan's indicator has one target tree; a new target joins the live root as a component, or is
		// the root when there is none (its earlier root was cancelled)
		Long root = jdbc.sql("""
				SELECT id FROM target WHERE indicator_id = ? AND parent_id IS NULL AND cancelled_by_version IS NULL
				ORDER BY id LIMIT 1""").param(change.indicatorId()).query(Long.class).optional().orElse(null);
		KeyHolder keys = new GeneratedKeyHolder();
		jdbc.sql("""
				INSERT INTO target (indicator_id, parent_id, raw_text, kind, comparator, target_value, low_value,
				                    high_value, unit, target_year)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(change.indicatorId(), root, truncate(fields.rawText().strip(), 2000), fields.kind(),
					fields.comparator(), fields.value(), fields.low(), fields.high(), truncate(fields.unit(), 100),
					fields.year())
			.update(keys, "id");
		long targetId = keys.getKeyAs(Number.class).longValue();
		record(context, position, Kind.ADD, ItemType.TARGET, targetId, change.indicatorId(), change.reason(), null,
				targetState(targetId), "indicator", change.indicatorId());
		return targetId;
	}

	private long modifyTarget(Context context, int position, String where, Change change) {
		TargetFields fields = change.target();
		if (fields == null) {
			throw invalid(where + "thiếu nội dung điều chỉnh (trường target)");
		}
		if (fields.rawText() != null && fields.rawText().isBlank()) {
			throw invalid(where + "mục tiêu không được để trống (trường target.rawText)");
		}
		long indicatorId = liveTarget(context, where, change.itemId());
		Map<String, Object> before = targetState(change.itemId());
		bumpIndicator(where, indicatorId, change.version());
		jdbc.sql("""
				UPDATE target SET raw_text = COALESCE(?, raw_text), kind = COALESCE(?, kind),
				       comparator = COALESCE(?, comparator), target_value = COALESCE(?, target_value),
				       low_value = COALESCE(?, low_value), high_value = COALESCE(?, high_value),
				       unit = COALESCE(?, unit), target_year = COALESCE(?, target_year)
				WHERE id = ?""")
			.params(fields.rawText() == null ? null : truncate(fields.rawText().strip(), 2000), fields.kind(),
					fields.comparator(), fields.value(), fields.low(), fields.high(), truncate(fields.unit(), 100),
					fields.year(), change.itemId())
			.update();
		record(context, position, Kind.MODIFY, ItemType.TARGET, change.itemId(), indicatorId, change.reason(), before,
				targetState(change.itemId()), "indicator", indicatorId);
		return change.itemId();
	}

	private long cancelTarget(Context context, int position, String where, Change change) {
		long indicatorId = liveTarget(context, where, change.itemId());
		Map<String, Object> before = targetState(change.itemId());
		bumpIndicator(where, indicatorId, change.version());
		jdbc.sql("UPDATE target SET cancelled_by_version = ? WHERE id = ?")
			.params(context.version().id(), change.itemId())
			.update();
		record(context, position, Kind.CANCEL, ItemType.TARGET, change.itemId(), indicatorId, change.reason(), before,
				targetState(change.itemId()), "indicator", indicatorId);
		return change.itemId();
	}

	/** The indicator of a target of this plan that is not cancelled. */
	private long liveTarget(Context context, String where, long targetId) {
		Map<String, Object> row = jdbc.sql("""
				SELECT t.indicator_id, t.cancelled_by_version FROM target t JOIN indicator i ON i.id = t.indicator_id
				WHERE t.id = ? AND i.document_id = ?""")
			.params(targetId, context.documentId())
			.query()
			.listOfRows()
			.stream()
			.findFirst()
			.orElseThrow(() -> new TrackingException(TrackingException.Kind.NOT_FOUND,
					where + "kế hoạch không có mục tiêu số " + targetId + " (trường itemId)"));
		if (row.get("cancelled_by_version") != null) {
			throw new TrackingException(TrackingException.Kind.CONFLICT, where + "mục tiêu số " + targetId + " đã bị hủy");
		}
		return ((Number) row.get("indicator_id")).longValue();
	}

	private void requireIndicator(Context context, String where, long indicatorId) {
		boolean ours = jdbc.sql("SELECT COUNT(*) FROM indicator WHERE id = ? AND document_id = ?")
			.params(indicatorId, context.documentId())
			.query(Long.class)
			.single() > 0;
		if (!ours) {
			throw new TrackingException(TrackingException.Kind.NOT_FOUND,
					where + "kế hoạch không có chỉ tiêu số " + indicatorId + " (trường indicatorId)");
		}
	}

	/** A target change is a change of its indicator: checks the version read when given, and moves it on. */
	private void bumpIndicator(String where, long indicatorId, Integer version) {
		int updated = version == null
				? jdbc.sql("UPDATE indicator SET version = version + 1 WHERE id = ?").param(indicatorId).update()
				: jdbc.sql("UPDATE indicator SET version = version + 1 WHERE id = ? AND version = ?")
					.params(indicatorId, version)
					.update();
		if (updated == 0) {
			throw new TrackingException(TrackingException.Kind.CONFLICT, where + "chỉ tiêu số " + indicatorId
					+ " đã được người khác cập nhật sau phiên bản " + version
					+ "; không thay đổi nào được lưu, hãy tải lại rồi thực hiện lại");
		}
	}

	Map<String, Object> targetState(long targetId) {
		Map<String, Object> row = jdbc.sql("""
				SELECT t.raw_text, t.kind, t.comparator, t.target_value, t.low_value, t.high_value, t.unit,
				       t.target_year, v.version_no AS cancelled_in
				FROM target t LEFT JOIN plan_version v ON v.id = t.cancelled_by_version WHERE t.id = ?""")
			.param(targetId)
			.query()
			.singleRow();
		Map<String, Object> state = new LinkedHashMap<>();
		state.put("rawText", row.get("raw_text"));
		state.put("kind", row.get("kind"));
		state.put("comparator", row.get("comparator"));
		state.put("value", plain(row.get("target_value")));
		state.put("low", plain(row.get("low_value")));
		state.put("high", plain(row.get("high_value")));
		state.put("unit", row.get("unit"));
		state.put("year", row.get("target_year"));
		state.put("cancelled", row.get("cancelled_in") != null);
		return state;
	}

	// ---- recording

	private void record(Context context, int position, Kind kind, ItemType type, long itemId, Long indicatorId,
			String reason, Map<String, Object> before, Map<String, Object> after, String entity, long entityId) {
		String beforeJson = before == null ? null : json.writeValueAsString(before);
		String afterJson = json.writeValueAsString(after);
		Map<String, Object> audited = new LinkedHashMap<>();
		audited.put("version", context.version().versionNo());
		audited.put("decidingDocument", context.reference());
		audited.put(type == ItemType.TASK ? "task" : "target", itemId);
		audited.put("state", after);
		audit.record(context.actor(), "AMENDMENT_" + type + "_" + kind, entity, Long.toString(entityId), beforeJson,
				json.writeValueAsString(audited));
		long auditId = jdbc.sql("SELECT MAX(id) FROM audit_event").query(Long.class).single();
		jdbc.sql("""
				INSERT INTO amendment (plan_version_id, position, kind, item_type, item_id, indicator_id, reason,
				                       before_state, after_state, audit_event_id, actor, occurred_at)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(context.version().id(), position, kind.name(), type.name(), itemId, indicatorId,
					truncate(reason == null ? null : reason.strip(), 2000), beforeJson, afterJson, auditId,
					context.actor(), Timestamp.from(clock.instant()))
			.update();
	}

	// ---- checks and small helpers

	private Long decidingDocument(Long given, String reference, Long localityId, long planId) {
		if (given != null) {
			boolean exists = jdbc.sql("SELECT COUNT(*) FROM document WHERE id = ?").param(given).query(Long.class).single() > 0;
			if (!exists || given == planId) {
				throw invalid("Không có văn bản quyết định số " + given + " (trường decidingDocumentId)");
			}
			return given;
		}
		Matcher m = NUMBERED.matcher(reference);
		if (!m.find()) {
			return null;
		}
		return jdbc.sql("""
				SELECT id FROM document WHERE symbol = ? AND stub = FALSE AND id <> ?
				  AND (locality_id = ? OR locality_id IS NULL) ORDER BY id LIMIT 1""")
			.params(m.group(1), planId, localityId)
			.query(Long.class)
			.optional()
			.orElse(null);
	}

	static LocalDate dateIn(String reference) {
		Matcher m = DATED.matcher(reference);
		if (!m.find()) {
			return null;
		}
		try {
			return LocalDate.of(Integer.parseInt(m.group(3)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(1)));
		}
		catch (java.time.DateTimeException ex) {
			throw invalid("Ngày trong văn bản quyết định không có thật: " + m.group() + " (trường decidingDocument)");
		}
	}

	private static void requireVersion(String where, Change change) {
		if (change.version() == null) {
			throw invalid(where + "thiếu phiên bản đã đọc của nhiệm vụ (trường version)");
		}
	}

	private static void requireUpdated(String where, int updated, Change change) {
		if (updated == 0) {
			throw new TrackingException(TrackingException.Kind.CONFLICT, where + "nhiệm vụ số " + change.itemId()
					+ " đã được người khác cập nhật sau phiên bản " + change.version()
					+ "; không thay đổi nào được lưu, hãy tải lại rồi thực hiện lại");
		}
	}

	private static void requirePeriod(String where, LocalDate start, LocalDate end) {
		if (start != null && end != null && end.isBefore(start)) {
			throw invalid(where + "thời gian kết thúc " + end + " trước thời gian bắt đầu " + start
					+ " (trường task.periodEnd)");
		}
	}

	private static TrackingException invalid(String message) {
		return new TrackingException(TrackingException.Kind.INVALID, message);
	}

	private static boolean blank(String text) {
		return text == null || text.isBlank();
	}

	static LocalDate localDate(Object value) {
		if (value instanceof Date d) {
			return d.toLocalDate();
		}
		return value instanceof LocalDate d ? d : null;
	}

	private static String text(LocalDate date) {
		return date == null ? null : date.toString();
	}

	private static String plain(Object number) {
		return number instanceof java.math.BigDecimal d ? d.stripTrailingZeros().toPlainString() : null;
	}

	private static Date date(LocalDate date) {
		return date == null ? null : Date.valueOf(date);
	}

	static String truncate(String text, int max) {
		if (text == null) {
			return null;
		}
		return text.length() <= max ? text : text.substring(0, max - 1) + "…";
	}
}
