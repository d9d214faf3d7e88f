package vn.plantrack.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import vn.plantrack.registry.AuditLog;
import vn.plantrack.registry.Role;
import vn.plantrack.registry.UserAccounts;
import vn.plantrack.support.TestDatabases;

/**
 * Authenticated API tokens are remembered for a short time so calls skip the database; revocation must still
 * hold: at once through this node, within the stated bound (10 s by default) when it happens elsewhere.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE,
		properties = "plantrack.samples.import-on-first-start=false")
class ApiTokenRevocationTests {

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		TestDatabases.h2(registry);
	}

	@Autowired
	ApiTokens tokens;

	@Autowired
	UserAccounts users;

	@Autowired
	AuditLog audit;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Clock clock;

	String user;

	@BeforeEach
	void aMonitor() {
		user = "monitor-" + UUID.randomUUID().toString().substring(0, 8);
		users.create(user, "mat-khau-thu-nghiem-2", Role.MONITOR, null, "test");
	}

	@Test
	void refusesATokenRevokedThroughThisNodeOnTheVeryNextCall() {
		ApiTokens.Created token = tokens.create(user, "hệ thống tỉnh", "READ");
		assertThat(tokens.authenticate(token.token())).isPresent();
		assertThat(tokens.authenticate(token.token())).isPresent(); // now remembered

		assertThat(tokens.revoke(token.id(), user, false)).isTrue();

		assertThat(tokens.authenticate(token.token())).isEmpty();
	}

	@Test
	void refusesATokenRevokedElsewhereOnceTheBoundHasPassed() {
		AtomicLong now = new AtomicLong();
		ApiTokens node = new ApiTokens(jdbc, audit, clock, Duration.ofSeconds(10), now::get);
		ApiTokens.Created token = tokens.create(user, "hệ thống tỉnh", "WRITE");
		assertThat(node.authenticate(token.token())).isPresent();

		// another node (or an operator) revokes it: this node does not see the write
		jdbc.sql("UPDATE api_token SET revoked_at = CURRENT_TIMESTAMP WHERE id = ?").param(token.id()).update();
		now.addAndGet(Duration.ofSeconds(9).toNanos());
		assertThat(node.authenticate(token.token())).as("still trusted within the 10 s bound").isPresent();

		now.addAndGet(Duration.ofSeconds(1).toNanos());
		assertThat(node.authenticate(token.token())).isEmpty();
	}

	@Test
	void refusesATokenOfADisabledAccountOnceTheBoundHasPassed() {
		AtomicLong now = new AtomicLong();
		ApiTokens node = new ApiTokens(jdbc, audit, clock, Duration.ofSeconds(10), now::get);
		ApiTokens.Created token = tokens.create(user, "hệ thống tỉnh", "READ");
		assertThat(node.authenticate(token.token())).isPresent();

		jdbc.sql("UPDATE app_user SET enabled = FALSE WHERE username = ?").param(user).update();
		now.addAndGet(Duration.ofSeconds(10).toNanos());

		assertThat(node.authenticate(token.token())).isEmpty();
	}

	@Test
	void neverRemembersAMadeUpToken() {
		assertThat(tokens.authenticate("ptk_" + "x".repeat(43))).isEmpty();
		assertThat(tokens.authenticate("not-a-token")).isEmpty();
	}
}
