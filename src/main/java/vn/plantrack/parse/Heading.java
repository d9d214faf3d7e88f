package vn.plantrack.parse;

import java.util.List;

/**
 * A numbered heading and everything under it up to the next heading of the same or an enclosing scheme.
 *
 * @param scheme how it is numbered
 * @param number the number as written without its separator ("II", "1.1", "a", "01")
 * @param title the text after the number, markup stripped
 * @param depth nesting depth in the tree, 1 for a top-level heading
 * @param firstLine line of the heading itself
 * @param lastLine last line of the section (its last child), never before {@code firstLine}
 * @param children paragraphs, tables and sub-headings in source order
 */
public record Heading(NumberingScheme scheme, String number, String title, int depth, int firstLine, int lastLine,
		List<Node> children) implements Node {

	public Heading {
		children = List.copyOf(children);
	}
}
