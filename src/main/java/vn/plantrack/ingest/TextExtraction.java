package vn.plantrack.ingest;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import vn.plantrack.ingest.internal.DocReader;
import vn.plantrack.ingest.internal.DocumentFormat;
import vn.plantrack.ingest.internal.DocxReader;
import vn.plantrack.ingest.internal.LegacyVietnameseEncodings;
import vn.plantrack.ingest.internal.PdfReader;
import vn.plantrack.ingest.internal.PlainTextReader;
import vn.plantrack.ingest.internal.RawText;
import vn.plantrack.ingest.internal.StreamingPlainText;
import vn.plantrack.ingest.internal.TextScan;

/**
 * Entry point of the ingest core: file bytes to normalised text. Stateless and thread-safe. Whatever the
 * bytes, {@link #extract} either returns text or throws {@link UnreadableDocumentException} with a one-line
 * message naming the file and the problem; no other exception escapes.
 */
public class TextExtraction {

	private final UploadLimits limits;

	public TextExtraction() {
		this(UploadLimits.defaults());
	}

	public TextExtraction(UploadLimits limits) {
		this.limits = limits;
	}

	public UploadLimits limits() {
		return limits;
	}

	/** Reads {@code bytes} of the file called {@code fileName} (the name decides the format). */
	public IngestedText extract(String fileName, byte[] bytes) throws UnreadableDocumentException {
		String name = fileName == null || fileName.isBlank() ? "(tệp không tên)" : fileName.strip();
		if (bytes == null || bytes.length == 0) {
			throw new UnreadableDocumentException(name + ": tệp rỗng (0 byte)");
		}
		if (bytes.length > limits.maxBytes()) {
			throw new UnreadableDocumentException(name + ": tệp " + bytes.length + " byte, vượt giới hạn " + limits.maxBytes()
					+ " byte (maxBytes)");
		}
		DocumentFormat byName = DocumentFormat.ofFileName(name);
		if (byName == null) {
			throw new UnreadableDocumentException(name + ": định dạng không được hỗ trợ — chỉ nhận .txt, .md, .docx, .doc, .pdf");
		}
		DocumentFormat format = DocumentFormat.sniff(bytes, byName);
		try {
			RawText raw = read(format, name, bytes);
			List<String> notes = new ArrayList<>();
			if (format != byName) {
				notes.add("Phần mở rộng là ." + byName.id() + " nhưng nội dung là " + format.id() + "; đã đọc theo " + format.id() + ".");
			}
			notes.addAll(raw.notes());
			return normalise(name, format, raw, notes);
		}
		catch (UnreadableDocumentException e) {
			throw e;
		}
		catch (IOException | RuntimeException | StackOverflowError e) {
			throw new UnreadableDocumentException(name + ": " + describeFailure(format, e), e);
		}
		catch (OutOfMemoryError e) {
			throw new UnreadableDocumentException(name + ": tệp quá lớn để xử lý trong bộ nhớ hiện có", e);
		}
	}

	/**
	 * Reads the text file {@code file} (named {@code fileName}) as a stream of lines, without ever holding it as
	 * bytes or as one string: the result's lines are read again from the file when asked for ({@link FileLines}),
	 * so a local file of hundreds of megabytes is extracted with memory for the position of each line only. Empty when the file is not one that can be streamed: not a .txt/.md name, or not plain UTF-8
	 * Unicode text (another encoding, a legacy font, binary content, no visible text, over
	 * {@link UploadLimits#maxCharacters()}); the caller then reads its bytes with {@link #extract}, which gives
	 * the usual result or message. The size limit {@link UploadLimits#maxBytes()} is the caller's to check.
	 *
	 * @throws IOException when the file cannot be read
	 */
	public Optional<IngestedLines> streamLines(String fileName, Path file) throws IOException {
		String name = fileName == null || fileName.isBlank() ? "(tệp không tên)" : fileName.strip();
		if (DocumentFormat.ofFileName(name) != DocumentFormat.TXT) {
			return Optional.empty();
		}
		StreamingPlainText.Lines read = new StreamingPlainText().read(file, limits.maxCharacters());
		if (read == null) {
			return Optional.empty();
		}
		FileLines lines = new FileLines(file, read.starts(), read.lengths(), read.normalised());
		return Optional.of(new IngestedLines(name, DocumentFormat.TXT.id(), read.encoding(), lines, read.notes()));
	}

	private RawText read(DocumentFormat format, String name, byte[] bytes) throws UnreadableDocumentException, IOException {
		switch (format) {
			case DOCX:
				return new DocxReader().read(name, bytes, limits);
			case DOC:
				return new DocReader().read(name, bytes, limits);
			case PDF:
				return new PdfReader().read(name, bytes, limits);
			default:
				return new PlainTextReader().read(name, bytes);
		}
	}

	// rule: every format ends the same way: legacy-font text converted (or refused), Unicode NFC, and a
	// file with no visible text refused, since nothing could be extracted from it.
	private IngestedText normalise(String name, DocumentFormat format, RawText raw, List<String> notes)
			throws UnreadableDocumentException {
		String text = raw.text();
		if (text.length() > limits.maxCharacters()) {
			throw new UnreadableDocumentException(name + ": văn bản dài hơn giới hạn " + limits.maxCharacters() + " ký tự (maxCharacters)");
		}
		String encoding = raw.encoding();
		TextScan scan = raw.scan() != null ? raw.scan() : TextScan.of(text);
		LegacyVietnameseEncodings.Conversion conversion = LegacyVietnameseEncodings.convertIfLegacy(name, text, scan.census());
		boolean stable = scan.stable();
		boolean converted = conversion.convertedFrom() != null;
		if (converted) {
			text = conversion.text();
			stable = false;
			encoding = format == DocumentFormat.TXT ? conversion.convertedFrom().label() : encoding;
			notes.add("Đã chuyển từ bảng mã " + conversion.convertedFrom().label() + " sang Unicode.");
		}
		// a text of stable characters is already NFC; otherwise only its lines with other characters are looked at
		// (a converted text is new: the scan's positions are not its own)
		String nfc = stable ? text : converted ? TextScan.nfc(text) : scan.nfcOf(text);
		if (!nfc.equals(text)) {
			notes.add("Đã chuẩn hoá Unicode về dạng dựng sẵn (NFC).");
		}
		if (nfc.isBlank()) {
			throw new UnreadableDocumentException(name + ": tệp không có nội dung văn bản");
		}
		return new IngestedText(name, format.id(), encoding, nfc, notes, raw.linePages());
	}

	private static String describeFailure(DocumentFormat format, Throwable e) {
		String detail = rootMessage(e);
		if (detail.toLowerCase(java.util.Locale.ROOT).contains("zip bomb")) {
			return "tệp nén giải ra quá lớn so với kích thước (nghi zip bomb) — từ chối";
		}
		switch (format) {
			case DOCX:
				return "tệp DOCX bị hỏng hoặc không phải tài liệu Word (" + detail + ")";
			case DOC:
				return "tệp DOC bị hỏng, được đặt mật khẩu hoặc không phải tài liệu Word 97-2003 (" + detail + ")";
			case PDF:
				return "tệp PDF bị hỏng hoặc không đọc được (" + detail + ")";
			default:
				return "không đọc được tệp văn bản (" + detail + ")";
		}
	}

	private static String rootMessage(Throwable e) {
		Throwable cause = e;
		String message = null;
		int depth = 0;
		while (cause != null && depth++ < 10) {
			if (cause.getMessage() != null && !cause.getMessage().isBlank()) {
				message = cause.getMessage();
			}
			cause = cause.getCause();
		}
		if (message == null) {
			message = e.getClass().getSimpleName();
		}
		// keep the message on one line and short
		String oneLine = message.replaceAll("\\s+", " ").strip();
		return oneLine.length() > 160 ? oneLine.substring(0, 160) + "…" : oneLine;
	}
}
