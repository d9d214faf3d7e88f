package vn.plantrack.investment;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.plantrack.registry.AuditLog;

/** The project register: read, add by hand, and set who invests in and who leads a project. */
@Service
public class Projects {

	static final String SELECT = """
			SELECT p.id, p.document_id, p.locality_id, l.name AS locality, p.code, p.group_code, p.name, p.funding_group,
			       p.sector, p.investor, p.lead_agency, p.period_raw, p.period_start, p.period_end, p.source_line
			FROM project p LEFT JOIN locality l ON l.id = p.locality_id""";

	private final JdbcClient jdbc;

	private final AuditLog audit;

	private final Clock clock;

	Projects(JdbcClient jdbc, AuditLog audit, Clock clock) {
		this.jdbc = jdbc;
		this.audit = audit;
		this.clock = clock;
	}

	/** Every project, optionally of one locality (its code, e.g. {@code son-la}), in source order. */
	public List<Project> list(String localityCode) {
		if (localityCode == null || localityCode.isBlank()) {
			return jdbc.sql(SELECT + " ORDER BY p.document_id, p.source_line, p.id").query(Projects::map).list();
		}
		return jdbc.sql(SELECT + " WHERE l.code = ? ORDER BY p.document_id, p.source_line, p.id")
			.param(localityCode)
			.query(Projects::map)
			.list();
	}

	public List<Project> ofDocument(long documentId) {
		return jdbc.sql(SELECT + " WHERE p.document_id = ? ORDER BY p.source_line, p.id")
			.param(documentId)
			.query(Projects::map)
			.list();
	}

	public Optional<Project> find(long id) {
		return jdbc.sql(SELECT + " WHERE p.id = ?").param(id).query(Projects::map).optional();
	}

	Project require(long id) {
		return find(id).orElseThrow(() -> new NotFoundInvestmentException("không có dự án " + id));
	}

	@Transactional
	public Project create(NewProject project, String actor) {
		if (project.name() == null || project.name().isBlank()) {
			throw new InvestmentException("thiếu tên dự án");
		}
		FundingGroup funding = FundingGroup.parse(project.fundingGroup());
		Long localityId = null;
		if (project.localityCode() != null && !project.localityCode().isBlank()) {
			localityId = jdbc.sql("SELECT id FROM locality WHERE code = ?")
				.param(project.localityCode())
				.query(Long.class)
				.optional()
				.orElseThrow(() -> new InvestmentException("không có địa phương mã \"" + project.localityCode() + "\""));
		}
		KeyHolder keys = new GeneratedKeyHolder();
		jdbc.sql("""
				INSERT INTO project (locality_id, code, name, funding_group, sector, investor, lead_agency, period_raw,
				                     period_start, period_end, created_at, created_by)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(localityId, Text.cut(project.code(), 40), Text.cut(project.name().strip(), 2000), funding.name(),
					Text.cut(project.sector(), 400), Text.cut(Text.blankToNull(project.investor()), 400),
					Text.cut(Text.blankToNull(project.leadAgency()), 400), Text.cut(project.periodRaw(), 400),
					date(project.periodStart()), date(project.periodEnd()), Timestamp.from(clock.instant()), actor)
			.update(keys, "id");
		long id = keys.getKeyAs(Number.class).longValue();
		audit.record(actor, "PROJECT_CREATED", "project", Long.toString(id), null, project.name());
		return require(id);
	}

	/** Sets the investor (chủ đầu tư) and the lead agency; a null argument leaves that field as it is. */
	@Transactional
	public Project update(long id, String investor, String leadAgency, String actor) {
		Project before = require(id);
		String newInvestor = investor == null ? before.investor() : Text.blankToNull(investor);
		String newLead = leadAgency == null ? before.leadAgency() : Text.blankToNull(leadAgency);
		jdbc.sql("UPDATE project SET investor = ?, lead_agency = ?, version = version + 1 WHERE id = ?")
			.params(Text.cut(newInvestor, 400), Text.cut(newLead, 400), id)
			.update();
		audit.record(actor, "PROJECT_UPDATED", "project", Long.toString(id),
				"investor=" + before.investor() + "; lead=" + before.leadAgency(),
				"investor=" + newInvestor + "; lead=" + newLead);
		return require(id);
	}

	static Project map(ResultSet rs, int row) throws SQLException {
		return new Project(rs.getLong("id"), (Long) rs.getObject("document_id", Long.class),
				(Long) rs.getObject("locality_id", Long.class), rs.getString("locality"), rs.getString("code"),
				rs.getString("group_code"), rs.getString("name"), FundingGroup.valueOf(rs.getString("funding_group")),
				rs.getString("sector"), rs.getString("investor"), rs.getString("lead_agency"),
				rs.getString("period_raw"), localDate(rs.getDate("period_start")), localDate(rs.getDate("period_end")),
				(Integer) rs.getObject("source_line", Integer.class));
	}

	static LocalDate localDate(Date date) {
		return date == null ? null : date.toLocalDate();
	}

	static Date date(LocalDate date) {
		return date == null ? null : Date.valueOf(date);
	}
}
