package vn.plantrack.search;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * Words lower-cased and stripped of Vietnamese tone and vowel marks ("Tài chính" → "tai chinh", "Đảng" →
 * "dang"), because officials often type without diacritics. Used for indexing and querying alike.
 */
final class FoldingAnalyzer extends Analyzer {

	@Override
	protected TokenStreamComponents createComponents(String fieldName) {
		StandardTokenizer tokenizer = new StandardTokenizer();
		TokenStream stream = new LowerCaseFilter(tokenizer);
		stream = new CombiningMarkFilter(stream);
		stream = new ASCIIFoldingFilter(stream);
		return new TokenStreamComponents(tokenizer, stream);
	}
}
