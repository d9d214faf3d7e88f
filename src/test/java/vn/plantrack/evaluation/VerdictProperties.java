package vn.plantrack.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

class VerdictProperties {

	private final TargetEvaluator evaluator = Fixtures.afterTheTerm();

	@Property
	void improvingTheFinalActualValueNeverWorsensTheVerdict(@ForAll("bounds") Bound bound,
			@ForAll("directions") Direction declared, @ForAll @IntRange(min = 0, max = 2000) int tenths,
			@ForAll @IntRange(min = 1, max = 300) int stepTenths) {
		// "better" is what the target asks for: "< X" wants less even on an indicator declared higher-is-better
		Direction direction = bound.effectiveDirection(declared);
		double before = tenths / 10.0;
		double step = stepTenths / 10.0;
		double after = direction == Direction.HIGHER_IS_BETTER ? before + step : before - step;
		Verdict worse = evaluator.evaluate(indicator(bound, declared, before)).verdict();
		Verdict better = evaluator.evaluate(indicator(bound, declared, after)).verdict();
		assertThat(better.rank()).as("%s → %s against %s (%s)", before, after, bound.text(), direction)
			.isGreaterThanOrEqualTo(worse.rank());
	}

	@Property
	void theOrderObservationsWereEnteredInNeverChangesTheResult(@ForAll("observationSets") List<Observation> entered,
			@ForAll("bounds") Bound bound, @ForAll long seed) {
		List<Observation> shuffled = new ArrayList<>(entered);
		Collections.shuffle(shuffled, new Random(seed));
		Indicator original = new Indicator("1", "Chỉ tiêu thử", "%", null, new Target.Level(bound, 2016, 2020),
				Direction.HIGHER_IS_BETTER, null, null, entered);
		Evaluation a = evaluator.evaluate(original);
		Evaluation b = evaluator.evaluate(original.withObservations(shuffled));
		assertThat(b.verdict()).isEqualTo(a.verdict());
		assertThat(b.firstMetYear()).isEqualTo(a.firstMetYear());
		assertThat(b.reason()).isEqualTo(a.reason());
		Indicator each = original.withObservations(entered);
		each = new Indicator("1", "Chỉ tiêu thử", "%", null, new Target.EachYear(bound, 2016, 2020),
				Direction.HIGHER_IS_BETTER, null, null, entered);
		assertThat(evaluator.evaluate(each.withObservations(shuffled)).reason())
			.isEqualTo(evaluator.evaluate(each).reason());
	}

	private static Indicator indicator(Bound bound, Direction direction, double value) {
		return new Indicator("1", "Chỉ tiêu thử", "%", null, new Target.Level(bound, 2016, 2020), direction, null,
				null, List.of(Observation.actual(2020, BigDecimal.valueOf(value).toPlainString())));
	}

	@Provide
	Arbitrary<Direction> directions() {
		return Arbitraries.of(Direction.class);
	}

	@Provide
	Arbitrary<Bound> bounds() {
		Arbitrary<Integer> figure = Arbitraries.integers().between(0, 2000);
		Arbitrary<Bound> single = Combinators.combine(Arbitraries.of("=", ">", ">=", "<", "<=", "~"), figure)
			.as((comparator, tenths) -> new Bound(comparator, BigDecimal.valueOf(tenths, 1), null, null));
		Arbitrary<Bound> range = Combinators.combine(figure, Arbitraries.integers().between(0, 300),
				Arbitraries.of("~", null))
			.as((low, width, approx) -> new Bound(approx, null, BigDecimal.valueOf(low, 1),
					BigDecimal.valueOf(low + width, 1)));
		return Arbitraries.oneOf(single, range);
	}

	@Provide
	Arbitrary<List<Observation>> observationSets() {
		Arbitrary<Observation> observation = Combinators
			.combine(Arbitraries.integers().between(2014, 2021), Arbitraries.integers().between(0, 2000),
					Arbitraries.of(Observation.Kind.class), Arbitraries.of("Sở A", "Sở B"),
					Arbitraries.integers().between(0, 3))
			.as((year, tenths, kind, source, day) -> new Observation(Period.ofYear(year), BigDecimal.valueOf(tenths, 1),
					kind, source, "người nhập", Instant.parse("2021-01-01T00:00:00Z").plusSeconds(86400L * day)));
		return observation.list().ofMaxSize(12);
	}
}
