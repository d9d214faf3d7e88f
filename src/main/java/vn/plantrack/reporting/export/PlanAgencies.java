package vn.plantrack.reporting.export;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The agencies a plan names: leads and coordinators of its tasks and the leads of its indicators. */
@Component
public class PlanAgencies {

	private final JdbcClient jdbc;

	PlanAgencies(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public Set<String> of(long documentId) {
		Set<String> names = new LinkedHashSet<>(jdbc.sql("""
				SELECT DISTINCT COALESCE(a.name, ta.name_as_written) FROM task_agency ta
				JOIN task t ON t.id = ta.task_id LEFT JOIN agency a ON a.id = ta.agency_id
				WHERE t.document_id = ?""").param(documentId).query(String.class).list());
		List<String> indicatorLeads = jdbc.sql("""
				SELECT DISTINCT COALESCE(a.name, i.lead_as_written) FROM indicator i
				LEFT JOIN agency a ON a.id = i.lead_agency_id
				WHERE i.document_id = ? AND (a.name IS NOT NULL OR i.lead_as_written IS NOT NULL)""")
			.param(documentId)
			.query(String.class)
			.list();
		for (String lead : indicatorLeads) {
			for (String part : lead.split(";")) {
				if (!part.isBlank()) {
					names.add(part.strip());
				}
			}
		}
		return names;
	}
}
