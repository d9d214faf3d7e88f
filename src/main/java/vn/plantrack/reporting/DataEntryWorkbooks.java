package vn.plantrack.reporting;

import java.util.Optional;

import org.springframework.stereotype.Service;

import vn.plantrack.reporting.export.AgencyWorkbookWriter;
import vn.plantrack.reporting.export.WorkbookImport;

/**
 * The offline data-entry workbook of one agency for one plan and cycle: its tasks (status, progress,
 * completion date) and its indicators (values per year) with drop-down lists, filled in without a
 * connection and imported back all-or-nothing.
 */
@Service
public class DataEntryWorkbooks {

	private final org.springframework.jdbc.core.simple.JdbcClient jdbc;

	private final AgencyWorkbookWriter writer;

	private final WorkbookImport importer;

	DataEntryWorkbooks(org.springframework.jdbc.core.simple.JdbcClient jdbc, AgencyWorkbookWriter writer,
			WorkbookImport importer) {
		this.jdbc = jdbc;
		this.writer = writer;
		this.importer = importer;
	}

	/** What an import wrote. */
	public record Imported(long documentId, String agency, int tasksUpdated, int valuesStored) {
	}

	/**
	 * @return empty when the plan does not exist
	 * @throws IllegalArgumentException when the cycle is malformed or the agency has nothing in the plan
	 */
	public Optional<byte[]> workbook(long documentId, String agency, String cycle) {
		return writer.write(documentId, agency, cycle);
	}

	/**
	 * @param reporterAgency the agency of a REPORTER importing it (rows of other agencies are refused); null
	 * for the monitoring office
	 * @throws WorkbookRejectedException listing every bad cell; nothing is written then
	 */
	public Imported importWorkbook(byte[] workbook, String actor, String reporterAgency) {
		return importer.importWorkbook(workbook, actor, reporterAgency);
	}

	/** The agency a user reports for (REPORTER accounts are bound to one); empty for other accounts. */
	public Optional<String> agencyOfUser(String username) {
		return jdbc.sql("""
				SELECT a.name FROM app_user u JOIN agency a ON a.id = u.agency_id WHERE u.username = ?""")
			.param(username)
			.query(String.class)
			.optional();
	}
}
