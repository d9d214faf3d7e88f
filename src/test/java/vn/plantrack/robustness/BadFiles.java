package vn.plantrack.robustness;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/** Builds the files of the bad-input corpus at test time, so nothing large or binary is committed. */
final class BadFiles {

	/** Lines in the shape of seed 000 (lines 3-4, 12, 411): a heading, a numbered task and its lead agency. */
	static final List<String> PLAN_LINES = List.of("CHƯƠNG TRÌNH HÀNH ĐỘNG", "CỦA BAN CHẤP HÀNH ĐẢNG BỘ TỈNH SƠN LA",
			"1. Tiếp tục lãnh đạo, chỉ đạo thực hiện Kế hoạch hành động số 32-KH/TU",
			"1.1. Sở Tài chính chủ trì, phối hợp với các sở, ban, ngành, đơn vị, địa phương");

	private static final String FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf";

	private BadFiles() {
	}

	static byte[] docx(List<String> lines) throws IOException {
		try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			for (String line : lines) {
				document.createParagraph().createRun().setText(line);
			}
			document.write(out);
			return out.toByteArray();
		}
	}

	/**
	 * A DOCX written part by part (POI itself takes minutes to build it): a heading and a table of two rows
	 * of {@code columns} cells each.
	 */
	static byte[] docxWideTable(int columns) throws IOException {
		StringBuilder body = new StringBuilder("<w:p><w:r><w:t>" + PLAN_LINES.get(0) + "</w:t></w:r></w:p><w:tbl>");
		for (int row = 0; row < 2; row++) {
			body.append("<w:tr>");
			for (int c = 1; c <= columns; c++) {
				body.append("<w:tc><w:p><w:r><w:t>").append(c).append("</w:t></w:r></w:p></w:tc>");
			}
			body.append("</w:tr>");
		}
		body.append("</w:tbl>");
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(out)) {
			entry(zip, "[Content_Types].xml", """
					<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
					<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">\
					<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>\
					<Default Extension="xml" ContentType="application/xml"/>\
					<Override PartName="/word/document.xml" \
					ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>""");
			entry(zip, "_rels/.rels", """
					<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
					<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
					<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" \
					Target="word/document.xml"/></Relationships>""");
			entry(zip, "word/document.xml", """
					<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
					<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>"""
					+ body + "</w:body></w:document>");
		}
		return out.toByteArray();
	}

	private static void entry(ZipOutputStream zip, String name, String content) throws IOException {
		zip.putNextEntry(new ZipEntry(name));
		zip.write(content.getBytes(StandardCharsets.UTF_8));
		zip.closeEntry();
	}

	static byte[] pdf(List<String> lines) throws IOException {
		try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			PDPage page = new PDPage();
			document.addPage(page);
			PDType0Font font = PDType0Font.load(document, Path.of(FONT).toFile());
			try (PDPageContentStream content = new PDPageContentStream(document, page)) {
				content.beginText();
				content.setFont(font, 11);
				content.newLineAtOffset(50, 700);
				for (String line : lines) {
					content.showText(line);
					content.newLineAtOffset(0, -16);
				}
				content.endText();
			}
			document.save(out);
			return out.toByteArray();
		}
	}

	static byte[] xlsx() throws IOException {
		try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			XSSFSheet sheet = workbook.createSheet("Giải ngân");
			sheet.createRow(0).createCell(0).setCellValue("Mã dự án");
			sheet.getRow(0).createCell(1).setCellValue("Giải ngân (triệu đồng)");
			for (int r = 1; r <= 200; r++) {
				sheet.createRow(r).createCell(0).setCellValue("DA-" + r);
				sheet.getRow(r).createCell(1).setCellValue(r * 10.5);
			}
			workbook.write(out);
			return out.toByteArray();
		}
	}

	/** A PNG signature followed by random bytes with NULs: what a screenshot renamed .txt looks like. */
	static byte[] pngLike(int size) {
		byte[] bytes = new byte[size];
		new Random(8).nextBytes(bytes);
		byte[] signature = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R' };
		System.arraycopy(signature, 0, bytes, 0, signature.length);
		return bytes;
	}

	/** The file with its middle third overwritten by zeros (a disk or transfer error). */
	static byte[] overwriteMiddle(byte[] bytes) {
		byte[] copy = bytes.clone();
		for (int i = copy.length / 3; i < 2 * copy.length / 3; i++) {
			copy[i] = 0;
		}
		return copy;
	}

	/** A heading line, then a header row and a data row of {@code columns} tab-separated cells (line 2, 3). */
	static String wideTable(int columns) {
		StringBuilder text = new StringBuilder(PLAN_LINES.get(0)).append('\n');
		for (String prefix : List.of("Cột ", "")) {
			for (int c = 1; c <= columns; c++) {
				text.append(prefix).append(c).append(c < columns ? "\t" : "\n");
			}
		}
		return text.toString();
	}

	/** "1. …", "1.1. …", "1.1.1. …" down to {@code depth} levels, one heading per line. */
	static String nestedNumbering(int depth) {
		StringBuilder text = new StringBuilder(PLAN_LINES.get(0)).append('\n');
		StringBuilder number = new StringBuilder();
		for (int level = 1; level <= depth; level++) {
			number.append(level == 1 ? "1" : ".1");
			text.append(number).append(". Nhiệm vụ cấp ").append(level).append('\n');
		}
		return text.toString();
	}

}
