package vn.plantrack.investment;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;

/** A clock the test moves by hand, so a scenario can run through a year in the right order. */
final class SettableClock extends Clock {

	static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

	private volatile Instant now = Instant.parse("2025-01-15T02:00:00Z");

	void set(String localDateTime) {
		now = LocalDateTime.parse(localDateTime).atZone(VIETNAM).toInstant();
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
}
