package vn.plantrack.parse;

import java.util.ArrayList;
import java.util.List;

/**
 * Mutable state of one parse: the stack of open headings and the nodes collected so far. Created fresh
 * by every {@link PlanParser#parse(String)} call.
 */
final class TreeBuilder {

	private static final class OpenHeading {
		final HeadingStart start;
		final int line;
		final List<Node> children = new ArrayList<>();

		OpenHeading(HeadingStart start, int line) {
			this.start = start;
			this.line = line;
		}
	}

	private final int maxDepth;
	private final List<ParseIssue> issues;
	private final List<Node> top = new ArrayList<>();
	private final List<OpenHeading> stack = new ArrayList<>();
	private boolean depthReported;

	TreeBuilder(int maxDepth, List<ParseIssue> issues) {
		this.maxDepth = maxDepth;
		this.issues = issues;
	}

	void add(Node node) {
		(stack.isEmpty() ? top : stack.get(stack.size() - 1).children).add(node);
	}

	// rule: a heading closes the open headings of its own scheme and level (and deeper decimals) with
	// everything opened after them; otherwise it nests under the innermost open heading. Appendix captions
	// and parts always start at the top level.
	void heading(HeadingStart start, int line) {
		if (start.scheme() == NumberingScheme.APPENDIX || start.scheme() == NumberingScheme.PART) {
			closeDownTo(0);
		}
		else {
			for (int i = 0; i < stack.size(); i++) {
				if (start.closes(stack.get(i).start)) {
					closeDownTo(i);
					break;
				}
			}
		}
		if (stack.size() >= maxDepth) {
			if (!depthReported) {
				issues.add(new ParseIssue("nesting_too_deep", line, start.number() + " " + start.title(),
						"Đề mục lồng quá " + maxDepth + " cấp; các cấp sâu hơn được xếp ngang hàng."));
				depthReported = true;
			}
			closeDownTo(maxDepth - 1);
		}
		stack.add(new OpenHeading(start, line));
	}

	private void closeDownTo(int size) {
		while (stack.size() > size) {
			OpenHeading open = stack.remove(stack.size() - 1);
			int last = open.line;
			for (Node child : open.children) {
				last = Math.max(last, child.lastLine());
			}
			Heading heading = new Heading(open.start.scheme(), open.start.number(), open.start.title(),
					stack.size() + 1, open.line, last, open.children);
			add(heading);
		}
	}

	List<Node> finish() {
		closeDownTo(0);
		return top;
	}
}
