package vn.plantrack.ingest.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import vn.plantrack.shared.text.VietText;

/**
 * Reads a UTF-8 text file once, 64 KB at a time, and notes where each line starts and ends (in UTF-8 a line break
 * byte is never part of another character, so lines are found in the bytes): the file is never held as bytes nor
 * as a string, and its lines are read again from the file when a reader asks for one (see ingest's FileLines).
 * Each line is decoded here once to apply, line by line, the same normalisation as {@link PlainTextReader}
 * followed by the common ending of the ingest (CRLF/CR to LF, form feeds/BOMs dropped, vertical tab to space,
 * NFC), which gives the same lines because none of those steps looks across a line break; the few lines it
 * changes are kept as text.
 *
 * <p>Only the common case is streamed: strict UTF-8 Unicode text. Whatever needs the whole file to decide (not
 * UTF-8, UTF-16, a NUL, more than 1 % control characters, letters of a legacy font (TCVN3/VNI), no visible text,
 * more characters than allowed) makes {@link #read} return null, and the caller reads the file the ordinary way,
 * which converts it or refuses it with its usual message.
 */
public final class StreamingPlainText {

	/**
	 * Where the lines are and what the reading normalised (same sentences as {@link PlainTextReader}).
	 *
	 * @param starts byte offset in the file of each line's first byte
	 * @param lengths byte length of each line, its line break excluded
	 * @param normalised the text of the lines that differ from their decoded bytes, by index
	 */
	public record Lines(long[] starts, int[] lengths, Map<Integer, String> normalised, String encoding, List<String> notes) {
	}

	private static final int BUFFER_BYTES = 64 * 1024;

	/**
	 * Lines of {@code file}, or null when the file is not plain UTF-8 Unicode text (see the class comment).
	 * {@code maxCharacters} bounds the text (a longer one is refused by the caller's ordinary path).
	 */
	public Lines read(Path file, long maxCharacters) throws IOException {
		State state = new State(maxCharacters);
		try (InputStream in = Files.newInputStream(file)) {
			byte[] buffer = new byte[BUFFER_BYTES];
			long offset = 0;
			int n = in.readNBytes(buffer, 0, 3);
			int from = 0;
			if (n == 3 && (buffer[0] & 0xFF) == 0xEF && (buffer[1] & 0xFF) == 0xBB && (buffer[2] & 0xFF) == 0xBF) {
				// the byte order mark: skipped as the whole-file reader skips it, not counted
				from = 3;
				state.lineStart = 3;
			}
			while (n > 0) {
				if (!state.bytes(buffer, from, n, offset)) {
					return null;
				}
				offset += n;
				from = 0;
				n = in.read(buffer);
			}
			if (!state.endLine(offset)) {
				return null;
			}
		}
		// rule: more than 1 % control characters is binary content; no visible text is refused; both by the
		// ordinary reader, with its messages
		if (state.controls > state.characters / 100 || !state.visible || state.textCharacters > maxCharacters) {
			return null;
		}
		// rule: text whose non-ASCII letters look like a legacy font is converted (or refused) by the ordinary path
		if (!(state.foreign < 3 || state.foreign * 20 < state.modern)) {
			return null;
		}
		List<String> notes = new ArrayList<>();
		if (state.crSeen) {
			notes.add("Đã chuẩn hoá ký tự xuống dòng (CRLF/CR thành LF).");
		}
		if (state.invisibleSeen) {
			notes.add("Đã bỏ ký tự ngắt trang/điều khiển không hiển thị.");
		}
		if (state.nfcChanged) {
			notes.add("Đã chuẩn hoá Unicode về dạng dựng sẵn (NFC).");
		}
		return new Lines(Arrays.copyOf(state.starts, state.size), Arrays.copyOf(state.lengths, state.size),
				state.normalised, "UTF-8", notes);
	}

	private static boolean isOddControl(int c) {
		return (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f') || c == 0x7F;
	}

	/** The lines found so far and what the whole-file path would have decided from the whole text. */
	private static final class State {

		private final long maxCharacters;

		private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
			.onMalformedInput(CodingErrorAction.REPORT)
			.onUnmappableCharacter(CodingErrorAction.REPORT);

		long[] starts = new long[1024];

		int[] lengths = new int[1024];

		int size;

		final Map<Integer, String> normalised = new HashMap<>();

		// the current line's bytes, its start in the file, and whether the last byte was a CR
		byte[] line = new byte[256];

		int lineLength;

		long lineStart;

		boolean afterCr;

		long characters;

		long controls;

		long textCharacters;

		long modern;

		long foreign;

		boolean crSeen;

		boolean invisibleSeen;

		boolean nfcChanged;

		boolean visible;

		State(long maxCharacters) {
			this.maxCharacters = maxCharacters;
		}

		/** Reads bytes {@code from..to} of {@code buffer}, the buffer starting at file offset {@code offset}. */
		boolean bytes(byte[] buffer, int from, int to, long offset) {
			for (int i = from; i < to; i++) {
				byte b = buffer[i];
				if (b == '\n' || b == '\r') {
					characters++;
					if (b == '\n' && afterCr) {
						// the LF of a CRLF: the CR already ended the line
						afterCr = false;
						lineStart = offset + i + 1;
						continue;
					}
					afterCr = b == '\r';
					crSeen |= afterCr;
					if (!endLine(offset + i)) {
						return false;
					}
					lineStart = offset + i + 1;
					continue;
				}
				afterCr = false;
				if (lineLength == line.length) {
					line = Arrays.copyOf(line, lineLength * 2);
				}
				line[lineLength++] = b;
			}
			return true;
		}

		/** Ends the line whose break is at file offset {@code end}; false when the file must not be streamed. */
		boolean endLine(long end) {
			String decoded;
			try {
				decoded = decoder.decode(ByteBuffer.wrap(line, 0, lineLength)).toString();
			}
			catch (CharacterCodingException ex) {
				// not UTF-8: the ordinary reader finds out which encoding it is
				return false;
			}
			if (size == starts.length) {
				starts = Arrays.copyOf(starts, size * 2);
				lengths = Arrays.copyOf(lengths, size * 2);
			}
			starts[size] = lineStart;
			lengths[size] = (int) (end - lineStart);
			lineLength = 0;
			characters += decoded.length();
			StringBuilder cleaned = null;
			for (int i = 0; i < decoded.length(); i++) {
				char c = decoded.charAt(i);
				if (c == 0) {
					return false;
				}
				if (isOddControl(c) || c == '\uFFFD') {
					controls++;
				}
				if (c == '\f' || c == '\uFEFF' || c == '\u000B') {
					invisibleSeen = true;
					if (cleaned == null) {
						cleaned = new StringBuilder(decoded.length()).append(decoded, 0, i);
					}
					if (c == '\u000B') {
						cleaned.append(' ');
					}
				}
				else if (cleaned != null) {
					cleaned.append(c);
				}
			}
			String raw = cleaned == null ? decoded : cleaned.toString();
			LegacyVietnameseEncodings.Census census = LegacyVietnameseEncodings.Census.of(raw);
			modern += census.modern();
			foreign += census.foreign();
			textCharacters += raw.length() + (size > 0 ? 1 : 0);
			String nfc = VietText.nfc(raw);
			nfcChanged |= !nfc.equals(raw);
			visible |= !nfc.isBlank();
			if (!nfc.equals(decoded)) {
				normalised.put(size, nfc);
			}
			size++;
			return textCharacters <= maxCharacters;
		}
	}
}
