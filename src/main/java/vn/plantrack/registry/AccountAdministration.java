package vn.plantrack.registry;

import java.util.List;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.plantrack.registry.AccountChangeRefusedException.Reason;

/**
 * What an ADMIN does to existing accounts: disable or enable one, change its role and agency, reset its password.
 * <p>
 * Disabling, a role change and a password reset end the user's browser sessions: their rows in the shared session
 * tables are deleted in the same transaction (by principal name), so no node can read them again; each node drops
 * its held copy at once when the change went through it ({@link AccountAccessChanged}) and within the held-session
 * recheck interval ({@code plantrack.sessions.recheck-after}, 10 s by default) otherwise. The user signs in again,
 * and then has the new role. HTTP Basic reads the account on every call (a disabled account is refused at once);
 * API tokens are refused for a disabled account, and take the new role, at once on this node and within
 * {@code plantrack.api-tokens.recheck-after} (10 s) on others.
 * <p>
 * An ADMIN cannot disable or demote itself, and the last enabled ADMIN cannot be disabled or demoted, so the
 * office never locks itself out. Each change is audited with the acting ADMIN; no password goes into the audit.
 */
@Service
public class AccountAdministration {

	private final JdbcClient jdbc;

	private final PasswordEncoder passwordEncoder;

	private final AuditLog audit;

	private final ApplicationEventPublisher events;

	AccountAdministration(JdbcClient jdbc, PasswordEncoder passwordEncoder, AuditLog audit,
			ApplicationEventPublisher events) {
		this.jdbc = jdbc;
		this.passwordEncoder = passwordEncoder;
		this.audit = audit;
		this.events = events;
	}

	/** An account as the ADMIN sees it (never its password hash). */
	public record Managed(String username, Role role, Long agencyId, boolean enabled) {
	}

	public Optional<Managed> find(String username) {
		return jdbc.sql("SELECT username, role, agency_id, enabled FROM app_user WHERE username = ?")
			.param(username)
			.query((rs, n) -> new Managed(rs.getString("username"), Role.valueOf(rs.getString("role")),
					rs.getObject("agency_id", Long.class), rs.getBoolean("enabled")))
			.optional();
	}

	public List<Managed> all() {
		return jdbc.sql("SELECT username, role, agency_id, enabled FROM app_user ORDER BY username")
			.query((rs, n) -> new Managed(rs.getString("username"), Role.valueOf(rs.getString("role")),
					rs.getObject("agency_id", Long.class), rs.getBoolean("enabled")))
			.list();
	}

	/**
	 * Disables (the official left) or enables an account; disabling ends its sessions and API tokens.
	 *
	 * @return the account after the change
	 * @throws AccountChangeRefusedException no such user, the actor itself, or the last enabled ADMIN
	 */
	@Transactional
	public Managed setEnabled(String username, boolean enabled, String actor) {
		List<String> admins = enabled ? List.of() : lockEnabledAdmins();
		Managed current = locked(username);
		if (!enabled) {
			if (current.username().equals(actor)) {
				throw new AccountChangeRefusedException(Reason.SELF);
			}
			if (current.role() == Role.ADMIN && current.enabled()) {
				requireAnotherAdmin(admins, username);
			}
		}
		jdbc.sql("UPDATE app_user SET enabled = ? WHERE username = ?").params(enabled, username).update();
		audit.record(actor, enabled ? "USER_ENABLED" : "USER_DISABLED", "app_user", username,
				current.enabled() ? "enabled" : "disabled", enabled ? "enabled" : "disabled");
		// a disabled account has no session left to end when it is enabled again
		if (!enabled) {
			endSessions(username);
		}
		return new Managed(username, current.role(), current.agencyId(), enabled);
	}

	/**
	 * Gives an account another role (and agency: required for a REPORTER, dropped for the other roles, as at
	 * creation). The user's sessions end, so the new role applies from the next sign-in.
	 *
	 * @throws AccountChangeRefusedException no such user or agency, no role, a REPORTER without agency, the actor's
	 *         own role, or the last enabled ADMIN demoted
	 */
	@Transactional
	public Managed changeRole(String username, Role role, Long agencyId, String actor) {
		if (role == null) {
			throw new AccountChangeRefusedException(Reason.ROLE);
		}
		if (role == Role.REPORTER && agencyId == null) {
			throw new AccountChangeRefusedException(Reason.AGENCY_REQUIRED);
		}
		Long agency = role == Role.REPORTER ? agencyId : null;
		if (agency != null && jdbc.sql("SELECT COUNT(*) FROM agency WHERE id = ? AND active_to IS NULL").param(agency)
			.query(Long.class).single() == 0) {
			throw new AccountChangeRefusedException(Reason.NO_SUCH_AGENCY);
		}
		List<String> admins = lockEnabledAdmins();
		Managed current = locked(username);
		if (current.username().equals(actor) && role != current.role()) {
			throw new AccountChangeRefusedException(Reason.SELF);
		}
		if (current.role() == Role.ADMIN && role != Role.ADMIN && current.enabled()) {
			requireAnotherAdmin(admins, username);
		}
		jdbc.sql("UPDATE app_user SET role = ?, agency_id = ? WHERE username = ?").params(role.name(), agency, username)
			.update();
		audit.record(actor, "USER_ROLE_CHANGED", "app_user", username, roleState(current.role(), current.agencyId()),
				roleState(role, agency));
		endSessions(username);
		return new Managed(username, role, agency, current.enabled());
	}

	/**
	 * Sets a new password chosen by the ADMIN (for an official who forgot theirs): it must pass the
	 * {@link PasswordPolicy}; the lockout counter and any lock are cleared and the user's sessions end. API tokens
	 * stay: they are separate credentials, revoked on their own.
	 *
	 * @throws AccountChangeRefusedException no such user, or the password breaks a rule (field newPassword)
	 */
	@Transactional
	public void resetPassword(String username, String newPassword, String actor) {
		Managed current = locked(username);
		Optional<PasswordPolicy.Rule> broken = PasswordPolicy.violation(current.username(), newPassword);
		if (broken.isPresent()) {
			throw new AccountChangeRefusedException(broken.get());
		}
		jdbc.sql("UPDATE app_user SET password_hash = ?, failed_logins = 0, locked_until = NULL WHERE username = ?")
			.params(passwordEncoder.encode(newPassword), username)
			.update();
		// no secret in the trail: only that it happened and what else it cleared
		audit.record(actor, "USER_PASSWORD_RESET", "app_user", username, null, "lockout cleared");
		endSessions(username);
	}

	private Managed locked(String username) {
		if (username == null) {
			throw new AccountChangeRefusedException(Reason.NO_SUCH_USER);
		}
		return jdbc.sql("SELECT username, role, agency_id, enabled FROM app_user WHERE username = ? FOR UPDATE")
			.param(username)
			.query((rs, n) -> new Managed(rs.getString("username"), Role.valueOf(rs.getString("role")),
					rs.getObject("agency_id", Long.class), rs.getBoolean("enabled")))
			.optional()
			.orElseThrow(() -> new AccountChangeRefusedException(Reason.NO_SUCH_USER));
	}

	/**
	 * Locks the enabled ADMIN rows, always first and in one order: two ADMINs disabling or demoting each other at
	 * once are served one after the other (the second sees the first's change and is refused), without a deadlock.
	 */
	private List<String> lockEnabledAdmins() {
		return jdbc.sql("SELECT username FROM app_user WHERE role = 'ADMIN' AND enabled = TRUE ORDER BY username FOR UPDATE")
			.query(String.class)
			.list();
	}

	private static void requireAnotherAdmin(List<String> admins, String username) {
		if (admins.stream().noneMatch(admin -> !admin.equals(username))) {
			throw new AccountChangeRefusedException(Reason.LAST_ADMIN);
		}
	}

	// the shared session rows go with the change (attributes by cascade); nodes drop their held copies on the event
	private void endSessions(String username) {
		jdbc.sql("DELETE FROM spring_session WHERE principal_name = ?").param(username).update();
		events.publishEvent(new AccountAccessChanged(username));
	}

	private static String roleState(Role role, Long agencyId) {
		return "role=" + role + " agency=" + (agencyId == null ? "-" : agencyId);
	}
}
