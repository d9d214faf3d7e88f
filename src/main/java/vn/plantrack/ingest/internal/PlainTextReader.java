package vn.plantrack.ingest.internal;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;

import vn.plantrack.ingest.UnreadableDocumentException;

/**
 * Reads .txt/.md files. The output keeps the file's lines one to one (line N of the output is line N the
 * user sees in an editor), because every extracted fact cites its source line: only encodings, line
 * terminators and Unicode forms are normalised here, lines are never joined or dropped.
 */
public final class PlainTextReader {

	private static final String WINDOWS_1258 = "windows-1258";

	public RawText read(String fileName, byte[] bytes) throws UnreadableDocumentException {
		List<String> notes = new ArrayList<>();
		Decoded decoded = decode(fileName, bytes, notes);
		String text = decoded.text;
		TextScan scan = TextScan.of(text);
		refuseBinary(fileName, text, scan);
		text = normaliseLineTerminators(text, notes);
		text = dropInvisibleControls(text, notes);
		// both keep every character NFC cares about, but a changed text no longer has them where the scan saw them
		return new RawText(text, decoded.encoding, notes, List.of(), text == decoded.text ? scan : scan.positionsUnknown(text));
	}

	private record Decoded(String text, String encoding) {
	}

	// rule: a byte order mark decides (UTF-8, UTF-16LE/BE); otherwise strict UTF-8; otherwise UTF-16
	// without a mark when every other byte is NUL; otherwise an 8-bit Vietnamese encoding: TCVN3/VNI when
	// their letters show, windows-1258 when it decodes to plausible Vietnamese.
	private Decoded decode(String fileName, byte[] bytes, List<String> notes) throws UnreadableDocumentException {
		if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
			return new Decoded(strict(fileName, bytes, 3, StandardCharsets.UTF_8), "UTF-8");
		}
		if (startsWith(bytes, 0xFF, 0xFE)) {
			return new Decoded(strict(fileName, bytes, 2, StandardCharsets.UTF_16LE), "UTF-16LE");
		}
		if (startsWith(bytes, 0xFE, 0xFF)) {
			return new Decoded(strict(fileName, bytes, 2, StandardCharsets.UTF_16BE), "UTF-16BE");
		}
		String utf8 = utf8(bytes);
		if (utf8 != null) {
			return new Decoded(utf8, "UTF-8");
		}
		Charset utf16 = utf16WithoutMark(bytes);
		if (utf16 != null) {
			String text = tryStrict(bytes, 0, utf16);
			if (text != null) {
				notes.add("Tệp UTF-16 không có BOM; đã nhận dạng theo vị trí byte 0.");
				return new Decoded(text, utf16.name());
			}
		}
		if (hasBinaryBytes(bytes)) {
			throw binary(fileName);
		}
		String latin1 = new String(bytes, StandardCharsets.ISO_8859_1);
		LegacyVietnameseEncodings.Legacy legacy = LegacyVietnameseEncodings.guess(latin1);
		if (legacy != null) {
			// the common path converts it (or refuses it naming the encoding)
			return new Decoded(latin1, legacy.label());
		}
		String windows1258 = windows1258(bytes);
		if (windows1258 != null) {
			notes.add("Tệp không phải UTF-8; đã đọc theo bảng mã windows-1258.");
			return new Decoded(windows1258, WINDOWS_1258);
		}
		throw new UnreadableDocumentException(fileName
				+ ": không nhận ra bảng mã ký tự (không phải UTF-8, UTF-16, windows-1258, TCVN3 hay VNI) — hãy lưu lại dưới dạng UTF-8");
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

	private static String strict(String fileName, byte[] bytes, int offset, Charset charset) throws UnreadableDocumentException {
		String text = tryStrict(bytes, offset, charset);
		if (text == null) {
			throw new UnreadableDocumentException(fileName + ": tệp đánh dấu BOM " + charset.name()
					+ " nhưng chứa byte không hợp lệ với bảng mã đó");
		}
		return text;
	}

	// The String constructor decodes UTF-8 several times faster than a CharsetDecoder and replaces each malformed
	// sequence with U+FFFD: without one in its result the bytes were valid UTF-8 and the text is the strict
	// decoder's. Only a text with U+FFFD (written in the file, or a replacement) needs the strict decoder to tell.
	private static String utf8(byte[] bytes) {
		String text = new String(bytes, StandardCharsets.UTF_8);
		return text.indexOf('\uFFFD') < 0 ? text : tryStrict(bytes, 0, StandardCharsets.UTF_8);
	}

	private static String tryStrict(byte[] bytes, int offset, Charset charset) {
		try {
			return charset.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset))
				.toString();
		}
		catch (CharacterCodingException e) {
			return null;
		}
	}

	// rule: UTF-16 text of a mostly Latin-script language has a NUL in (nearly) every high byte.
	private static Charset utf16WithoutMark(byte[] bytes) {
		if (bytes.length < 4 || bytes.length % 2 != 0) {
			return null;
		}
		int evenNul = 0;
		int oddNul = 0;
		for (int i = 0; i < bytes.length; i++) {
			if (bytes[i] == 0) {
				if (i % 2 == 0) {
					evenNul++;
				}
				else {
					oddNul++;
				}
			}
		}
		int half = bytes.length / 2;
		if (oddNul > half * 0.6 && evenNul == 0) {
			return StandardCharsets.UTF_16LE;
		}
		if (evenNul > half * 0.6 && oddNul == 0) {
			return StandardCharsets.UTF_16BE;
		}
		return null;
	}

	// rule: text never contains NUL, and C0 control characters other than tab, line feed, carriage
	// return and form feed are rare; more than 1 % of them means binary content.
	private static boolean hasBinaryBytes(byte[] bytes) {
		int controls = 0;
		for (byte b : bytes) {
			int v = b & 0xFF;
			if (v == 0) {
				return true;
			}
			if (isOddControl(v)) {
				controls++;
			}
		}
		return controls > bytes.length / 100;
	}

	private static boolean isOddControl(int c) {
		return (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f') || c == 0x7F;
	}

	private static void refuseBinary(String fileName, String text, TextScan scan) throws UnreadableDocumentException {
		if (scan.nul() || scan.suspicious() > text.length() / 100) {
			throw binary(fileName);
		}
	}

	private static UnreadableDocumentException binary(String fileName) {
		return new UnreadableDocumentException(fileName + ": không phải văn bản đọc được (binary content)");
	}

	// rule: windows-1258 writes tones as combining marks after the vowel; it is plausible when every byte
	// is defined and, once composed (NFC), no tone mark is left dangling on a non-vowel.
	private static String windows1258(byte[] bytes) {
		if (!Charset.isSupported(WINDOWS_1258)) {
			return null;
		}
		String text = tryStrict(bytes, 0, Charset.forName(WINDOWS_1258));
		if (text == null) {
			return null;
		}
		String composed = Normalizer.normalize(text, Normalizer.Form.NFC);
		int dangling = 0;
		int letters = 0;
		for (int i = 0; i < composed.length(); i++) {
			char c = composed.charAt(i);
			if (c >= 0x0300 && c <= 0x036F) {
				dangling++;
			}
			else if (Character.isLetter(c)) {
				letters++;
			}
		}
		return letters > 0 && dangling <= letters / 200 ? text : null;
	}

	// rule: CRLF and lone CR (old Mac) each end one line, as editors show them.
	private static String normaliseLineTerminators(String text, List<String> notes) {
		if (text.indexOf('\r') < 0) {
			return text;
		}
		notes.add("Đã chuẩn hoá ký tự xuống dòng (CRLF/CR thành LF).");
		return text.replace("\r\n", "\n").replace('\r', '\n');
	}

	// rule: form feeds (page breaks in exported text) and stray BOMs are invisible in editors and do not
	// start a line; they are removed so that they cannot split words for the parser.
	private static String dropInvisibleControls(String text, List<String> notes) {
		if (text.indexOf('\f') < 0 && text.indexOf('\uFEFF') < 0 && text.indexOf('\u000B') < 0) {
			return text;
		}
		notes.add("Đã bỏ ký tự ngắt trang/điều khiển không hiển thị.");
		return text.replace("\f", "").replace("\uFEFF", "").replace('\u000B', ' ');
	}
}
