package vn.plantrack.tracking;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.plantrack.registry.AuditLog;
import vn.plantrack.shared.time.ClockConfig;
import vn.plantrack.tracking.TaskResponsibility.Assignment;

/**
 * The reporting calendar of each plan: its schedule (how often, due before which day), the cycle instances a
 * MONITOR opens with their data window and due date, the agencies that must report in each, and whether
 * each reported on time.
 */
@Service
public class ReportingCycles {

	private final JdbcClient jdbc;

	private final TaskResponsibility responsibility;

	private final AuditLog audit;

	private final WorkingDays workingDays;

	private final Clock clock;

	ReportingCycles(JdbcClient jdbc, TaskResponsibility responsibility, AuditLog audit, WorkingDays workingDays,
			Clock clock) {
		this.jdbc = jdbc;
		this.responsibility = responsibility;
		this.audit = audit;
		this.workingDays = workingDays;
		this.clock = clock;
	}

	/**
	 * How often a plan wants reports and by when: before day {@code dueDay} (of {@code dueMonth}), or, when
	 * {@code dueWorkingDays} is given, within that many working days after the data cut-off ("2 ngày làm việc").
	 */
	public record Schedule(long documentId, Frequency frequency, int dueDay, Integer dueMonth, Integer sourceLine,
			Integer dueWorkingDays) {

		public Schedule(long documentId, Frequency frequency, int dueDay, Integer dueMonth, Integer sourceLine) {
			this(documentId, frequency, dueDay, dueMonth, sourceLine, null);
		}
	}

	public record AgencyName(long id, String name) {
	}

	/**
	 * {@code dueBefore} is the day reports must arrive before, after the working-day rule when
	 * {@code workingDayRule} is set.
	 */
	public record Cycle(long id, long documentId, Frequency frequency, int year, int index, LocalDate windowStart,
			LocalDate windowEnd, LocalDate dueBefore, boolean workingDayRule, List<AgencyName> agencies) {
	}

	public enum Timeliness {
		/** Submitted before the due day. */
		ON_TIME,
		/** Submitted on or after the due day. */
		LATE,
		/** Nothing submitted and the due day has come. */
		MISSING,
		/** Nothing submitted yet, still in time. */
		PENDING
	}

	/**
	 * {@code exceptionDueDate}: the later date a MONITOR granted the agency after the cycle locked (null when none);
	 * it does not change the timeliness, a report sent after the original due day is still late.
	 */
	public record AgencyTimeliness(long agencyId, String agency, Timeliness timeliness, OffsetDateTime firstSubmittedAt,
			String submissionStatus, LocalDate exceptionDueDate) {

		public AgencyTimeliness(long agencyId, String agency, Timeliness timeliness, OffsetDateTime firstSubmittedAt,
				String submissionStatus) {
			this(agencyId, agency, timeliness, firstSubmittedAt, submissionStatus, null);
		}
	}

	/** Records (or replaces) how often a plan wants reports and by when. */
	@Transactional
	public Schedule schedule(Schedule schedule, Actor actor) {
		requireMonitor(actor);
		requireDocument(schedule.documentId());
		if (schedule.frequency() == null) {
			throw TrackingException.invalid("Thiếu tần suất báo cáo (trường frequency: MONTHLY, SEMIANNUAL, YEARLY)");
		}
		if (schedule.dueWorkingDays() != null) {
			// validates the count; the cut-off day itself does not matter here
			workingDays.dueAfterWorkingDays(LocalDate.of(2027, 1, 14), schedule.dueWorkingDays());
		}
		else {
			// Validate the day once against a leap-free year so a bad schedule is refused when typed, not later.
			CycleCalendar.dueBefore(schedule.frequency(), 2027, 1, schedule.dueDay(), schedule.dueMonth());
		}
		jdbc.sql("DELETE FROM reporting_schedule WHERE document_id = ? AND frequency = ?")
			.params(schedule.documentId(), schedule.frequency().name())
			.update();
		jdbc.sql("""
				INSERT INTO reporting_schedule (document_id, frequency, due_day, due_month, source_line, due_working_days)
				VALUES (?, ?, ?, ?, ?, ?)""")
			.params(schedule.documentId(), schedule.frequency().name(), schedule.dueDay(), schedule.dueMonth(),
					schedule.sourceLine(), schedule.dueWorkingDays())
			.update();
		audit.record(actor.username(), "SCHEDULE_SET", "document", Long.toString(schedule.documentId()), null,
				schedule.frequency() + (schedule.dueWorkingDays() != null
						? " due=" + schedule.dueWorkingDays() + " working days after cut-off"
						: " due=" + schedule.dueDay() + "/" + schedule.dueMonth()));
		return schedule;
	}

	/**
	 * Opens one reporting period of a plan. The due day comes from {@code dueBefore} when given, else from the
	 * plan's schedule. The agencies that must report are the current lead agencies of the plan's tasks at the
	 * end of the data window (successors of merged agencies; collective bodies such as "Các sở, ngành" cannot
	 * report as one and assignments awaiting a decision are left out until decided).
	 */
	public Cycle open(long documentId, Frequency frequency, int year, int index, LocalDate dueBefore, Actor actor) {
		return open(documentId, frequency, year, index, dueBefore, false, actor);
	}

	/**
	 * @param workingDayRule when the last day before the due day is a weekend day or holiday, the reports may
	 * still arrive on the next working day
	 */
	public Cycle open(long documentId, Frequency frequency, int year, int index, LocalDate dueBefore,
			boolean workingDayRule, Actor actor) {
		return open(documentId, frequency, year, index, dueBefore, null, workingDayRule, actor);
	}

	/**
	 * @param dueWorkingDays when given (and no {@code dueBefore}), reports are due within that many working days
	 * after the end of the data window, on the calendar of {@link WorkingDays}
	 */
	@Transactional
	public Cycle open(long documentId, Frequency frequency, int year, int index, LocalDate dueBefore,
			Integer dueWorkingDays, boolean workingDayRule, Actor actor) {
		requireMonitor(actor);
		requireDocument(documentId);
		if (frequency == null) {
			throw TrackingException.invalid("Thiếu tần suất báo cáo (trường frequency: MONTHLY, SEMIANNUAL, YEARLY)");
		}
		int normalisedIndex = frequency == Frequency.YEARLY ? 0 : index;
		CycleCalendar.Window window = CycleCalendar.window(frequency, year, normalisedIndex);
		LocalDate written = dueBefore != null ? dueBefore
				: dueWorkingDays != null ? workingDays.dueAfterWorkingDays(window.end(), dueWorkingDays)
				: scheduled(documentId, frequency, year, normalisedIndex, window.end())
			.orElseThrow(() -> TrackingException.invalid("Kế hoạch " + documentId + " chưa có lịch báo cáo "
					+ frequency.label() + "; hãy khai báo lịch hoặc nêu hạn gửi (trường dueBefore)"));
		LocalDate due = workingDayRule ? workingDays.dueBefore(written) : written;
		boolean exists = jdbc.sql("""
				SELECT COUNT(*) FROM reporting_cycle WHERE document_id = ? AND frequency = ? AND period_year = ?
				AND period_index = ?""")
			.params(documentId, frequency.name(), year, normalisedIndex)
			.query(Long.class)
			.single() > 0;
		if (exists) {
			throw TrackingException.conflict("Kỳ báo cáo " + frequency.label() + " " + year + " của kế hoạch " + documentId
					+ " đã được mở");
		}
		KeyHolder keys = new GeneratedKeyHolder();
		jdbc.sql("""
				INSERT INTO reporting_cycle (document_id, frequency, period_year, period_index, window_start, window_end,
				                             due_before, working_day_rule, opened_by, opened_at)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(documentId, frequency.name(), year, normalisedIndex, Date.valueOf(window.start()),
					Date.valueOf(window.end()), Date.valueOf(due), workingDayRule, actor.username(),
					Timestamp.from(clock.instant()))
			.update(keys, "id");
		long cycleId = keys.getKeyAs(Number.class).longValue();
		for (long agencyId : leadAgencies(documentId, window.end())) {
			jdbc.sql("INSERT INTO cycle_agency (cycle_id, agency_id) VALUES (?, ?)").params(cycleId, agencyId).update();
		}
		audit.record(actor.username(), "CYCLE_OPENED", "reporting_cycle", Long.toString(cycleId), null,
				"document=" + documentId + " " + frequency + " " + year + "/" + normalisedIndex + " due<" + due);
		return cycle(cycleId);
	}

	public List<Cycle> list(Long documentId) {
		List<Long> ids = documentId == null
				? jdbc.sql("SELECT id FROM reporting_cycle ORDER BY due_before, id").query(Long.class).list()
				: jdbc.sql("SELECT id FROM reporting_cycle WHERE document_id = ? ORDER BY due_before, id")
					.param(documentId)
					.query(Long.class)
					.list();
		return ids.stream()
			.map(this::cycle)
			.toList();
	}

	public Cycle cycle(long cycleId) {
		Cycle bare = jdbc.sql("""
				SELECT id, document_id, frequency, period_year, period_index, window_start, window_end, due_before,
				       working_day_rule
				FROM reporting_cycle WHERE id = ?""")
			.param(cycleId)
			.query((rs, n) -> new Cycle(rs.getLong(1), rs.getLong(2), Frequency.valueOf(rs.getString(3)), rs.getInt(4),
					rs.getInt(5), rs.getObject(6, LocalDate.class), rs.getObject(7, LocalDate.class),
					rs.getObject(8, LocalDate.class), rs.getBoolean(9), List.of()))
			.optional()
			.orElseThrow(() -> TrackingException.notFound("Không tìm thấy kỳ báo cáo " + cycleId));
		List<AgencyName> agencies = jdbc.sql("""
				SELECT a.id, a.name FROM cycle_agency c JOIN agency a ON a.id = c.agency_id WHERE c.cycle_id = ?
				ORDER BY a.name""").param(cycleId).query((rs, n) -> new AgencyName(rs.getLong(1), rs.getString(2))).list();
		return new Cycle(bare.id(), bare.documentId(), bare.frequency(), bare.year(), bare.index(), bare.windowStart(),
				bare.windowEnd(), bare.dueBefore(), bare.workingDayRule(), agencies);
	}

	/**
	 * On time when first submitted before the due day (Vietnamese calendar), late when on or after it,
	 * missing when nothing was submitted and the due day has come. A report returned for correction and
	 * submitted again keeps the time of its first submission. A REPORTER sees only its own agency's line.
	 */
	public List<AgencyTimeliness> timeliness(long cycleId, Actor actor) {
		Cycle cycle = cycle(cycleId);
		LocalDate today = LocalDate.now(clock);
		return cycle.agencies()
			.stream()
			.filter(a -> !actor.reporter() || actor.reportsFor(a.id()))
			.map(a -> timelinessOf(cycle, a, today))
			.toList();
	}

	private AgencyTimeliness timelinessOf(Cycle cycle, AgencyName agency, LocalDate today) {
		var submission = jdbc.sql("SELECT status, first_submitted_at FROM submission WHERE cycle_id = ? AND agency_id = ?")
			.params(cycle.id(), agency.id())
			.query((rs, n) -> new Object[] { rs.getString(1), rs.getObject(2, OffsetDateTime.class) })
			.optional();
		String status = submission.map(s -> (String) s[0]).orElse(null);
		OffsetDateTime first = submission.map(s -> (OffsetDateTime) s[1]).orElse(null);
		Timeliness timeliness;
		if (first != null) {
			LocalDate day = first.atZoneSameInstant(ClockConfig.VIETNAM).toLocalDate();
			timeliness = day.isBefore(cycle.dueBefore()) ? Timeliness.ON_TIME : Timeliness.LATE;
		}
		else {
			timeliness = today.isBefore(cycle.dueBefore()) ? Timeliness.PENDING : Timeliness.MISSING;
		}
		LocalDate extended = jdbc.sql("SELECT new_due_date FROM cycle_exception WHERE cycle_id = ? AND agency_id = ?")
			.params(cycle.id(), agency.id())
			.query((rs, n) -> rs.getObject(1, LocalDate.class))
			.optional()
			.orElse(null);
		return new AgencyTimeliness(agency.id(), agency.name(), timeliness, first, status, extended);
	}

	private Optional<LocalDate> scheduled(long documentId, Frequency frequency, int year, int index, LocalDate cutOff) {
		return jdbc.sql("""
				SELECT due_day, due_month, due_working_days FROM reporting_schedule WHERE document_id = ? AND frequency = ?""")
			.params(documentId, frequency.name())
			.query((rs, n) -> {
				Integer inWorkingDays = rs.getObject(3, Integer.class);
				return inWorkingDays != null ? workingDays.dueAfterWorkingDays(cutOff, inWorkingDays)
						: CycleCalendar.dueBefore(frequency, year, index, rs.getInt(1), rs.getObject(2, Integer.class));
			})
			.optional();
	}

	private Set<Long> leadAgencies(long documentId, LocalDate at) {
		Set<Long> agencies = new LinkedHashSet<>();
		List<Long> tasks = jdbc.sql("SELECT id FROM task WHERE document_id = ? ORDER BY id").param(documentId).query(Long.class).list();
		for (long taskId : tasks) {
			for (Assignment lead : responsibility.currentResponsible(taskId, at).lead()) {
				if (lead.current() != null && !collective(lead.current().id())) {
					agencies.add(lead.current().id());
				}
			}
		}
		return agencies;
	}

	private boolean collective(long agencyId) {
		return jdbc.sql("SELECT collective FROM agency WHERE id = ?").param(agencyId).query(Boolean.class).single();
	}

	private void requireDocument(long documentId) {
		if (jdbc.sql("SELECT COUNT(*) FROM document WHERE id = ?").param(documentId).query(Long.class).single() == 0) {
			throw TrackingException.notFound("Không tìm thấy kế hoạch (văn bản) " + documentId);
		}
	}

	static void requireMonitor(Actor actor) {
		if (!actor.monitor()) {
			throw TrackingException.notPermitted("Chỉ cán bộ theo dõi (MONITOR) được làm việc này");
		}
	}
}
