package vn.plantrack.parse;

/**
 * A node of the document tree. Every node keeps the first and last line of the input text it was read
 * from (1-based, the line numbers an editor shows).
 */
public sealed interface Node permits Heading, Paragraph, Table {

	int firstLine();

	int lastLine();
}
