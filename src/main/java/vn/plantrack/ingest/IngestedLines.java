package vn.plantrack.ingest;

import java.util.List;

/**
 * The normalised text of one plain-text file read as a stream ({@link TextExtraction#streamLines}): the same
 * lines as {@code PlanParser.lines(ingestedText.text())} of the whole-file path, read from the file
 * when asked for ({@link FileLines}) instead of held as one string.
 *
 * @param source the file name as given by the user
 * @param format always "txt" (only text files are streamed)
 * @param encoding the character encoding the bytes were decoded from (UTF-8)
 * @param lines the lines of the text, line 1 at index 0
 * @param notes what the ingester had to repair or convert, one sentence each
 */
public record IngestedLines(String source, String format, String encoding, FileLines lines, List<String> notes) {

	public IngestedLines {
		notes = List.copyOf(notes);
	}
}
