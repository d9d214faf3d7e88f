package vn.plantrack.registry;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A value that moves with every change to the data an overview is computed from: the newest audit event's id,
 * and the newest row id of the tables written in bulk or by imports (observations, progress updates,
 * submissions), because a row can reach those tables without an audit event of its own (a data-entry
 * workbook, a direct insert by a maintenance script or a test). Each part is the maximum of a primary key,
 * one index lookup, so the stamp stays cheap enough to read on every request. Two stamps are the same state
 * only when every part is equal.
 */
@Component
public class ChangeStamp {

	/** The parts of a stamp; compare with {@code equals}. */
	public record Stamp(long audit, long observation, long progress, long submission) {
	}

	private final JdbcClient jdbc;

	ChangeStamp(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public Stamp current() {
		return jdbc.sql("""
				SELECT (SELECT COALESCE(MAX(id), 0) FROM audit_event),
				       (SELECT COALESCE(MAX(id), 0) FROM observation),
				       (SELECT COALESCE(MAX(id), 0) FROM progress_update),
				       (SELECT COALESCE(MAX(id), 0) FROM submission)""")
			.query((rs, n) -> new Stamp(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4)))
			.single();
	}
}
