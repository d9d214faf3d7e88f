package vn.plantrack.evaluation;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Comparator;
import java.util.Objects;

/**
 * One value of an indicator for one period: an actual result (kết quả thực hiện) or an estimate (ước thực
 * hiện), with where it comes from and who entered it.
 */
public record Observation(Period period, BigDecimal value, Kind kind, String source, String author,
		Instant recordedAt) {

	public enum Kind {
		ACTUAL, ESTIMATE
	}

	public Observation {
		Objects.requireNonNull(period, "period");
		Objects.requireNonNull(value, "value");
		Objects.requireNonNull(kind, "kind");
	}

	public static Observation actual(int year, String value) {
		return new Observation(Period.ofYear(year), new BigDecimal(value), Kind.ACTUAL, null, null, null);
	}

	public static Observation estimate(int year, String value) {
		return new Observation(Period.ofYear(year), new BigDecimal(value), Kind.ESTIMATE, null, null, null);
	}

	/**
	 * Which of two values for the same period wins, whatever order they were entered in: an actual over an
	 * estimate, then the later recorded, then (a tie that should not happen) the larger value, then source.
	 */
	static final Comparator<Observation> PRECEDENCE = Comparator
		.comparing((Observation o) -> o.kind() == Kind.ACTUAL)
		.thenComparing(Observation::recordedAt, Comparator.nullsFirst(Comparator.naturalOrder()))
		.thenComparing(Observation::value)
		.thenComparing(Observation::source, Comparator.nullsFirst(Comparator.naturalOrder()))
		.thenComparing(Observation::author, Comparator.nullsFirst(Comparator.naturalOrder()));
}
