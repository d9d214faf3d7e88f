package vn.plantrack.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.session.MapSessionRepository;

/**
 * The sessions of an account an ADMIN disabled or changed: the node that made the change ends them at once
 * ({@link HeldSessionRepository#endSessionsOf}); another node, which only sees the stored rows gone, ends them when
 * it reads the store again, within the recheck interval (10 s here). Other users' sessions are untouched.
 */
class HeldSessionEndingTests {

	static final Duration RECHECK = Duration.ofSeconds(10);

	final MapSessionRepository store = new MapSessionRepository(new ConcurrentHashMap<>());

	final AtomicLong thisNode = new AtomicLong();

	final AtomicLong otherNode = new AtomicLong();

	final HeldSessionRepository here = new HeldSessionRepository(store, RECHECK, Duration.ofMinutes(1), thisNode::get,
			Clock.systemUTC());

	final HeldSessionRepository there = new HeldSessionRepository(store, RECHECK, Duration.ofMinutes(1),
			otherNode::get, Clock.systemUTC());

	@Test
	void theNodeThatMadeTheChangeEndsTheUsersSessionsAtOnceAndLeavesOthersAlone() {
		String official = signedIn("canbo.nghiviec");
		String colleague = signedIn("canbo.tieptuc");
		assertThat(here.findById(official)).isNotNull();
		assertThat(here.findById(colleague)).isNotNull();

		store.deleteById(official);
		here.endSessionsOf("canbo.nghiviec");

		assertThat(here.findById(official)).isNull();
		assertThat(here.findById(colleague)).isNotNull();
	}

	@Test
	void anotherNodeEndsThemWithinTheRecheckInterval() {
		String official = signedIn("canbo.nghiviec");
		assertThat(there.findById(official)).isNotNull();

		store.deleteById(official);

		otherNode.addAndGet(RECHECK.toNanos() - 1);
		assertThat(there.findById(official)).as("still held just before the recheck").isNotNull();
		otherNode.addAndGet(2);
		assertThat(there.findById(official)).isNull();
	}

	private String signedIn(String username) {
		HeldSessionRepository.HeldSession session = here.createSession();
		session.setAttribute("SPRING_SECURITY_CONTEXT", new SecurityContextImpl(UsernamePasswordAuthenticationToken
			.authenticated(username, null, List.of(new SimpleGrantedAuthority("ROLE_MONITOR")))));
		here.save(session);
		return session.getId();
	}
}
