package vn.plantrack.extract.document;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import vn.plantrack.extract.CitationItem;
import vn.plantrack.extract.text.Needle;

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

	// the words OWN_CAPTION needs, ignoring case as it does
	private static final Needle ANNEXED = new Needle("kèm theo");

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
		SymbolStarts starts = new SymbolStarts(flow.text);
		for (int from = starts.next(0); from < length; from = starts.next(from + 1)) {
			m.region(from, length);
			if (!m.lookingAt()) {
				continue;
			}
			from = m.end() - 1;
			String symbol = m.group(1);
			String before = flow.text.subSequence(Math.max(0, m.start() - 60), m.start()).toString();
			// each pattern only when its words are there: most citations are neither
			if ((ANNEXED.in(before) && OWN_CAPTION.matcher(before).find())
					|| (before.contains("Số") && OWN_NUMBER.matcher(before).find())) {
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
	 * Where {@link DocumentSymbols#SYMBOL} may match: a digit not preceded by a letter, a digit, '/' or '-' (the
	 * pattern's look-behind), beginning a run of at most nine digits that a '-' or '/' ends ("14-CTr/TU",
	 * "139/QĐ-UBND"). Found from the dashes and slashes (String.indexOf, vectorised) walking back over the
	 * digits, instead of testing every character of the text; asked with increasing {@code from}.
	 */
	private static final class SymbolStarts {

		private static final int UNKNOWN = -2;

		// a String, or a JoinedLines view over a large document's lazy plain lines
		private final CharSequence text;

		private int dash = UNKNOWN;

		private int slash = UNKNOWN;

		SymbolStarts(CharSequence text) {
			this.text = text;
		}

		/** The first such index at or after {@code from}, or the text's length when there is none. */
		int next(int from) {
			int separator = from + 1;
			while (true) {
				if (dash == UNKNOWN || (dash >= 0 && dash < separator)) {
					dash = indexOf(text, '-', separator);
				}
				if (slash == UNKNOWN || (slash >= 0 && slash < separator)) {
					slash = indexOf(text, '/', separator);
				}
				int at = dash < 0 ? slash : slash < 0 ? dash : Math.min(dash, slash);
				if (at < 0) {
					return text.length();
				}
				int start = at;
				while (start > 0 && at - start < 10 && isDigit(text.charAt(start - 1))) {
					start--;
				}
				if (start < at && at - start <= 9 && start >= from && (start == 0 || !blocksSymbol(text.charAt(start - 1)))) {
					return start;
				}
				separator = at + 1;
			}
		}

		private static boolean isDigit(char c) {
			return c >= '0' && c <= '9';
		}

		private static int indexOf(CharSequence text, char c, int from) {
			if (text instanceof String string) {
				return string.indexOf(c, from);
			}
			for (int i = Math.max(from, 0); i < text.length(); i++) {
				if (text.charAt(i) == c) {
					return i;
				}
			}
			return -1;
		}

		private static boolean blocksSymbol(char c) {
			return isDigit(c) || c == '/' || c == '-' || Character.isLetter(c);
		}
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
			// sized once (the plain lines are a list in memory): no regrowth of the buffer, no boxed offsets; a char[]
			// rather than a StringBuilder, which starts as Latin-1 and is copied again at the first Vietnamese letter
			int size = 0;
			for (String line : lines) {
				size += line.length() + 1;
			}
			char[] text = new char[size];
			int length = 0;
			int[] starts = new int[lines.size()];
			int[] numbers = new int[lines.size()];
			int count = 0;
			for (int i = 0; i < lines.size(); i++) {
				String line = lines.get(i);
				if (line.isEmpty()) {
					continue;
				}
				if (length > 0) {
					text[length++] = ' ';
				}
				starts[count] = length;
				numbers[count] = i + 1;
				count++;
				line.getChars(0, line.length(), text, length);
				length += line.length();
			}
			return new Flow(new String(text, 0, length), java.util.Arrays.copyOf(starts, count),
					java.util.Arrays.copyOf(numbers, count));
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
			return lineStarts.length == 0 ? 1 : lineNumbers[JoinedLines.lineHolding(lineStarts, offset)];
		}
	}
}
