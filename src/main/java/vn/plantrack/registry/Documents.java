package vn.plantrack.registry;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Read side of stored documents. */
@Repository
public class Documents {

	private static final String SELECT_SUMMARY = """
			SELECT d.id, d.kind, d.symbol, d.title, d.issued, d.issuer, l.name AS locality, d.term, d.status,
			       f.file_name, f.format, f.size_bytes, f.line_count, f.sha256, f.received_at
			FROM document d
			JOIN source_file f ON f.document_id = d.id
			LEFT JOIN locality l ON l.id = d.locality_id
			""";

	private final JdbcClient jdbc;

	Documents(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public List<DocumentSummary> list() {
		return jdbc.sql(SELECT_SUMMARY + " ORDER BY f.file_name, d.id").query(Documents::summary).list();
	}

	public Optional<DocumentSummary> findById(long id) {
		return jdbc.sql(SELECT_SUMMARY + " WHERE d.id = ?").param(id).query(Documents::summary).optional();
	}

	public Optional<DocumentSummary> findBySha256(String sha256) {
		return jdbc.sql(SELECT_SUMMARY + " WHERE f.sha256 = ?").param(sha256).query(Documents::summary).optional();
	}

	/** The canonical text every line number of the document refers to. */
	public Optional<String> text(long id) {
		return jdbc.sql("SELECT text_content FROM source_file WHERE document_id = ?")
			.param(id)
			.query(String.class)
			.optional();
	}

	static DocumentSummary summary(ResultSet rs, int row) throws SQLException {
		Date issued = rs.getDate("issued");
		Timestamp received = rs.getTimestamp("received_at");
		return new DocumentSummary(rs.getLong("id"), rs.getString("kind"), rs.getString("symbol"),
				rs.getString("title"), issued == null ? null : issued.toLocalDate(), rs.getString("issuer"),
				rs.getString("locality"), rs.getString("term"), rs.getString("status"), rs.getString("file_name"),
				rs.getString("format"), rs.getLong("size_bytes"), rs.getInt("line_count"), rs.getString("sha256"),
				received.toInstant());
	}

	public long count() {
		return jdbc.sql("SELECT COUNT(*) FROM document WHERE stub = FALSE").query(Long.class).single();
	}
}
