package vn.plantrack.extract.prose;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import vn.plantrack.extract.text.LineTraits;
import vn.plantrack.shared.text.VietText;

/**
 * A numbered item of running text with its hard-wrapped lines joined: its code as written ("1.1", "(3)",
 * "II"), the code of the item it belongs to, the line its number stands on, the assignment part
 * ({@code header}: the first line and its lower-case continuations) and the rest. An assignment block
 * ("Tổ chức thực hiện: ...") is an entry of its own with {@code block} set.
 */
record Numbered(String code, String group, int level, int line, String header, String rest, Block block) {

	static final int DECIMAL_LEVEL = 9;

	private static final int PAREN_LEVEL = 10;

	private static final int LETTER_LEVEL = 11;

	// rule: headings and items are numbered "II.", "II-", "1.", "1.1.", "1.1", "(1)", "a)"; "Điều 2." is an article
	private static final Pattern ROMAN = Pattern.compile("^([IVX]{1,5})\\s*[.\\-–]\\s+(.*)$");

	private static final Pattern ARTICLE = Pattern.compile("^(Điều\\s+\\d+)\\.\\s*(.*)$");

	// at most 12 levels: an unbounded repetition recurses once per level in java.util.regex, and a line
	// "1.1.1.1…" thousands of levels deep overflowed the stack (robustness/BadInputCorpusTests)
	private static final Pattern DECIMAL = Pattern.compile("^(\\d{1,2}(?:\\.\\d{1,2}){0,11})(?:\\.\\s*|(?<=\\.\\d{1,2})\\s+)(\\S.*)$");

	private static final Pattern PAREN = Pattern.compile("^\\((\\d{1,2})\\)\\s*(.*)$");

	private static final Pattern LETTER = Pattern.compile("^([a-zđ])\\)\\s*(.*)$");

	private static final Pattern BLOCK_START = Pattern.compile("^Tổ chức thực hiện\\s*:?$");

	private static final Pattern BLOCK_FIELD = Pattern.compile("^-\\s*(?:Cơ quan|Đơn vị)[^:]*(chủ trì|phối hợp)\\s*:\\s*(.*)$");

	private static final Pattern BLOCK_TIME = Pattern.compile("^-\\s*Thời gian[^:]*:\\s*(.*)$");

	private static final Pattern BLOCK_RESOURCES = Pattern.compile("^-\\s*(?:Nguồn lực|Kinh phí)[^:]*:\\s*(.*)$");

	private static final Pattern FINAL_STOPS = Pattern.compile("[.;]+$");

	private static final Pattern ARTICLE_WORD = Pattern.compile("^Điều\\s+");

	String body() {
		return (header + " " + rest).strip();
	}

	static List<Numbered> scan(List<String> lines) {
		return scan(lines, null);
	}

	/**
	 * {@code squeezed}, when given, holds every line already squeezed (markup removed) by the metadata reader;
	 * for the lines without markup that is exactly {@link #plain}, so it is reused instead of squeezed again.
	 */
	static List<Numbered> scan(List<String> lines, List<String> squeezed) {
		List<Numbered> items = new ArrayList<>();
		scan(lines, squeezed, items::add);
		return items;
	}

	/**
	 * {@link #scan(List, List)} handing each item to {@code items} as soon as it is complete: an item holds the
	 * text of its lines, so a list of all of them is a copy of the document's prose (100 MB for a large document).
	 */
	static void scan(List<String> lines, List<String> squeezed, Consumer<Numbered> items) {
		scan(lines, squeezed, LineTraits.unknown(), items);
	}

	/** {@link #scan(List, List, Consumer)} given what one pass found in every line, so that lines are not searched. */
	static void scan(List<String> lines, List<String> squeezed, LineTraits traits, Consumer<Numbered> items) {
		String[] latest = new String[LETTER_LEVEL + 1];
		Builder current = null;
		for (int i = 0; i < lines.size(); i++) {
			String raw = lines.get(i);
			if (traits.mayHoldTab(i) && raw.indexOf('\t') >= 0) {
				current = finish(items, current);
				continue;
			}
			// the metadata reader's plain line equals plain(raw) unless the line holds a '#': only there do the two
			// markdown patterns differ (a heading mark after leading spaces is removed here, kept there)
			boolean hash = traits.mayHoldHash(i) && raw.indexOf('#') >= 0;
			String line = squeezed != null && !hash ? squeezed.get(i) : plain(raw);
			if (line.isEmpty()) {
				continue;
			}
			if (line.startsWith("Tổ chức thực hiện") && BLOCK_START.matcher(line).matches()) {
				current = finish(items, current);
				int end = i + 1;
				String lead = null;
				String coordinating = null;
				String period = null;
				String resources = null;
				for (; end < lines.size(); end++) {
					String field = plain(lines.get(end));
					if (field.isEmpty()) {
						continue;
					}
					Matcher m = BLOCK_FIELD.matcher(field);
					Matcher t = BLOCK_TIME.matcher(field);
					Matcher r = BLOCK_RESOURCES.matcher(field);
					if (m.matches()) {
						if (m.group(1).equals("chủ trì")) {
							lead = m.group(2);
						}
						else {
							coordinating = m.group(2);
						}
					}
					else if (t.matches()) {
						period = FINAL_STOPS.matcher(t.group(1)).replaceAll("").strip();
					}
					else if (r.matches()) {
						resources = FINAL_STOPS.matcher(r.group(1)).replaceAll("").strip();
					}
					else {
						break;
					}
				}
				if (lead != null) {
					items.accept(new Numbered(null, null, Integer.MAX_VALUE, i + 1, "", "",
							new Block(lead, coordinating == null ? "" : coordinating, period, resources)));
				}
				i = end - 1;
				continue;
			}
			Start start = start(line);
			if (start != null) {
				current = finish(items, current);
				latest[start.level()] = start.code();
				for (int l = start.level() + 1; l < latest.length; l++) {
					latest[l] = null;
				}
				current = new Builder(start.code(), groupOf(start, latest), start.level(), i + 1, start.text());
				continue;
			}
			if (current != null) {
				current.add(line);
			}
		}
		finish(items, current);
	}

	private static String groupOf(Start start, String[] latest) {
		if (start.level() > 0 && start.level() <= DECIMAL_LEVEL && start.code().contains(".")) {
			return start.code().substring(0, start.code().lastIndexOf('.'));
		}
		for (int l = start.level() - 1; l >= 0; l--) {
			if (latest[l] != null) {
				String code = latest[l];
				return code.startsWith("(") || !code.startsWith("Điều") ? code : ARTICLE_WORD.matcher(code).replaceFirst("Điều ");
			}
		}
		return null;
	}

	private record Start(String code, int level, String text) {
	}

	private static Start start(String line) {
		if (!mayStart(line)) {
			return null;
		}
		Matcher m = ARTICLE.matcher(line);
		if (m.matches()) {
			return new Start(m.group(1), 0, m.group(2));
		}
		m = ROMAN.matcher(line);
		if (m.matches()) {
			return new Start(m.group(1), 0, m.group(2));
		}
		m = DECIMAL.matcher(line);
		if (m.matches()) {
			int depth = m.group(1).split("\\.").length;
			return new Start(m.group(1), Math.min(depth, DECIMAL_LEVEL), m.group(2));
		}
		m = PAREN.matcher(line);
		if (m.matches()) {
			return new Start("(" + m.group(1) + ")", PAREN_LEVEL, m.group(2));
		}
		m = LETTER.matcher(line);
		if (m.matches()) {
			return new Start(m.group(1) + ")", LETTER_LEVEL, m.group(2));
		}
		return null;
	}

	// the first characters the five numbering patterns accept ("Điều", I/V/X, a digit, '(', "a)"): most
	// lines of running text start otherwise and are passed without trying them
	private static boolean mayStart(String line) {
		char c = line.charAt(0);
		if ((c >= '0' && c <= '9') || c == '(' || c == 'Đ' || c == 'I' || c == 'V' || c == 'X') {
			return true;
		}
		return ((c >= 'a' && c <= 'z') || c == 'đ') && line.length() > 1 && line.charAt(1) == ')';
	}

	private static Builder finish(Consumer<Numbered> items, Builder current) {
		if (current != null) {
			items.accept(current.build());
		}
		return null;
	}

	private static final Pattern TAG = Pattern.compile("</?[a-zA-Z][^>]*>");

	private static final Pattern MARKDOWN = Pattern.compile("\\*+|^\\s*#+\\s*");

	private static boolean hasMarkup(String line) {
		return line.indexOf('<') >= 0 || line.indexOf('*') >= 0 || line.indexOf('#') >= 0;
	}

	static String plain(String line) {
		if (!hasMarkup(line)) {
			return VietText.squeeze(line);
		}
		// each pattern only when its marker character is there
		String s = line.indexOf('<') < 0 ? line : TAG.matcher(line).replaceAll(" ");
		s = s.indexOf('*') < 0 && s.indexOf('#') < 0 ? s : MARKDOWN.matcher(s).replaceAll("");
		return VietText.squeeze(s).replace("*", "").strip();
	}

	private static final class Builder {

		private final String code;

		private final String group;

		private final int level;

		private final int line;

		// the pieces, joined once when the item is complete: appending every wrapped line to a growing buffer
		// copied the text of each item several times over
		private final List<String> header = new ArrayList<>();

		private final List<String> rest = new ArrayList<>();

		Builder(String code, String group, int level, int line, String first) {
			this.code = code;
			this.group = group;
			this.level = level;
			this.line = line;
			if (!first.isEmpty()) {
				header.add(first);
			}
		}

		// rule: a wrapped line that begins in lower case continues the sentence above it
		// (the first text and the lines added are squeezed, the lines added not empty: joined by one space, header
		// and rest stay squeezed without squeezing them again)
		void add(String text) {
			boolean continuation = !text.isEmpty() && Character.isLowerCase(text.charAt(0));
			if (rest.isEmpty() && continuation) {
				header.add(text);
			}
			else {
				rest.add(text);
			}
		}

		Numbered build() {
			return new Numbered(code, group, level, line, String.join(" ", header), String.join(" ", rest), null);
		}
	}
}
