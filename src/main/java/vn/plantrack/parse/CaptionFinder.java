package vn.plantrack.parse;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.regex.Pattern;

import vn.plantrack.shared.text.VietText;

/** Finds the caption written above a table ("PHỤ LỤC SỐ 01" and the title lines under it). */
final class CaptionFinder {

	private static final int LOOK_BACK = 12;
	private static final int MAX_CAPTION_LINE = 300;
	private static final Pattern APPENDIX_START = Pattern.compile("^(?:phụ lục|biểu)\\b.*",
			Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

	private CaptionFinder() {
	}

	record Caption(String text, int line) {
		static final Caption NONE = new Caption("", 0);
	}

	// rule: a caption is the block of short lines right above a table: an appendix line ("PHỤ LỤC 2") and
	// the title lines under it, or title lines in capitals; lines in parentheses ("(Kèm theo ...)") are
	// references, not the title, and a line of ordinary prose ends the search
	static Caption find(List<String> lines, int tableStartIndex) {
		Deque<String> parts = new ArrayDeque<>();
		int captionLine = 0;
		boolean inParenthesis = false;
		for (int i = tableStartIndex - 1; i >= 0 && i >= tableStartIndex - LOOK_BACK; i--) {
			String raw = lines.get(i);
			if (raw.indexOf('\t') >= 0) {
				// a caption typed into one cell of a TAB-separated line still reads as a caption line
				if (filledFields(raw) > 1) {
					break;
				}
				raw = raw.replace('\t', ' ');
			}
			if (Markup.isBlank(raw) || Markup.isDebris(raw)) {
				continue;
			}
			String text = Markup.strip(raw);
			if (text.isEmpty()) {
				continue;
			}
			if (text.length() > MAX_CAPTION_LINE) {
				break;
			}
			if (text.endsWith(")") && !text.startsWith("(")) {
				inParenthesis = true;
				continue;
			}
			if (text.startsWith("(")) {
				inParenthesis = false;
				continue;
			}
			if (inParenthesis) {
				continue;
			}
			boolean appendix = APPENDIX_START.matcher(text).matches();
			if (!appendix && !VietText.isMostlyCapitals(text) && !Markup.isEmphasised(raw)) {
				break;
			}
			parts.addFirst(text);
			captionLine = i + 1;
			if (appendix) {
				break;
			}
		}
		if (parts.isEmpty()) {
			return Caption.NONE;
		}
		return new Caption(String.join(" ", parts), captionLine);
	}

	private static int filledFields(String raw) {
		int n = 0;
		for (String field : raw.split("\t", -1)) {
			if (!field.isBlank()) {
				n++;
			}
		}
		return n;
	}

}
