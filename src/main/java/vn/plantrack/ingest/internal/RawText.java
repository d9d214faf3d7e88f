package vn.plantrack.ingest.internal;

import java.util.List;

/**
 * What a format reader produced before the common normalisation: text, the encoding it was decoded
 * from, and what the reader had to repair or convert.
 */
public record RawText(String text, String encoding, List<String> notes) {

	public RawText {
		notes = List.copyOf(notes);
	}
}
