package vn.plantrack.ingest;

import java.util.List;

/**
 * The normalised text of one source file. For text formats its lines are the lines of the file as an
 * editor shows them (so line numbers reported anywhere refer to the user's file); for DOCX/DOC/PDF its
 * lines are those of the plain text rendering that {@code extract --format text} prints.
 *
 * @param source the file name as given by the user
 * @param format detected format (txt, docx, doc, pdf)
 * @param encoding the character encoding the bytes were decoded from (e.g. UTF-8, UTF-16LE, windows-1258)
 * @param text UTF-8 NFC text, lines separated by '\n'
 * @param notes what the ingester had to repair or convert, one sentence each
 * @param linePages for each line of {@code text} (index 0 is line 1), the 1-based page of the source it
 *        came from; empty when the format has no reliable pages (text files, DOCX, DOC)
 */
public record IngestedText(String source, String format, String encoding, String text, List<String> notes,
		List<Integer> linePages) {

	public IngestedText {
		notes = List.copyOf(notes);
		linePages = List.copyOf(linePages);
	}

	/** Text without page information (text files, Word documents). */
	public IngestedText(String source, String format, String encoding, String text, List<String> notes) {
		this(source, format, encoding, text, notes, List.of());
	}

	/** The 1-based source page of a 1-based output line, or 0 when unknown. */
	public int pageOfLine(int line) {
		return line >= 1 && line <= linePages.size() ? linePages.get(line - 1) : 0;
	}
}
