package vn.plantrack.reporting.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFHeader;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTable.XWPFBorderType;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;

import vn.plantrack.reporting.PlanReport;

/**
 * Lays a {@link PlanReport} out as a Word document in the form of Nghị định 30/2020/NĐ-CP (Phụ lục I):
 * A4, Times New Roman, the issuing body and the national motto side by side in a borderless table, the
 * number left blank for the office to fill, "BÁO CÁO" and the subject centred, then the body, "Nơi nhận"
 * and the signature block side by side.
 */
public final class DocxReportWriter {

	private static final String FONT = "Times New Roman";

	public byte[] write(PlanReport report) {
		try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			pageSetup(doc);
			pageNumbers(doc);
			header(doc, report.header());
			for (ReportSections.Section section : ReportSections.of(report)) {
				heading(doc, section.heading());
				for (ReportSections.Block block : section.blocks()) {
					if (block instanceof ReportSections.Text text) {
						paragraph(doc, text.text(), false, false, ParagraphAlignment.BOTH).setIndentationFirstLine(567);
					}
					else if (block instanceof ReportSections.Item item) {
						paragraph(doc, "- " + item.text(), false, false, ParagraphAlignment.BOTH)
							.setIndentationFirstLine(567);
					}
					else if (block instanceof ReportSections.Grid grid) {
						grid(doc, grid);
					}
				}
			}
			closing(doc, report);
			doc.write(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	// rule (NĐ 30/2020): A4; margins top/bottom 20 mm, left 30 mm, right 15 mm
	private static void pageSetup(XWPFDocument doc) {
		CTSectPr section = doc.getDocument().getBody().addNewSectPr();
		CTPageSz size = section.addNewPgSz();
		size.setW(BigInteger.valueOf(11906));
		size.setH(BigInteger.valueOf(16838));
		CTPageMar margins = section.addNewPgMar();
		margins.setTop(BigInteger.valueOf(1134));
		margins.setBottom(BigInteger.valueOf(1134));
		margins.setLeft(BigInteger.valueOf(1701));
		margins.setRight(BigInteger.valueOf(850));
	}

	// rule (NĐ 30/2020, Phụ lục I): page numbers in Arabic figures, centred in the top margin, from the second
	// page on; the first page has a header of its own, left empty
	private static void pageNumbers(XWPFDocument doc) {
		doc.getDocument().getBody().getSectPr().addNewTitlePg();
		doc.createHeader(HeaderFooterType.FIRST);
		XWPFHeader numbered = doc.createHeader(HeaderFooterType.DEFAULT);
		XWPFParagraph paragraph = numbered.createParagraph();
		paragraph.setAlignment(ParagraphAlignment.CENTER);
		paragraph.getCTP().addNewFldSimple().setInstr("PAGE");
	}

	private static void header(XWPFDocument doc, PlanReport.Header header) {
		XWPFTable table = borderless(doc, 2);
		XWPFTableCell left = table.getRow(0).getCell(0);
		XWPFTableCell right = table.getRow(0).getCell(1);
		left.setWidth("40%");
		right.setWidth("60%");
		List<XWPFParagraph> leftLines = new ArrayList<>();
		if (header.superior() != null) {
			leftLines.add(cellLine(left, header.superior(), false, false, 12));
		}
		leftLines.add(cellLine(left, header.issuer(), true, false, 12));
		leftLines.add(cellLine(left, "–––––––", false, false, 12));
		leftLines.add(cellLine(left, header.numberLine(), false, false, 13));
		removeFirstEmpty(left);
		cellLine(right, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", true, false, 12);
		cellLine(right, "Độc lập - Tự do - Hạnh phúc", true, false, 13);
		cellLine(right, "–––––––––––––––––––––––", false, false, 12);
		cellLine(right, header.placeAndDate(), false, true, 13);
		removeFirstEmpty(right);

		paragraph(doc, "", false, false, ParagraphAlignment.CENTER);
		paragraph(doc, "BÁO CÁO", true, false, ParagraphAlignment.CENTER).setSpacingAfter(0);
		paragraph(doc, header.subject(), true, false, ParagraphAlignment.CENTER);
		paragraph(doc, "–––––––––––", false, false, ParagraphAlignment.CENTER);
	}

	private static void closing(XWPFDocument doc, PlanReport report) {
		paragraph(doc, "", false, false, ParagraphAlignment.LEFT);
		XWPFTable table = borderless(doc, 2);
		XWPFTableCell left = table.getRow(0).getCell(0);
		XWPFTableCell right = table.getRow(0).getCell(1);
		left.setWidth("50%");
		right.setWidth("50%");
		XWPFParagraph to = left.addParagraph();
		to.setAlignment(ParagraphAlignment.LEFT);
		XWPFRun label = run(to, "Nơi nhận:", 12);
		label.setBold(true);
		label.setItalic(true);
		for (String recipient : report.recipients()) {
			XWPFParagraph line = left.addParagraph();
			line.setSpacingAfter(0);
			run(line, "- " + recipient, 11);
		}
		removeFirstEmpty(left);
		cellLine(right, report.header().signerTitle(), true, false, 13);
		for (int i = 0; i < 4; i++) {
			cellLine(right, "", false, false, 13);
		}
		removeFirstEmpty(right);
	}

	private static void heading(XWPFDocument doc, String text) {
		XWPFParagraph p = paragraph(doc, text, true, false, ParagraphAlignment.LEFT);
		p.setIndentationFirstLine(567);
		p.setSpacingBefore(120);
	}

	private static void grid(XWPFDocument doc, ReportSections.Grid grid) {
		XWPFTable table = doc.createTable(grid.rows().size() + 1, grid.columns().size());
		table.setWidth("100%");
		fill(table.getRow(0), grid.columns(), true);
		for (int r = 0; r < grid.rows().size(); r++) {
			fill(table.getRow(r + 1), grid.rows().get(r), r == grid.rows().size() - 1 && grid.lastRowIsTotal());
		}
		paragraph(doc, "", false, false, ParagraphAlignment.LEFT).setSpacingAfter(0);
	}

	private static void fill(XWPFTableRow row, List<String> cells, boolean bold) {
		for (int c = 0; c < cells.size(); c++) {
			XWPFTableCell cell = row.getCell(c);
			XWPFParagraph p = cell.getParagraphs().get(0);
			p.setSpacingAfter(0);
			XWPFRun run = run(p, cells.get(c), 11);
			run.setBold(bold);
		}
	}

	private static XWPFTable borderless(XWPFDocument doc, int columns) {
		XWPFTable table = doc.createTable(1, columns);
		table.setWidth("100%");
		table.setTopBorder(XWPFBorderType.NONE, 0, 0, "auto");
		table.setBottomBorder(XWPFBorderType.NONE, 0, 0, "auto");
		table.setLeftBorder(XWPFBorderType.NONE, 0, 0, "auto");
		table.setRightBorder(XWPFBorderType.NONE, 0, 0, "auto");
		table.setInsideHBorder(XWPFBorderType.NONE, 0, 0, "auto");
		table.setInsideVBorder(XWPFBorderType.NONE, 0, 0, "auto");
		return table;
	}

	private static XWPFParagraph cellLine(XWPFTableCell cell, String text, boolean bold, boolean italic, int size) {
		XWPFParagraph p = cell.addParagraph();
		p.setAlignment(ParagraphAlignment.CENTER);
		p.setSpacingAfter(0);
		XWPFRun run = run(p, text, size);
		run.setBold(bold);
		run.setItalic(italic);
		return p;
	}

	// a new cell starts with one empty paragraph; the lines were added after it
	private static void removeFirstEmpty(XWPFTableCell cell) {
		if (cell.getParagraphs().size() > 1 && cell.getParagraphs().get(0).getText().isEmpty()) {
			cell.removeParagraph(0);
		}
	}

	private static XWPFParagraph paragraph(XWPFDocument doc, String text, boolean bold, boolean italic,
			ParagraphAlignment alignment) {
		XWPFParagraph p = doc.createParagraph();
		p.setAlignment(alignment);
		p.setSpacingAfter(80);
		XWPFRun run = run(p, text, 14);
		run.setBold(bold);
		run.setItalic(italic);
		return p;
	}

	private static XWPFRun run(XWPFParagraph p, String text, int size) {
		XWPFRun run = p.createRun();
		run.setFontFamily(FONT);
		run.setFontSize(size);
		run.setText(text);
		return run;
	}
}
