package vn.plantrack.security;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/** A clock each test sets to the (Vietnamese) day it needs; import {@link Config} to make it the application's. */
final class SettableClock extends Clock {

	static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

	private volatile Instant now = Instant.parse("2026-06-14T03:00:00Z");

	/** 10:00 in Vietnam on that day. */
	void setDay(LocalDate day) {
		now = day.atTime(10, 0).atZone(VIETNAM).toInstant();
	}

	@Override
	public ZoneId getZone() {
		return VIETNAM;
	}

	@Override
	public Clock withZone(ZoneId zone) {
		return this;
	}

	@Override
	public Instant instant() {
		return now;
	}

	@TestConfiguration
	static class Config {

		@Bean
		@Primary
		SettableClock settableClock() {
			return new SettableClock();
		}
	}
}
