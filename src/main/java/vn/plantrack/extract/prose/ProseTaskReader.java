package vn.plantrack.extract.prose;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import vn.plantrack.extract.PeriodValue;
import vn.plantrack.extract.TaskItem;
import vn.plantrack.extract.agency.AgencyNames;
import vn.plantrack.extract.rules.PeriodParser;
import vn.plantrack.extract.text.LineTraits;
import vn.plantrack.extract.text.Needle;
import vn.plantrack.shared.text.VietText;

/**
 * Finds tasks written as prose. Two shapes are recognised:
 * <ul>
 * <li>a numbered item that assigns itself: "1.1. Sở Tư pháp chủ trì, phối hợp với các sở, ban, ngành ...",
 * "1.4. Công an tỉnh, Viện Kiểm sát, Tòa án tỉnh: Tăng cường ...", "1.5. Các sở, ban, ngành, đơn vị, địa
 * phương" followed by the work;</li>
 * <li>numbered solutions "(1) ... (7)" followed by a block "Tổ chức thực hiện: - Cơ quan chủ trì: X. - Cơ
 * quan phối hợp: Y. - Thời gian thực hiện: Z." that assigns every solution above it.</li>
 * </ul>
 * Hard-wrapped lines are joined; a task's line is the line its number stands on. Table rows are left to the
 * table reader.
 */
public final class ProseTaskReader {

	private static final int TITLE_LIMIT = 300;

	// rule: an assignment may open with the assigning word: "Đề nghị A ...", "Giao A chủ trì ...", "Giao cho A ..."
	private static final String ASSIGNING = "^(?:(?:Đề nghị|Giao(?:\\s+cho)?|Yêu cầu)\\s+)?";

	// rule: "A chủ trì, phối hợp với B" — A leads, B coordinates; "A, phối hợp với B" also names A as lead
	private static final Pattern LEADS = Pattern.compile(ASSIGNING + "(.{3,250}?)(?:\\s+chủ trì|(?=,\\s*phối\\s+hợp)|(?=\\s+phối\\s+hợp với))(.*)$");

	private static final Pattern COORDINATES = Pattern.compile("(?:phối hợp|phối\\s+hợp)(?:\\s+(?:với|cùng))*\\s+(.+)$");

	// rule: "A, B: work" — agencies before a colon are the leads
	private static final Pattern COLON_FORM = Pattern.compile(ASSIGNING + "([^:]{3,200}):\\s*(.*)$");

	// rule: verbs that end an agency list written inline ("phối hợp với Sở Y triển khai ...")
	// ("tổ chức" only before another verb: "các tổ chức chính trị - xã hội" is a list of agencies)
	private static final Pattern VERB = Pattern.compile("\\s(?:thực hiện|triển khai|tham mưu|xây dựng|tổ chức thực hiện|rà soát"
			+ "|tổ chức(?=\\s+(?:theo dõi|triển khai|kiểm tra|đánh giá|sơ kết|tổng kết|tuyên truyền|lập|xây dựng))"
			+ "|nghiên cứu|đề xuất|hướng dẫn|kiểm tra|tăng cường|đẩy mạnh|chỉ đạo|chịu trách nhiệm|căn cứ|báo cáo|theo dõi"
			+ "|tập trung|khẩn trương|tiếp tục|ban hành|đôn đốc|quán triệt|có trách nhiệm|thường xuyên|làm|phấn đấu|nhằm|để)(?=\\s|$|[,.;:])");

	// rule: a deadline stated in the work: "hoàn thành trước ngày 30/6/2025", "trình ... trong Quý II/2025"
	private static final Pattern DEADLINE = Pattern.compile("(?:hoàn thành|xong|trình|báo cáo)[^.;]{0,60}?\\b((?:trước|trong)\\s+"
			+ "(?:ngày\\s+\\d{1,2}/\\d{1,2}/\\d{4}|quý\\s+[IV]+/\\d{4}|tháng\\s+\\d{1,2}/\\d{4}|năm\\s+\\d{4}))",
			Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

	// compiled once: String.replaceFirst/split(regex) compile their pattern on every call
	private static final Pattern ASSIGNING_WORD = Pattern.compile(ASSIGNING);

	private static final Pattern LEADING_PUNCTUATION = Pattern.compile("^\\s*[:,]");

	// the part of DEADLINE from "trước"/"trong" on: every deadline match contains one
	private static final Pattern DEADLINE_TAIL = Pattern.compile("\\b(?:trước|trong)\\s+"
			+ "(?:ngày\\s+\\d{1,2}/\\d{1,2}/\\d{4}|quý\\s+[IV]+/\\d{4}|tháng\\s+\\d{1,2}/\\d{4}|năm\\s+\\d{4})",
			Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

	// DEADLINE's opening word is at most 10 characters and its gap at most 60 before the tail
	private static final int DEADLINE_REACH = 70;

	private ProseTaskReader() {
	}

	public static List<TaskItem> read(List<String> lines) {
		return read(lines, null);
	}

	/** {@link #read} reusing the lines the metadata reader already made plain (see MetadataReader.plainLines). */
	public static List<TaskItem> read(List<String> lines, List<String> plainLines) {
		return read(lines, plainLines, LineTraits.unknown());
	}

	/** {@link #read(List, List)} given what one pass found in every line ({@code traits}). */
	public static List<TaskItem> read(List<String> lines, List<String> plainLines, LineTraits traits) {
		List<TaskItem> tasks = new ArrayList<>();
		List<Numbered> pending = new ArrayList<>();
		// each item is read as the scan completes it, not collected first (see Numbered.scan)
		Numbered.scan(lines, plainLines, traits, item -> {
			if (item.block() != null) {
				for (Numbered solution : pending) {
					tasks.add(fromBlock(solution, item.block()));
				}
				pending.clear();
				return;
			}
			if (item.level() <= Numbered.DECIMAL_LEVEL && !item.code().startsWith("(")) {
				// a new heading closes the solutions waiting for their block
				pending.clear();
			}
			TaskItem assigned = selfAssigned(item);
			if (assigned != null) {
				tasks.add(assigned);
			}
			else if (item.code().startsWith("(")) {
				pending.add(item);
			}
		});
		tasks.sort((a, b) -> Integer.compare(a.line(), b.line()));
		return tasks;
	}

	private static TaskItem fromBlock(Numbered solution, Block block) {
		return new TaskItem(solution.code(), solution.group(), title(solution.body()), AgencyNames.split(block.lead()),
				AgencyNames.split(block.coordinating()), block.period() == null ? null : PeriodParser.parse(block.period()),
				block.resources(), solution.line());
	}

	private static TaskItem selfAssigned(Numbered item) {
		String header = item.header();
		String body = item.rest();
		List<String> lead = null;
		List<String> coordinating = List.of();
		Matcher leads = LEADS.matcher(header);
		Matcher colon = COLON_FORM.matcher(header);
		// cheap pre-checks: LEADS needs "chủ trì" or "phối", COLON_FORM a colon; the lazy regexes are slow
		boolean mayLead = header.contains("chủ trì") || header.contains("phối");
		if (mayLead && leads.matches() && AgencyNames.startsWithAgencyHead(leads.group(1)) && !VERB.matcher(" " + leads.group(1)).find()) {
			lead = AgencyNames.split(leads.group(1));
			String tail = leads.group(2);
			Matcher with = COORDINATES.matcher(tail);
			String work = "";
			if (with.find()) {
				String names = with.group(1);
				int colonAt = names.indexOf(':');
				if (colonAt >= 0) {
					work = names.substring(colonAt + 1);
					names = names.substring(0, colonAt);
				}
				Matcher verb = VERB.matcher(names);
				if (verb.find()) {
					work = names.substring(verb.start()).strip() + " " + work;
					names = names.substring(0, verb.start());
				}
				coordinating = AgencyNames.split(names);
			}
			else {
				work = LEADING_PUNCTUATION.matcher(tail).replaceFirst("");
			}
			body = (work.strip() + " " + body).strip();
		}
		else if (header.indexOf(':') >= 0 && colon.matches() && allAgencies(colon.group(1))) {
			lead = AgencyNames.split(colon.group(1));
			body = (colon.group(2) + " " + body).strip();
		}
		else if (!item.rest().isEmpty() && header.length() <= 200 && allAgencies(header)) {
			lead = AgencyNames.split(header);
		}
		if (lead == null || lead.isEmpty()) {
			return null;
		}
		return new TaskItem(item.code(), item.group(), title(body), lead, coordinating, deadline(body), null, item.line());
	}

	private static boolean allAgencies(String text) {
		if (VERB.matcher(" " + text).find()) {
			return false;
		}
		List<String> names = AgencyNames.split(ASSIGNING_WORD.matcher(text).replaceFirst(""));
		if (names.isEmpty()) {
			return false;
		}
		for (String name : names) {
			if (!AgencyNames.startsWithAgencyHead(name) || wordCount(name) > 14) {
				return false;
			}
		}
		return true;
	}

	// what name.split("\\s+").length counts (runs of non-blanks, and an empty first piece before leading
	// whitespace), without building the pieces
	private static int wordCount(String name) {
		int words = 0;
		boolean inWord = false;
		for (int i = 0; i < name.length(); i++) {
			char c = name.charAt(i);
			boolean blank = c == ' ' || (c >= '\t' && c <= '\r');
			if (!blank && !inWord) {
				words++;
			}
			inWord = !blank;
		}
		boolean leadingBlank = !name.isEmpty() && (name.charAt(0) == ' ' || (name.charAt(0) >= '\t' && name.charAt(0) <= '\r'));
		return words + (leadingBlank && words > 0 ? 1 : 0);
	}

	private static final Needle BEFORE = new Needle("trước");

	private static final Needle WITHIN = new Needle("trong");

	private static PeriodValue deadline(String body) {
		// every deadline the pattern reads ends in a four-digit year after "trước" or "trong"
		if (!hasFourDigits(body) || !(BEFORE.in(body) || WITHIN.in(body))) {
			return null;
		}
		// DEADLINE is tried at every position of the body; it is run only from just before the first place where
		// its "trước/trong + date" tail matches (no match can start earlier), and not at all without one
		int tail = firstDeadlineTail(body);
		if (tail < 0) {
			return null;
		}
		Matcher m = DEADLINE.matcher(body);
		m.useTransparentBounds(true).useAnchoringBounds(false).region(Math.max(0, tail - DEADLINE_REACH), body.length());
		if (m.find()) {
			String phrase = m.group(1);
			return PeriodParser.parse(Character.toUpperCase(phrase.charAt(0)) + phrase.substring(1));
		}
		return null;
	}

	private static int firstDeadlineTail(String body) {
		Matcher tail = DEADLINE_TAIL.matcher(body);
		tail.useTransparentBounds(true).useAnchoringBounds(false);
		int length = body.length();
		// the tail opens with "tr" in any case: its places are found from the r's with indexOf (vectorised), in order
		int lower = body.indexOf('r', 1);
		int upper = body.indexOf('R', 1);
		while (lower >= 0 || upper >= 0) {
			int r = upper < 0 || (lower >= 0 && lower < upper) ? lower : upper;
			char c = body.charAt(r - 1);
			if (c == 't' || c == 'T') {
				tail.region(r - 1, length);
				if (tail.lookingAt()) {
					return r - 1;
				}
			}
			if (r == lower) {
				lower = body.indexOf('r', r + 1);
			}
			else {
				upper = body.indexOf('R', r + 1);
			}
		}
		return -1;
	}

	private static boolean hasFourDigits(String text) {
		int run = 0;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			run = c >= '0' && c <= '9' ? run + 1 : 0;
			if (run == 4) {
				return true;
			}
		}
		return false;
	}

	private static final Pattern SENTENCE_END = Pattern.compile("[.;](?=\\s+\\p{Lu})|[.;]$");

	// rule: the title is the first sentence of the work, as written
	private static String title(String body) {
		String text = VietText.squeeze(body);
		Matcher end = SENTENCE_END.matcher(text);
		String sentence = end.find() ? text.substring(0, end.start()) : text;
		if (sentence.length() > TITLE_LIMIT) {
			int cut = sentence.lastIndexOf(' ', TITLE_LIMIT);
			sentence = sentence.substring(0, cut > 0 ? cut : TITLE_LIMIT) + " …";
		}
		return sentence.isEmpty() ? null : sentence;
	}
}
