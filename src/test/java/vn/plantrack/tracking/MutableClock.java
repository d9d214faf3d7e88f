package vn.plantrack.tracking;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicReference;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

import vn.plantrack.shared.time.ClockConfig;

/** A clock tests move by hand, in Vietnamese time; replaces the system clock in the contexts that import it. */
public class MutableClock extends Clock {

	private final AtomicReference<Instant> now;

	public MutableClock(LocalDate day) {
		this.now = new AtomicReference<>(at(day, LocalTime.NOON));
	}

	/** Noon of {@code day} in Vietnam. */
	public void setDay(LocalDate day) {
		now.set(at(day, LocalTime.NOON));
	}

	public void set(LocalDate day, LocalTime time) {
		now.set(at(day, time));
	}

	private static Instant at(LocalDate day, LocalTime time) {
		return day.atTime(time).atZone(ClockConfig.VIETNAM).toInstant();
	}

	@Override
	public ZoneId getZone() {
		return ClockConfig.VIETNAM;
	}

	@Override
	public Clock withZone(ZoneId zone) {
		return Clock.fixed(now.get(), zone);
	}

	@Override
	public Instant instant() {
		return now.get();
	}

	@TestConfiguration(proxyBeanMethods = false)
	public static class Config {

		/** 23/11/2026 unless a test moves it. */
		@Bean
		@Primary
		public MutableClock testClock() {
			return new MutableClock(LocalDate.of(2026, 11, 23));
		}
	}
}
