package vn.plantrack.registry;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What a MONITOR decides about an indicator: its direction, and a verdict override with its reason. */
@Service
public class IndicatorSettings {

	private static final Set<String> DIRECTIONS = Set.of("HIGHER_IS_BETTER", "LOWER_IS_BETTER");

	private static final Set<String> VERDICTS = Set.of("EXCEEDED", "MET", "AT_RISK", "NOT_MET", "NO_DATA");

	private final JdbcClient jdbc;

	private final AuditLog audit;

	private final Clock clock;

	IndicatorSettings(JdbcClient jdbc, AuditLog audit, Clock clock) {
		this.jdbc = jdbc;
		this.audit = audit;
		this.clock = clock;
	}

	/** Sets the direction; {@code null} goes back to guessing it from the name. False when no such indicator. */
	@Transactional
	public boolean setDirection(long indicatorId, String direction, String actor) {
		if (direction != null && !DIRECTIONS.contains(direction)) {
			throw new IllegalArgumentException("direction must be HIGHER_IS_BETTER or LOWER_IS_BETTER");
		}
		String before = jdbc.sql("SELECT direction FROM indicator WHERE id = ?").param(indicatorId).query(String.class)
			.optional().orElse(null);
		int updated = jdbc.sql("UPDATE indicator SET direction = ?, version = version + 1 WHERE id = ?")
			.params(direction, indicatorId)
			.update();
		if (updated == 0) {
			return false;
		}
		audit.record(actor, "INDICATOR_DIRECTION_SET", "indicator", Long.toString(indicatorId), before, direction);
		return true;
	}

	/** Records a verdict override; the reason is mandatory. False when no such indicator. */
	@Transactional
	public boolean override(long indicatorId, String verdict, String reason, String actor) {
		if (verdict == null || !VERDICTS.contains(verdict)) {
			throw new IllegalArgumentException("verdict must be one of " + VERDICTS);
		}
		if (reason == null || reason.isBlank()) {
			throw new IllegalArgumentException("an override needs a reason");
		}
		boolean exists = jdbc.sql("SELECT COUNT(*) FROM indicator WHERE id = ?").param(indicatorId).query(Long.class)
			.single() > 0;
		if (!exists) {
			return false;
		}
		jdbc.sql("""
				INSERT INTO evaluation_override (indicator_id, verdict, reason, author, created_at)
				VALUES (?, ?, ?, ?, ?)""")
			.params(indicatorId, verdict, reason.strip(), actor, Timestamp.from(clock.instant()))
			.update();
		audit.record(actor, "VERDICT_OVERRIDDEN", "indicator", Long.toString(indicatorId), null,
				verdict + ": " + reason.strip());
		return true;
	}
}
