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
 */
public record IngestedText(String source, String format, String encoding, String text, List<String> notes) {
}
