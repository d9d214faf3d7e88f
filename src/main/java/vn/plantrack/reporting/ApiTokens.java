package vn.plantrack.reporting;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.plantrack.registry.AuditLog;

/**
 * Tokens for system-to-system API calls. A token acts as the user who created it, with that user's role,
 * narrowed by its scope: READ tokens may only read (GET), WRITE tokens may do what the user may. The
 * secret is shown once; only its SHA-256 is stored; revoking is immediate.
 */
@Service
public class ApiTokens {

	public enum Scope {
		READ, WRITE
	}

	/** A token as listed to its owner (never with the secret). */
	public record Token(long id, String name, String username, Scope scope, Instant createdAt, Instant lastUsedAt,
			Instant revokedAt) {
	}

	/** A newly created token with its secret, shown once. */
	public record Created(long id, String name, Scope scope, String token) {
	}

	/** Who a presented token stands for. */
	public record Bearer(long tokenId, String username, String role, Scope scope) {
	}

	private final JdbcClient jdbc;

	private final AuditLog audit;

	private final Clock clock;

	ApiTokens(JdbcClient jdbc, AuditLog audit, Clock clock) {
		this.jdbc = jdbc;
		this.audit = audit;
		this.clock = clock;
	}

	/** @throws IllegalArgumentException when the name is blank or the scope is not READ or WRITE */
	@Transactional
	public Created create(String username, String name, String scope) {
		if (name == null || name.isBlank() || name.length() > 200) {
			throw new IllegalArgumentException("tên token phải có từ 1 đến 200 ký tự");
		}
		Scope parsed;
		try {
			parsed = Scope.valueOf(scope == null ? "" : scope.strip().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			throw new IllegalArgumentException("phạm vi '" + scope + "' không hợp lệ: dùng READ hoặc WRITE");
		}
		String token = SecretTokens.create("ptk_");
		KeyHolder keys = new GeneratedKeyHolder();
		jdbc.sql("""
				INSERT INTO api_token (name, username, scope, token_hash, created_at) VALUES (?, ?, ?, ?, ?)""")
			.params(name.strip(), username, parsed.name(), SecretTokens.hash(token), Timestamp.from(clock.instant()))
			.update(keys, "id");
		long id = keys.getKeyAs(Number.class).longValue();
		audit.record(username, "API_TOKEN_CREATED", "api_token", Long.toString(id), null,
				"name=" + name.strip() + " scope=" + parsed);
		return new Created(id, name.strip(), parsed, token);
	}

	public List<Token> of(String username) {
		return jdbc.sql("""
				SELECT id, name, username, scope, created_at, last_used_at, revoked_at FROM api_token
				WHERE username = ? ORDER BY id""")
			.param(username)
			.query((rs, n) -> new Token(rs.getLong("id"), rs.getString("name"), rs.getString("username"),
					Scope.valueOf(rs.getString("scope")), instant(rs.getTimestamp("created_at")),
					instant(rs.getTimestamp("last_used_at")), instant(rs.getTimestamp("revoked_at"))))
			.list();
	}

	/** Revokes one of the user's own tokens; an ADMIN may revoke anyone's. @return false when none matched */
	@Transactional
	public boolean revoke(long id, String username, boolean admin) {
		int changed = jdbc.sql("""
				UPDATE api_token SET revoked_at = ? WHERE id = ? AND revoked_at IS NULL AND (username = ? OR ?)""")
			.params(Timestamp.from(clock.instant()), id, username, admin)
			.update();
		if (changed > 0) {
			audit.record(username, "API_TOKEN_REVOKED", "api_token", Long.toString(id), "active", "revoked");
		}
		return changed > 0;
	}

	/** The user behind a presented secret, if it is known, not revoked and its user still enabled. */
	@Transactional
	public Optional<Bearer> authenticate(String token) {
		if (token == null || !token.startsWith("ptk_") || token.length() > 100) {
			return Optional.empty();
		}
		Optional<Bearer> bearer = jdbc.sql("""
				SELECT t.id, t.username, t.scope, u.role FROM api_token t JOIN app_user u ON u.username = t.username
				WHERE t.token_hash = ? AND t.revoked_at IS NULL AND u.enabled = TRUE""")
			.param(SecretTokens.hash(token))
			.query((rs, n) -> new Bearer(rs.getLong("id"), rs.getString("username"), rs.getString("role"),
					Scope.valueOf(rs.getString("scope"))))
			.optional();
		// at most one write a minute per token: writing on every call serialised all of a token's concurrent
		// calls on one row lock and a commit (about 30 calls/s in bench/overview)
		Instant now = clock.instant();
		bearer.ifPresent(b -> jdbc.sql("""
				UPDATE api_token SET last_used_at = ? WHERE id = ? AND (last_used_at IS NULL OR last_used_at < ?)""")
			.params(Timestamp.from(now), b.tokenId(), Timestamp.from(now.minusSeconds(60)))
			.update());
		return bearer;
	}

	private static Instant instant(Timestamp timestamp) {
		return timestamp == null ? null : timestamp.toInstant();
	}
}
