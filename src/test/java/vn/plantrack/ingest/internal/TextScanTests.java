package vn.plantrack.ingest.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.BitSet;
import java.util.List;

import org.junit.jupiter.api.Test;

class TextScanTests {

	private static final Path SAMPLES = Path.of("src/main/resources/samples");

	@Test
	void everyStableCharacterIsLeftAloneByNfcWhateverSurroundsIt() {
		// the second halves of all canonical compositions: the characters that can compose with the one before
		BitSet composesBackwards = new BitSet(0x10000);
		for (int x = 0; x < 0x10000; x++) {
			if (Character.isSurrogate((char) x)) {
				continue;
			}
			String nfd = Normalizer.normalize(String.valueOf((char) x), Normalizer.Form.NFD);
			for (int k = 1; k < nfd.length(); k++) {
				composesBackwards.set(nfd.charAt(k));
			}
		}
		int stable = 0;
		for (int x = 0; x < 0x10000; x++) {
			char c = (char) x;
			if (!TextScan.isStableStarter(c)) {
				continue;
			}
			stable++;
			String alone = String.valueOf(c);
			// NFC quick check "yes": its own NFC (no singleton or excluded decomposition)
			assertThat(Normalizer.normalize(alone, Normalizer.Form.NFC)).as("U+%04X", x).isEqualTo(alone);
			assertThat(composesBackwards.get(c)).as("U+%04X composes with the character before", x).isFalse();
			// combining class 0: not reordered before U+0345 (class 240, the highest), as any other mark would be
			String afterMark = "a\u0345" + c;
			assertThat(Normalizer.normalize(afterMark, Normalizer.Form.NFD))
				.as("U+%04X has a combining class", x)
				.isEqualTo("a\u0345" + Normalizer.normalize(alone, Normalizer.Form.NFD));
		}
		assertThat(stable).isGreaterThan(1000);
	}

	@Test
	void nfcByLinesIsTheNfcOfTheWholeText() throws IOException {
		for (Path seed : seeds()) {
			String text = Files.readString(seed);
			for (String variant : List.of(text, Normalizer.normalize(text, Normalizer.Form.NFD),
					text.replace("\n", "\n\u0301"), text.replace("\n", "\u0323\n"), "\u0301" + text + "\u0300",
					text.replace("ế", "e\u0302\u0301").replace("Ộ", "O\u0323\u0302"))) {
				assertThat(TextScan.nfc(variant)).isEqualTo(Normalizer.normalize(variant, Normalizer.Form.NFC));
			}
		}
		String mixed = "Kho\u1EA3n 1\nK\u00EA\u0301 ho\u1EA1ch \u212B \u2126 \uAC00\u11A8 \u1100\u1161\n\u0958 \uFB01\nx\u0301";
		assertThat(TextScan.nfc(mixed)).isEqualTo(Normalizer.normalize(mixed, Normalizer.Form.NFC));
		String already = "Kế hoạch số 12/KH-UBND – “năm 2025” ≥ 95%";
		assertThat(TextScan.nfc(already)).isSameAs(already);
	}

	@Test
	void scanCountsWhatTheSeparatePassesCounted() throws IOException {
		StringBuilder everyCharacter = new StringBuilder();
		for (int x = 1; x < 0x10000; x++) {
			if (!Character.isSurrogate((char) x)) {
				everyCharacter.append((char) x);
			}
		}
		List<String> texts = new java.util.ArrayList<>(List.of(everyCharacter.toString(), "ab\u0000c", "Ch\u00AD\u00ACng tr\u00D7nh",
				"Ch\u00F6\u00F4ng tr\u00ECnh \u0001\u0002\u007F\uFFFD", ""));
		for (Path seed : seeds()) {
			texts.add(Files.readString(seed));
			texts.add(LegacyVietnameseEncodings.encodeTcvn3(Files.readString(seed)));
		}
		for (String text : texts) {
			TextScan scan = TextScan.of(text);
			assertThat(scan.census()).isEqualTo(LegacyVietnameseEncodings.Census.of(text));
			assertThat(scan.nul()).isEqualTo(text.indexOf('\u0000') >= 0);
			long suspicious = text.chars()
				.filter(c -> (c < 0x20 && c != 0 && c != '\t' && c != '\n' && c != '\r' && c != '\f') || c == 0x7F || c == 0xFFFD)
				.count();
			assertThat(scan.suspicious()).isEqualTo(suspicious);
			assertThat(scan.stable()).isEqualTo(text.chars().allMatch(c -> TextScan.isStableStarter((char) c)));
		}
	}

	@Test
	void theScanFindsTheFirstAndLastCharacterNfcMayChangeAndNfcLooksOnlyBetweenThem() {
		// "abc\n" is 0-3, "Tie" 4-6, the circumflex and the acute (decomposed "ế") 7 and 8
		String text = "abc\nTie\u0302\u0301ng\nxyz";
		TextScan scan = TextScan.of(text);
		assertThat(scan.firstUnstable()).isEqualTo(7);
		assertThat(scan.lastUnstable()).isEqualTo(8);
		assertThat(scan.stable()).isFalse();
		assertThat(scan.unstableAt()).containsExactly(7, 8);
		assertThat(TextScan.nfc(text, scan.firstUnstable(), scan.lastUnstable())).isEqualTo("abc\nTi\u1EBFng\nxyz");
		assertThat(scan.nfcOf(text)).isEqualTo("abc\nTi\u1EBFng\nxyz");
		// a copy of the text with other characters removed: positions unknown, the whole text is looked at
		TextScan moved = scan.positionsUnknown("\uFEFF" + text);
		assertThat(moved.firstUnstable()).isZero();
		assertThat(moved.lastUnstable()).isEqualTo(text.length());
		assertThat(TextScan.of("Tiếng Việt").stable()).isTrue();
		assertThat(TextScan.of("Tiếng Việt").positionsUnknown("x").firstUnstable()).isEqualTo(-1);
	}

	@Test
	void aDecomposedTextHasTooManyPositionsToKeepAndIsStillNormalisedWhole() {
		String decomposed = "Tie\u0302\u0301ng Vie\u0323\u0302t\n".repeat(TextScan.MAX_POSITIONS);
		TextScan scan = TextScan.of(decomposed);
		assertThat(scan.unstableAt()).isNull();
		assertThat(scan.nfcOf(decomposed)).isEqualTo("Tiếng Việt\n".repeat(TextScan.MAX_POSITIONS));
	}

	private static List<Path> seeds() throws IOException {
		try (var files = Files.list(SAMPLES)) {
			return files.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
		}
	}
}
