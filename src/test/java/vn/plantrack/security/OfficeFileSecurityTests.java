package vn.plantrack.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import vn.plantrack.ingest.UnreadableDocumentException;
import vn.plantrack.investment.DisbursementImport;
import vn.plantrack.investment.InvestmentException;
import vn.plantrack.registry.DocumentImport;
import vn.plantrack.reporting.DataEntryWorkbooks;
import vn.plantrack.reporting.WorkbookRejectedException;
import vn.plantrack.support.TestDatabases;

/**
 * Office files built to attack their reader: an external entity reading /etc/passwd (XXE) and a zip bomb
 * (a 64 MB part packed into a few dozen KB). Each import refuses them with a message naming the file, the
 * secret never shows up, and the database is left as it was: the data-entry workbook import (reporting), the
 * monthly disbursement import (investment) and the document upload (ingest through the registry).
 */
@SpringBootTest(properties = "plantrack.samples.import-on-first-start=false")
class OfficeFileSecurityTests {

	static final String XXE = "<!DOCTYPE x [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>";

	@Autowired
	DataEntryWorkbooks workbooks;

	@Autowired
	DisbursementImport disbursements;

	@Autowired
	DocumentImport documents;

	@Autowired
	JdbcClient jdbc;

	Map<String, String> before;

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		TestDatabases.h2(registry);
	}

	@BeforeEach
	void snapshot() {
		before = DatabaseFingerprint.of(jdbc);
	}

	@Test
	void theDataEntryWorkbookImportRefusesAnExternalEntity() throws Exception {
		byte[] xlsx = rewrite(workbook(), "xl/worksheets/sheet1.xml", OfficeFileSecurityTests::withEntity);

		assertThatThrownBy(() -> workbooks.importWorkbook(xlsx, "monitor", null))
			.isInstanceOf(WorkbookRejectedException.class)
			.hasMessageContaining("Tệp: không đọc được tệp Excel")
			.hasMessageNotContaining("root:");
		assertUnchanged();
	}

	@Test
	void theDataEntryWorkbookImportRefusesAZipBomb() throws Exception {
		byte[] xlsx = rewrite(workbook(), "xl/worksheets/sheet1.xml", OfficeFileSecurityTests::bomb);
		assertThat(xlsx.length).as("the bomb is small on the wire").isLessThan(1_000_000);

		assertThatThrownBy(() -> workbooks.importWorkbook(xlsx, "monitor", null))
			.isInstanceOf(WorkbookRejectedException.class)
			.hasMessageContaining("Tệp: không đọc được tệp Excel");
		assertUnchanged();
	}

	@Test
	void theDisbursementImportRefusesAnExternalEntityAndAZipBomb() throws Exception {
		byte[] entity = rewrite(workbook(), "xl/worksheets/sheet1.xml", OfficeFileSecurityTests::withEntity);
		byte[] bomb = rewrite(workbook(), "xl/worksheets/sheet1.xml", OfficeFileSecurityTests::bomb);

		for (byte[] xlsx : new byte[][] { entity, bomb }) {
			assertThatThrownBy(() -> disbursements.importMonth(new ByteArrayInputStream(xlsx), "giai-ngan-thang-11.xlsx",
					2026, 11, LocalDate.of(2026, 11, 23), "monitor"))
				.isInstanceOf(InvestmentException.class)
				.hasMessageContaining("giai-ngan-thang-11.xlsx")
				.hasMessageNotContaining("root:");
		}
		assertUnchanged();
	}

	@Test
	void theDocumentUploadRefusesADocxWithAnExternalEntityOrAZipBomb() throws Exception {
		byte[] entity = rewrite(docx(), "word/document.xml", OfficeFileSecurityTests::withEntity);
		byte[] bomb = rewrite(docx(), "word/document.xml", OfficeFileSecurityTests::bomb);

		assertThatThrownBy(() -> documents.importFile("ke-hoach-xxe.docx", entity, "monitor"))
			.isInstanceOf(UnreadableDocumentException.class)
			.hasMessageContaining("ke-hoach-xxe.docx")
			.hasMessageNotContaining("root:");
		assertThatThrownBy(() -> documents.importFile("ke-hoach-bom.docx", bomb, "monitor"))
			.isInstanceOf(UnreadableDocumentException.class)
			.hasMessageContaining("ke-hoach-bom.docx");
		assertUnchanged();
	}

	private void assertUnchanged() {
		assertThat(DatabaseFingerprint.changedTables(before, DatabaseFingerprint.of(jdbc))).isEmpty();
	}

	/** The XML part with a DOCTYPE declaring an external entity, used in its first text. */
	private static byte[] withEntity(byte[] xml) {
		String text = new String(xml, StandardCharsets.UTF_8);
		int afterDeclaration = text.startsWith("<?xml") ? text.indexOf("?>") + 2 : 0;
		text = text.substring(0, afterDeclaration) + XXE + text.substring(afterDeclaration);
		text = text.replaceFirst("Kế hoạch", "&xxe;");
		return text.getBytes(StandardCharsets.UTF_8);
	}

	/** The XML part padded with 64 MB of white space: compresses about a thousandfold. */
	private static byte[] bomb(byte[] xml) {
		String text = new String(xml, StandardCharsets.UTF_8);
		int cut = text.lastIndexOf("</");
		byte[] padding = new byte[64 * 1024 * 1024];
		java.util.Arrays.fill(padding, (byte) ' ');
		ByteArrayOutputStream out = new ByteArrayOutputStream(padding.length + xml.length);
		out.writeBytes(text.substring(0, cut).getBytes(StandardCharsets.UTF_8));
		out.writeBytes(padding);
		out.writeBytes(text.substring(cut).getBytes(StandardCharsets.UTF_8));
		return out.toByteArray();
	}

	private static byte[] workbook() throws IOException {
		try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			var sheet = workbook.createSheet("Giải ngân");
			sheet.createRow(0).createCell(0).setCellValue("Kế hoạch");
			sheet.createRow(1).createCell(0).setCellValue(1);
			workbook.write(out);
			return out.toByteArray();
		}
	}

	private static byte[] docx() throws IOException {
		try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			document.createParagraph().createRun().setText("Kế hoạch thực hiện nhiệm vụ năm 2026");
			document.write(out);
			return out.toByteArray();
		}
	}

	/** The same zip with one part replaced. */
	private static byte[] rewrite(byte[] zip, String part, UnaryOperator<byte[]> change) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		boolean found = false;
		try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip));
				ZipOutputStream rewritten = new ZipOutputStream(out)) {
			rewritten.setLevel(9);
			for (ZipEntry entry; (entry = in.getNextEntry()) != null;) {
				byte[] content = in.readAllBytes();
				if (entry.getName().equals(part)) {
					content = change.apply(content);
					found = true;
				}
				rewritten.putNextEntry(new ZipEntry(entry.getName()));
				rewritten.write(content);
				rewritten.closeEntry();
			}
		}
		assertThat(found).as(part + " in the file").isTrue();
		return out.toByteArray();
	}
}
