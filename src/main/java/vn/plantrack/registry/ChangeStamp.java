package vn.plantrack.registry;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import vn.plantrack.shared.concurrent.ReadAfterAsking;

/**
 * A value that moves with every change to the data an overview is computed from: the newest audit event's id,
 * and the newest row id of the tables written in bulk or by imports (observations, progress updates,
 * submissions), because a row can reach those tables without an audit event of its own (a data-entry
 * workbook, a direct insert by a maintenance script or a test). Each part is the maximum of a primary key,
 * one index lookup, so the stamp stays cheap enough to read on every request. Two stamps are the same state
 * only when every part is equal.
 * <p>
 * {@link #between} names the plans a move of the stamp touched, read from the database (the audit events and
 * rows added in between), so every application node works out the same answer without talking to the
 * others. Audit events are written one writer at a time ({@link AuditLog#takeWriterTurn}), so their ids
 * follow commit order and a range of ids holds every audited change committed in between.
 */
@Component
public class ChangeStamp {

	/** The parts of a stamp; compare with {@code equals}. */
	public record Stamp(long audit, long observation, long progress, long submission) {

		/** The later of two stamps part by part (each part only grows). */
		public Stamp max(Stamp other) {
			return new Stamp(Math.max(audit, other.audit), Math.max(observation, other.observation),
					Math.max(progress, other.progress), Math.max(submission, other.submission));
		}

		/** True when no part of this stamp is ahead of {@code other}'s. */
		public boolean notAfter(Stamp other) {
			return audit <= other.audit && observation <= other.observation && progress <= other.progress
					&& submission <= other.submission;
		}
	}

	/** What changed between two stamps: some plans, or everything (a change not tied to one plan). */
	public record Changed(boolean everything, Set<Long> documents) {

		static Changed all() {
			return new Changed(true, Set.of());
		}
	}

	/** Beyond this many audit events between two stamps, naming the plans costs more than recomputing all. */
	static final int MAX_EVENTS = 20_000;

	// audit entities that never change a plan's figures (tasks by status, indicator verdicts)
	private static final Set<String> UNRELATED = Set.of("app_user", "api_token", "calendar_feed", "reporting_cycle",
			"non_working_day", "project", "threshold_rule", "agency");

	// audit entities whose id is a row of a table with a document_id
	private static final Map<String, String> OWNED_BY_PLAN = Map.of("task", "task", "indicator", "indicator");

	private final JdbcClient jdbc;

	/** Requests arriving together share one read of the stamp that started after each of them asked. */
	private final ReadAfterAsking<Stamp> shared = new ReadAfterAsking<>(this::read);

	ChangeStamp(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * The stamp now: it covers every change committed before this call. Outside a transaction the read is
	 * shared with callers arriving at the same time ({@link ReadAfterAsking}); inside one it is read on the
	 * transaction's own connection, since a transaction may see another snapshot than a fresh statement.
	 */
	public Stamp current() {
		return TransactionSynchronizationManager.isActualTransactionActive() ? read() : shared.get();
	}

	private Stamp read() {
		return jdbc.sql("""
				SELECT (SELECT COALESCE(MAX(id), 0) FROM audit_event),
				       (SELECT COALESCE(MAX(id), 0) FROM observation),
				       (SELECT COALESCE(MAX(id), 0) FROM progress_update),
				       (SELECT COALESCE(MAX(id), 0) FROM submission)""")
			.query((rs, n) -> new Stamp(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4)))
			.single();
	}

	/**
	 * The plans whose data changed after {@code from} up to {@code to}: plans named by the audit events in
	 * between (a task, an indicator, a plan, a submission), and plans of the observations, progress updates
	 * and submissions added in between. Anything that cannot be placed in a plan (an unknown kind of event, a
	 * row deleted since, a stamp that went back) counts as a change to everything.
	 */
	public Changed between(Stamp from, Stamp to) {
		if (!from.notAfter(to) || to.audit() - from.audit() > MAX_EVENTS) {
			return Changed.all();
		}
		Set<Long> documents = new HashSet<>();
		Map<String, Set<Long>> owned = new HashMap<>();
		Set<Long> submissions = new HashSet<>();
		boolean[] everything = { false };
		jdbc.sql("SELECT entity, entity_id FROM audit_event WHERE id > ? AND id <= ?")
			.params(from.audit(), to.audit())
			.query((rs, n) -> {
				String entity = rs.getString(1);
				Long id = parse(rs.getString(2));
				if (entity != null && UNRELATED.contains(entity)) {
					return null;
				}
				if (id == null) {
					everything[0] = true;
				}
				else if ("document".equals(entity)) {
					documents.add(id);
				}
				else if ("submission".equals(entity)) {
					submissions.add(id);
				}
				else if (OWNED_BY_PLAN.containsKey(entity)) {
					owned.computeIfAbsent(entity, k -> new HashSet<>()).add(id);
				}
				else {
					everything[0] = true;
				}
				return null;
			})
			.list();
		if (everything[0]) {
			return Changed.all();
		}
		for (Map.Entry<String, Set<Long>> e : owned.entrySet()) {
			if (!addOwners("SELECT id, document_id FROM " + OWNED_BY_PLAN.get(e.getKey()) + " WHERE id IN ",
					e.getValue(), documents)) {
				return Changed.all();
			}
		}
		if (!addOwners("""
				SELECT s.id, c.document_id FROM submission s JOIN reporting_cycle c ON c.id = s.cycle_id
				WHERE s.id IN\s""", submissions, documents)) {
			return Changed.all();
		}
		documents.addAll(jdbc.sql("""
				SELECT DISTINCT i.document_id FROM observation o JOIN indicator i ON i.id = o.indicator_id
				WHERE o.id > ? AND o.id <= ?""").params(from.observation(), to.observation()).query(Long.class).list());
		documents.addAll(jdbc.sql("""
				SELECT DISTINCT t.document_id FROM progress_update p JOIN task t ON t.id = p.task_id
				WHERE p.id > ? AND p.id <= ?""").params(from.progress(), to.progress()).query(Long.class).list());
		documents.addAll(jdbc.sql("""
				SELECT DISTINCT c.document_id FROM submission s JOIN reporting_cycle c ON c.id = s.cycle_id
				WHERE s.id > ? AND s.id <= ?""").params(from.submission(), to.submission()).query(Long.class).list());
		return new Changed(false, Set.copyOf(documents));
	}

	/** Adds the plans owning these rows; false when a row is gone (its plan cannot be named). */
	private boolean addOwners(String selectWhereIdIn, Set<Long> ids, Set<Long> documents) {
		List<Long> all = List.copyOf(ids);
		for (int start = 0; start < all.size(); start += 500) {
			List<Long> chunk = all.subList(start, Math.min(all.size(), start + 500));
			String placeholders = String.join(",", java.util.Collections.nCopies(chunk.size(), "?"));
			Set<Long> found = new HashSet<>();
			jdbc.sql(selectWhereIdIn + "(" + placeholders + ")").params(chunk.toArray()).query((rs, n) -> {
				found.add(rs.getLong(1));
				documents.add(rs.getLong(2));
				return null;
			}).list();
			if (found.size() < chunk.size()) {
				return false;
			}
		}
		return true;
	}

	private static Long parse(String id) {
		try {
			return id == null ? null : Long.valueOf(id.strip());
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}
}
