package vn.plantrack.reporting.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;

import vn.plantrack.reporting.PlanReport;

/**
 * The same report as {@link DocxReportWriter}, as PDF: an XHTML page built from the same sections and
 * rendered by openhtmltopdf with the bundled DejaVu Serif, whose glyphs cover Vietnamese (the PDF base
 * fonts do not).
 */
public final class PdfReportWriter {

	private static final String FAMILY = "DejaVu Serif";

	private static final String CSS = """
			@page { size: A4; margin: 20mm 15mm 20mm 30mm; }
			body { font-family: 'DejaVu Serif'; font-size: 11pt; line-height: 1.3; }
			table.head, table.foot { width: 100%; border-collapse: collapse; font-size: 10pt; }
			table.head td, table.foot td { border: none; vertical-align: top; text-align: center; padding: 0; }
			.b { font-weight: bold; } .i { font-style: italic; } .c { text-align: center; }
			h1 { font-size: 13pt; text-align: center; margin: 14pt 0 0 0; }
			h2 { font-size: 12pt; text-align: center; margin: 2pt 0 10pt 0; }
			h3 { font-size: 11.5pt; margin: 10pt 0 4pt 0; }
			p { text-align: justify; text-indent: 10mm; margin: 3pt 0; }
			table.grid { width: 100%; border-collapse: collapse; margin: 4pt 0 6pt 0; font-size: 9pt; -fs-table-paginate: paginate; }
			table.grid th, table.grid td { border: 0.5pt solid black; padding: 2pt; vertical-align: top; }
			table.grid th { font-weight: bold; text-align: center; }
			tr.total td { font-weight: bold; }
			.pre { white-space: pre-wrap; } .small { font-size: 9.5pt; } .left { text-align: left; }
			""";

	static {
		// openhtmltopdf logs every font load and layout phase at INFO; the CLI and the server log stay quiet
		com.openhtmltopdf.util.XRLog.setLoggingEnabled(false);
	}

	public byte[] write(PlanReport report) {
		try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			PdfRendererBuilder builder = new PdfRendererBuilder();
			builder.useFastMode();
			font(builder, "DejaVuSerif.ttf", 400, FontStyle.NORMAL);
			font(builder, "DejaVuSerif-Bold.ttf", 700, FontStyle.NORMAL);
			font(builder, "DejaVuSerif-Italic.ttf", 400, FontStyle.ITALIC);
			builder.withHtmlContent(html(report), null);
			builder.toStream(out);
			builder.run();
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static void font(PdfRendererBuilder builder, String file, int weight, FontStyle style) {
		builder.useFont(() -> {
			InputStream in = PdfReportWriter.class.getResourceAsStream("/fonts/" + file);
			if (in == null) {
				throw new IllegalStateException("bundled font missing: /fonts/" + file);
			}
			return in;
		}, FAMILY, weight, style, true);
	}

	/** The XHTML the PDF is rendered from; every text is escaped. */
	static String html(PlanReport report) {
		PlanReport.Header header = report.header();
		StringBuilder h = new StringBuilder(16_384);
		h.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"vi\">")
			.append("<head><meta charset=\"UTF-8\"/><title>").append(esc("Báo cáo " + header.subject()))
			.append("</title><style>").append(CSS).append("</style></head><body>");
		h.append("<table class=\"head\"><tr><td style=\"width:44%\">");
		if (header.superior() != null) {
			h.append("<div>").append(esc(header.superior())).append("</div>");
		}
		h.append("<div class=\"b\">").append(esc(header.issuer())).append("</div><div>–––––––</div><div class=\"pre\">")
			.append(esc(header.numberLine())).append("</div></td><td style=\"width:56%\">")
			.append("<div class=\"b\">CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</div>")
			.append("<div class=\"b\">Độc lập - Tự do - Hạnh phúc</div><div>–––––––––––––––––––––––</div>")
			.append("<div class=\"i pre\">").append(esc(header.placeAndDate())).append("</div></td></tr></table>");
		h.append("<h1>BÁO CÁO</h1><h2>").append(esc(header.subject())).append("</h2>");
		for (ReportSections.Section section : ReportSections.of(report)) {
			h.append("<h3>").append(esc(section.heading())).append("</h3>");
			for (ReportSections.Block block : section.blocks()) {
				if (block instanceof ReportSections.Text text) {
					h.append("<p>").append(esc(text.text())).append("</p>");
				}
				else if (block instanceof ReportSections.Item item) {
					h.append("<p>- ").append(esc(item.text())).append("</p>");
				}
				else if (block instanceof ReportSections.Grid grid) {
					grid(h, grid);
				}
			}
		}
		h.append("<table class=\"foot\"><tr><td style=\"width:50%\" class=\"left\">")
			.append("<div class=\"b i left\">Nơi nhận:</div>");
		for (String recipient : report.recipients()) {
			h.append("<div class=\"small left\">- ").append(esc(recipient)).append("</div>");
		}
		h.append("</td><td style=\"width:50%\"><div class=\"b\">").append(esc(header.signerTitle()))
			.append("</div></td></tr></table></body></html>");
		return h.toString();
	}

	private static void grid(StringBuilder h, ReportSections.Grid grid) {
		h.append("<table class=\"grid\"><thead><tr>");
		grid.columns().forEach(c -> h.append("<th>").append(esc(c)).append("</th>"));
		h.append("</tr></thead><tbody>");
		List<List<String>> rows = grid.rows();
		for (int r = 0; r < rows.size(); r++) {
			boolean total = grid.lastRowIsTotal() && r == rows.size() - 1;
			h.append(total ? "<tr class=\"total\">" : "<tr>");
			rows.get(r).forEach(c -> h.append("<td>").append(esc(c)).append("</td>"));
			h.append("</tr>");
		}
		h.append("</tbody></table>");
	}

	private static String esc(String text) {
		if (text == null) {
			return "";
		}
		StringBuilder out = new StringBuilder(text.length());
		for (int i = 0; i < text.length(); i++) {
			char ch = text.charAt(i);
			switch (ch) {
				case '<' -> out.append("&lt;");
				case '>' -> out.append("&gt;");
				case '&' -> out.append("&amp;");
				case '"' -> out.append("&quot;");
				default -> {
					// XML 1.0 forbids most control characters; a stray one in a source text must not break the page
					if (ch >= 0x20 || ch == '\n' || ch == '\t') {
						out.append(ch);
					}
				}
			}
		}
		return out.toString();
	}
}
