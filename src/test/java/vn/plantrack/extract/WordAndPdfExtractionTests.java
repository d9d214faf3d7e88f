package vn.plantrack.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.math.BigInteger;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;

import vn.plantrack.ingest.IngestedText;
import vn.plantrack.ingest.TextExtraction;

/**
 * The whole reading path on real Word and PDF files built here from seed text: tasks come out of a Word
 * table (with a merged lead-agency cell) and out of PDF prose just as they do from the plain-text seeds.
 */
class WordAndPdfExtractionTests {

	private static final String FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf";

	private final TextExtraction ingest = new TextExtraction();

	private final Extractor extractor = new Extractor();

	@Test
	void readsTasksFromAWordTableWithAMergedLeadAgencyCell() throws Exception {
		// seed 002, lines 301-306: header, group I, tasks 1-3; task 2's lead cell is merged with task 1's
		byte[] docx = wordFile();

		IngestedText text = ingest.extract("ct-139.docx", docx);
		Extraction extraction = extractor.extract("ct-139.docx", text.text());

		assertThat(extraction.tables()).singleElement().satisfies(table -> {
			assertThat(table.kind()).isEqualTo("tasks");
			assertThat(table.groups()).isEqualTo(1);
			assertThat(table.rows()).isEqualTo(3);
		});
		assertThat(extraction.tasks()).extracting(TaskItem::code).containsExactly("1", "2", "3");
		TaskItem second = extraction.tasks().get(1);
		assertThat(second.lead()).as("filled down from the merged cell above").containsExactly("Sở Tư pháp");
		assertThat(second.coordinating()).containsExactly("Các sở, ban, ngành", "UBND các huyện, thành phố");
		assertThat(second.period().recurrence()).isEqualTo("yearly");
		// the line refers to the plain text the DOCX is rendered to (what `extract --format text` prints)
		assertThat(text.text().split("\n")[second.line() - 1]).startsWith("2\tXây dựng Kế hoạch");
	}

	@Test
	void readsProseTasksFromAPdfWithATextLayer() throws Exception {
		Assumptions.assumeTrue(new File(FONT).isFile(), "needs a font with Vietnamese glyphs (fonts-dejavu-core)");
		// seed 001: a task group and two self-assigned items, written as a PDF would carry them
		List<String> lines = List.of("1. Về phát triển nông nghiệp",
				"1.1. Sở Nông nghiệp và Môi trường chủ trì, phối hợp với UBND các huyện, thành phố",
				"triển khai kế hoạch sản xuất vụ Đông Xuân, hoàn thành trước 30/6/2025.",
				"1.2. Sở Tài chính chủ trì, phối hợp với Sở Xây dựng rà soát kế hoạch vốn đầu tư công.");

		IngestedText text = ingest.extract("qd.pdf", pdf(lines));
		Extraction extraction = extractor.extract("qd.pdf", text.text());

		assertThat(extraction.tasks()).extracting(TaskItem::code).containsExactly("1.1", "1.2");
		TaskItem first = extraction.tasks().get(0);
		assertThat(first.lead()).containsExactly("Sở Nông nghiệp và Môi trường");
		assertThat(first.coordinating()).containsExactly("UBND các huyện, thành phố");
		assertThat(extraction.tasks().get(1).lead()).containsExactly("Sở Tài chính");
	}

	private static byte[] wordFile() throws Exception {
		try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			document.createParagraph().createRun().setText("PHỤ LỤC");
			document.createParagraph().createRun().setText("CÁC CÔNG VIỆC CỤ THỂ THUỘC CHƯƠNG TRÌNH HÀNH ĐỘNG");
			XWPFTable table = document.createTable(5, 6);
			row(table.getRow(0), "TT", "Nội dung công việc", "Cơ quan chủ trì", "Cơ quan phối hợp",
					"Thời gian hoàn thành", "Thời gian thực hiện");
			row(table.getRow(1), "I", "Hoàn thiện hệ thống các cơ chế, chính sách", "", "", "", "");
			row(table.getRow(2), "1", "Nâng cao chất lượng thẩm định văn bản quy phạm pháp luật", "Sở Tư pháp",
					"Các sở, ban, ngành; UBND các huyện, thành phố", "", "Hàng năm");
			row(table.getRow(3), "2", "Xây dựng Kế hoạch thực hiện công tác kiểm tra, rà soát văn bản", "",
					"Các sở, ban, ngành; UBND các huyện, thành phố", "", "Hàng năm");
			row(table.getRow(4), "3", "Tiếp tục thực hiện Đề án đổi mới công tác thi hành pháp luật", "Sở Tư pháp",
					"Các sở, ban, ngành; UBND các huyện, thành phố", "", "Hàng năm");
			merge(table.getRow(2).getCell(2), STMerge.RESTART);
			merge(table.getRow(3).getCell(2), STMerge.CONTINUE);
			document.write(out);
			return out.toByteArray();
		}
	}

	private static void row(XWPFTableRow row, String... texts) {
		for (int i = 0; i < texts.length; i++) {
			if (!texts[i].isEmpty()) {
				row.getCell(i).getParagraphs().get(0).createRun().setText(texts[i]);
			}
		}
	}

	private static void merge(XWPFTableCell cell, STMerge.Enum how) {
		CTTcPr properties = cell.getCTTc().getTcPr() != null ? cell.getCTTc().getTcPr() : cell.getCTTc().addNewTcPr();
		properties.addNewVMerge().setVal(how);
		properties.addNewTcW().setW(BigInteger.valueOf(2000));
	}

	private static byte[] pdf(List<String> lines) throws Exception {
		try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			PDPage page = new PDPage();
			document.addPage(page);
			PDType0Font font = PDType0Font.load(document, new File(FONT));
			try (PDPageContentStream content = new PDPageContentStream(document, page)) {
				content.beginText();
				content.setFont(font, 9);
				content.newLineAtOffset(40, 740);
				for (String line : lines) {
					content.showText(line);
					content.newLineAtOffset(0, -14);
				}
				content.endText();
			}
			document.save(out);
			return out.toByteArray();
		}
	}
}
