package vn.plantrack.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;

class IngestRobustnessProperties {

	private static final Duration BOUND = Duration.ofSeconds(10);

	private final TextExtraction extraction = new TextExtraction();

	@Provide
	Arbitrary<String> extensions() {
		return Arbitraries.of("txt", "md", "docx", "doc", "pdf");
	}

	// the magic numbers that route random bytes past the format checks into POI and PDFBox
	@Provide
	Arbitrary<String> magic() {
		return Arbitraries.of("", "%PDF-1.7\n", "PK\u0003\u0004", "\u00D0\u00CF\u0011\u00E0\u00A1\u00B1\u001A\u00E1", "\u00EF\u00BB\u00BF",
				"\u00FF\u00FE");
	}

	@Property(tries = 250)
	void randomBytesWithAnyExtensionGiveTextOrTheDocumentedRefusalQuickly(@ForAll @Size(max = 3000) byte[] body,
			@ForAll("magic") String magic, @ForAll("extensions") String extension) {
		byte[] prefix = magic.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
		byte[] bytes = new byte[prefix.length + body.length];
		System.arraycopy(prefix, 0, bytes, 0, prefix.length);
		System.arraycopy(body, 0, bytes, prefix.length, body.length);
		String fileName = "ngau-nhien." + extension;

		long start = System.nanoTime();
		try {
			IngestedText ingested = extraction.extract(fileName, bytes);
			assertThat(ingested.text()).isNotBlank();
		}
		catch (UnreadableDocumentException refused) {
			assertThat(refused.getMessage()).startsWith(fileName + ": ").doesNotContain("\n");
		}
		assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(BOUND);
	}

	@Property(tries = 80)
	void corruptedRealDocumentsGiveTextOrTheDocumentedRefusalQuickly(@ForAll("corruptions") int[] positions,
			@ForAll boolean asPdf) throws Exception {
		byte[] bytes = (asPdf ? realPdf() : realDocx()).clone();
		for (int position : positions) {
			int index = position % bytes.length;
			bytes[index] = (byte) (bytes[index] ^ (position >>> 8 | 1));
		}
		String fileName = asPdf ? "hong.pdf" : "hong.docx";

		long start = System.nanoTime();
		try {
			extraction.extract(fileName, bytes);
		}
		catch (UnreadableDocumentException refused) {
			assertThat(refused.getMessage()).startsWith(fileName + ": ").doesNotContain("\n");
		}
		assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(BOUND);
	}

	@Provide
	Arbitrary<int[]> corruptions() {
		return Arbitraries.integers().between(0, Integer.MAX_VALUE).array(int[].class).ofMinSize(1).ofMaxSize(8);
	}

	private static byte[] docx;

	private static byte[] pdf;

	private static synchronized byte[] realDocx() throws Exception {
		if (docx == null) {
			docx = DocxIngestTests.appendixTwoOfSeed004();
		}
		return docx;
	}

	private static synchronized byte[] realPdf() throws Exception {
		if (pdf == null) {
			pdf = PdfIngestTests.pdf(List.of(List.of("Ke hoach so 52", "1"), List.of("Nhiem vu", "2")),
					document -> new org.apache.pdfbox.pdmodel.font.PDType1Font(
							org.apache.pdfbox.pdmodel.font.Standard14Fonts.FontName.HELVETICA));
		}
		return pdf;
	}
}
