package vn.plantrack.ingest.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import vn.plantrack.ingest.UnreadableDocumentException;

/**
 * Counts the cells of each table row in a DOCX's main part before POI parses it. POI's XML layer slows
 * down with the square of the cells in one row (a 54 KB file with two rows of 10,000 cells took minutes),
 * so an absurdly wide row is refused up front, in one streaming pass that holds a few bytes.
 */
final class TableShapePreflight {

	// rule: Word allows at most 63 columns (LibreOffice and Google Docs fewer), and a cell spanning several
	// grid columns is still one <w:tc>; 256 cells in one row is only ever a generated or hostile file.
	static final int MAX_CELLS_PER_ROW = 256;

	private static final byte[] ROW = "<w:tr".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

	private static final byte[] CELL = "<w:tc".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

	private TableShapePreflight() {
	}

	static void check(String fileName, byte[] bytes) throws UnreadableDocumentException {
		try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
			ZipEntry entry;
			while ((entry = zip.getNextEntry()) != null) {
				if (entry.getName().equals("word/document.xml")) {
					int widest = widestRow(zip);
					if (widest > MAX_CELLS_PER_ROW) {
						throw new UnreadableDocumentException(fileName + ": bảng có hàng " + widest + " ô, vượt giới hạn "
								+ MAX_CELLS_PER_ROW + " ô mỗi hàng (Word tối đa 63 cột) — từ chối");
					}
					return;
				}
			}
		}
		catch (IOException | IllegalArgumentException e) {
			// a damaged zip is reported by ZipPreflight and POI with their own messages
		}
	}

	// a nested table's row restarts the count, so a row is never over-counted; stops early once over the limit
	private static int widestRow(InputStream xml) throws IOException {
		byte[] buffer = new byte[1 << 16];
		int widest = 0;
		int cells = 0;
		int rowMatched = 0;
		int cellMatched = 0;
		boolean rowPending = false;
		boolean cellPending = false;
		int read;
		while ((read = xml.read(buffer)) > 0) {
			for (int i = 0; i < read; i++) {
				byte b = buffer[i];
				// "<w:tr" or "<w:tc" counts only when followed by '>', ' ' or '/': not "<w:trPr", "<w:tcPr"
				if (rowPending) {
					rowPending = false;
					if (b == '>' || b == ' ' || b == '/') {
						cells = 0;
					}
				}
				if (cellPending) {
					cellPending = false;
					if (b == '>' || b == ' ' || b == '/') {
						cells++;
						widest = Math.max(widest, cells);
						if (widest > MAX_CELLS_PER_ROW) {
							return widest;
						}
					}
				}
				rowMatched = b == ROW[rowMatched] ? rowMatched + 1 : (b == ROW[0] ? 1 : 0);
				if (rowMatched == ROW.length) {
					rowPending = true;
					rowMatched = 0;
				}
				cellMatched = b == CELL[cellMatched] ? cellMatched + 1 : (b == CELL[0] ? 1 : 0);
				if (cellMatched == CELL.length) {
					cellPending = true;
					cellMatched = 0;
				}
			}
		}
		return widest;
	}
}
