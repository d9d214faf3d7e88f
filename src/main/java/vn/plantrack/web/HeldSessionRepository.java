package vn.plantrack.web;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.function.LongSupplier;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.session.MapSession;
import org.springframework.session.Session;
import org.springframework.session.SessionRepository;

/**
 * The database session store (Spring Session JDBC, shared by every node) with reads held on this node.
 * <p>
 * Before, every page request read the session row and its attributes (deserialising the security context)
 * and wrote the row back for its last access time. Now:
 * <ul>
 * <li>a session read from the database is reused on this node for {@code recheckAfter} (default 10 s,
 * {@code plantrack.sessions.recheck-after}), so a sign-out on another node ends it here within that time; on
 * this node a sign-out ends it at once;</li>
 * <li>the last access time is written only when the stored one is older than {@code touchAfter} (default 1 min,
 * {@code plantrack.sessions.touch-after}): idle expiry is exact to within that time;</li>
 * <li>a request that changes nothing writes nothing; one that changes attributes writes only those, onto the
 * stored session read afresh, so concurrent requests of one session do not undo each other's attributes; the
 * next request reads the session again, with the changes of all of them.</li>
 * </ul>
 */
final class HeldSessionRepository implements SessionRepository<HeldSessionRepository.HeldSession>, DisposableBean {

	/** Past this many held sessions the stale ones are dropped (and all of them if that is not enough). */
	static final int MAX_HELD = 20_000;

	private final SessionRepository<Session> store;

	private final long recheckNanos;

	private final Duration touchAfter;

	private final LongSupplier nanos;

	/** The time idle expiry is judged on: the wall clock, as Spring Session judges it. */
	private final Clock wall;

	private final ConcurrentMap<String, Held> held = new ConcurrentHashMap<>();

	/** Writes of one session on this node one at a time (H2 has no upsert that is safe under concurrency). */
	private final Object[] writeLocks = new Object[64];

	/**
	 * What this node knows of a session: its state when read or written ({@code state == null}: ended), the last
	 * access time the database holds, the latest access seen here, when the database was read, and whether the
	 * next request must read it again ({@code reread}: this node wrote to it, see {@link #save}).
	 */
	private record Held(MapSession state, Instant storedLastAccess, Instant lastAccess, long readAt, boolean reread) {

		Held(MapSession state, Instant storedLastAccess, Instant lastAccess, long readAt) {
			this(state, storedLastAccess, lastAccess, readAt, false);
		}

		boolean ended() {
			return state == null;
		}
	}

	@SuppressWarnings({ "unchecked", "rawtypes" })
	HeldSessionRepository(SessionRepository<? extends Session> store, Duration recheckAfter, Duration touchAfter,
			LongSupplier nanos, Clock wall) {
		this.store = (SessionRepository) store;
		this.recheckNanos = recheckAfter.toNanos();
		this.touchAfter = touchAfter;
		this.nanos = nanos;
		this.wall = wall;
		for (int i = 0; i < writeLocks.length; i++) {
			writeLocks[i] = new Object();
		}
	}

	@Override
	public HeldSession createSession() {
		Session created = store.createSession();
		return new HeldSession(new MapSession(created), created.getLastAccessedTime(), created);
	}

	@Override
	public HeldSession findById(String id) {
		long now = nanos.getAsLong();
		Held known = held.get(id);
		if (known == null || known.reread() || now - known.readAt() > recheckNanos
				|| (!known.ended() && expired(known))) {
			known = load(id, now);
		}
		if (known == null || known.ended()) {
			return null;
		}
		return new HeldSession(handOut(known), known.storedLastAccess(), null);
	}

	@Override
	public void save(HeldSession session) {
		Instant lastAccess = session.state.getLastAccessedTime();
		boolean touch = Duration.between(session.storedLastAccess, lastAccess).compareTo(touchAfter) >= 0;
		if (touch) {
			session.writable();
		}
		Session written = session.written;
		if (written == null) {
			if (!session.gone) {
				// nothing to write: remember this access here, so idle expiry is judged on it
				held.computeIfPresent(session.getId(), (id, h) -> h.ended() || !h.lastAccess().isBefore(lastAccess) ? h
						: new Held(h.state(), h.storedLastAccess(), lastAccess, h.readAt(), h.reread()));
			}
			return;
		}
		written.setLastAccessedTime(lastAccess);
		// held in the order the writes reached the database, so the last write is also what this node holds
		synchronized (writeLocks[Math.floorMod(session.originalId.hashCode(), writeLocks.length)]) {
			store.save(written);
			long savedAt = nanos.getAsLong();
			if (!session.originalId.equals(written.getId())) {
				end(session.originalId, savedAt);
			}
			// The database now holds what it held when this request first changed the session, with this
			// request's changes, and with those of every request that wrote in between (each writes only what it
			// changed). This request saw none of the latter: holding its view would hide them on this node until
			// the recheck (two pages storing a CSRF token and a locale at once; one of them was lost here). So
			// the next request reads the row again: one read after each write, and writes are rare.
			hold(written.getId(), new Held(new MapSession(written), lastAccess, lastAccess, savedAt, true));
		}
	}

	@Override
	public void deleteById(String id) {
		store.deleteById(id);
		end(id, nanos.getAsLong());
	}

	/**
	 * Ends on this node every held session signed in as {@code principal} (its account was disabled or changed;
	 * the stored rows are already deleted): the next request of such a session reads the database again, finds
	 * nothing and is sent to the login form. Other nodes notice within the recheck interval.
	 */
	void endSessionsOf(String principal) {
		long now = nanos.getAsLong();
		for (Map.Entry<String, Held> entry : held.entrySet()) {
			Held known = entry.getValue();
			if (!known.ended() && principal.equals(principalOf(known.state()))) {
				end(entry.getKey(), now);
			}
		}
	}

	private static String principalOf(MapSession state) {
		for (String name : state.getAttributeNames()) {
			if (state.getAttribute(name) instanceof SecurityContext context && context.getAuthentication() != null) {
				return context.getAuthentication().getName();
			}
		}
		return null;
	}

	@Override
	public void destroy() throws Exception {
		if (store instanceof DisposableBean disposable) {
			disposable.destroy();
		}
	}

	private Held load(String id, long now) {
		Session stored = store.findById(id);
		if (stored == null) {
			end(id, now);
			return null;
		}
		Instant last = stored.getLastAccessedTime();
		return hold(id, new Held(new MapSession(stored), last, last, now));
	}

	// a tombstone, so that a read started before the sign-out cannot bring the session back on this node
	private void end(String id, long now) {
		hold(id, new Held(null, null, null, now));
	}

	/** Keeps whichever of the two was read later: a slow read must not replace a newer write or an ending. */
	private Held hold(String id, Held fresh) {
		if (held.size() >= MAX_HELD) {
			long now = nanos.getAsLong();
			held.values().removeIf(h -> now - h.readAt() > recheckNanos);
			if (held.size() >= MAX_HELD) {
				held.clear();
			}
		}
		return held.merge(id, fresh, (old, neu) -> old.readAt() - neu.readAt() > 0 ? old : neu);
	}

	private boolean expired(Held known) {
		Duration idle = known.state().getMaxInactiveInterval();
		return !idle.isNegative() && known.lastAccess().plus(idle).isBefore(wall.instant());
	}

	// each request gets its own copy of the state; values a request may change in place are copied as well
	// (signing out empties the security context object it was given)
	private static MapSession handOut(Held known) {
		MapSession copy = new MapSession(known.state());
		copy.setLastAccessedTime(known.lastAccess());
		for (String name : Set.copyOf(copy.getAttributeNames())) {
			Object value = copy.getAttribute(name);
			if (value instanceof SecurityContext context) {
				copy.setAttribute(name, new SecurityContextImpl(context.getAuthentication()));
			}
			else if (value instanceof List<?> list) {
				copy.setAttribute(name, new ArrayList<>(list));
			}
			else if (value instanceof Map<?, ?> map) {
				copy.setAttribute(name, new LinkedHashMap<>(map));
			}
		}
		return copy;
	}

	/**
	 * One request's view of a session: reads come from the held copy; the first change reads the stored session
	 * from the database and every change goes to both, so only what this request changed is written.
	 */
	final class HeldSession implements Session {

		private final MapSession state;

		private final String originalId;

		private final Instant storedLastAccess;

		private Session written;

		private boolean gone;

		private HeldSession(MapSession state, Instant storedLastAccess, Session created) {
			this.state = state;
			this.originalId = state.getId();
			this.storedLastAccess = storedLastAccess;
			this.written = created;
		}

		// the stored session the changes go to; null when it ended meanwhile (elsewhere), then nothing is written
		private Session writable() {
			if (written == null && !gone) {
				written = store.findById(originalId);
				gone = written == null;
			}
			return written;
		}

		@Override
		public String getId() {
			return state.getId();
		}

		@Override
		public String changeSessionId() {
			Session target = writable();
			if (target == null) {
				return state.changeSessionId();
			}
			String id = target.changeSessionId();
			state.setId(id);
			return id;
		}

		@Override
		public <T> T getAttribute(String name) {
			return state.getAttribute(name);
		}

		@Override
		public Set<String> getAttributeNames() {
			return state.getAttributeNames();
		}

		@Override
		public void setAttribute(String name, Object value) {
			state.setAttribute(name, value);
			Session target = writable();
			if (target != null) {
				target.setAttribute(name, value);
			}
		}

		@Override
		public void removeAttribute(String name) {
			state.removeAttribute(name);
			Session target = writable();
			if (target != null) {
				target.removeAttribute(name);
			}
		}

		@Override
		public Instant getCreationTime() {
			return state.getCreationTime();
		}

		@Override
		public void setLastAccessedTime(Instant lastAccessedTime) {
			state.setLastAccessedTime(lastAccessedTime);
		}

		@Override
		public Instant getLastAccessedTime() {
			return state.getLastAccessedTime();
		}

		@Override
		public void setMaxInactiveInterval(Duration interval) {
			state.setMaxInactiveInterval(interval);
			Session target = writable();
			if (target != null) {
				target.setMaxInactiveInterval(interval);
			}
		}

		@Override
		public Duration getMaxInactiveInterval() {
			return state.getMaxInactiveInterval();
		}

		@Override
		public boolean isExpired() {
			return state.isExpired();
		}
	}
}
