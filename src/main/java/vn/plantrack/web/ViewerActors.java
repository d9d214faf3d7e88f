package vn.plantrack.web;

import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.stereotype.Component;

import vn.plantrack.tracking.Actor;

/**
 * The signed-in user's actor (role and agency; the agency is a database read) for the held pages, held for
 * {@code plantrack.sessions.recheck-after} like the session itself: a REPORTER moved to another agency sees the
 * new agency's pages within that time, a change of role at once (the authorities are compared).
 */
@Component
class ViewerActors {

	private record HeldActor(Actor actor, Set<GrantedAuthority> authorities, long readAt) {
	}

	private static final int MAX_HELD_ACTORS = 10_000;

	private final Map<String, HeldActor> actors = new ConcurrentHashMap<>();

	private final ReportingStatus reporting;

	private final long recheckNanos;

	ViewerActors(ReportingStatus reporting, @Value("${plantrack.sessions.recheck-after:10s}") Duration recheckAfter) {
		this.reporting = reporting;
		this.recheckNanos = recheckAfter.toNanos();
	}

	Actor of(Authentication user) {
		long now = System.nanoTime();
		HeldActor known = actors.get(user.getName());
		if (known != null && now - known.readAt() <= recheckNanos && known.authorities().equals(Set.copyOf(user.getAuthorities()))) {
			return known.actor();
		}
		Actor actor = reporting.actor(user);
		if (actors.size() >= MAX_HELD_ACTORS) {
			actors.clear();
		}
		actors.put(user.getName(), new HeldActor(actor, Set.copyOf(user.getAuthorities()), now));
		return actor;
	}

	/** The viewer as a held page depends on it: role and agency, not the user name (that is filled in per request). */
	static Actor viewer(Actor actor) {
		return new Actor(null, actor.role(), actor.agencyId());
	}

	/** The authorities by name: the layout's menu depends on them (sec:authorize), so a held page does too. */
	static Set<String> authorities(Authentication user) {
		Set<String> names = new TreeSet<>();
		user.getAuthorities().forEach(a -> names.add(a.getAuthority()));
		return names;
	}
}
