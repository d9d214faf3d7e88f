package vn.plantrack.registry;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Login throttling: after {@value #MAX_FAILURES} wrong passwords in a row an account is locked for
 * {@link #LOCK}, whatever the address the attempts came from (guessing is spread over addresses). Kept in
 * the database so every application node sees the same count.
 */
@Component
class LoginAttempts {

	static final int MAX_FAILURES = 5;

	static final Duration LOCK = Duration.ofMinutes(15);

	private static final Logger log = LoggerFactory.getLogger(LoginAttempts.class);

	private final JdbcClient jdbc;

	private final AuditLog audit;

	private final Clock clock;

	LoginAttempts(JdbcClient jdbc, AuditLog audit, Clock clock) {
		this.jdbc = jdbc;
		this.audit = audit;
		this.clock = clock;
	}

	@EventListener
	@Transactional
	public void onFailure(AuthenticationFailureBadCredentialsEvent event) {
		String username = event.getAuthentication().getName();
		int updated = jdbc.sql("UPDATE app_user SET failed_logins = failed_logins + 1 WHERE username = ?")
			.param(username)
			.update();
		if (updated == 0) {
			return;
		}
		int failures = jdbc.sql("SELECT failed_logins FROM app_user WHERE username = ?").param(username)
			.query(Integer.class).single();
		if (failures >= MAX_FAILURES) {
			Instant until = clock.instant().plus(LOCK);
			jdbc.sql("UPDATE app_user SET failed_logins = 0, locked_until = ? WHERE username = ?")
				.params(Timestamp.from(until), username)
				.update();
			audit.record("system", "USER_LOCKED", "app_user", username, null,
					MAX_FAILURES + " wrong passwords; locked until " + until);
			log.warn("Locked user {} for {} minutes after {} wrong passwords", username, LOCK.toMinutes(), MAX_FAILURES);
		}
	}

	@EventListener
	@Transactional
	public void onSuccess(AuthenticationSuccessEvent event) {
		jdbc.sql("UPDATE app_user SET failed_logins = 0 WHERE username = ? AND failed_logins > 0")
			.param(event.getAuthentication().getName())
			.update();
	}
}
