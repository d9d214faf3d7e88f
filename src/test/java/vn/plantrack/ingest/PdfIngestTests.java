package vn.plantrack.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.util.List;
import java.util.Random;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.Test;

class PdfIngestTests {

	private static final File DEJAVU = new File("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf");

	private final TextExtraction extraction = new TextExtraction();

	// three pages of seed 001 (lines 20-22 and 310, 408): running header on every page, page number at the foot
	private static final List<List<String>> PAGES = List.of(
			List.of("UBND TỈNH SƠN LA", "Phát triển kinh tế - xã hội và dự toán ngân sách nhà nước với mục tiêu tăng",
					"trưởng năm 2025 đạt 8% trở lên.", "1"),
			List.of("UBND TỈNH SƠN LA", "1.3. Sở Tài chính chủ trì, phối hợp với các sở, ban, ngành, đơn vị, địa phương", "2"),
			List.of("UBND TỈNH SƠN LA", "2.1. Sở Tài chính chủ trì, phối hợp với các sở, ban, ngành", "- 3 -"));

	@Test
	void vietnameseTextLayerIsReadWithPageNumbersAndRepeatedHeadersRemoved() throws Exception {
		assumeTrue(DEJAVU.isFile(), "DejaVuSans.ttf (fonts-dejavu-core) is needed for Vietnamese glyphs");
		byte[] bytes = pdf(PAGES, document -> PDType0Font.load(document, DEJAVU));

		IngestedText ingested = extraction.extract("qd.pdf", bytes);

		assertThat(ingested.format()).isEqualTo("pdf");
		assertThat(PlainTextIngestTests.lines(ingested.text())).containsExactly(
				// kept once: the first occurrence could be a table header repeated on every page
				"UBND TỈNH SƠN LA",
				"Phát triển kinh tế - xã hội và dự toán ngân sách nhà nước với mục tiêu tăng",
				"trưởng năm 2025 đạt 8% trở lên.",
				"1.3. Sở Tài chính chủ trì, phối hợp với các sở, ban, ngành, đơn vị, địa phương",
				"2.1. Sở Tài chính chủ trì, phối hợp với các sở, ban, ngành");
		assertThat(ingested.notes()).anyMatch(n -> n.contains("số trang"));
		// output lines 2-3 come from page 1, line 4 from page 2, line 5 from page 3
		assertThat(ingested.pageOfLine(3)).isEqualTo(1);
		assertThat(ingested.pageOfLine(4)).isEqualTo(2);
		assertThat(ingested.pageOfLine(5)).isEqualTo(3);
		assertThat(ingested.pageOfLine(6)).isZero();
	}

	@Test
	void pdfWithoutTextLayerIsRefusedAsAScan() throws Exception {
		byte[] bytes;
		try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			for (int i = 0; i < 2; i++) {
				PDPage page = new PDPage();
				document.addPage(page);
				try (PDPageContentStream content = new PDPageContentStream(document, page)) {
					// what a scan has: marks on the page, no text
					content.addRect(50, 50, 300, 400);
					content.fill();
				}
			}
			document.save(out);
			bytes = out.toByteArray();
		}

		assertThatThrownBy(() -> extraction.extract("scan.pdf", bytes)).isInstanceOf(UnreadableDocumentException.class)
			.hasMessage("scan.pdf: PDF không có lớp văn bản (bản quét) — cần OCR trước khi nhập");
	}

	@Test
	void passwordProtectedPdfIsRefused() throws Exception {
		byte[] bytes;
		try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			PDPage page = new PDPage();
			document.addPage(page);
			write(document, page, new PDType1Font(Standard14Fonts.FontName.HELVETICA), List.of("Ke hoach"));
			StandardProtectionPolicy policy = new StandardProtectionPolicy("owner", "user", new AccessPermission());
			document.protect(policy);
			document.save(out);
			bytes = out.toByteArray();
		}

		assertThatThrownBy(() -> extraction.extract("mat.pdf", bytes)).isInstanceOf(UnreadableDocumentException.class)
			.hasMessageStartingWith("mat.pdf: ")
			.hasMessageContaining("mật khẩu");
	}

	@Test
	void pdfWithMorePagesThanTheLimitIsRefusedNamingTheLimit() throws Exception {
		byte[] bytes = pdf(PAGES, document -> new PDType1Font(Standard14Fonts.FontName.HELVETICA));
		TextExtraction strict = new TextExtraction(new UploadLimits(1_000_000, 1_000_000, 2, 100, 1));

		assertThatThrownBy(() -> strict.extract("dai.pdf", bytes)).isInstanceOf(UnreadableDocumentException.class)
			.hasMessageStartingWith("dai.pdf: ")
			.hasMessageContaining("maxPdfPages");
	}

	@Test
	void randomBytesNamedPdfAreRefused() {
		byte[] bytes = new byte[2048];
		new Random(42).nextBytes(bytes);

		assertThatThrownBy(() -> extraction.extract("rac.pdf", bytes)).isInstanceOf(UnreadableDocumentException.class)
			.hasMessageStartingWith("rac.pdf: ");
	}

	@Test
	void truncatedPdfIsRefusedOrReadButNeverCrashes() throws Exception {
		byte[] whole = pdf(PAGES, document -> new PDType1Font(Standard14Fonts.FontName.HELVETICA));
		byte[] head = java.util.Arrays.copyOf(whole, 40);

		assertThatThrownBy(() -> extraction.extract("cut.pdf", head)).isInstanceOf(UnreadableDocumentException.class)
			.hasMessageStartingWith("cut.pdf: ");
	}

	interface FontChoice {

		PDFont load(PDDocument document) throws Exception;
	}

	static byte[] pdf(List<List<String>> pages, FontChoice fontChoice) throws Exception {
		try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			PDFont font = fontChoice.load(document);
			for (List<String> lines : pages) {
				PDPage page = new PDPage();
				document.addPage(page);
				write(document, page, font, font instanceof PDType1Font ? lines.stream().map(PdfIngestTests::ascii).toList() : lines);
			}
			document.save(out);
			return out.toByteArray();
		}
	}

	private static void write(PDDocument document, PDPage page, PDFont font, List<String> lines) throws Exception {
		try (PDPageContentStream content = new PDPageContentStream(document, page)) {
			content.beginText();
			content.setFont(font, 11);
			content.newLineAtOffset(40, 740);
			for (String line : lines) {
				content.showText(line);
				content.newLineAtOffset(0, -16);
			}
			content.endText();
		}
	}

	private static String ascii(String text) {
		return java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFD).replaceAll("\\p{M}", "").replace('Đ', 'D').replace('đ', 'd');
	}
}
