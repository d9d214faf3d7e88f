package vn.plantrack.ingest.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import vn.plantrack.ingest.LineStore;
import vn.plantrack.shared.text.VietText;

/**
 * Reads a UTF-8 text file through a {@link Reader}, a 64 KB buffer at a time, straight into a {@link LineStore}:
 * the file is never held as bytes nor as one string, only as its compact lines. It applies, line by line, the
 * same normalisation as {@link PlainTextReader} followed by the common ending of the ingest (CRLF/CR to LF,
 * form feeds/BOMs dropped, vertical tab to space, NFC), which gives the same lines because none of those steps
 * looks across a line break.
 *
 * <p>Only the common case is streamed: strict UTF-8 Unicode text. Whatever needs the whole file to decide (not
 * UTF-8, UTF-16, a NUL, more than 1 % control characters, letters of a legacy font (TCVN3/VNI), no visible text)
 * makes {@link #read} return null, and the caller reads the file the ordinary way, which converts it or refuses
 * it with its usual message.
 */
public final class StreamingPlainText {

	/** The lines read and what the reading normalised (same sentences as {@link PlainTextReader}). */
	public record Lines(LineStore lines, String encoding, List<String> notes, long characters) {
	}

	private static final int BUFFER_CHARS = 64 * 1024;

	/**
	 * Lines of {@code file}, or null when the file is not plain UTF-8 Unicode text (see the class comment).
	 * {@code maxCharacters} bounds the text read (refused by the caller's ordinary path with its message).
	 */
	public Lines read(Path file, long maxCharacters) throws IOException {
		var decoder = StandardCharsets.UTF_8.newDecoder()
			.onMalformedInput(CodingErrorAction.REPORT)
			.onUnmappableCharacter(CodingErrorAction.REPORT);
		LineStore.Builder lines = new LineStore.Builder();
		State state = new State();
		try (InputStream in = Files.newInputStream(file); Reader reader = new InputStreamReader(in, decoder)) {
			char[] buffer = new char[BUFFER_CHARS];
			StringBuilder line = new StringBuilder();
			boolean first = true;
			boolean afterCr = false;
			int n;
			while ((n = reader.read(buffer)) > 0) {
				for (int i = 0; i < n; i++) {
					char c = buffer[i];
					if (first) {
						first = false;
						if (c == '\uFEFF') {
							// the byte order mark: skipped like the whole-file reader skips it, not counted
							continue;
						}
					}
					state.characters++;
					if (c == 0) {
						return null;
					}
					if (isOddControl(c) || c == '\uFFFD') {
						state.controls++;
					}
					if (c == '\n' && afterCr) {
						// the LF of a CRLF: the CR already ended the line
						afterCr = false;
						continue;
					}
					afterCr = c == '\r';
					if (c == '\n' || c == '\r') {
						state.crSeen |= c == '\r';
						if (!state.endLine(line, lines)) {
							return null;
						}
						if (state.textCharacters > maxCharacters) {
							return null;
						}
						continue;
					}
					if (c == '\f' || c == '\uFEFF') {
						state.invisibleSeen = true;
						continue;
					}
					if (c == '\u000B') {
						state.invisibleSeen = true;
						c = ' ';
					}
					line.append(c);
				}
			}
			if (!state.endLine(line, lines)) {
				return null;
			}
		}
		catch (CharacterCodingException ex) {
			// not UTF-8: the ordinary reader finds out which encoding it is
			return null;
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
		return new Lines(lines.build(), "UTF-8", notes, state.textCharacters);
	}

	private static boolean isOddControl(int c) {
		return (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f') || c == 0x7F;
	}

	/** What the whole-file path would have decided from the whole text, counted line by line. */
	private static final class State {

		long characters;

		long controls;

		long textCharacters;

		long modern;

		long foreign;

		boolean crSeen;

		boolean invisibleSeen;

		boolean nfcChanged;

		boolean visible;

		/** Ends the line in {@code line}: counted, composed (NFC) and stored; false when it must not be streamed. */
		boolean endLine(StringBuilder line, LineStore.Builder lines) {
			String raw = line.toString();
			line.setLength(0);
			LegacyVietnameseEncodings.Census census = LegacyVietnameseEncodings.Census.of(raw);
			modern += census.modern();
			foreign += census.foreign();
			textCharacters += raw.length() + (lines.size() > 0 ? 1 : 0);
			String nfc = VietText.nfc(raw);
			nfcChanged |= !nfc.equals(raw);
			visible |= !nfc.isBlank();
			lines.add(nfc);
			return true;
		}
	}
}
