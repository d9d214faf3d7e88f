package vn.plantrack.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.springframework.jdbc.core.simple.JdbcClient;

/** A digest of each table's rows (sessions aside), to prove a request left the database untouched. */
final class DatabaseFingerprint {

	private DatabaseFingerprint() {
	}

	/** Tables of the connection's schema: {@code public} on H2, the test's own schema on PostgreSQL. */
	static Map<String, String> of(JdbcClient jdbc) {
		Map<String, String> digests = new TreeMap<>();
		List<String> tables = jdbc.sql("""
				SELECT table_name FROM information_schema.tables WHERE table_schema = CURRENT_SCHEMA
				AND table_type = 'BASE TABLE' ORDER BY table_name""").query(String.class).list();
		for (String table : tables) {
			if (table.startsWith("flyway") || table.startsWith("spring_session")) {
				continue;
			}
			MessageDigest digest = sha256();
			for (Map<String, Object> values : jdbc.sql("SELECT * FROM " + table).query().listOfRows()) {
				for (Map.Entry<String, Object> column : new TreeMap<>(values).entrySet()) {
					Object value = column.getValue();
					// file contents: by value, not by the array's identity
					digest.update((column.getKey() + "=" + (value instanceof byte[] bytes ? HexFormat.of().formatHex(bytes)
							: String.valueOf(value)) + ";").getBytes(StandardCharsets.UTF_8));
				}
			}
			digests.put(table, HexFormat.of().formatHex(digest.digest()));
		}
		return digests;
	}

	static Set<String> changedTables(Map<String, String> before, Map<String, String> after) {
		Set<String> changed = new TreeSet<>();
		for (String table : after.keySet()) {
			if (!after.get(table).equals(before.get(table))) {
				changed.add(table);
			}
		}
		for (String table : before.keySet()) {
			if (!after.containsKey(table)) {
				changed.add(table + " (dropped)");
			}
		}
		return changed;
	}

	private static MessageDigest sha256() {
		try {
			return MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}
}
