package vn.plantrack.parse;

/**
 * A run of text that is neither a heading nor a table row; one input line per paragraph (the seed texts
 * put blank lines between paragraphs but also break paragraphs at page ends, so joining is left to readers).
 *
 * @param text markup stripped, whitespace squeezed
 * @param emphasised the whole line was bold or italic in the source ("**...**", "<b>...</b>")
 */
public record Paragraph(String text, boolean emphasised, int firstLine, int lastLine) implements Node {
}
