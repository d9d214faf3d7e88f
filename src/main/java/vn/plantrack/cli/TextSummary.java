package vn.plantrack.cli;

import java.io.PrintWriter;

import vn.plantrack.extract.CitationItem;
import vn.plantrack.extract.DocumentInfo;
import vn.plantrack.extract.Extraction;
import vn.plantrack.extract.Finding;
import vn.plantrack.extract.IndicatorItem;
import vn.plantrack.extract.TaskItem;

/** The readable summary that {@code --format text} prints after a document's plain text. */
final class TextSummary {

	/** Dates as Vietnamese readers write them: 05/05/2026. */
	private static final java.time.format.DateTimeFormatter VIETNAMESE_DATE = java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy");

	private TextSummary() {
	}

	static void print(PrintWriter out, Extraction x) {
		header(out, x);
		out.println("Nhiệm vụ: " + x.tasks().size());
		for (TaskItem task : x.tasks()) {
			out.println("  " + task.line() + "\t" + task.code() + (task.group() == null ? "" : " [" + task.group() + "]") + " "
					+ task.title() + " | chủ trì: " + String.join("; ", task.lead()) + " | phối hợp: "
					+ String.join("; ", task.coordinating()) + " | thời gian: "
					+ (task.period() == null ? "-" : task.period().raw()));
		}
		out.println("Chỉ tiêu: " + x.indicators().size());
		for (IndicatorItem indicator : x.indicators()) {
			out.println("  " + indicator.line() + "\t" + indicator.code() + " " + indicator.name() + " | mục tiêu: "
					+ (indicator.target() == null ? "-" : indicator.target().raw()));
		}
		out.println("Dự án: " + x.projects().size() + "; bảng: " + x.tables().size());
		out.println("Văn bản được dẫn: " + x.citations().size());
		for (CitationItem citation : x.citations()) {
			out.println("  " + citation.line() + "\t" + citation.kind() + " " + citation.symbol()
					+ (citation.issued() == null ? "" : " ngày " + VIETNAMESE_DATE.format(citation.issued()))
					+ (citation.issuer() == null ? "" : " của " + citation.issuer()));
		}
		findings(out, x);
	}

	static void printFindings(PrintWriter out, Extraction x) {
		header(out, x);
		findings(out, x);
	}

	private static void header(PrintWriter out, Extraction x) {
		DocumentInfo d = x.document();
		out.println("== " + x.source());
		out.println("Loại: " + value(d.kind()) + "; số: " + value(d.symbol()) + "; ngày: " + (d.issued() == null ? value(null) : VIETNAMESE_DATE.format(d.issued()))
				+ "; cơ quan ban hành: " + value(d.issuer()) + "; tỉnh: " + value(d.locality()) + "; nhiệm kỳ: "
				+ value(d.term()));
	}

	private static void findings(PrintWriter out, Extraction x) {
		out.println("Phát hiện: " + x.findings().size());
		for (Finding finding : x.findings()) {
			out.println("  " + finding.line() + "\t[" + finding.severity() + "] " + finding.kind() + ": " + finding.message());
		}
	}

	private static String value(Object value) {
		return value == null ? "(không rõ)" : value.toString();
	}
}
