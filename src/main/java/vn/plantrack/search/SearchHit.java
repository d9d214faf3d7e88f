package vn.plantrack.search;

/**
 * One search result. {@code kind} is document, task, indicator or agency; {@code titleHtml} and
 * {@code snippetHtml} are HTML-escaped text with the matched words wrapped in {@code <mark>}.
 */
public record SearchHit(String kind, long id, String url, String titleHtml, String snippetHtml, String context) {
}
