package vn.plantrack.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;

class DocxIngestTests {

	private static final String AGENCY = "Chi bộ Kinh tế ngành – Văn xã";

	private final TextExtraction extraction = new TextExtraction();

	/**
	 * Phụ lục 2 of seed 004 (lines 431-435) as a Word table: bold header, a group row whose title spans the
	 * three right columns, and the lead agency merged vertically over tasks 1-3.
	 */
	static byte[] appendixTwoOfSeed004() throws Exception {
		try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			paragraph(document, "PHỤ LỤC 2", true);
			XWPFTable table = document.createTable(5, 4);
			row(table.getRow(0), true, "TT", "Tên nghị quyết/đề án/kết luận/chỉ thị", "Đơn vị mưu", "Thời gian trình");
			XWPFTableRow group = table.getRow(1);
			group.removeCell(3);
			group.removeCell(2);
			row(group, true, "I", "Nghị quyết, đề án của Ban Chấp hành Đảng bộ tỉnh");
			properties(group.getCell(1)).addNewGridSpan().setVal(BigInteger.valueOf(3));
			row(table.getRow(2), false, "1",
					"Đề án sắp xếp, kiện toàn thôn bản, tổ dân phố gắn với sắp xếp lại chi bộ, ban công tác Mặt trận thôn bản, tổ dân phố.",
					AGENCY, "Quý II/2026");
			properties(table.getRow(2).getCell(2)).addNewVMerge().setVal(STMerge.RESTART);
			row(table.getRow(3), false, "2",
					"Nghị quyết về phát triển nông nghiệp hàng hóa, dược liệu theo hướng kinh tế xanh, giai đoạn 2026 - 2030.", "",
					"Tháng 3/2026");
			properties(table.getRow(3).getCell(2)).addNewVMerge().setVal(STMerge.CONTINUE);
			row(table.getRow(4), false, "3", "Nghị quyết về phát triển du lịch giai đoạn 2026 - 2030,", "", "Đã tham mưu ban hành");
			// a second paragraph inside the cell: joined with a space, the row stays one line
			table.getRow(4).getCell(1).addParagraph().createRun().setText("định hướng đến năm 2035.");
			// <w:vMerge/> without a value also continues the merge
			properties(table.getRow(4).getCell(2)).addNewVMerge();
			paragraph(document, "Nơi nhận:", false);
			document.write(out);
			return out.toByteArray();
		}
	}

	@Test
	void tableRowsBecomeTabSeparatedLinesWithMergedCellsLeftEmpty() throws Exception {
		IngestedText ingested = extraction.extract("pl2.docx", appendixTwoOfSeed004());

		assertThat(ingested.format()).isEqualTo("docx");
		assertThat(PlainTextIngestTests.lines(ingested.text())).containsExactly(
				"PHỤ LỤC 2",
				// 004 line 431
				"<b>TT</b>\t<b>Tên nghị quyết/đề án/kết luận/chỉ thị</b>\t<b>Đơn vị mưu</b>\t<b>Thời gian trình</b>",
				// 004 line 432: the spanning title, then two empty cells
				"<b>I</b>\t<b>Nghị quyết, đề án của Ban Chấp hành Đảng bộ tỉnh</b>\t\t",
				// 004 line 433
				"1\tĐề án sắp xếp, kiện toàn thôn bản, tổ dân phố gắn với sắp xếp lại chi bộ, ban công tác Mặt trận thôn bản, tổ dân phố.\t"
						+ AGENCY + "\tQuý II/2026",
				// 004 line 434, agency merged from the row above: empty so that the parser fills it down
				"2\tNghị quyết về phát triển nông nghiệp hàng hóa, dược liệu theo hướng kinh tế xanh, giai đoạn 2026 - 2030.\t\tTháng 3/2026",
				// 004 line 435
				"3\tNghị quyết về phát triển du lịch giai đoạn 2026 - 2030, định hướng đến năm 2035.\t\tĐã tham mưu ban hành",
				"Nơi nhận:");
	}

	@Test
	void automaticListNumbersAreWrittenIntoTheText() throws Exception {
		byte[] bytes;
		try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			org.apache.poi.xwpf.usermodel.XWPFNumbering numbering = document.createNumbering();
			org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum abstractNum = org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum.Factory
				.newInstance();
			abstractNum.setAbstractNumId(BigInteger.ZERO);
			org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl level = abstractNum.addNewLvl();
			level.setIlvl(BigInteger.ZERO);
			level.addNewNumFmt().setVal(org.openxmlformats.schemas.wordprocessingml.x2006.main.STNumberFormat.DECIMAL);
			level.addNewLvlText().setVal("%1.");
			level.addNewStart().setVal(BigInteger.ONE);
			BigInteger abstractId = numbering.addAbstractNum(new org.apache.poi.xwpf.usermodel.XWPFAbstractNum(abstractNum));
			BigInteger numId = numbering.addNum(abstractId);
			for (String task : new String[] { "Xây dựng Đảng về chính trị", "Xây dựng Đảng về tư tưởng" }) {
				XWPFParagraph paragraph = document.createParagraph();
				paragraph.setNumID(numId);
				paragraph.setNumILvl(BigInteger.ZERO);
				paragraph.createRun().setText(task);
			}
			document.write(out);
			bytes = out.toByteArray();
		}

		String text = extraction.extract("ds.docx", bytes).text();

		assertThat(PlainTextIngestTests.lines(text)).containsExactly("1. Xây dựng Đảng về chính trị", "2. Xây dựng Đảng về tư tưởng");
	}

	@Test
	void truncatedDocxIsRefusedNamingTheFile() throws Exception {
		byte[] whole = appendixTwoOfSeed004();
		byte[] truncated = Arrays.copyOf(whole, whole.length / 2);

		assertThatThrownBy(() -> extraction.extract("hong.docx", truncated)).isInstanceOf(UnreadableDocumentException.class)
			.hasMessageStartingWith("hong.docx: ");
	}

	@Test
	void documentDeclaringExternalEntitiesIsRefused() throws Exception {
		String xxe = "<?xml version=\"1.0\"?><!DOCTYPE w [<!ENTITY secret SYSTEM \"file:///etc/passwd\">]>"
				+ "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body><w:p><w:r><w:t>&secret;</w:t></w:r></w:p></w:body></w:document>";
		byte[] bytes = zip("[Content_Types].xml",
				"<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>",
				"word/document.xml", xxe);

		assertThatThrownBy(() -> extraction.extract("xxe.docx", bytes)).isInstanceOf(UnreadableDocumentException.class)
			.hasMessageStartingWith("xxe.docx: ")
			.hasMessageContaining("DOCTYPE")
			.hasMessageNotContaining("root:");
	}

	@Test
	void zipBombIsRefused() throws Exception {
		byte[] bytes;
		try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			// 30 million identical characters deflate more than 1000 to 1
			document.createParagraph().createRun().setText("a".repeat(30_000_000));
			document.write(out);
			bytes = out.toByteArray();
		}
		assertThat(bytes.length).isLessThan(1_000_000);

		assertThatThrownBy(() -> extraction.extract("bom.docx", bytes)).isInstanceOf(UnreadableDocumentException.class)
			.hasMessageStartingWith("bom.docx: ")
			.hasMessageContaining("zip bomb");
	}

	@Test
	void tableWithMoreCellsThanTheLimitIsRefusedNamingTheLimit() throws Exception {
		TextExtraction strict = new TextExtraction(new UploadLimits(1_000_000, 1_000_000, 10, 12, 5));

		assertThatThrownBy(() -> strict.extract("pl2.docx", appendixTwoOfSeed004())).isInstanceOf(UnreadableDocumentException.class)
			.hasMessageStartingWith("pl2.docx: ")
			.hasMessageContaining("maxTableCells");
	}

	@Test
	void tablesNestedDeeperThanTheLimitAreRefusedNamingTheLimit() throws Exception {
		byte[] bytes;
		try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			XWPFTable outer = document.createTable(1, 1);
			XWPFTableCell cell = outer.getRow(0).getCell(0);
			XWPFTable inner = cell.insertNewTbl(cell.getParagraphs().get(0).getCTP().newCursor());
			inner.getCTTbl().addNewTr().addNewTc().addNewP().addNewR().addNewT().setStringValue("ô trong");
			document.write(out);
			bytes = out.toByteArray();
		}
		TextExtraction flat = new TextExtraction(new UploadLimits(1_000_000, 1_000_000, 10, 1000, 1));

		assertThat(extraction.extract("long.docx", bytes).text()).contains("ô trong");
		assertThatThrownBy(() -> flat.extract("long.docx", bytes)).isInstanceOf(UnreadableDocumentException.class)
			.hasMessageStartingWith("long.docx: ")
			.hasMessageContaining("maxTableNesting");
	}

	@Test
	void docxWithoutAnyTextIsRefused() throws Exception {
		byte[] bytes;
		try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			document.createParagraph();
			document.write(out);
			bytes = out.toByteArray();
		}

		assertThatThrownBy(() -> extraction.extract("trong.docx", bytes)).isInstanceOf(UnreadableDocumentException.class)
			.hasMessageStartingWith("trong.docx: ");
	}

	@Test
	void randomBytesNamedDocAreRefused() {
		byte[] bytes = "đây không phải tệp Word".getBytes(StandardCharsets.UTF_8);

		assertThatThrownBy(() -> extraction.extract("gia.doc", bytes)).isInstanceOf(UnreadableDocumentException.class)
			.hasMessageStartingWith("gia.doc: ");
	}

	private static void paragraph(XWPFDocument document, String text, boolean bold) {
		XWPFRun run = document.createParagraph().createRun();
		run.setText(text);
		run.setBold(bold);
	}

	private static void row(XWPFTableRow row, boolean bold, String... texts) {
		for (int i = 0; i < texts.length; i++) {
			XWPFParagraph paragraph = row.getCell(i).getParagraphs().get(0);
			if (!texts[i].isEmpty()) {
				XWPFRun run = paragraph.createRun();
				run.setText(texts[i]);
				run.setBold(bold);
			}
		}
	}

	private static CTTcPr properties(XWPFTableCell cell) {
		CTTcPr properties = cell.getCTTc().getTcPr();
		return properties != null ? properties : cell.getCTTc().addNewTcPr();
	}

	private static byte[] zip(String... namesAndContents) throws Exception {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
			for (int i = 0; i < namesAndContents.length; i += 2) {
				zip.putNextEntry(new ZipEntry(namesAndContents[i]));
				zip.write(namesAndContents[i + 1].getBytes(StandardCharsets.UTF_8));
				zip.closeEntry();
			}
		}
		return bytes.toByteArray();
	}
}
