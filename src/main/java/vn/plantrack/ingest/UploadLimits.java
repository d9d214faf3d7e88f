package vn.plantrack.ingest;

/**
 * Hard limits that keep one upload from exhausting the server. Exceeding any of them refuses the file
 * with an {@link UnreadableDocumentException} that names the limit, instead of running out of memory or
 * time halfway through an import.
 *
 * @param maxBytes size of the uploaded file. 50 MB: the largest real planning document we have seen (a
 *        scanned-then-OCRed PDF with appendices) is under 20 MB; Word and text files are far smaller.
 * @param maxCharacters characters of extracted text. 100 million: a DOCX can inflate a lot (zip), and the
 *        text is held in memory several times over by the later stages; real documents have well under
 *        one million characters.
 * @param maxPdfPages pages of one PDF. 2,000: provincial plans with all appendices run to a few hundred
 *        pages; more means a compilation or a hostile file, and text extraction is linear in pages.
 * @param maxTableCells table cells in one document (DOCX/DOC). 200,000: the biggest appendix table in the
 *        samples has about 120 rows by 8 columns; a million-cell table is a spreadsheet or a zip bomb.
 * @param maxTableNesting tables inside table cells. 5 levels: planning documents nest at most one level
 *        (a small table inside a cell); deep nesting is only produced to attack recursive readers.
 */
public record UploadLimits(long maxBytes, long maxCharacters, int maxPdfPages, int maxTableCells, int maxTableNesting) {

	public static final long DEFAULT_MAX_BYTES = 50L * 1024 * 1024;

	public static final long DEFAULT_MAX_CHARACTERS = 100_000_000L;

	/** A local file given on the command line: 1 GiB (a streamed text file is not held in memory). */
	public static final long LOCAL_MAX_BYTES = 1024L * 1024 * 1024;

	/** Characters of a local text: 1 billion, below the 2^31 a Java string or array can index. */
	public static final long LOCAL_MAX_CHARACTERS = 1_000_000_000L;

	public static final int DEFAULT_MAX_PDF_PAGES = 2_000;

	public static final int DEFAULT_MAX_TABLE_CELLS = 200_000;

	public static final int DEFAULT_MAX_TABLE_NESTING = 5;

	public UploadLimits {
		if (maxBytes <= 0 || maxCharacters <= 0 || maxPdfPages <= 0 || maxTableCells <= 0 || maxTableNesting < 0) {
			throw new IllegalArgumentException("upload limits must be positive");
		}
	}

	/** The limits the application runs with unless configured otherwise. */
	public static UploadLimits defaults() {
		return new UploadLimits(DEFAULT_MAX_BYTES, DEFAULT_MAX_CHARACTERS, DEFAULT_MAX_PDF_PAGES, DEFAULT_MAX_TABLE_CELLS,
				DEFAULT_MAX_TABLE_NESTING);
	}

	/**
	 * The limits for a file the user extracts on their own machine ({@code plantrack extract FILE}): the upload
	 * limits protect a server shared by many users from one upload; a local run only spends the user's own
	 * memory, and a plain-text file is streamed (see {@link TextExtraction#streamLines}), so a 100 MB text is
	 * accepted. PDF/DOCX/DOC keep the upload limits on pages, cells and nesting (their libraries hold the whole
	 * document in memory anyway).
	 */
	public static UploadLimits localFiles() {
		return new UploadLimits(LOCAL_MAX_BYTES, LOCAL_MAX_CHARACTERS, DEFAULT_MAX_PDF_PAGES, DEFAULT_MAX_TABLE_CELLS,
				DEFAULT_MAX_TABLE_NESTING);
	}
}
