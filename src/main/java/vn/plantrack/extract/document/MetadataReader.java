package vn.plantrack.extract.document;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.IntPredicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import vn.plantrack.extract.DocumentInfo;
import vn.plantrack.extract.text.LineTraits;
import vn.plantrack.extract.text.Needle;
import vn.plantrack.shared.text.VietText;

/**
 * Reads a document's kind, symbol, date, issuer, locality, term and signer from its text. Whatever the text
 * does not say stays null: a blank "Kế hoạch số -KH/ĐU, ngày tháng năm 2026" gives no symbol and no date.
 */
public final class MetadataReader {

	private static final int HEADER_LINES = 20;

	// rule: the header states "Số: 139/QĐ-UBND"
	private static final Pattern NUMBER_LINE = Pattern.compile("^Số\\s*:?\\s*(\\S+)");

	// rule: the header states place and date: "Sơn La, ngày 20 tháng 01 năm 2021"
	private static final Pattern PLACE_DATE = Pattern.compile("^[\\p{L} ]+,\\s*ngày\\s+\\d");

	// rule: appendices repeat the parent: "(kèm theo Chương trình hành động số 14-CTr/TU ngày 05/5/2026 của X)"
	private static final Pattern CAPTION = Pattern.compile(
			"\\((?:ban hành\\s+)?kèm theo\\s+(.+?)\\s+số\\s*(\\S*)\\s*,?\\s*ngày(.*?)(?:\\s+của\\s+(.+?))?\\)",
			Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

	// rule: "X ban hành Kế hoạch/Chương trình hành động ..." names the issuer in the preamble
	private static final Pattern ISSUED_BY = Pattern.compile(
			"(?:^|,\\s*)((?:Ban|Đảng [uủ][ỷy]|Ủy ban|Uỷ ban|UBND|HĐND|Hội đồng|Tỉnh [uủ][ỷy]|Ban Thường vụ)[^,;:]{0,80}?)\\s+ban hành\\s+");

	// rule: the signature block: "T/M TỈNH ỦY" / "TM. ỦY BAN NHÂN DÂN", a title, then the signer's name
	private static final Pattern ON_BEHALF = Pattern.compile("^(?:T/M|TM\\.?|KT\\.?|Q\\.)\\s*\\p{Lu}");

	private static final Pattern TERM = Pattern.compile("nhiệm kỳ\\s*(\\d{4})\\s*[-–]\\s*(\\d{4})",
			Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

	private static final Pattern TITLE_TERM = Pattern.compile("(?:giai đoạn|5 năm|năm)\\s*(\\d{4})\\s*[-–]\\s*(\\d{4})",
			Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

	// rule: "thay thế Chương trình hành động số 01-CTr/TU ... và ... số 10-CTr/TU"
	private static final Pattern REPLACES = Pattern.compile("thay thế\\s+(.{0,400})", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

	// rule: "Thực hiện Kế hoạch số 52-KH/ĐU ..." at the start of the preamble names the parent document
	private static final Pattern IMPLEMENTS = Pattern.compile("^(?:Thực hiện|Triển khai thực hiện|Triển khai)\\s+(.{0,200})");

	// rule: a title line "CỦA BAN CHẤP HÀNH ĐẢNG BỘ TỈNH" names the issuing body
	private static final Pattern TITLE_OF_BODY = Pattern.compile(
			"^\\(?(?:CỦA|của)\\s+((?:BAN|ỦY BAN|UỶ BAN|HỘI ĐỒNG|TỈNH ỦY|TỈNH UỶ|ĐẢNG ỦY|ĐẢNG UỶ|Ban|Ủy ban|Hội đồng|Tỉnh ủy|Đảng ủy)\\s.+?)\\)?$");

	private static final Pattern OF_BODY = Pattern.compile("\\s+của\\s+(.+?)\\)?$");

	private static final Needle ANNEXED = new Needle("kèm theo");

	private static final Needle TERM_WORDS = new Needle("nhiệm kỳ");

	private static final Needle REPLACES_WORDS = new Needle("thay thế");

	// compiled once: String.matches/replaceAll/split(regex) compile their pattern on every call
	private static final Pattern RULE_LINE = Pattern.compile("-{3,}");

	private static final Pattern OPENING = Pattern.compile("^[(\\s]+");

	private static final Pattern BODY_IN_CAPITALS = Pattern.compile(
			"(?:ỦY|UỶ) BAN NHÂN DÂN.*|HỘI ĐỒNG NHÂN DÂN.*|TỈNH ỦY.*|TỈNH UỶ.*|BAN CHẤP HÀNH.*|ĐẢNG ỦY.*|ĐẢNG UỶ.*");

	private static final Pattern PERSON_NAME = Pattern.compile("(?:\\p{Lu}\\p{Ll}*\\s+){1,4}\\p{Lu}\\p{Ll}*");

	private static final Pattern CLAUSE_END = Pattern.compile("\\)|\\.(?:\\s|/|$)");

	private MetadataReader() {
	}

	public static DocumentInfo read(String source, List<String> lines) {
		return readPlain(source, plainLines(lines), LineTraits.unknown());
	}

	/**
	 * Every line as the readers of this package see it (markup removed, whitespace squeezed), computed once
	 * per document and shared by {@link #readPlain} and {@link CitationReader#readPlain}.
	 */
	public static List<String> plainLines(List<String> lines) {
		return plainLines(lines, LineTraits.unknown());
	}

	/**
	 * {@link #plainLines(List)} given what one pass found in every line: a line without markup is only squeezed, as
	 * cheaply as its traits allow (see LineTraits.squeeze).
	 */
	public static List<String> plainLines(List<String> lines, LineTraits traits) {
		List<String> clean = new ArrayList<>(lines.size());
		for (int i = 0; i < lines.size(); i++) {
			String line = lines.get(i);
			clean.add(traits.mayHoldMarkup(i) ? plain(line) : traits.squeeze(i, line));
		}
		return clean;
	}

	/**
	 * {@link #read} over lines already made plain by {@link #plainLines}, given the traits of the lines {@code clean}
	 * was made from ({@link LineTraits#unknown()} when they are not known).
	 */
	public static DocumentInfo readPlain(String source, List<String> clean, LineTraits traits) {
		List<Caption> captions = captions(clean, traits.mayHold(ANNEXED));
		String kind = kind(clean, captions);
		String symbol = symbol(clean, captions, kind);
		LocalDate issued = issued(clean, captions, symbol);
		String issuer = issuer(clean, captions);
		String locality = Localities.of(clean, traits);
		String term = term(clean, traits.mayHold(TERM_WORDS));
		String signer = signer(clean);
		return new DocumentInfo(kind, symbol, issued, issuer, locality, term, signer, implementsSymbols(clean, symbol),
				replacesSymbols(clean, symbol, traits.mayHold(REPLACES_WORDS)));
	}

	private static final Pattern TAG = Pattern.compile("</?[a-zA-Z][^>]*>");

	private static final Pattern MARKDOWN = Pattern.compile("\\*+|^#+\\s*");

	static String plain(String line) {
		if (line.indexOf('<') < 0 && line.indexOf('*') < 0 && line.indexOf('#') < 0) {
			return VietText.squeeze(line);
		}
		// each pattern only when its marker character is there
		String s = line.indexOf('<') < 0 ? line : TAG.matcher(line).replaceAll(" ");
		return VietText.squeeze(s.indexOf('*') < 0 && s.indexOf('#') < 0 ? s : MARKDOWN.matcher(s).replaceAll(""));
	}

	private record Caption(String kind, String symbol, LocalDate date, String issuer) {
	}

	// annexed: the lines that may say "kèm theo" (see LineTraits.mayHold), a cheap test before the needle
	private static List<Caption> captions(List<String> lines, IntPredicate annexed) {
		List<Caption> captions = new ArrayList<>();
		for (int i = 0; i < lines.size(); i++) {
			if (!annexed.test(i) || !ANNEXED.in(lines.get(i))) {
				continue;
			}
			// a caption may wrap over up to three lines
			StringBuilder joined = new StringBuilder(lines.get(i));
			for (int j = i + 1; j < Math.min(lines.size(), i + 3) && joined.indexOf(")") < 0; j++) {
				joined.append(' ').append(lines.get(j));
			}
			Matcher m = CAPTION.matcher(joined);
			if (m.find()) {
				String kind = DocumentSymbols.kindAtStart(m.group(1));
				Matcher symbol = DocumentSymbols.SYMBOL.matcher(m.group(2));
				Matcher date = DocumentSymbols.DATE.matcher("ngày" + m.group(3));
				captions.add(new Caption(kind, symbol.matches() ? symbol.group(1) : null,
						date.find() ? DocumentSymbols.date(date).orElse(null) : null,
						m.group(4) == null ? null : VietText.squeeze(m.group(4))));
			}
		}
		return captions;
	}

	private static List<String> header(List<String> lines) {
		List<String> header = new ArrayList<>();
		for (String line : lines) {
			if (!line.isBlank() && !RULE_LINE.matcher(line).matches()) {
				header.add(line);
			}
			if (header.size() >= HEADER_LINES) {
				break;
			}
		}
		return header;
	}

	// rule: the kind is the first header line written in capitals ("QUYẾT ĐỊNH", "KẾ HOẠCH"); otherwise a
	// title line that begins with a kind ("(Báo cáo chính trị của ..."); otherwise the appendix caption.
	private static String kind(List<String> lines, List<Caption> captions) {
		List<String> header = header(lines);
		for (String line : header) {
			String bare = OPENING.matcher(line).replaceAll("");
			String kind = DocumentSymbols.kindAtStart(bare);
			if (kind != null && bare.substring(0, kind.length()).equals(kind.toUpperCase(Locale.ROOT))) {
				return kind;
			}
		}
		for (String line : header) {
			if (line.startsWith("(")) {
				String kind = DocumentSymbols.kindAtStart(line.substring(1));
				if (kind != null) {
					return kind;
				}
			}
		}
		for (Caption caption : captions) {
			if (caption.kind() != null) {
				return caption.kind();
			}
		}
		return null;
	}

	// rule: the header's "Số: ..." line wins; otherwise the symbol the appendix captions give the document
	// (the most frequent one, so a single typo does not win).
	private static String symbol(List<String> lines, List<Caption> captions, String kind) {
		for (String line : header(lines)) {
			Matcher m = NUMBER_LINE.matcher(line);
			if (m.find()) {
				Matcher symbol = DocumentSymbols.SYMBOL.matcher(m.group(1));
				return symbol.lookingAt() ? symbol.group(1) : null;
			}
		}
		Map<String, Integer> votes = new LinkedHashMap<>();
		for (Caption caption : captions) {
			if (caption.symbol() != null && (kind == null || kind.equals(caption.kind()))) {
				votes.merge(caption.symbol(), 1, Integer::sum);
			}
		}
		return votes.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(null);
	}

	private static LocalDate issued(List<String> lines, List<Caption> captions, String symbol) {
		for (String line : header(lines)) {
			if (PLACE_DATE.matcher(line).find()) {
				Matcher m = DocumentSymbols.DATE.matcher(line);
				if (m.find()) {
					Optional<LocalDate> date = DocumentSymbols.date(m);
					if (date.isPresent()) {
						return date.get();
					}
				}
			}
		}
		for (Caption caption : captions) {
			if (caption.date() != null && (symbol == null || symbol.equals(caption.symbol()))) {
				return caption.date();
			}
		}
		return null;
	}

	// rule: the issuer is the body named in capitals in the header ("ỦY BAN NHÂN DÂN TỈNH SƠN LA"), the body
	// after "của" in an appendix caption, the body that "ban hành" the document, or "của X" in the title.
	private static String issuer(List<String> lines, List<Caption> captions) {
		List<String> header = header(lines);
		for (String line : header) {
			if (BODY_IN_CAPITALS.matcher(line).matches()
					&& line.equals(line.toUpperCase(Locale.ROOT))) {
				return sentenceCase(line);
			}
		}
		for (Caption caption : captions) {
			if (caption.issuer() != null) {
				return caption.issuer();
			}
		}
		for (String line : header) {
			Matcher m = ISSUED_BY.matcher(line);
			if (m.find()) {
				return m.group(1).strip();
			}
		}
		for (String line : header) {
			if (line.startsWith("(") && DocumentSymbols.kindAtStart(line.substring(1)) != null) {
				Matcher of = OF_BODY.matcher(line);
				if (of.find()) {
					return of.group(1);
				}
			}
		}
		for (String line : header) {
			Matcher m = TITLE_OF_BODY.matcher(line);
			if (m.find()) {
				return m.group(1).equals(m.group(1).toUpperCase(Locale.ROOT)) ? sentenceCase(m.group(1)) : m.group(1);
			}
		}
		return null;
	}

	/** "ỦY BAN NHÂN DÂN TỈNH SƠN LA" → "Ủy ban nhân dân tỉnh Sơn La" (the place name keeps its capitals). */
	static String sentenceCase(String upper) {
		String lower = upper.toLowerCase(Locale.ROOT);
		StringBuilder out = new StringBuilder(Character.toUpperCase(lower.charAt(0)) + lower.substring(1));
		for (String province : Localities.PROVINCES) {
			String p = province.toLowerCase(Locale.ROOT);
			int at = out.indexOf(p);
			if (at >= 0) {
				out.replace(at, at + p.length(), province);
			}
		}
		String result = out.toString();
		for (String proper : new String[] { "Chấp hành", "Đảng", "Thường vụ", "Tỉnh ủy", "Tỉnh uỷ" }) {
			result = result.replace(proper.toLowerCase(Locale.ROOT), proper);
		}
		return result;
	}

	// rule: the term is "nhiệm kỳ A-B" in the title block; else the latest term the text names; else a
	// "giai đoạn / 5 năm A-B" in the title block.
	private static String term(List<String> lines, IntPredicate mayNameTerm) {
		List<String> title = titleBlock(lines);
		for (String line : title) {
			Matcher m = TERM.matcher(line);
			if (m.find()) {
				return m.group(1) + "-" + m.group(2);
			}
		}
		int latest = -1;
		String latestTerm = null;
		for (int i = 0; i < lines.size(); i++) {
			String line = lines.get(i);
			if (!mayNameTerm.test(i) || !TERM_WORDS.in(line)) {
				continue;
			}
			Matcher m = TERM.matcher(line);
			while (m.find()) {
				int start = Integer.parseInt(m.group(1));
				if (start > latest && Integer.parseInt(m.group(2)) > start) {
					latest = start;
					latestTerm = m.group(1) + "-" + m.group(2);
				}
			}
		}
		if (latestTerm != null) {
			return latestTerm;
		}
		for (String line : title) {
			Matcher m = TITLE_TERM.matcher(line);
			if (m.find() && Integer.parseInt(m.group(2)) > Integer.parseInt(m.group(1))) {
				return m.group(1) + "-" + m.group(2);
			}
		}
		return null;
	}

	private static List<String> titleBlock(List<String> lines) {
		List<String> title = new ArrayList<>();
		for (String line : header(lines)) {
			if (line.startsWith("Căn cứ") || line.startsWith("Thực hiện") || line.startsWith("Theo đề nghị")
					|| line.length() > 220) {
				break;
			}
			title.add(line);
		}
		return title;
	}

	// rule: the signer's name is the first line after the signature title that looks like a person's name
	private static String signer(List<String> lines) {
		for (int i = 0; i < lines.size(); i++) {
			String line = lines.get(i);
			// ON_BEHALF starts with T, K or Q: other lines are passed without a matcher
			if (line.isEmpty() || "TKQ".indexOf(line.charAt(0)) < 0 || !ON_BEHALF.matcher(line).find()) {
				continue;
			}
			for (int j = i + 1; j < Math.min(lines.size(), i + 25); j++) {
				String candidate = lines.get(j);
				if (candidate.isBlank() || candidate.equals(candidate.toUpperCase(Locale.ROOT))) {
					continue;
				}
				if (PERSON_NAME.matcher(candidate).matches()) {
					return candidate;
				}
				break;
			}
		}
		return null;
	}

	private static List<String> implementsSymbols(List<String> lines, String own) {
		Set<String> found = new LinkedHashSet<>();
		for (String line : titleBlockAndPreamble(lines)) {
			Matcher m = IMPLEMENTS.matcher(line);
			if (m.find()) {
				Matcher symbol = DocumentSymbols.SYMBOL.matcher(m.group(1));
				if (symbol.find() && symbol.start() < 40 && !symbol.group(1).equals(own)) {
					found.add(symbol.group(1));
				}
			}
		}
		return List.copyOf(found);
	}

	private static List<String> titleBlockAndPreamble(List<String> lines) {
		return header(lines);
	}

	private static List<String> replacesSymbols(List<String> lines, String own, IntPredicate mayReplace) {
		Set<String> found = new LinkedHashSet<>();
		for (int i = 0; i < lines.size(); i++) {
			String line = lines.get(i);
			if (!mayReplace.test(i) || !REPLACES_WORDS.in(line)) {
				continue;
			}
			Matcher m = REPLACES.matcher(line);
			if (m.find()) {
				// the clause ends with its sentence ("... của Ban Chấp hành Đảng bộ tỉnh)./.")
				String clause = CLAUSE_END.split(m.group(1), 2)[0];
				Matcher symbol = DocumentSymbols.SYMBOL.matcher(clause);
				while (symbol.find()) {
					if (!symbol.group(1).equals(own)) {
						found.add(symbol.group(1));
					}
				}
			}
		}
		return List.copyOf(found);
	}
}
