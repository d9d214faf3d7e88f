package vn.plantrack.registry;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Follows an agency through the merges, splits, renames and abolitions recorded for its locality up to a
 * date. A merge or rename has one successor and is followed; a split, or an abolition without successor,
 * stops the walk and asks for a decision (the caller may pass the decisions already taken).
 */
@Repository
public class AgencySuccessions {

	/** Guards against a cycle typed into the succession table by mistake. */
	private static final int MAX_STEPS = 20;

	private final JdbcClient jdbc;

	AgencySuccessions(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public record AgencyRef(long id, String name) {
	}

	/** One event that moved the responsibility: what happened, when, and on what legal basis. */
	public record Step(String kind, AgencyRef from, AgencyRef to, LocalDate effectiveDate, String source,
			boolean decided) {
	}

	public enum State {
		/** The agency still exists at the date. */
		ACTIVE,
		/** Merged or renamed into the current agency. */
		SUCCEEDED,
		/** Split: several agencies took over, a MONITOR must choose one. */
		NEEDS_DECISION,
		/** Abolished without successor: a MONITOR must reassign. */
		ABOLISHED
	}

	/**
	 * Where a responsibility given to {@code original} lies on {@code date}. {@code current} is null for
	 * NEEDS_DECISION and ABOLISHED; {@code candidates} lists the agencies a split went to, and
	 * {@code pendingAt} the agency whose split or abolition awaits the decision.
	 */
	public record Succession(AgencyRef original, AgencyRef current, State state, List<Step> steps,
			AgencyRef pendingAt, List<AgencyRef> candidates) {
	}

	private record Event(String kind, long fromId, Long toId, LocalDate effectiveDate, String source) {
	}

	public Succession resolve(long agencyId, LocalDate date) {
		return resolve(agencyId, date, Map.of());
	}

	/** @param decisions chosen successor per agency that was split or abolished (from agency id → to agency id) */
	public Succession resolve(long agencyId, LocalDate date, Map<Long, Long> decisions) {
		AgencyRef original = ref(agencyId);
		AgencyRef current = original;
		List<Step> steps = new ArrayList<>();
		for (int i = 0; i < MAX_STEPS; i++) {
			List<Event> events = eventsFrom(current.id(), date);
			if (events.isEmpty()) {
				return new Succession(original, current, steps.isEmpty() ? State.ACTIVE : State.SUCCEEDED, steps, null,
						List.of());
			}
			Event first = events.get(0);
			boolean unambiguous = events.size() == 1 && first.toId() != null && !"SPLIT".equals(first.kind());
			if (unambiguous) {
				AgencyRef next = ref(first.toId());
				steps.add(new Step(first.kind(), current, next, first.effectiveDate(), first.source(), false));
				current = next;
				continue;
			}
			Long chosen = decisions.get(current.id());
			if (chosen != null) {
				AgencyRef next = ref(chosen);
				steps.add(new Step(first.kind(), current, next, first.effectiveDate(), first.source(), true));
				current = next;
				continue;
			}
			List<AgencyRef> candidates = events.stream().filter(e -> e.toId() != null).map(e -> ref(e.toId())).toList();
			steps.add(new Step(first.kind(), current, null, first.effectiveDate(), first.source(), false));
			State state = candidates.isEmpty() ? State.ABOLISHED : State.NEEDS_DECISION;
			return new Succession(original, null, state, steps, current, candidates);
		}
		throw new IllegalStateException("agency succession of agency " + agencyId + " does not end (a cycle?)");
	}

	/** All events of a locality's directory, oldest first, for display. */
	public List<Step> eventsOf(long localityId) {
		return jdbc.sql("""
				SELECT s.kind, s.from_agency_id, s.to_agency_id, s.effective_date, s.source
				FROM agency_succession s JOIN agency a ON a.id = s.from_agency_id
				WHERE a.locality_id = ? ORDER BY s.effective_date, s.id""")
			.param(localityId)
			.query((rs, row) -> new Event(rs.getString(1), rs.getLong(2), (Long) rs.getObject(3, Long.class),
					rs.getObject(4, LocalDate.class), rs.getString(5)))
			.list()
			.stream()
			.map(e -> new Step(e.kind(), ref(e.fromId()), e.toId() == null ? null : ref(e.toId()), e.effectiveDate(),
					e.source(), false))
			.toList();
	}

	private List<Event> eventsFrom(long agencyId, LocalDate date) {
		// Only the earliest effective date counts: a later event starts from whoever took over.
		List<Event> events = jdbc.sql("""
				SELECT kind, from_agency_id, to_agency_id, effective_date, source FROM agency_succession
				WHERE from_agency_id = ? AND effective_date <= ? ORDER BY effective_date, id""")
			.params(agencyId, date)
			.query((rs, row) -> new Event(rs.getString(1), rs.getLong(2), (Long) rs.getObject(3, Long.class),
					rs.getObject(4, LocalDate.class), rs.getString(5)))
			.list();
		if (events.isEmpty()) {
			return events;
		}
		LocalDate earliest = events.get(0).effectiveDate();
		return events.stream().filter(e -> e.effectiveDate().equals(earliest)).toList();
	}

	private AgencyRef ref(long id) {
		String name = jdbc.sql("SELECT name FROM agency WHERE id = ?").param(id).query(String.class).single();
		return new AgencyRef(id, name);
	}
}
