package vn.plantrack.registry;

import vn.plantrack.shared.text.VietText;

/** A readable title for a document: its first heading block, without markdown or tags. */
final class DocumentTitles {

	private static final int MAX_LENGTH = 300;

	private DocumentTitles() {
	}

	// rule: the title block of an administrative document is the first run of non-blank lines
	// (kind on one line, subject on the next ones); stop at the first blank line or a rule line.
	static String titleOf(String text, String fallback) {
		StringBuilder title = new StringBuilder();
		for (String line : text.split("\n")) {
			String clean = VietText.squeeze(line.replaceAll("<[^>]{1,20}>", "").replaceAll("[*#_]+", " "));
			if (clean.isEmpty() || clean.matches("-{3,}")) {
				if (title.length() > 0) {
					break;
				}
				continue;
			}
			if (title.length() > 0) {
				title.append(' ');
			}
			title.append(clean);
			if (title.length() >= MAX_LENGTH) {
				break;
			}
		}
		String result = title.length() == 0 ? fallback : title.toString();
		return result.length() > MAX_LENGTH ? result.substring(0, MAX_LENGTH - 1) + "…" : result;
	}
}
