package vn.plantrack.tracking;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.plantrack.registry.AgencySuccessions;
import vn.plantrack.registry.AgencySuccessions.AgencyRef;
import vn.plantrack.registry.AgencySuccessions.State;
import vn.plantrack.registry.AgencySuccessions.Step;
import vn.plantrack.registry.AuditLog;

/**
 * Who leads an indicator on a given day: the agency the plan named, followed through the reorganisation events.
 * Where they are ambiguous (a split, an abolition without successor) nobody is guessed: the indicator waits in
 * the MONITOR's decision queue until a MONITOR names the agency that carries it on.
 */
@Service
public class IndicatorResponsibility {

	private final JdbcClient jdbc;

	private final AgencySuccessions successions;

	private final AuditLog audit;

	private final Clock clock;

	IndicatorResponsibility(JdbcClient jdbc, AgencySuccessions successions, AuditLog audit, Clock clock) {
		this.jdbc = jdbc;
		this.successions = successions;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * The lead as written, as matched ({@code original}, null when the plan had no locality or named no lead),
	 * and who leads now ({@code current}, null while a decision is pending).
	 */
	public record Lead(long indicatorId, LocalDate date, String nameAsWritten, AgencyRef original, AgencyRef current,
			State state, List<Step> steps, AgencyRef pendingAt, List<AgencyRef> candidates) {
	}

	/** An indicator that waits for a MONITOR to say which agency leads it now. */
	public record PendingDecision(long indicatorId, long documentId, String code, String name, String nameAsWritten,
			AgencyRef pendingAt, String kind, List<AgencyRef> candidates) {
	}

	public Lead lead(long indicatorId, LocalDate date) {
		Map<String, Object> row = jdbc.sql("SELECT lead_agency_id, lead_as_written FROM indicator WHERE id = ?")
			.param(indicatorId)
			.query()
			.listOfRows()
			.stream()
			.findFirst()
			.orElseThrow(() -> TrackingException.notFound("Không tìm thấy chỉ tiêu " + indicatorId));
		String written = (String) row.get("lead_as_written");
		if (row.get("lead_agency_id") == null) {
			return new Lead(indicatorId, date, written, null, null, null, List.of(), null, List.of());
		}
		long agencyId = ((Number) row.get("lead_agency_id")).longValue();
		AgencySuccessions.Succession succession = successions.resolve(agencyId, date, decisions(indicatorId));
		return new Lead(indicatorId, date, written, succession.original(), succession.current(), succession.state(),
				succession.steps(), succession.pendingAt(), succession.candidates());
	}

	public Lead lead(long indicatorId) {
		return lead(indicatorId, LocalDate.now(clock));
	}

	/** The agency that leads the indicator on {@code date}, empty when none was named or a decision is pending. */
	public Optional<Long> currentLeadId(long indicatorId, LocalDate date) {
		return Optional.ofNullable(lead(indicatorId, date).current()).map(AgencyRef::id);
	}

	/** The decision queue: indicators whose lead agency was split or abolished, with the agencies to choose from. */
	public List<PendingDecision> pendingDecisions(LocalDate date) {
		List<Map<String, Object>> affected = jdbc.sql("""
				SELECT DISTINCT i.id, i.document_id, i.code, i.name FROM indicator i
				JOIN agency_succession s ON s.from_agency_id = i.lead_agency_id ORDER BY i.id""").query().listOfRows();
		List<PendingDecision> pending = new ArrayList<>();
		for (Map<String, Object> indicator : affected) {
			long id = ((Number) indicator.get("id")).longValue();
			Lead lead = lead(id, date);
			if (lead.state() == State.NEEDS_DECISION || lead.state() == State.ABOLISHED) {
				Step last = lead.steps().get(lead.steps().size() - 1);
				pending.add(new PendingDecision(id, ((Number) indicator.get("document_id")).longValue(),
						(String) indicator.get("code"), (String) indicator.get("name"), lead.nameAsWritten(),
						lead.pendingAt(), last.kind(), lead.candidates()));
			}
		}
		return pending;
	}

	/**
	 * A MONITOR names the agency that leads the indicator after a split (one of the agencies the split went to)
	 * or an abolition (any agency of the same locality still in existence).
	 */
	@Transactional
	public Lead decide(long indicatorId, long fromAgencyId, long toAgencyId, String reason, Actor actor) {
		if (!actor.monitor()) {
			throw TrackingException.notPermitted("Chỉ cán bộ theo dõi (MONITOR) được giao lại chỉ tiêu");
		}
		if (reason == null || reason.isBlank() || reason.length() > 1000) {
			throw TrackingException.invalid("Thiếu lý do giao lại chỉ tiêu (trường reason, tối đa 1000 ký tự)");
		}
		LocalDate today = LocalDate.now(clock);
		Lead pending = lead(indicatorId, today);
		if (pending.pendingAt() == null || pending.pendingAt().id() != fromAgencyId) {
			throw TrackingException.conflict("Chỉ tiêu " + indicatorId + " không có cơ quan chủ trì " + fromAgencyId
					+ " đang chờ quyết định giao lại");
		}
		boolean allowed = pending.state() == State.NEEDS_DECISION
				? pending.candidates().stream().anyMatch(c -> c.id() == toAgencyId)
				: activeInSameLocality(fromAgencyId, toAgencyId, today);
		if (!allowed) {
			throw TrackingException.invalid("Cơ quan " + toAgencyId + " không nằm trong các cơ quan tiếp nhận chỉ tiêu của "
					+ pending.pendingAt().name());
		}
		jdbc.sql("""
				INSERT INTO indicator_assignment_decision (indicator_id, from_agency_id, to_agency_id, reason, decided_by,
				                                           decided_at)
				VALUES (?, ?, ?, ?, ?, ?)""")
			.params(indicatorId, fromAgencyId, toAgencyId, reason.strip(), actor.username(), Timestamp.from(clock.instant()))
			.update();
		audit.record(actor.username(), "INDICATOR_REASSIGNED", "indicator", Long.toString(indicatorId),
				"lead=" + pending.pendingAt().name(), "lead=" + toAgencyId + " reason=" + reason.strip());
		addToOpenCycles(indicatorId, toAgencyId, today);
		return lead(indicatorId, today);
	}

	/** The agency now leading the indicator reports its values in the plan's cycles not yet due. */
	private void addToOpenCycles(long indicatorId, long agencyId, LocalDate today) {
		jdbc.sql("""
				INSERT INTO cycle_agency (cycle_id, agency_id)
				SELECT c.id, a.id FROM reporting_cycle c JOIN indicator i ON i.document_id = c.document_id
				JOIN agency a ON a.id = ?
				WHERE i.id = ? AND c.due_before > ? AND a.collective = FALSE
				AND NOT EXISTS (SELECT 1 FROM cycle_agency x WHERE x.cycle_id = c.id AND x.agency_id = a.id)""")
			.params(agencyId, indicatorId, today)
			.update();
	}

	private boolean activeInSameLocality(long fromAgencyId, long toAgencyId, LocalDate today) {
		return jdbc.sql("""
				SELECT COUNT(*) FROM agency f JOIN agency t ON t.locality_id = f.locality_id
				WHERE f.id = ? AND t.id = ? AND t.id <> f.id AND (t.active_to IS NULL OR t.active_to >= ?)""")
			.params(fromAgencyId, toAgencyId, today)
			.query(Long.class)
			.single() > 0;
	}

	private Map<Long, Long> decisions(long indicatorId) {
		Map<Long, Long> decisions = new HashMap<>();
		jdbc.sql("SELECT from_agency_id, to_agency_id FROM indicator_assignment_decision WHERE indicator_id = ?")
			.param(indicatorId)
			.query(rs -> {
				decisions.put(rs.getLong(1), rs.getLong(2));
			});
		return decisions;
	}
}
