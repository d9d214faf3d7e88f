package vn.plantrack.extract.document;

import java.util.List;

import vn.plantrack.extract.DocumentInfo;

/** Reads a document's kind, symbol, date, issuer, locality, term and signer from its text. */
public final class MetadataReader {

	private MetadataReader() {
	}

	public static DocumentInfo read(String source, List<String> lines) {
		return new DocumentInfo(null, null, null, null, null, null, null, List.of(), List.of());
	}
}
