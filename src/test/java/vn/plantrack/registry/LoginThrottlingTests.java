package vn.plantrack.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import vn.plantrack.support.Http;
import vn.plantrack.support.MutableClock;
import vn.plantrack.support.TestDatabases;

/** Guessing passwords locks the account for a while, for every node, and the right password then waits too. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "plantrack.samples.import-on-first-start=false")
class LoginThrottlingTests {

	static final MutableClock CLOCK = new MutableClock(Instant.parse("2026-06-10T02:00:00Z"), ZoneId.of("Asia/Ho_Chi_Minh"));

	@TestConfiguration
	static class Time {

		@Bean
		@Primary
		Clock testClock() {
			return CLOCK;
		}
	}

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		TestDatabases.h2(registry);
	}

	@LocalServerPort
	int port;

	@Autowired
	UserAccounts users;

	@Autowired
	JdbcClient jdbc;

	@Test
	void locksAnAccountAfterFiveWrongPasswordsForFifteenMinutes() {
		users.create("reporter-guess", "Correct-Password-2026", Role.LEADER, null, "admin");
		Http http = new Http(port);
		for (int i = 0; i < 4; i++) {
			assertThat(http.get("/api/documents", "reporter-guess", "wrong-" + i).statusCode()).isEqualTo(401);
		}
		assertThat(http.get("/api/documents", "reporter-guess", "Correct-Password-2026").statusCode())
			.as("four failures do not lock, and a success resets the count")
			.isEqualTo(200);

		for (int i = 0; i < 5; i++) {
			http.get("/api/documents", "reporter-guess", "wrong-again-" + i);
		}

		assertThat(http.get("/api/documents", "reporter-guess", "Correct-Password-2026").statusCode())
			.as("locked: even the right password is refused")
			.isEqualTo(401);
		assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_event WHERE action = 'USER_LOCKED' AND entity_id = 'reporter-guess'")
			.query(Long.class)
			.single()).isEqualTo(1);

		CLOCK.advance(Duration.ofMinutes(16));
		assertThat(http.get("/api/documents", "reporter-guess", "Correct-Password-2026").statusCode()).isEqualTo(200);
	}
}
