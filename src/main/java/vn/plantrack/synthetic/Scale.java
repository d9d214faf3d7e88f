package vn.plantrack.synthetic;

import java.util.Locale;

/**
 * How much to generate. Per locality the figures follow a real province after the 2025 reorganisation:
 * about 100 agencies and 100 communes, 10 plans, 5,000 tasks, 300 plan indicators; each commune reports
 * {@code communeIndicators} indicators monthly for {@code months} months (48 x 100 x 60 x 34 ≈ 9.8 million
 * observations at country scale).
 */
public enum Scale {

	SMALL(1, 12, 5, 2, 60, 24, 2, 60),
	PROVINCE(1, 100, 100, 10, 5_000, 300, 48, 60),
	COUNTRY(34, 100, 100, 10, 5_000, 300, 48, 60);

	final int localities;

	final int agencies;

	final int communes;

	final int plans;

	final int tasks;

	final int indicators;

	final int communeIndicators;

	final int months;

	Scale(int localities, int agencies, int communes, int plans, int tasks, int indicators, int communeIndicators,
			int months) {
		this.localities = localities;
		this.agencies = agencies;
		this.communes = communes;
		this.plans = plans;
		this.tasks = tasks;
		this.indicators = indicators;
		this.communeIndicators = communeIndicators;
		this.months = months;
	}

	/** "country", "province" or "small", as the command line writes it. */
	public static Scale parse(String text) {
		try {
			return valueOf(text.strip().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			throw new IllegalArgumentException("unknown scale '" + text + "': use small, province or country", ex);
		}
	}

	/** Observations the scale writes: commune series monthly plus plan indicators yearly (5 values each). */
	public long expectedObservations() {
		return (long) localities * ((long) communes * communeIndicators * months + (long) indicators * 5);
	}
}
