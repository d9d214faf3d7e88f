package vn.plantrack.registry;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A number that grows with every change to the registry: the newest audit event's id. Every change is audited
 * in its own transaction, so a figure computed after reading stamp s is current for as long as the stamp is
 * still s. One primary-key lookup, cheap enough to ask on every request.
 */
@Component
public class ChangeStamp {

	private final JdbcClient jdbc;

	ChangeStamp(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public long current() {
		return jdbc.sql("SELECT COALESCE(MAX(id), 0) FROM audit_event").query(Long.class).single();
	}
}
