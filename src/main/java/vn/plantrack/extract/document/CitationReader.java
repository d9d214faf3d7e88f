package vn.plantrack.extract.document;

import java.util.List;

import vn.plantrack.extract.CitationItem;

/** Finds the documents a text cites. */
public final class CitationReader {

	private CitationReader() {
	}

	public static List<CitationItem> read(List<String> lines) {
		return List.of();
	}
}
