package vn.plantrack.extract.table;

import java.util.ArrayList;
import java.util.List;

/** The group rows enclosing the current row of a table (A → I → 1), innermost last. */
final class GroupStack {

	/** How a group row is numbered; groups of one scheme are siblings, a new scheme nests. */
	enum Scheme {
		LETTER, ROMAN, NUMBER, TITLE
	}

	record Group(Scheme scheme, String code, String title, int line) {

		/** What items report as their group: the code as written, or the title when there is no code. */
		String label() {
			return code.isEmpty() ? title : code;
		}
	}

	private final List<Group> open = new ArrayList<>();

	// rule: a group row closes the open group of its own numbering scheme and everything inside it
	void push(Group group) {
		for (int i = 0; i < open.size(); i++) {
			if (open.get(i).scheme() == group.scheme()) {
				open.subList(i, open.size()).clear();
				break;
			}
		}
		open.add(group);
	}

	Group innermost() {
		return open.isEmpty() ? null : open.get(open.size() - 1);
	}

	Group outermost(Scheme scheme) {
		for (Group g : open) {
			if (g.scheme() == scheme) {
				return g;
			}
		}
		return null;
	}

	/** The outermost group that is not a letter group (the sector of a project list). */
	Group outermostBelowLetters() {
		for (Group g : open) {
			if (g.scheme() != Scheme.LETTER) {
				return g;
			}
		}
		return null;
	}
}
