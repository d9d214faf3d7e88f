package vn.plantrack.ingest.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.hwpf.HWPFDocument;
import org.apache.poi.hwpf.OldWordFileFormatException;
import org.apache.poi.hwpf.usermodel.Paragraph;
import org.apache.poi.hwpf.usermodel.Range;
import org.apache.poi.hwpf.usermodel.Table;
import org.apache.poi.hwpf.usermodel.TableCell;
import org.apache.poi.hwpf.usermodel.TableRow;

import vn.plantrack.ingest.UnreadableDocumentException;
import vn.plantrack.ingest.UploadLimits;

/**
 * Reads legacy Word 97-2003 .doc files with POI HWPF into the same shape as {@link DocxReader}: one
 * line per paragraph, one TAB-separated line per table row.
 */
public final class DocReader {

	public RawText read(String fileName, byte[] bytes, UploadLimits limits) throws UnreadableDocumentException, IOException {
		LineCollector out = new LineCollector(fileName, limits);
		try (HWPFDocument document = new HWPFDocument(new ByteArrayInputStream(bytes))) {
			Range range = document.getRange();
			int paragraphs = range.numParagraphs();
			for (int i = 0; i < paragraphs; i++) {
				Paragraph paragraph = range.getParagraph(i);
				if (paragraph.isInTable()) {
					Table table = range.getTable(paragraph);
					renderTable(table, out);
					// a table always covers at least the paragraph it was found from
					i += Math.max(1, table.numParagraphs()) - 1;
					continue;
				}
				out.line(paragraphText(paragraph.text()));
			}
		}
		catch (OldWordFileFormatException e) {
			throw new UnreadableDocumentException(fileName + ": tệp Word 6.0/95 quá cũ, không đọc được — hãy mở bằng Word và lưu lại thành .docx", e);
		}
		return new RawText(out.text(), "UTF-8", List.of());
	}

	// rule: same table shape as DOCX: TAB between cells; a cell continuing a vertical or horizontal merge
	// is empty so that column positions and fill-down work as in the sample texts.
	private static void renderTable(Table table, LineCollector out) throws UnreadableDocumentException {
		for (int r = 0; r < table.numRows(); r++) {
			TableRow row = table.getRow(r);
			List<String> cells = new ArrayList<>();
			out.cells(row.numCells());
			for (int c = 0; c < row.numCells(); c++) {
				TableCell cell = row.getCell(c);
				boolean continuation = (cell.isVerticallyMerged() && !cell.isFirstVerticallyMerged())
						|| (cell.isMerged() && !cell.isFirstMerged());
				cells.add(continuation ? "" : cellText(cell.text()));
			}
			out.line(String.join("\t", cells));
		}
	}

	// Word's binary text uses \r for paragraph ends, \u000B for line breaks, \u0007 for cell ends and
	// \u0013..\u0014..\u0015 around field codes (page numbers, references) whose instructions are noise.
	private static String paragraphText(String raw) {
		return clean(raw).replace('\u000B', '\n').strip();
	}

	private static String cellText(String raw) {
		return clean(raw).replaceAll("[\\s\\u000B]+", " ").strip();
	}

	private static String clean(String raw) {
		String text = Range.stripFields(raw);
		StringBuilder out = new StringBuilder(text.length());
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c == '\r' || c == '\u0007') {
				out.append(' ');
			}
			else if (c == '\t' || c == '\u000B' || c >= 0x20) {
				out.append(c);
			}
		}
		return out.toString().replaceAll(" +$", "");
	}
}
