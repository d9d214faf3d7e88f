package vn.plantrack.ingest;

import java.nio.charset.StandardCharsets;
import java.util.List;

import vn.plantrack.shared.text.VietText;

/** Entry point of the ingest core: file bytes to normalised text. Stateless and thread-safe. */
public class TextExtraction {

	/** Reads {@code bytes} of the file called {@code fileName} (the name decides the format). */
	public IngestedText extract(String fileName, byte[] bytes) throws UnreadableDocumentException {
		if (bytes.length == 0) {
			throw new UnreadableDocumentException(fileName + ": the file is empty");
		}
		String text = new String(bytes, StandardCharsets.UTF_8).replace("\r\n", "\n");
		return new IngestedText(fileName, "txt", "UTF-8", VietText.nfc(text), List.of());
	}
}
