package vn.plantrack.ingest.internal;

import vn.plantrack.ingest.UnreadableDocumentException;
import vn.plantrack.ingest.UploadLimits;

/**
 * Collects the output lines of a structured document (DOCX, DOC, PDF) while enforcing the character and
 * table-cell limits as it goes, so that a hostile file is stopped before it fills the memory.
 */
public final class LineCollector {

	private final String fileName;

	private final UploadLimits limits;

	private final StringBuilder text = new StringBuilder();

	private int lines;

	private long cells;

	public LineCollector(String fileName, UploadLimits limits) {
		this.fileName = fileName;
		this.limits = limits;
	}

	/** Appends one output line; embedded line breaks start further lines. */
	public void line(String line) throws UnreadableDocumentException {
		if (text.length() + (long) line.length() + 1 > limits.maxCharacters()) {
			throw new UnreadableDocumentException(fileName + ": văn bản dài hơn giới hạn " + limits.maxCharacters()
					+ " ký tự (maxCharacters)");
		}
		text.append(line).append('\n');
		lines++;
	}

	/** Counts table cells read so far against the document-wide limit. */
	public void cells(int count) throws UnreadableDocumentException {
		cells += count;
		if (cells > limits.maxTableCells()) {
			throw new UnreadableDocumentException(fileName + ": bảng có hơn " + limits.maxTableCells()
					+ " ô, vượt giới hạn (maxTableCells)");
		}
	}

	/** Refuses a table nested deeper than the limit. */
	public void nesting(int depth) throws UnreadableDocumentException {
		if (depth > limits.maxTableNesting()) {
			throw new UnreadableDocumentException(fileName + ": bảng lồng nhau quá " + limits.maxTableNesting()
					+ " cấp (maxTableNesting)");
		}
	}

	public int lineCount() {
		return lines;
	}

	public String fileName() {
		return fileName;
	}

	public String text() {
		return text.toString();
	}
}
