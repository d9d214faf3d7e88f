package vn.plantrack.ingest.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFSDT;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;

import vn.plantrack.ingest.UnreadableDocumentException;
import vn.plantrack.ingest.UploadLimits;

/**
 * Reads .docx with POI XWPF into the same plain shape as the sample texts: one line per body paragraph
 * in document order, one line per table row with cells separated by TAB. Running headers and footers are
 * left out (they repeat on every page and carry no plan content).
 */
public final class DocxReader {

	static {
		// POI's zip-bomb guard: refuse parts that inflate more than 100x (the default is 100x too, but it
		// is a global setting that someone else may have relaxed) or exceed 500 MB uncompressed.
		ZipSecureFile.setMinInflateRatio(0.01);
		ZipSecureFile.setMaxEntrySize(500L * 1024 * 1024);
	}

	public RawText read(String fileName, byte[] bytes, UploadLimits limits) throws UnreadableDocumentException, IOException {
		ZipPreflight.check(fileName, bytes);
		TableShapePreflight.check(fileName, bytes);
		LineCollector out = new LineCollector(fileName, limits);
		List<String> notes = new ArrayList<>();
		try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(bytes))) {
			WordListNumbers numbers = new WordListNumbers();
			for (IBodyElement element : document.getBodyElements()) {
				if (element instanceof XWPFParagraph paragraph) {
					out.line(numbers.prefix(paragraph) + paragraph.getText());
				}
				else if (element instanceof XWPFTable table) {
					renderTable(table, out, 1);
				}
				else if (element instanceof XWPFSDT contentControl) {
					out.line(contentControl.getContent().getText());
				}
			}
		}
		return new RawText(out.text(), "UTF-8", notes);
	}

	// rule: a table row is one line, its cells separated by TAB; a cell that continues a vertical merge
	// is empty (the parser fills it down), a cell spanning n grid columns is its text then n-1 empty
	// cells, so every row of a table has the same column positions.
	private void renderTable(XWPFTable table, LineCollector out, int depth) throws UnreadableDocumentException {
		out.nesting(depth);
		for (XWPFTableRow row : table.getRows()) {
			List<String> cells = new ArrayList<>();
			for (XWPFTableCell cell : row.getTableCells()) {
				CTTcPr properties = cell.getCTTc().getTcPr();
				int span = gridSpan(properties);
				out.cells(span);
				cells.add(isMergeContinuation(properties) ? "" : cellText(cell, out, depth));
				for (int i = 1; i < span; i++) {
					cells.add("");
				}
			}
			out.line(String.join("\t", cells));
		}
	}

	private static int gridSpan(CTTcPr properties) {
		if (properties == null || !properties.isSetGridSpan() || properties.getGridSpan().getVal() == null) {
			return 1;
		}
		BigInteger span = properties.getGridSpan().getVal();
		// a span is bounded by Word's 63-column maximum; anything else is a malformed file
		return Math.max(1, Math.min(63, span.intValue()));
	}

	private static boolean isMergeContinuation(CTTcPr properties) {
		if (properties == null) {
			return false;
		}
		if (properties.isSetVMerge()) {
			STMerge.Enum value = properties.getVMerge().getVal();
			// <w:vMerge/> without a value means "continue"
			return value == null || value == STMerge.CONTINUE;
		}
		if (properties.isSetHMerge()) {
			STMerge.Enum value = properties.getHMerge().getVal();
			return value == null || value == STMerge.CONTINUE;
		}
		return false;
	}

	// rule: a cell is one field: its paragraphs (and any nested table) joined by spaces; a cell whose text
	// is all bold is wrapped in <b>...</b> as in the sample texts, where bold rows mark task groups.
	private String cellText(XWPFTableCell cell, LineCollector out, int depth) throws UnreadableDocumentException {
		List<String> parts = new ArrayList<>();
		boolean allBold = true;
		boolean anyText = false;
		for (IBodyElement element : cell.getBodyElements()) {
			if (element instanceof XWPFParagraph paragraph) {
				parts.add(paragraph.getText());
				for (XWPFRun run : paragraph.getRuns()) {
					String text = run.text();
					if (text != null && !text.isBlank()) {
						anyText = true;
						allBold &= run.isBold();
					}
				}
			}
			else if (element instanceof XWPFTable nested) {
				allBold = false;
				parts.add(nestedTableText(nested, out, depth + 1));
			}
			else if (element instanceof XWPFSDT contentControl) {
				allBold = false;
				parts.add(contentControl.getContent().getText());
			}
		}
		String text = squeeze(String.join(" ", parts));
		return anyText && allBold && !text.isEmpty() ? "<b>" + text + "</b>" : text;
	}

	private String nestedTableText(XWPFTable table, LineCollector out, int depth) throws UnreadableDocumentException {
		out.nesting(depth);
		List<String> rows = new ArrayList<>();
		for (XWPFTableRow row : table.getRows()) {
			List<String> cells = new ArrayList<>();
			for (XWPFTableCell cell : row.getTableCells()) {
				out.cells(1);
				cells.add(cellText(cell, out, depth));
			}
			rows.add(String.join(" ", cells));
		}
		return String.join("; ", rows);
	}

	// cell-internal line breaks and tabs would break the one-row-one-line, TAB-between-cells shape
	private static String squeeze(String text) {
		return text.replaceAll("[\\t\\n\\r\\u000B]+", " ").replaceAll(" {2,}", " ").strip();
	}
}
