package vn.plantrack.tracking;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.plantrack.registry.AgencySuccessions;
import vn.plantrack.registry.AgencySuccessions.AgencyRef;
import vn.plantrack.registry.AgencySuccessions.State;
import vn.plantrack.registry.AgencySuccessions.Step;
import vn.plantrack.registry.AuditLog;

/**
 * Who answers for a task on a given day. The assignment as the plan wrote it is never changed; the current
 * agency is derived from the reorganisation events, and where those are ambiguous (a split, an abolition
 * without successor) from the decision a MONITOR took for that task.
 */
@Service
public class TaskResponsibility {

	private final JdbcClient jdbc;

	private final AgencySuccessions successions;

	private final AuditLog audit;

	private final Clock clock;

	TaskResponsibility(JdbcClient jdbc, AgencySuccessions successions, AuditLog audit, Clock clock) {
		this.jdbc = jdbc;
		this.successions = successions;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * One lead or coordinating agency of a task: as written, as matched in the directory ({@code original},
	 * null when the plan had no locality), and who holds it now ({@code current}, null while a decision is
	 * pending).
	 */
	public record Assignment(String role, String nameAsWritten, AgencyRef original, AgencyRef current, State state,
			List<Step> steps, AgencyRef pendingAt, List<AgencyRef> candidates) {
	}

	public record Responsibility(long taskId, LocalDate date, List<Assignment> lead, List<Assignment> coordinating) {

		public Set<Long> currentLeadIds() {
			return currentIds(lead);
		}

		public Set<Long> currentCoordinatingIds() {
			return currentIds(coordinating);
		}

		private static Set<Long> currentIds(List<Assignment> assignments) {
			Set<Long> ids = new LinkedHashSet<>();
			for (Assignment assignment : assignments) {
				if (assignment.current() != null) {
					ids.add(assignment.current().id());
				}
			}
			return ids;
		}
	}

	/** A lead assignment that waits for a MONITOR to say who carries it on. */
	public record PendingDecision(long taskId, String taskCode, String taskTitle, String nameAsWritten,
			AgencyRef pendingAt, String kind, List<AgencyRef> candidates) {
	}

	private record Row(String role, String nameAsWritten, Long agencyId) {
	}

	public Responsibility currentResponsible(long taskId, LocalDate date) {
		boolean exists = jdbc.sql("SELECT COUNT(*) FROM task WHERE id = ?").param(taskId).query(Long.class).single() > 0;
		if (!exists) {
			throw TrackingException.notFound("Không tìm thấy nhiệm vụ " + taskId);
		}
		Map<Long, Long> decisions = decisions(taskId);
		List<Assignment> lead = new ArrayList<>();
		List<Assignment> coordinating = new ArrayList<>();
		for (Row row : rows(taskId)) {
			Assignment assignment = assignment(row, date, decisions);
			("LEAD".equals(row.role()) ? lead : coordinating).add(assignment);
		}
		return new Responsibility(taskId, date, List.copyOf(lead), List.copyOf(coordinating));
	}

	/**
	 * {@link #currentResponsible(long, LocalDate)} for many tasks at once: their assignments and decisions in one
	 * query each (per 500 tasks), and each agency's succession resolved once for all the tasks that name it, so a
	 * page of tasks costs a few queries instead of a few per task. Tasks that do not exist are left out.
	 */
	public Map<Long, Responsibility> currentResponsible(List<Long> taskIds, LocalDate date) {
		Map<Long, List<Row>> rows = new HashMap<>();
		Map<Long, Map<Long, Long>> decisions = new HashMap<>();
		for (int from = 0; from < taskIds.size(); from += BATCH) {
			List<Long> batch = taskIds.subList(from, Math.min(taskIds.size(), from + BATCH));
			jdbc.sql("""
					SELECT t.id, ta.role, ta.name_as_written, ta.agency_id FROM task t
					LEFT JOIN task_agency ta ON ta.task_id = t.id WHERE t.id IN (:ids) ORDER BY t.id, ta.role DESC, ta.position""")
				.param("ids", batch)
				.query(rs -> {
					List<Row> taskRows = rows.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>());
					if (rs.getString(2) != null) {
						taskRows.add(new Row(rs.getString(2), rs.getString(3), (Long) rs.getObject(4, Long.class)));
					}
				});
			jdbc.sql("SELECT task_id, from_agency_id, to_agency_id FROM assignment_decision WHERE task_id IN (:ids)")
				.param("ids", batch)
				.query(rs -> {
					decisions.computeIfAbsent(rs.getLong(1), k -> new HashMap<>()).put(rs.getLong(2), rs.getLong(3));
				});
		}
		// a succession without task decisions depends only on the agency and the day: resolve it once per agency
		Map<Long, Assignment> undecided = new HashMap<>();
		Map<Long, Responsibility> result = new LinkedHashMap<>();
		for (Long taskId : taskIds) {
			List<Row> taskRows = rows.get(taskId);
			if (taskRows == null) {
				continue;
			}
			Map<Long, Long> taskDecisions = decisions.getOrDefault(taskId, Map.of());
			List<Assignment> lead = new ArrayList<>();
			List<Assignment> coordinating = new ArrayList<>();
			for (Row row : taskRows) {
				Assignment assignment;
				if (taskDecisions.isEmpty() && row.agencyId() != null) {
					Assignment shared = undecided.computeIfAbsent(row.agencyId(), k -> assignment(row, date, Map.of()));
					assignment = new Assignment(row.role(), row.nameAsWritten(), shared.original(), shared.current(),
							shared.state(), shared.steps(), shared.pendingAt(), shared.candidates());
				}
				else {
					assignment = assignment(row, date, taskDecisions);
				}
				("LEAD".equals(row.role()) ? lead : coordinating).add(assignment);
			}
			result.put(taskId, new Responsibility(taskId, date, List.copyOf(lead), List.copyOf(coordinating)));
		}
		return result;
	}

	private static final int BATCH = 500;

	public Responsibility currentResponsible(long taskId) {
		return currentResponsible(taskId, LocalDate.now(clock));
	}

	/** The decision queue: lead assignments of a locality's tasks stuck at a split or an abolition. */
	public List<PendingDecision> pendingDecisions(LocalDate date) {
		List<Map<String, Object>> candidates = jdbc.sql("""
				SELECT DISTINCT ta.task_id, t.code, t.title FROM task_agency ta JOIN task t ON t.id = ta.task_id
				JOIN agency_succession s ON s.from_agency_id = ta.agency_id
				WHERE ta.role = 'LEAD' ORDER BY ta.task_id""").query().listOfRows();
		List<PendingDecision> pending = new ArrayList<>();
		for (Map<String, Object> task : candidates) {
			long taskId = ((Number) task.get("task_id")).longValue();
			for (Assignment lead : currentResponsible(taskId, date).lead()) {
				if (lead.state() == State.NEEDS_DECISION || lead.state() == State.ABOLISHED) {
					Step last = lead.steps().get(lead.steps().size() - 1);
					pending.add(new PendingDecision(taskId, (String) task.get("code"), (String) task.get("title"),
							lead.nameAsWritten(), lead.pendingAt(), last.kind(), lead.candidates()));
				}
			}
		}
		return pending;
	}

	/**
	 * A MONITOR says which agency carries on a task after a split (one of the agencies the split went to) or
	 * an abolition (any agency of the same locality still in existence).
	 */
	@Transactional
	public Responsibility decide(long taskId, long fromAgencyId, long toAgencyId, String reason, Actor actor) {
		if (!actor.monitor()) {
			throw TrackingException.notPermitted("Chỉ cán bộ theo dõi (MONITOR) được giao lại nhiệm vụ");
		}
		if (reason == null || reason.isBlank()) {
			throw TrackingException.invalid("Thiếu lý do giao lại nhiệm vụ (trường reason)");
		}
		LocalDate today = LocalDate.now(clock);
		Assignment pending = currentResponsible(taskId, today).lead()
			.stream()
			.filter(a -> a.pendingAt() != null && a.pendingAt().id() == fromAgencyId)
			.findFirst()
			.orElseThrow(() -> TrackingException.conflict(
					"Nhiệm vụ " + taskId + " không có cơ quan chủ trì " + fromAgencyId + " đang chờ quyết định giao lại"));
		boolean allowed = pending.state() == State.NEEDS_DECISION
				? pending.candidates().stream().anyMatch(c -> c.id() == toAgencyId)
				: activeInSameLocality(fromAgencyId, toAgencyId, today);
		if (!allowed) {
			throw TrackingException.invalid("Cơ quan " + toAgencyId
					+ " không nằm trong các cơ quan tiếp nhận nhiệm vụ của " + pending.pendingAt().name());
		}
		jdbc.sql("""
				INSERT INTO assignment_decision (task_id, from_agency_id, to_agency_id, reason, decided_by, decided_at)
				VALUES (?, ?, ?, ?, ?, ?)""")
			.params(taskId, fromAgencyId, toAgencyId, reason.strip(), actor.username(), Timestamp.from(clock.instant()))
			.update();
		audit.record(actor.username(), "TASK_REASSIGNED", "task", Long.toString(taskId),
				"lead=" + pending.pendingAt().name(), "lead=" + toAgencyId + " reason=" + reason.strip());
		addToOpenCycles(taskId, toAgencyId, today);
		return currentResponsible(taskId, today);
	}

	/**
	 * Cycles of the task's plan not yet due were opened without the split agency's task; the agency that now
	 * carries it must report in them too.
	 */
	private void addToOpenCycles(long taskId, long agencyId, LocalDate today) {
		jdbc.sql("""
				INSERT INTO cycle_agency (cycle_id, agency_id)
				SELECT c.id, a.id FROM reporting_cycle c JOIN task t ON t.document_id = c.document_id
				JOIN agency a ON a.id = ?
				WHERE t.id = ? AND c.due_before > ? AND a.collective = FALSE
				AND NOT EXISTS (SELECT 1 FROM cycle_agency x WHERE x.cycle_id = c.id AND x.agency_id = a.id)""")
			.params(agencyId, taskId, today)
			.update();
	}

	private boolean activeInSameLocality(long fromAgencyId, long toAgencyId, LocalDate today) {
		return jdbc.sql("""
				SELECT COUNT(*) FROM agency f JOIN agency t ON t.locality_id = f.locality_id
				WHERE f.id = ? AND t.id = ? AND (t.active_to IS NULL OR t.active_to >= ?)""")
			.params(fromAgencyId, toAgencyId, today)
			.query(Long.class)
			.single() > 0;
	}

	private Assignment assignment(Row row, LocalDate date, Map<Long, Long> decisions) {
		if (row.agencyId() == null) {
			return new Assignment(row.role(), row.nameAsWritten(), null, null, null, List.of(), null, List.of());
		}
		AgencySuccessions.Succession succession = successions.resolve(row.agencyId(), date, decisions);
		return new Assignment(row.role(), row.nameAsWritten(), succession.original(), succession.current(),
				succession.state(), succession.steps(), succession.pendingAt(), succession.candidates());
	}

	private List<Row> rows(long taskId) {
		return jdbc.sql("SELECT role, name_as_written, agency_id FROM task_agency WHERE task_id = ? ORDER BY role DESC, position")
			.param(taskId)
			.query((rs, n) -> new Row(rs.getString(1), rs.getString(2), (Long) rs.getObject(3, Long.class)))
			.list();
	}

	private Map<Long, Long> decisions(long taskId) {
		Map<Long, Long> decisions = new HashMap<>();
		jdbc.sql("SELECT from_agency_id, to_agency_id FROM assignment_decision WHERE task_id = ?")
			.param(taskId)
			.query(rs -> {
				decisions.put(rs.getLong(1), rs.getLong(2));
			});
		return decisions;
	}
}
