package vn.plantrack.ingest.internal;

import java.util.Locale;

/** The file formats PlanTrack accepts, decided by the file name's extension. */
public enum DocumentFormat {

	TXT("txt"), DOCX("docx"), DOC("doc"), PDF("pdf");

	private final String id;

	DocumentFormat(String id) {
		this.id = id;
	}

	/** The short name reported in {@code IngestedText.format}. */
	public String id() {
		return id;
	}

	/** The format named by the extension, or null when the extension is not supported. */
	public static DocumentFormat ofFileName(String fileName) {
		String name = fileName.toLowerCase(Locale.ROOT).strip();
		int dot = name.lastIndexOf('.');
		String extension = dot < 0 ? "" : name.substring(dot + 1);
		switch (extension) {
			case "txt":
			case "md":
			case "markdown":
			case "text":
				return TXT;
			case "docx":
				return DOCX;
			case "doc":
				return DOC;
			case "pdf":
				return PDF;
			default:
				return null;
		}
	}

	// rule: the content's magic number wins over a wrong extension among the binary formats (a .doc
	// saved as .docx, a PDF named .doc), because users rename files; text is never reinterpreted.
	public static DocumentFormat sniff(byte[] bytes, DocumentFormat byName) {
		if (byName == TXT) {
			return TXT;
		}
		if (startsWith(bytes, '%', 'P', 'D', 'F')) {
			return PDF;
		}
		if (startsWith(bytes, 'P', 'K', 3, 4)) {
			return DOCX;
		}
		if (startsWith(bytes, 0xD0, 0xCF, 0x11, 0xE0)) {
			return DOC;
		}
		return byName;
	}

	private static boolean startsWith(byte[] bytes, int... prefix) {
		if (bytes.length < prefix.length) {
			return false;
		}
		for (int i = 0; i < prefix.length; i++) {
			if ((bytes[i] & 0xFF) != prefix[i]) {
				return false;
			}
		}
		return true;
	}
}
