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
		return jdbc.sql("SELECT username, password_hash, role, enabled FROM app_user WHERE username = ?")
			.param(username)
			.query((rs, row) -> User.withUsername(rs.getString("username"))
				.password(rs.getString("password_hash"))
				.authorities(List.of(new SimpleGrantedAuthority("ROLE_" + rs.getString("role"))))
				.disabled(!rs.getBoolean("enabled"))
				.build())
			.optional()
			.orElseThrow(() -> new UsernameNotFoundException(username));
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

	public boolean any() {
		return jdbc.sql("SELECT COUNT(*) FROM app_user").query(Long.class).single() > 0;
	}

	@Transactional
	public void create(String username, String rawPassword, Role role, Long agencyId, String actor) {
		if (role == Role.REPORTER && agencyId == null) {
			throw new IllegalArgumentException("a REPORTER must be bound to an agency");
		}
		jdbc.sql("""
				INSERT INTO app_user (username, password_hash, role, agency_id, enabled, created_at)
				VALUES (?, ?, ?, ?, TRUE, ?)""")
			.params(username, passwordEncoder.encode(rawPassword), role.name(), agencyId,
					Timestamp.from(clock.instant()))
			.update();
		audit.record(actor, "USER_CREATED", "app_user", username, null, "role=" + role);
	}
}
