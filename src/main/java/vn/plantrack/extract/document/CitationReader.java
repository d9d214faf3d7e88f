package vn.plantrack.extract.document;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import vn.plantrack.extract.CitationItem;

/**
 * Finds the documents a text cites ("Nghị quyết số 68-NQ/TW ngày 04/5/2025 của Bộ Chính trị"). The text is
 * read as one flow so a citation wrapped over a line or page break ("Chỉ thị số 14/CT-UBND" at the end of a
 * line, its date on the next) is still one citation; its line is the line where it begins.
 */
public final class CitationReader {

	// rule: the date follows the symbol directly: "68-NQ/TW ngày 04/5/2025"
	private static final Pattern DATE_AFTER = Pattern.compile("^\\s*,?\\s*(?:ban hành\\s+)?ngày\\s+\\d[^\\n]{0,25}",
			Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

	// rule: the issuer follows the date as "của X" and ends before "về", a comma or a bracket
	private static final Pattern ISSUER_AFTER = Pattern.compile(
			"^\\s*,?\\s*của\\s+(.{2,80}?)(?=\\s+(?:về|ban hành|quy định|phê duyệt|thực hiện|hướng dẫn|tại|và|khóa|khoá|đã|sửa đổi|trong|với|nhằm|thông qua|triển khai|để|đến)(?:\\s|[,;.]|$)|\\s*[,;:.()\\n]|\\s*$)",
			Pattern.UNICODE_CASE);

	// rule: the document's own appendix caption ("kèm theo Kế hoạch số ...") is not a citation
	private static final Pattern OWN_CAPTION = Pattern.compile("kèm theo\\s+[\\p{L} ]{2,40}?\\s+số\\s*$",
			Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

	// rule: the header line "Số: 139/QĐ-UBND" is the document's own number
	private static final Pattern OWN_NUMBER = Pattern.compile("(?:^|\\s)Số\\s*:\\s*$");

	private CitationReader() {
	}

	public static List<CitationItem> read(List<String> lines) {
		return readPlain(MetadataReader.plainLines(lines));
	}

	/** {@link #read} over lines already made plain by {@link MetadataReader#plainLines}. */
	public static List<CitationItem> readPlain(List<String> plainLines) {
		Flow flow = Flow.ofPlain(plainLines);
		List<CitationItem> found = new ArrayList<>();
		Matcher m = DocumentSymbols.SYMBOL.matcher(flow.text);
		// the symbol regex is tried only where a symbol can start (see symbolStart), not at every character
		m.useTransparentBounds(true).useAnchoringBounds(false);
		int length = flow.text.length();
		for (int from = symbolStart(flow.text, 0); from < length; from = symbolStart(flow.text, from + 1)) {
			m.region(from, length);
			if (!m.lookingAt()) {
				continue;
			}
			from = m.end() - 1;
			String symbol = m.group(1);
			String before = flow.text.subSequence(Math.max(0, m.start() - 60), m.start()).toString();
			if (OWN_CAPTION.matcher(before).find() || OWN_NUMBER.matcher(before).find()) {
				continue;
			}
			int begin = m.start();
			String kind = null;
			String named = DocumentSymbols.kindBefore(before, before.length());
			if (named != null) {
				kind = named;
				int at = before.toLowerCase(Locale.ROOT).lastIndexOf(named.toLowerCase(Locale.ROOT));
				if (at >= 0) {
					begin = m.start() - before.length() + at;
				}
			}
			if (kind == null) {
				kind = DocumentSymbols.kindOfSymbol(symbol);
			}
			String after = flow.text.subSequence(m.end(), Math.min(flow.text.length(), m.end() + 200)).toString();
			LocalDate issued = null;
			String rest = after;
			Matcher date = DATE_AFTER.matcher(after);
			if (date.find()) {
				Matcher d = DocumentSymbols.DATE.matcher(date.group());
				if (d.find()) {
					issued = DocumentSymbols.date(d).orElse(null);
					rest = after.substring(date.start() + d.end());
				}
			}
			String issuer = null;
			Matcher of = ISSUER_AFTER.matcher(rest);
			if (of.find()) {
				issuer = of.group(1).strip();
			}
			merge(found, new CitationItem(symbol, kind, issued, issuer, flow.lineAt(begin)));
		}
		return found;
	}

	/**
	 * The next index from {@code from} where {@link DocumentSymbols#SYMBOL} may match: a digit not preceded by a
	 * letter, a digit, '/' or '-' (the pattern's look-behind), followed within 10 characters by '-' or '/'.
	 */
	private static int symbolStart(CharSequence text, int from) {
		int length = text.length();
		for (int i = from; i < length; i++) {
			char c = text.charAt(i);
			if (c < '0' || c > '9') {
				continue;
			}
			if (i > 0) {
				char p = text.charAt(i - 1);
				if ((p >= '0' && p <= '9') || p == '/' || p == '-' || Character.isLetter(p)) {
					continue;
				}
			}
			int end = Math.min(length, i + 10);
			for (int k = i + 1; k < end; k++) {
				char d = text.charAt(k);
				if (d == '-' || d == '/') {
					return i;
				}
				if (d < '0' || d > '9') {
					break;
				}
			}
		}
		return length;
	}

	// rule: one symbol is one document: later mentions fill in what earlier ones left out; a mention with a
	// different date is kept apart so the review can flag it.
	private static void merge(List<CitationItem> found, CitationItem item) {
		for (int i = 0; i < found.size(); i++) {
			CitationItem known = found.get(i);
			if (!known.symbol().equals(item.symbol())) {
				continue;
			}
			if (known.issued() != null && item.issued() != null && !Objects.equals(known.issued(), item.issued())) {
				continue;
			}
			found.set(i, new CitationItem(known.symbol(), known.kind() != null ? known.kind() : item.kind(),
					known.issued() != null ? known.issued() : item.issued(),
					known.issuer() != null ? known.issuer() : item.issuer(), known.line()));
			return;
		}
		found.add(item);
	}

	/** All lines joined with single spaces, with the 1-based source line of every offset. */
	static final class Flow {

		// a String, or for a large document read as lazy plain lines a JoinedLines view (no copy of the text)
		final CharSequence text;

		private final int[] lineStarts;

		private final int[] lineNumbers;

		private Flow(CharSequence text, int[] lineStarts, int[] lineNumbers) {
			this.text = text;
			this.lineStarts = lineStarts;
			this.lineNumbers = lineNumbers;
		}

		static Flow of(List<String> lines) {
			return ofPlain(MetadataReader.plainLines(lines));
		}

		static Flow ofPlain(List<String> lines) {
			if (lines instanceof PlainLines) {
				return lazy(lines);
			}
			StringBuilder text = new StringBuilder();
			List<Integer> starts = new ArrayList<>();
			List<Integer> numbers = new ArrayList<>();
			for (int i = 0; i < lines.size(); i++) {
				String line = lines.get(i);
				if (line.isEmpty()) {
					continue;
				}
				if (text.length() > 0) {
					text.append(' ');
				}
				starts.add(text.length());
				numbers.add(i + 1);
				text.append(line);
			}
			return new Flow(text.toString(), starts.stream().mapToInt(Integer::intValue).toArray(),
					numbers.stream().mapToInt(Integer::intValue).toArray());
		}

		private static Flow lazy(List<String> lines) {
			int[] starts = new int[64];
			int[] indexes = new int[64];
			int kept = 0;
			long length = 0;
			for (int i = 0; i < lines.size(); i++) {
				int lineLength = lines.get(i).length();
				if (lineLength == 0) {
					continue;
				}
				if (kept > 0) {
					length++;
				}
				if (kept == starts.length) {
					starts = java.util.Arrays.copyOf(starts, kept * 2);
					indexes = java.util.Arrays.copyOf(indexes, kept * 2);
				}
				starts[kept] = (int) length;
				indexes[kept] = i;
				kept++;
				length += lineLength;
				if (length > Integer.MAX_VALUE) {
					throw new IllegalArgumentException("text too long to read citations from: " + length + " characters");
				}
			}
			starts = java.util.Arrays.copyOf(starts, kept);
			indexes = java.util.Arrays.copyOf(indexes, kept);
			int[] numbers = new int[kept];
			for (int k = 0; k < kept; k++) {
				numbers[k] = indexes[k] + 1;
			}
			return new Flow(new JoinedLines(lines, starts, indexes, (int) length), starts, numbers);
		}

		int lineAt(int offset) {
			int low = 0;
			int high = lineStarts.length - 1;
			while (low < high) {
				int mid = (low + high + 1) >>> 1;
				if (lineStarts[mid] <= offset) {
					low = mid;
				}
				else {
					high = mid - 1;
				}
			}
			return lineStarts.length == 0 ? 1 : lineNumbers[low];
		}
	}
}
