package vn.plantrack.amendment;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.plantrack.tracking.TrackingException;

/**
 * The versions of a plan. Version 1 is the plan as confirmed, citing the plan itself; it is stored when the
 * first amendment comes and shown from the document until then.
 */
@Service
public class PlanVersions {

	private static final DateTimeFormatter VIETNAMESE_DATE = DateTimeFormatter.ofPattern("d/M/yyyy");

	private final JdbcClient jdbc;

	private final Clock clock;

	PlanVersions(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** Every version of the plan, oldest first; empty for a plan not confirmed yet. */
	@Transactional(readOnly = true)
	public List<PlanVersion> of(long documentId) {
		Map<String, Object> document = document(documentId);
		List<PlanVersion> stored = jdbc.sql(SELECT + " WHERE v.document_id = ? ORDER BY v.version_no")
			.param(documentId)
			.query(PlanVersions::version)
			.list();
		if (!stored.isEmpty() || !"CONFIRMED".equals(document.get("status"))) {
			return stored;
		}
		return List.of(first(documentId, document));
	}

	PlanVersion one(long id) {
		return jdbc.sql(SELECT + " WHERE v.id = ?").param(id).query(PlanVersions::version).single();
	}

	/** Stores version 1 when missing and the next version after it; call inside the amendment's transaction. */
	PlanVersion next(long documentId, String reference, Long decidingId, LocalDate decidedOn, String note, String actor) {
		int last = jdbc.sql("SELECT COALESCE(MAX(version_no), 0) FROM plan_version WHERE document_id = ?")
			.param(documentId)
			.query(Integer.class)
			.single();
		if (last == 0) {
			PlanVersion first = first(documentId, document(documentId));
			insert(documentId, 1, first.decidingDocument(), documentId, first.decidedOn(), null, first.createdBy(),
					first.createdAt());
			last = 1;
		}
		long id = insert(documentId, last + 1, reference, decidingId, decidedOn, note, actor, clock.instant());
		return one(id);
	}

	private long insert(long documentId, int number, String reference, Long decidingId, LocalDate decidedOn,
			String note, String actor, Instant at) {
		KeyHolder keys = new GeneratedKeyHolder();
		jdbc.sql("""
				INSERT INTO plan_version (document_id, version_no, deciding_reference, deciding_document_id, decided_on,
				                          note, created_by, created_at)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(documentId, number, Amendments.truncate(reference, 400), decidingId,
					decidedOn == null ? null : Date.valueOf(decidedOn), note, actor, Timestamp.from(at))
			.update(keys, "id");
		return keys.getKeyAs(Number.class).longValue();
	}

	// rule: the confirmed plan cites itself as Vietnamese documents are cited: "Quyết định số 139/QĐ-UBND ngày 20/1/2021"
	private PlanVersion first(long documentId, Map<String, Object> document) {
		String kind = document.get("kind") == null ? "Văn bản" : (String) document.get("kind");
		LocalDate issued = Amendments.localDate(document.get("issued"));
		String reference = document.get("symbol") == null ? (String) document.get("title")
				: kind + " số " + document.get("symbol") + (issued == null ? "" : " ngày " + issued.format(VIETNAMESE_DATE));
		List<Map<String, Object>> confirmed = jdbc.sql("""
				SELECT actor, occurred_at FROM audit_event
				WHERE action = 'PLAN_CONFIRMED' AND entity = 'document' AND entity_id = ? ORDER BY id LIMIT 1""")
			.param(Long.toString(documentId))
			.query()
			.listOfRows();
		String by = confirmed.isEmpty() ? (String) document.get("created_by") : (String) confirmed.get(0).get("actor");
		Instant at = confirmed.isEmpty() ? instant(document.get("created_at")) : instant(confirmed.get(0).get("occurred_at"));
		return new PlanVersion(null, documentId, 1, Amendments.truncate(reference, 400), documentId, issued, null, by,
				at, 0);
	}

	private Map<String, Object> document(long documentId) {
		return jdbc.sql("SELECT kind, symbol, title, issued, status, created_by, created_at FROM document WHERE id = ?")
			.param(documentId)
			.query()
			.listOfRows()
			.stream()
			.findFirst()
			.orElseThrow(() -> new TrackingException(TrackingException.Kind.NOT_FOUND,
					"Không có kế hoạch số " + documentId));
	}

	private static final String SELECT = """
			SELECT v.id, v.document_id, v.version_no, v.deciding_reference, v.deciding_document_id, v.decided_on,
			       v.note, v.created_by, v.created_at,
			       (SELECT COUNT(*) FROM amendment a WHERE a.plan_version_id = v.id) AS changes
			FROM plan_version v""";

	private static PlanVersion version(ResultSet rs, int row) throws SQLException {
		long deciding = rs.getLong("deciding_document_id");
		Long decidingId = rs.wasNull() ? null : deciding;
		Date decided = rs.getDate("decided_on");
		return new PlanVersion(rs.getLong("id"), rs.getLong("document_id"), rs.getInt("version_no"),
				rs.getString("deciding_reference"), decidingId, decided == null ? null : decided.toLocalDate(),
				rs.getString("note"), rs.getString("created_by"), rs.getTimestamp("created_at").toInstant(),
				rs.getInt("changes"));
	}

	static Instant instant(Object value) {
		if (value instanceof Timestamp t) {
			return t.toInstant();
		}
		if (value instanceof java.time.OffsetDateTime t) {
			return t.toInstant();
		}
		return value instanceof Instant i ? i : null;
	}

}
