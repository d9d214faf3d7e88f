package vn.plantrack.evaluation.bench;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import vn.plantrack.evaluation.Bound;
import vn.plantrack.evaluation.Direction;
import vn.plantrack.evaluation.EvaluationPolicy;
import vn.plantrack.evaluation.Evaluation;
import vn.plantrack.evaluation.Indicator;
import vn.plantrack.evaluation.Observation;
import vn.plantrack.evaluation.Target;
import vn.plantrack.evaluation.TargetEvaluator;

/**
 * Indicator-years evaluated per second on one thread, beside a baseline loop that only reads the same
 * values. Plain loop with warm-up (no JMH): {@code bench/evaluate/run.sh}.
 */
public final class EvaluateBenchmark {

	private static final int INDICATORS = 10_000;

	private static final int YEARS = 5;

	public static void main(String[] args) {
		double seconds = args.length > 0 ? Double.parseDouble(args[0]) : 3.0;
		List<Indicator> indicators = indicators(new Random(42));
		TargetEvaluator evaluator = new TargetEvaluator(EvaluationPolicy
			.defaults(Clock.fixed(Instant.parse("2026-01-15T00:00:00Z"), ZoneOffset.UTC)));
		// warm-up: let the JIT compile both loops
		long sink = 0;
		for (int round = 0; round < 5; round++) {
			sink += evaluateAll(evaluator, indicators) + readAll(indicators);
		}
		double evaluated = measure(seconds, () -> evaluateAll(evaluator, indicators));
		double read = measure(seconds, () -> readAll(indicators));
		long indicatorYears = (long) INDICATORS * YEARS;
		double evaluatePerSecond = indicatorYears * evaluated;
		double readPerSecond = indicatorYears * read;
		System.out.printf("evaluate: %,.0f indicator-years/s%n", evaluatePerSecond);
		System.out.printf("baseline (read only): %,.0f indicator-years/s%n", readPerSecond);
		System.out.printf("ratio evaluate/baseline: %.3f%n", evaluatePerSecond / readPerSecond);
		System.out.printf("goal >= 1,000,000 indicator-years/s: %s%n", evaluatePerSecond >= 1_000_000 ? "met" : "missed");
		if (sink == 42) {
			System.out.println();
		}
	}

	private interface Pass {
		long run();
	}

	/** Passes over all indicators per second during {@code seconds}. */
	private static double measure(double seconds, Pass pass) {
		long sink = 0;
		long passes = 0;
		long start = System.nanoTime();
		long end = start + (long) (seconds * 1e9);
		long now;
		do {
			sink += pass.run();
			passes++;
			now = System.nanoTime();
		}
		while (now < end);
		if (sink == 42) {
			System.out.println();
		}
		return passes / ((now - start) / 1e9);
	}

	private static long evaluateAll(TargetEvaluator evaluator, List<Indicator> indicators) {
		long sink = 0;
		for (Indicator indicator : indicators) {
			Evaluation e = evaluator.evaluate(indicator);
			sink += e.computed().ordinal() + (e.firstMetYear() == null ? 0 : e.firstMetYear());
		}
		return sink;
	}

	private static long readAll(List<Indicator> indicators) {
		long sink = 0;
		for (Indicator indicator : indicators) {
			for (Observation o : indicator.observations()) {
				sink += o.period().year() + (long) o.value().doubleValue();
			}
		}
		return sink;
	}

	private static List<Indicator> indicators(Random random) {
		List<Indicator> out = new ArrayList<>(INDICATORS);
		String[] comparators = { "=", ">", ">=", "<", "<=", "~" };
		for (int i = 0; i < INDICATORS; i++) {
			List<Observation> observations = new ArrayList<>();
			for (int year = 2016; year < 2016 + YEARS; year++) {
				BigDecimal value = BigDecimal.valueOf(500 + random.nextInt(1000), 1);
				observations.add(year == 2020 ? Observation.estimate(year, value.toPlainString())
						: Observation.actual(year, value.toPlainString()));
			}
			Bound bound = i % 5 == 0 ? Bound.range("70", "80")
					: new Bound(comparators[i % comparators.length], BigDecimal.valueOf(75), null, null);
			Target target = i % 7 == 0 ? new Target.EachYear(bound, 2016, 2020) : new Target.Level(bound, 2016, 2020);
			out.add(new Indicator(String.valueOf(i), "Chỉ tiêu " + i, "%", null, target,
					i % 3 == 0 ? Direction.LOWER_IS_BETTER : Direction.HIGHER_IS_BETTER, null,
					Observation.actual(2015, "60"), observations));
		}
		return out;
	}
}
