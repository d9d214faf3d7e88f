package vn.plantrack.search;

import java.io.IOException;
import java.text.Normalizer;
import java.util.regex.Pattern;

import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Removes combining marks from each word. Vietnamese text arrives both composed ("ơ" as one character) and
 * decomposed ("o" + combining horn, as in parts of seed 003 or text typed on some keyboards); ASCII folding
 * only knows composed letters, so the words are decomposed and their marks dropped first. Works on the
 * term only, so the offsets used for highlighting still point into the original text.
 */
final class CombiningMarkFilter extends TokenFilter {

	private static final Pattern MARKS = Pattern.compile("\\p{M}+");

	private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

	CombiningMarkFilter(TokenStream input) {
		super(input);
	}

	@Override
	public boolean incrementToken() throws IOException {
		if (!input.incrementToken()) {
			return false;
		}
		String text = term.toString();
		if (!Normalizer.isNormalized(text, Normalizer.Form.NFD) || MARKS.matcher(text).find()) {
			String stripped = MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("");
			term.setEmpty().append(stripped);
		}
		return true;
	}
}
