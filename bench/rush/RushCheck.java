import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Nothing half-written: reads the database of a rush (after bench/rush/kill.sh restarted and stopped the
 * server) and counts the rows that a torn transaction would leave. Needs the JDBC driver on the class path:
 *
 * <pre>
 * java -cp 'lib/*' RushCheck.java JDBC_URL USER PASSWORD CYCLE_ID
 * </pre>
 *
 * Prints each count (all must be 0) and exits 1 when any is not.
 */
public class RushCheck {

	public static void main(String[] args) throws Exception {
		long cycle = Long.parseLong(args[3]);
		Map<String, String> zero = new LinkedHashMap<>();
		zero.put("reports of the cycle without exactly their one line", """
				SELECT COUNT(*) FROM submission s WHERE s.cycle_id = ?
				AND (SELECT COUNT(*) FROM submission_task t WHERE t.submission_id = s.id) <> 1""");
		zero.put("report lines without their report", """
				SELECT COUNT(*) FROM submission_task t WHERE ? > 0 AND NOT EXISTS (SELECT 1 FROM submission s WHERE s.id = t.submission_id)""");
		zero.put("task progress naming a report that is absent", """
				SELECT COUNT(*) FROM progress_update p WHERE ? > 0 AND p.submission_id IS NOT NULL
				AND NOT EXISTS (SELECT 1 FROM submission s WHERE s.id = p.submission_id)""");
		zero.put("agencies with more than one report in the cycle", """
				SELECT COUNT(*) FROM (SELECT agency_id FROM submission WHERE cycle_id = ? GROUP BY agency_id HAVING COUNT(*) > 1) x""");
		zero.put("audit events naming a report that is absent", """
				SELECT COUNT(*) FROM audit_event e WHERE ? > 0 AND e.entity = 'submission'
				AND NOT EXISTS (SELECT 1 FROM submission s WHERE CAST(s.id AS VARCHAR(20)) = e.entity_id)""");
		zero.put("reports without their SUBMISSION_SAVED event", """
				SELECT COUNT(*) FROM submission s WHERE s.cycle_id = ? AND NOT EXISTS (SELECT 1 FROM audit_event e
				WHERE e.action = 'SUBMISSION_SAVED' AND e.entity_id = CAST(s.id AS VARCHAR(20)))""");
		zero.put("SUBMITTED reports without exactly one SUBMISSION_SUBMITTED event", """
				SELECT COUNT(*) FROM submission s WHERE s.cycle_id = ? AND s.status = 'SUBMITTED' AND (SELECT COUNT(*) FROM audit_event e
				WHERE e.action = 'SUBMISSION_SUBMITTED' AND e.entity_id = CAST(s.id AS VARCHAR(20))) <> 1""");
		zero.put("drafts with a SUBMISSION_SUBMITTED event", """
				SELECT COUNT(*) FROM submission s WHERE s.cycle_id = ? AND s.status = 'DRAFT' AND EXISTS (SELECT 1 FROM audit_event e
				WHERE e.action = 'SUBMISSION_SUBMITTED' AND e.entity_id = CAST(s.id AS VARCHAR(20)))""");
		boolean ok = true;
		try (Connection db = DriverManager.getConnection(args[0], args[1], args[2])) {
			System.out.printf("check: %d reports in cycle %d, %d SUBMITTED; %d SUBMISSION_SUBMITTED audit events for them%n",
					count(db, "SELECT COUNT(*) FROM submission WHERE cycle_id = ?", cycle),
					cycle, count(db, "SELECT COUNT(*) FROM submission WHERE cycle_id = ? AND status = 'SUBMITTED'", cycle),
					count(db, """
							SELECT COUNT(*) FROM audit_event e WHERE e.action = 'SUBMISSION_SUBMITTED' AND e.entity_id IN
							(SELECT CAST(s.id AS VARCHAR(20)) FROM submission s WHERE s.cycle_id = ?)""", cycle));
			for (Map.Entry<String, String> check : zero.entrySet()) {
				long n = count(db, check.getValue(), cycle);
				ok &= n == 0;
				System.out.printf("  %-66s %d%s%n", check.getKey() + ":", n, n == 0 ? "" : "   <-- HALF-WRITTEN");
			}
		}
		System.out.println(ok ? "check: OK — nothing half-written" : "check: FAILED");
		System.exit(ok ? 0 : 1);
	}

	static long count(Connection db, String sql, long cycle) throws Exception {
		try (PreparedStatement statement = db.prepareStatement(sql)) {
			statement.setLong(1, cycle);
			try (ResultSet rs = statement.executeQuery()) {
				rs.next();
				return rs.getLong(1);
			}
		}
	}
}
