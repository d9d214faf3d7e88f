package vn.plantrack.tracking;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.plantrack.registry.AuditLog;
import vn.plantrack.shared.time.ClockConfig;
import vn.plantrack.tracking.ReportingCycles.Cycle;

/**
 * The lock of a reporting cycle: from its due day on, an agency can no longer save or send its report, unless a
 * MONITOR gave that agency an exception (gia hạn) with a later date. Reports must arrive before the new date, as
 * before the due day. The exception does not change timeliness: a report sent after the original due day is
 * still late.
 */
@Service
public class CycleExceptions {

	private static final DateTimeFormatter VIETNAMESE_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

	private final JdbcClient jdbc;

	private final ReportingCycles cycles;

	private final AuditLog audit;

	private final Clock clock;

	CycleExceptions(JdbcClient jdbc, ReportingCycles cycles, AuditLog audit, Clock clock) {
		this.jdbc = jdbc;
		this.cycles = cycles;
		this.audit = audit;
		this.clock = clock;
	}

	/** The body of a grant: the agency, the day its report must now arrive before, and why. */
	public record Grant(Long agencyId, LocalDate newDueDate, String reason) {
	}

	public record CycleException(long cycleId, long agencyId, String agency, LocalDate newDueDate, String reason,
			String grantedBy, OffsetDateTime grantedAt) {
	}

	/** Grants (or, when the agency already has one, replaces) an agency's exception to the cycle's lock. */
	@Transactional
	public CycleException grant(long cycleId, Grant grant, Actor actor) {
		ReportingCycles.requireMonitor(actor);
		Cycle cycle = cycles.cycle(cycleId);
		if (grant.agencyId() == null) {
			throw TrackingException.invalid("Thiếu cơ quan được gia hạn (trường agencyId)");
		}
		if (cycle.agencies().stream().noneMatch(a -> a.id() == grant.agencyId())) {
			throw TrackingException.invalid("Cơ quan " + grant.agencyId() + " không phải báo cáo trong " + label(cycle)
					+ ", không gia hạn được");
		}
		LocalDate today = today();
		if (grant.newDueDate() == null || !grant.newDueDate().isAfter(today)) {
			throw TrackingException.invalid("Hạn mới (trường newDueDate) phải sau ngày hôm nay "
					+ VIETNAMESE_DATE.format(today));
		}
		String reason = grant.reason() == null ? "" : grant.reason().strip();
		if (reason.isEmpty() || reason.length() > 2000) {
			throw TrackingException.invalid("Gia hạn phải nêu lý do (trường reason, tối đa 2000 ký tự)");
		}
		Optional<CycleException> before = of(cycleId, grant.agencyId());
		Timestamp now = Timestamp.from(clock.instant());
		if (before.isPresent()) {
			jdbc.sql("""
					UPDATE cycle_exception SET new_due_date = ?, reason = ?, granted_by = ?, granted_at = ?
					WHERE cycle_id = ? AND agency_id = ?""")
				.params(Date.valueOf(grant.newDueDate()), reason, actor.username(), now, cycleId, grant.agencyId())
				.update();
		}
		else {
			jdbc.sql("""
					INSERT INTO cycle_exception (cycle_id, agency_id, new_due_date, reason, granted_by, granted_at)
					VALUES (?, ?, ?, ?, ?, ?)""")
				.params(cycleId, grant.agencyId(), Date.valueOf(grant.newDueDate()), reason, actor.username(), now)
				.update();
		}
		audit.record(actor.username(), "CYCLE_EXCEPTION_GRANTED", "reporting_cycle", Long.toString(cycleId),
				before.map(b -> "agency=" + b.agencyId() + " until<" + b.newDueDate() + " reason=" + b.reason()).orElse(null),
				"agency=" + grant.agencyId() + " until<" + grant.newDueDate() + " reason=" + reason);
		return of(cycleId, grant.agencyId()).orElseThrow();
	}

	/**
	 * What a revocation did: the exception removed, and whether the agency is locked out of the cycle again now (its
	 * due day has passed). A report the agency already sent under the exception stays as it is.
	 */
	public record Revocation(long cycleId, long agencyId, String agency, LocalDate revokedNewDueDate, String reason,
			boolean lockedNow, String revokedBy, OffsetDateTime revokedAt) {
	}

	/**
	 * Withdraws an agency's exception (granted by mistake, or the reason no longer holds). From then on the cycle's
	 * own due day applies to the agency again; what it already saved or sent is kept.
	 */
	@Transactional
	public Revocation revoke(long cycleId, long agencyId, String reason, Actor actor) {
		ReportingCycles.requireMonitor(actor);
		Cycle cycle = cycles.cycle(cycleId);
		String why = reason == null ? "" : reason.strip();
		if (why.isEmpty() || why.length() > 2000) {
			throw TrackingException.invalid("Thu hồi gia hạn phải nêu lý do (trường reason, tối đa 2000 ký tự)");
		}
		// the row is locked so a grant at the same moment cannot slip between the read and the delete
		CycleException revoked = jdbc.sql(SELECT + " WHERE e.cycle_id = ? AND e.agency_id = ? FOR UPDATE")
			.params(cycleId, agencyId)
			.query((rs, n) -> new CycleException(rs.getLong(1), rs.getLong(2), rs.getString(3),
					rs.getObject(4, LocalDate.class), rs.getString(5), rs.getString(6),
					rs.getObject(7, OffsetDateTime.class)))
			.optional()
			.orElseThrow(() -> TrackingException.notFound("Cơ quan " + agencyId + " không có gia hạn trong "
					+ label(cycle)));
		jdbc.sql("DELETE FROM cycle_exception WHERE cycle_id = ? AND agency_id = ?").params(cycleId, agencyId).update();
		OffsetDateTime now = OffsetDateTime.ofInstant(clock.instant(), ClockConfig.VIETNAM);
		audit.record(actor.username(), "CYCLE_EXCEPTION_REVOKED", "reporting_cycle", Long.toString(cycleId),
				"agency=" + agencyId + " until<" + revoked.newDueDate() + " reason=" + revoked.reason(),
				"agency=" + agencyId + " revoked reason=" + why);
		boolean locked = !today().isBefore(cycle.dueBefore());
		return new Revocation(cycleId, agencyId, revoked.agency(), revoked.newDueDate(), why, locked, actor.username(),
				now);
	}

	/** The exceptions of a cycle the actor may see (a REPORTER: its own agency's). */
	public List<CycleException> ofCycle(long cycleId, Actor actor) {
		cycles.cycle(cycleId);
		return jdbc.sql(SELECT + " WHERE e.cycle_id = ? ORDER BY a.name")
			.param(cycleId)
			.query((rs, n) -> new CycleException(rs.getLong(1), rs.getLong(2), rs.getString(3),
					rs.getObject(4, LocalDate.class), rs.getString(5), rs.getString(6),
					rs.getObject(7, OffsetDateTime.class)))
			.list()
			.stream()
			.filter(e -> !actor.reporter() || actor.reportsFor(e.agencyId()))
			.toList();
	}

	/** The new date granted to the agency for the cycle, if any. */
	public Optional<LocalDate> newDueDate(long cycleId, long agencyId) {
		return of(cycleId, agencyId).map(CycleException::newDueDate);
	}

	/**
	 * Whether an agency can still save or send its report in a cycle today: the cycle's due day, the new date of the
	 * agency's exception if it has one (looked up only once the due day has come), whether that day has come and
	 * whether the lock applies to the agency.
	 */
	public record Lock(LocalDate dueBefore, LocalDate exceptionUntil, boolean pastDue, boolean locked) {

		/** Past its due day, the cycle is still open to the agency through its exception. */
		public boolean openByException() {
			return pastDue && !locked;
		}
	}

	/** The lock of the cycle for the agency, as {@link #requireOpen(Cycle, long)} applies it. */
	public Lock lockOf(Cycle cycle, long agencyId) {
		LocalDate today = today();
		boolean pastDue = !today.isBefore(cycle.dueBefore());
		// before the due day nothing is locked and the exception does not matter: no query
		LocalDate extended = pastDue ? newDueDate(cycle.id(), agencyId).orElse(null) : null;
		boolean locked = pastDue && (extended == null || !today.isBefore(extended));
		return new Lock(cycle.dueBefore(), extended, pastDue, locked);
	}

	/**
	 * Refuses a change to the agency's report once the cycle is locked: from the due day on (Vietnamese calendar),
	 * unless the agency's exception runs beyond today.
	 */
	void requireOpen(Cycle cycle, long agencyId) {
		Lock lock = lockOf(cycle, agencyId);
		if (!lock.locked()) {
			return;
		}
		Optional<LocalDate> extended = Optional.ofNullable(lock.exceptionUntil());
		String agency = cycle.agencies().stream().filter(a -> a.id() == agencyId).map(a -> a.name()).findFirst()
			.orElse("cơ quan " + agencyId);
		throw TrackingException.conflict(extended
			.map(date -> capitalised(label(cycle)) + " đã khóa: hạn gia hạn cho " + agency + " đã hết từ ngày "
					+ VIETNAMESE_DATE.format(date) + "; đề nghị cơ quan theo dõi gia hạn tiếp cho cơ quan.")
			.orElse(capitalised(label(cycle)) + " đã khóa từ ngày " + VIETNAMESE_DATE.format(cycle.dueBefore())
					+ "; đề nghị cơ quan theo dõi gia hạn cho " + agency + "."));
	}

	/**
	 * Refuses values an agency enters for a period of a plan outside its report (the data-entry workbook) once that
	 * period's cycle is locked for the agency, with the message a refused report gets. Nothing is locked while no
	 * cycle of the period was opened, nor for an agency that does not report in it.
	 *
	 * @param agency the agency's name as the plan's rows name it
	 * @throws TrackingException CONFLICT when the cycle is locked for the agency
	 */
	public void requireOpen(long documentId, Frequency frequency, int year, int index, String agency) {
		cycleOf(documentId, frequency, year, index).ifPresent(cycle -> cycle.agencies()
			.stream()
			.filter(a -> a.name().equals(agency))
			.findFirst()
			.ifPresent(a -> requireOpen(cycle, a.id())));
	}

	/** The same, for the agency known by its id (an indicator value its lead enters through the API). */
	public void requireOpen(long documentId, Frequency frequency, int year, int index, long agencyId) {
		cycleOf(documentId, frequency, year, index).ifPresent(cycle -> {
			if (cycle.agencies().stream().anyMatch(a -> a.id() == agencyId)) {
				requireOpen(cycle, agencyId);
			}
		});
	}

	private Optional<Cycle> cycleOf(long documentId, Frequency frequency, int year, int index) {
		return jdbc.sql("""
				SELECT id FROM reporting_cycle WHERE document_id = ? AND frequency = ? AND period_year = ?
				AND period_index = ?""")
			.params(documentId, frequency.name(), year, frequency == Frequency.YEARLY ? 0 : index)
			.query(Long.class)
			.optional()
			.map(cycles::cycle);
	}

	/** "kỳ báo cáo 6 tháng đầu năm 2026", "kỳ báo cáo tháng 3 năm 2026", "kỳ báo cáo năm 2026". */
	static String label(Cycle cycle) {
		String period;
		switch (cycle.frequency()) {
			case MONTHLY:
				period = "tháng " + cycle.index() + " năm " + cycle.year();
				break;
			case SEMIANNUAL:
				period = (cycle.index() == 2 ? "6 tháng cuối năm " : "6 tháng đầu năm ") + cycle.year();
				break;
			default:
				period = "năm " + cycle.year();
		}
		return "kỳ báo cáo " + period;
	}

	private static String capitalised(String text) {
		return Character.toUpperCase(text.charAt(0)) + text.substring(1);
	}

	private LocalDate today() {
		return LocalDate.ofInstant(clock.instant(), ClockConfig.VIETNAM);
	}

	private Optional<CycleException> of(long cycleId, long agencyId) {
		return jdbc.sql(SELECT + " WHERE e.cycle_id = ? AND e.agency_id = ?")
			.params(cycleId, agencyId)
			.query((rs, n) -> new CycleException(rs.getLong(1), rs.getLong(2), rs.getString(3),
					rs.getObject(4, LocalDate.class), rs.getString(5), rs.getString(6),
					rs.getObject(7, OffsetDateTime.class)))
			.optional();
	}

	private static final String SELECT = """
			SELECT e.cycle_id, e.agency_id, a.name, e.new_due_date, e.reason, e.granted_by, e.granted_at
			FROM cycle_exception e JOIN agency a ON a.id = e.agency_id""";
}
