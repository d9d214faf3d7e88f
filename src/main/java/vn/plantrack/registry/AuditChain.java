package vn.plantrack.registry;

import java.time.OffsetDateTime;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Walks the audit trail in order and recomputes every hash. The first row whose stored previous hash or own
 * hash does not match is where someone edited, inserted or deleted a row.
 */
@Component
public class AuditChain {

	private final JdbcClient jdbc;

	AuditChain(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** {@code brokenAt} is null when the chain is intact; {@code problem} says what does not match. */
	public record Verification(long rowsChecked, Long brokenAt, String problem) {

		public boolean intact() {
			return brokenAt == null;
		}
	}

	public Verification verify() {
		AtomicReference<String> previous = new AtomicReference<>(AuditLog.GENESIS);
		AtomicLong checked = new AtomicLong();
		AtomicReference<Verification> broken = new AtomicReference<>();
		// Streamed row by row so a long trail does not have to fit in memory.
		jdbc.sql("""
				SELECT id, occurred_at, actor, action, entity, entity_id, before_state, after_state, prev_hash, hash
				FROM audit_event ORDER BY id""").query(rs -> {
			if (broken.get() != null) {
				return;
			}
			long id = rs.getLong("id");
			checked.incrementAndGet();
			String storedPrevious = rs.getString("prev_hash");
			if (!previous.get().equals(storedPrevious)) {
				broken.set(new Verification(checked.get(), id,
						"prev_hash does not match the hash of the row before (a row was removed, inserted or re-hashed)"));
				return;
			}
			OffsetDateTime at = rs.getObject("occurred_at", OffsetDateTime.class);
			String expected = AuditLog.hash(storedPrevious, at.toInstant(), rs.getString("actor"), rs.getString("action"),
					rs.getString("entity"), rs.getString("entity_id"), rs.getString("before_state"),
					rs.getString("after_state"));
			if (!expected.equals(rs.getString("hash"))) {
				broken.set(new Verification(checked.get(), id, "the row's content does not match its hash (it was edited)"));
				return;
			}
			previous.set(rs.getString("hash"));
		});
		return broken.get() != null ? broken.get() : new Verification(checked.get(), null, null);
	}
}
