package vn.plantrack.synthetic;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** Without a database: the generated rows are a function of the seed alone. */
class SyntheticDeterminismTests {

	/** Hashes every row it receives, in order, and counts rows per table. */
	static final class DigestSink implements RowSink {

		final MessageDigest digest;

		final Map<Table, Integer> counts = new EnumMap<>(Table.class);

		DigestSink() throws Exception {
			digest = MessageDigest.getInstance("SHA-256");
		}

		@Override
		public void row(Table table, Object... values) {
			counts.merge(table, 1, Integer::sum);
			digest.update(table.sqlName.getBytes(StandardCharsets.UTF_8));
			for (Object value : values) {
				digest.update((byte) 0x1f);
				digest.update((value instanceof byte[] bytes ? HexFormat.of().formatHex(bytes) : String.valueOf(value))
					.getBytes(StandardCharsets.UTF_8));
			}
		}

		@Override
		public void flush() {
		}

		String hex() {
			return HexFormat.of().formatHex(digest.digest());
		}
	}

	static DigestSink generate(Scale scale, long seed) throws Exception {
		DigestSink sink = new DigestSink();
		Ids ids = Ids.startingAt(1);
		for (int i = 0; i < scale.localities; i++) {
			new LocalityGenerator(scale, seed, i, ids, sink).generate();
		}
		return sink;
	}

	@Test
	void theSameSeedGivesTheSameRows() throws Exception {
		assertThat(generate(Scale.SMALL, 42).hex()).isEqualTo(generate(Scale.SMALL, 42).hex());
	}

	@Test
	void anotherSeedGivesOtherRowsOfTheSameShape() throws Exception {
		DigestSink first = generate(Scale.SMALL, 1);
		DigestSink second = generate(Scale.SMALL, 2);
		assertThat(first.hex()).isNotEqualTo(second.hex());
		// how many coordinating agencies a task names is drawn too; every other count is fixed by the scale
		first.counts.remove(Table.TASK_AGENCY);
		second.counts.remove(Table.TASK_AGENCY);
		assertThat(first.counts).isEqualTo(second.counts);
	}

	@Test
	void aProvinceHasTheShapeOfARealOne() throws Exception {
		DigestSink province = generate(Scale.PROVINCE, 7);
		// 100 agencies (UBND tỉnh, the communes' collective, 98 others) and 100 communes
		assertThat(province.counts.get(Table.AGENCY)).isEqualTo(200);
		// 10 plans and the decision assigning the communes their indicators
		assertThat(province.counts.get(Table.DOCUMENT)).isEqualTo(11);
		assertThat(province.counts.get(Table.TASK)).isEqualTo(5_000);
		// 300 plan indicators and 48 per commune
		assertThat(province.counts.get(Table.INDICATOR)).isEqualTo(300 + 100 * 48);
		// plan indicators 5 yearly values each; commune indicators 60 monthly values each
		assertThat(province.counts.get(Table.OBSERVATION)).isEqualTo(300 * 5 + 4_800 * 60);
		assertThat((long) province.counts.get(Table.OBSERVATION) * 34).isEqualTo(Scale.COUNTRY.expectedObservations());
	}

	@Test
	void vietnameseNumbersGroupThousandsWithDotsAndDecimalsWithAComma() {
		assertThat(LocalityGenerator.vn(1234567)).isEqualTo("1.234.567");
		assertThat(LocalityGenerator.vn(7.25)).isEqualTo("7,3");
		assertThat(LocalityGenerator.vn(46)).isEqualTo("46");
	}
}
