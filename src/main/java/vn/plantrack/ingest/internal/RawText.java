package vn.plantrack.ingest.internal;

import java.util.List;

/**
 * What a format reader produced before the common normalisation: text, the encoding it was decoded
 * from, what the reader had to repair or convert, and (PDF) the source page of each output line; {@code scan}
 * is what the plain text reader already counted of the text's characters (null: not counted), still true of
 * {@code text} (the reader's later repairs change only line breaks and invisible controls, which it does not count).
 */
public record RawText(String text, String encoding, List<String> notes, List<Integer> linePages, TextScan scan) {

	public RawText {
		notes = List.copyOf(notes);
		linePages = List.copyOf(linePages);
	}

	public RawText(String text, String encoding, List<String> notes, List<Integer> linePages) {
		this(text, encoding, notes, linePages, null);
	}

	public RawText(String text, String encoding, List<String> notes) {
		this(text, encoding, notes, List.of());
	}
}
