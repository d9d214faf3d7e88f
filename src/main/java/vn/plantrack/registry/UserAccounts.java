package vn.plantrack.registry;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** User accounts with BCrypt password hashes and one role each; a REPORTER is bound to one agency. */
@Service
public class UserAccounts implements UserDetailsService {

	private final JdbcClient jdbc;

	private final PasswordEncoder passwordEncoder;

	private final AuditLog audit;

	private final Clock clock;

	UserAccounts(JdbcClient jdbc, PasswordEncoder passwordEncoder, AuditLog audit, Clock clock) {
		this.jdbc = jdbc;
		this.passwordEncoder = passwordEncoder;
		this.audit = audit;
		this.clock = clock;
	}

	@Override
	public UserDetails loadUserByUsername(String username) {
		return jdbc.sql("SELECT username, password_hash, role, enabled, locked_until FROM app_user WHERE username = ?")
			.param(username)
			.query((rs, row) -> User.withUsername(rs.getString("username"))
				.password(rs.getString("password_hash"))
				.authorities(List.of(new SimpleGrantedAuthority("ROLE_" + rs.getString("role"))))
				.disabled(!rs.getBoolean("enabled"))
				.accountLocked(isLocked(rs.getTimestamp("locked_until")))
				.build())
			.optional()
			.orElseThrow(() -> new UsernameNotFoundException(username));
	}

	private boolean isLocked(Timestamp lockedUntil) {
		return lockedUntil != null && lockedUntil.toInstant().isAfter(clock.instant());
	}

	/** Who a user is for row-level checks: role, and the agency a REPORTER is bound to. */
	public record Account(String username, Role role, Long agencyId) {
	}

	public Optional<Account> account(String username) {
		return jdbc.sql("SELECT username, role, agency_id FROM app_user WHERE username = ? AND enabled = TRUE")
			.param(username)
			.query((rs, row) -> new Account(rs.getString("username"), Role.valueOf(rs.getString("role")),
					(Long) rs.getObject("agency_id", Long.class)))
			.optional();
	}

	/** Sets (or clears, with null) the address reminders are sent to. */
	@Transactional
	public void setEmail(String username, String email, String actor) {
		String clean = email == null || email.isBlank() ? null : email.strip();
		if (clean != null && !clean.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
			throw new IllegalArgumentException("not an e-mail address: " + clean);
		}
		int updated = jdbc.sql("UPDATE app_user SET email = ? WHERE username = ?").params(clean, username).update();
		if (updated == 0) {
			throw new IllegalArgumentException("no such user: " + username);
		}
		audit.record(actor, "USER_EMAIL_SET", "app_user", username, null, clean);
	}

	/** The addresses of the enabled REPORTER accounts of an agency, for its reminders. */
	public List<String> reporterEmails(long agencyId) {
		return jdbc.sql("""
				SELECT email FROM app_user WHERE agency_id = ? AND role = 'REPORTER' AND enabled = TRUE
				AND email IS NOT NULL ORDER BY username""").param(agencyId).query(String.class).list();
	}

	public boolean any() {
		return jdbc.sql("SELECT COUNT(*) FROM app_user").query(Long.class).single() > 0;
	}

	@Transactional
	public void create(String username, String rawPassword, Role role, Long agencyId, String actor) {
		if (role == Role.REPORTER && agencyId == null) {
			throw new IllegalArgumentException("a REPORTER must be bound to an agency");
		}
		PasswordPolicy.check(username, rawPassword);
		jdbc.sql("""
				INSERT INTO app_user (username, password_hash, role, agency_id, enabled, created_at)
				VALUES (?, ?, ?, ?, TRUE, ?)""")
			.params(username, passwordEncoder.encode(rawPassword), role.name(), agencyId,
					Timestamp.from(clock.instant()))
			.update();
		audit.record(actor, "USER_CREATED", "app_user", username, null, "role=" + role);
	}

	/**
	 * Replaces a user's password after checking the current one and the policy; false when the current
	 * password is wrong (or the account does not exist), so a stolen session alone cannot take the account.
	 */
	@Transactional
	public boolean changePassword(String username, String currentPassword, String newPassword, String actor) {
		Optional<String> hash = jdbc.sql("SELECT password_hash FROM app_user WHERE username = ? AND enabled = TRUE")
			.param(username)
			.query(String.class)
			.optional();
		if (hash.isEmpty() || currentPassword == null || !passwordEncoder.matches(currentPassword, hash.get())) {
			return false;
		}
		PasswordPolicy.check(username, newPassword);
		jdbc.sql("UPDATE app_user SET password_hash = ? WHERE username = ?")
			.params(passwordEncoder.encode(newPassword), username)
			.update();
		audit.record(actor, "USER_PASSWORD_CHANGED", "app_user", username, null, null);
		return true;
	}
}
