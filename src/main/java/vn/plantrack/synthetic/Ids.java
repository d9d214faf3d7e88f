package vn.plantrack.synthetic;

import java.util.EnumMap;
import java.util.Map;

/** The next free id of each table: rows carry explicit ids so children can refer to parents without a round trip. */
final class Ids {

	private final Map<Table, Long> next = new EnumMap<>(Table.class);

	Ids(Map<Table, Long> firstFree) {
		next.putAll(firstFree);
	}

	static Ids startingAt(long first) {
		Map<Table, Long> all = new EnumMap<>(Table.class);
		for (Table table : Table.values()) {
			all.put(table, first);
		}
		return new Ids(all);
	}

	long next(Table table) {
		long id = next.get(table);
		next.put(table, id + 1);
		return id;
	}

	long peek(Table table) {
		return next.get(table);
	}
}
