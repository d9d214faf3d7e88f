package vn.plantrack.reporting;

import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.plantrack.reporting.export.DocxReportWriter;
import vn.plantrack.reporting.export.PdfReportWriter;
import vn.plantrack.reporting.export.PlanReportAssembler;
import vn.plantrack.reporting.export.XlsxReportWriter;

/**
 * Consolidated reports on one plan and one cycle (6 tháng, năm, tháng, giữa nhiệm kỳ) as DOCX, PDF or
 * XLSX, all three laid out from the same {@link PlanReport} so they cannot disagree.
 */
@Service
public class PlanReports {

	private final JdbcClient jdbc;

	private final PlanReportAssembler assembler;

	PlanReports(JdbcClient jdbc, PlanReportAssembler assembler) {
		this.jdbc = jdbc;
		this.assembler = assembler;
	}

	/** A rendered report with the file name it should be saved under. */
	public record Rendered(byte[] content, ReportFormat format, String fileName) {
	}

	/**
	 * The stored plan carrying this symbol ("14-CTr/TU"), compared without case and spaces; a confirmed
	 * plan wins over a draft, then the newest.
	 */
	public Optional<Long> findPlan(String symbol) {
		if (symbol == null || symbol.isBlank()) {
			return Optional.empty();
		}
		String wanted = symbol.replaceAll("\\s+", "").toUpperCase(java.util.Locale.ROOT);
		return jdbc.sql("""
				SELECT id FROM document WHERE stub = FALSE AND UPPER(REPLACE(symbol, ' ', '')) = ?
				ORDER BY CASE WHEN status = 'CONFIRMED' THEN 0 ELSE 1 END, id DESC""")
			.param(wanted)
			.query(Long.class)
			.list()
			.stream()
			.findFirst();
	}

	/** @throws IllegalArgumentException when the cycle is not one of the documented forms */
	@Transactional(readOnly = true)
	public Optional<PlanReport> report(long documentId, String cycleCode) {
		Optional<String> term = jdbc.sql("SELECT term FROM document WHERE id = ?")
			.param(documentId)
			.query((rs, n) -> Optional.ofNullable(rs.getString("term")))
			.optional()
			.map(t -> t.orElse(""));
		if (term.isEmpty()) {
			return Optional.empty();
		}
		ReportCycle cycle = ReportCycle.parse(cycleCode, term.get());
		return assembler.assemble(documentId, cycle);
	}

	/** @throws IllegalArgumentException when the cycle is not one of the documented forms */
	public Optional<Rendered> render(long documentId, String cycleCode, ReportFormat format) {
		return report(documentId, cycleCode).map(report -> new Rendered(write(report, format), format,
				"bao-cao-" + documentId + "-" + report.cycle().code() + "." + format.extension()));
	}

	public static byte[] write(PlanReport report, ReportFormat format) {
		switch (format) {
			case DOCX:
				return new DocxReportWriter().write(report);
			case PDF:
				return new PdfReportWriter().write(report);
			default:
				return new XlsxReportWriter().write(report);
		}
	}
}
