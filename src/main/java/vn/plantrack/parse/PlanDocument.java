package vn.plantrack.parse;

import java.util.ArrayList;
import java.util.List;

/**
 * The document tree of one text: top-level nodes in source order plus the structural issues noticed.
 *
 * @param children top-level nodes (text before the first heading, headings, tables)
 * @param issues structural problems in line order
 * @param lineCount number of input lines
 */
public record PlanDocument(List<Node> children, List<ParseIssue> issues, int lineCount) {

	public PlanDocument {
		children = List.copyOf(children);
		issues = List.copyOf(issues);
	}

	/** Every table of the document, at any depth, in source order. */
	public List<Table> tables() {
		List<Table> out = new ArrayList<>();
		collect(children, Table.class, out);
		return out;
	}

	/** Every heading of the document, at any depth, in source order. */
	public List<Heading> headings() {
		List<Heading> out = new ArrayList<>();
		collect(children, Heading.class, out);
		return out;
	}

	private static <T extends Node> void collect(List<Node> nodes, Class<T> type, List<T> out) {
		for (Node n : nodes) {
			if (type.isInstance(n)) {
				out.add(type.cast(n));
			}
			if (n instanceof Heading h) {
				collect(h.children(), type, out);
			}
		}
	}
}
