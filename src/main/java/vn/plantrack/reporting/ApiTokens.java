package vn.plantrack.reporting;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import vn.plantrack.registry.AuditLog;

/**
 * Tokens for system-to-system API calls. A token acts as the user who created it, with that user's role,
 * narrowed by its scope: READ tokens may only read (GET), WRITE tokens may do what the user may. The
 * secret is shown once; only its SHA-256 is stored.
 * <p>
 * A token that authenticated is remembered for {@code plantrack.api-tokens.recheck-after} (default 10 s) so a
 * client's calls do not each cost a database round trip (bench/overview: the lookup was a quarter of
 * /api/ping). Revoking through this node takes effect at once (the remembered entry is dropped, again after
 * the commit); a revocation, a disabled account or a role change made through another node, or directly in
 * the database, takes effect here within that bound.
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

	/**
	 * Who a presented token stands for, with the user's agency as read with the token: the API's actor comes from
	 * here, so a remembered token costs no account lookup either (both are rechecked together).
	 */
	public record Bearer(long tokenId, String username, String role, Scope scope, Long agencyId) {
	}

	private final JdbcClient jdbc;

	private final AuditLog audit;

	private final Clock clock;

	/** How long an authenticated token is trusted without asking the database again. */
	private final long recheckNanos;

	/** Monotonic time for the bounds above (never the wall clock, which tests fix and operators may move). */
	private final LongSupplier ticker;

	/** A bound on remembered tokens; past it they are all forgotten and looked up again on their next call. */
	private static final int MAX_REMEMBERED = 10_000;

	/** At most one {@code last_used_at} write per token and minute from this node. */
	private static final long LAST_USED_NANOS = Duration.ofSeconds(60).toNanos();

	/** Authenticated tokens by the hash of their secret. */
	private final Map<String, Remembered> remembered = new ConcurrentHashMap<>();

	/** When this node last wrote a token's {@code last_used_at}, by token id. */
	private final Map<Long, Long> lastUseWritten = new ConcurrentHashMap<>();

	/** Moves at every revocation through this node: a lookup that overlapped one does not remember its answer. */
	private final AtomicLong revocations = new AtomicLong();

	private record Remembered(Bearer bearer, long checkedAt) {
	}

	@Autowired
	ApiTokens(JdbcClient jdbc, AuditLog audit, Clock clock,
			@Value("${plantrack.api-tokens.recheck-after:10s}") Duration recheckAfter) {
		this(jdbc, audit, clock, recheckAfter, System::nanoTime);
	}

	ApiTokens(JdbcClient jdbc, AuditLog audit, Clock clock, Duration recheckAfter, LongSupplier ticker) {
		this.jdbc = jdbc;
		this.audit = audit;
		this.clock = clock;
		this.recheckNanos = recheckAfter.toNanos();
		this.ticker = ticker;
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
			forget(id);
			// a call that read the row before this commit may have remembered it again meanwhile
			if (TransactionSynchronizationManager.isSynchronizationActive()) {
				TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
					@Override
					public void afterCompletion(int status) {
						forget(id);
					}
				});
			}
		}
		return changed > 0;
	}

	/** Forgets the remembered tokens of a user whose account was disabled or changed (looked up again on next use). */
	public void forgetUser(String username) {
		revocations.incrementAndGet();
		remembered.values().removeIf(r -> r.bearer().username().equals(username));
	}

	private void forget(long tokenId) {
		revocations.incrementAndGet();
		remembered.values().removeIf(r -> r.bearer().tokenId() == tokenId);
	}

	/**
	 * The user behind a presented secret, if it is known, not revoked and its user still enabled. Not one
	 * transaction on purpose: the lookup and the usage stamp need no atomicity, and a transaction would take a
	 * pooled connection even for a remembered token.
	 */
	public Optional<Bearer> authenticate(String token) {
		if (token == null || !token.startsWith("ptk_") || token.length() > 100) {
			return Optional.empty();
		}
		String hash = SecretTokens.hash(token);
		long now = ticker.getAsLong();
		Remembered known = remembered.get(hash);
		if (known != null && now - known.checkedAt() < recheckNanos) {
			noteUse(known.bearer().tokenId(), now);
			return Optional.of(known.bearer());
		}
		long epoch = revocations.get();
		Optional<Bearer> bearer = jdbc.sql("""
				SELECT t.id, t.username, t.scope, u.role, u.agency_id FROM api_token t JOIN app_user u ON u.username = t.username
				WHERE t.token_hash = ? AND t.revoked_at IS NULL AND u.enabled = TRUE""")
			.param(hash)
			.query((rs, n) -> new Bearer(rs.getLong("id"), rs.getString("username"), rs.getString("role"),
					Scope.valueOf(rs.getString("scope")), rs.getObject("agency_id", Long.class)))
			.optional();
		if (bearer.isEmpty()) {
			// unknown secrets are not remembered: a client trying made-up tokens cannot fill the memory
			remembered.remove(hash);
			return bearer;
		}
		if (remembered.size() >= MAX_REMEMBERED) {
			remembered.clear();
		}
		if (revocations.get() == epoch) {
			remembered.put(hash, new Remembered(bearer.get(), now));
		}
		noteUse(bearer.get().tokenId(), now);
		return bearer;
	}

	// at most one write a minute per token: writing on every call serialised all of a token's concurrent
	// calls on one row lock and a commit (about 30 calls/s in bench/overview); the SQL condition keeps several
	// nodes to about one write a minute too
	private void noteUse(long tokenId, long now) {
		Long written = lastUseWritten.get(tokenId);
		if (written != null && now - written < LAST_USED_NANOS) {
			return;
		}
		if (lastUseWritten.size() >= MAX_REMEMBERED) {
			lastUseWritten.clear();
		}
		lastUseWritten.put(tokenId, now);
		Instant at = clock.instant();
		jdbc.sql("""
				UPDATE api_token SET last_used_at = ? WHERE id = ? AND (last_used_at IS NULL OR last_used_at < ?)""")
			.params(Timestamp.from(at), tokenId, Timestamp.from(at.minusSeconds(60)))
			.update();
	}

	private static Instant instant(Timestamp timestamp) {
		return timestamp == null ? null : timestamp.toInstant();
	}
}
