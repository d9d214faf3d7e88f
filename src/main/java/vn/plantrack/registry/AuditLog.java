package vn.plantrack.registry;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Append-only audit trail. Each event stores the SHA-256 of its own content chained to the previous
 * event's hash, so editing or deleting a stored row breaks the chain at that row.
 */
@Component
public class AuditLog {

	static final String GENESIS = "0".repeat(64);

	private final JdbcClient jdbc;

	private final Clock clock;

	AuditLog(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * Waits until no other audited change is in progress and keeps the turn until this transaction ends. A
	 * change that creates shared rows before it records itself (a confirmation creating the agencies its plan
	 * names) takes the turn first, so two of them never race to create the same agency.
	 */
	public void takeWriterTurn() {
		jdbc.sql("SELECT id FROM audit_event ORDER BY id LIMIT 1 FOR UPDATE").query(Long.class).optional();
	}

	/** Records one change; call inside the transaction that makes the change. */
	public void record(String actor, String action, String entity, String entityId, String before, String after) {
		// One writer at a time extends the chain. Writers queue on one fixed row, the oldest (append-only,
		// so it never changes), then read the newest in a fresh statement. Locking the newest row itself
		// forked the chain on PostgreSQL: a writer that waited for that lock was handed the row it had
		// waited for, not the one committed meanwhile, and chained onto the same predecessor
		// (robustness/DeadlineRush*Tests). An empty table has no row to lock: only the first event, written
		// at start-up before any request, takes that path.
		takeWriterTurn();
		String previous = jdbc.sql("SELECT hash FROM audit_event ORDER BY id DESC LIMIT 1")
			.query(String.class)
			.optional()
			.orElse(GENESIS);
		Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
		String hash = hash(previous, now, actor, action, entity, entityId, before, after);
		jdbc.sql("""
				INSERT INTO audit_event (occurred_at, actor, action, entity, entity_id, before_state, after_state,
				                         prev_hash, hash)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(Timestamp.from(now), actor, action, entity, entityId, before, after, previous, hash)
			.update();
	}

	static String hash(String previous, Instant at, String... fields) {
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			digest.update(previous.getBytes(StandardCharsets.UTF_8));
			digest.update(Long.toString(at.toEpochMilli()).getBytes(StandardCharsets.UTF_8));
			for (String field : fields) {
				digest.update((byte) 0x1f);
				digest.update(String.valueOf(field).getBytes(StandardCharsets.UTF_8));
			}
			return HexFormat.of().formatHex(digest.digest());
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 missing from the JDK", ex);
		}
	}
}
