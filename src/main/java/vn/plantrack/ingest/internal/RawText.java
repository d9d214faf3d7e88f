package vn.plantrack.ingest.internal;

import java.util.List;

/**
 * What a format reader produced before the common normalisation: text, the encoding it was decoded
 * from, what the reader had to repair or convert, and (PDF) the source page of each output line.
 */
public record RawText(String text, String encoding, List<String> notes, List<Integer> linePages) {

	public RawText {
		notes = List.copyOf(notes);
		linePages = List.copyOf(linePages);
	}

	public RawText(String text, String encoding, List<String> notes) {
		this(text, encoding, notes, List.of());
	}
}
