package vn.plantrack.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.junit.jupiter.api.Test;

/** Officials type without diacritics; the index must meet them there. */
class FoldingAnalyzerTests {

	@Test
	void dropsToneAndVowelMarksAndCase() throws IOException {
		assertThat(tokens("Sở Tài chính")).containsExactly("so", "tai", "chinh");
		assertThat(tokens("ĐẢNG ỦY Ủy ban nhân dân tỉnh")).containsExactly("dang", "uy", "uy", "ban", "nhan", "dan", "tinh");
	}

	@Test
	void foldsDecomposedTextLikeComposedText() throws IOException {
		// seed 003 mixes NFC and NFD: "Sơn La" written with a combining horn must fold the same way
		String decomposed = java.text.Normalizer.normalize("Sơn La Phấn đấu", java.text.Normalizer.Form.NFD);
		assertThat(tokens(decomposed)).containsExactly("son", "la", "phan", "dau");
	}

	private static List<String> tokens(String text) throws IOException {
		List<String> tokens = new ArrayList<>();
		try (FoldingAnalyzer analyzer = new FoldingAnalyzer(); TokenStream stream = analyzer.tokenStream("body", text)) {
			CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
			stream.reset();
			while (stream.incrementToken()) {
				tokens.add(term.toString());
			}
			stream.end();
		}
		return tokens;
	}
}
