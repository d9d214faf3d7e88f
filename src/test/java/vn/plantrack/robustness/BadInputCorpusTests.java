package vn.plantrack.robustness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import vn.plantrack.extract.Extraction;
import vn.plantrack.ingest.UnreadableDocumentException;
import vn.plantrack.investment.DisbursementImport;
import vn.plantrack.investment.InvestmentException;
import vn.plantrack.registry.DocumentImport;
import vn.plantrack.registry.ImportResult;
import vn.plantrack.support.TestDatabases;

/**
 * The bad-input corpus of issue 8, through the real import paths: the registry's {@link DocumentImport}
 * (what the upload page and the API call), the CLI commands {@code extract} and {@code check}, and the Excel
 * disbursement import. Every refusal is one line naming the file and the problem, leaves no row behind,
 * and comes within a hang guard (30 s, not a performance goal).
 */
@SpringBootTest(properties = "plantrack.samples.import-on-first-start=false")
class BadInputCorpusTests {

	private static final Duration HANG_GUARD = Duration.ofSeconds(30);

	private static final List<String> TABLES = List.of("document", "source_file", "task", "task_group", "audit_event",
			"disbursement");

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		TestDatabases.h2(registry);
	}

	@Autowired
	DocumentImport documentImport;

	@Autowired
	DisbursementImport disbursementImport;

	@Autowired
	JdbcClient jdbc;

	@TempDir
	Path dir;

	// ---- empty files -------------------------------------------------------------------------------

	@Test
	void emptyFilesOfEveryFormatAreRefusedAsEmptyWithNothingWritten() throws Exception {
		for (String name : List.of("rong.txt", "rong.docx", "rong.pdf", "rong.doc")) {
			refusedEverywhere(name, new byte[0], "tệp rỗng");
		}
		refusedEverywhere("rong.xlsx", new byte[0], "tệp rỗng");
		refusedAsSpreadsheet("rong.xlsx", new byte[0]);
	}

	// ---- binary renamed .txt -----------------------------------------------------------------------

	@Test
	void aPictureRenamedDotTxtIsRefusedAsNotTextRatherThanStoredAsGarbage() throws Exception {
		byte[] png = BadFiles.pngLike(4_000);
		refusedEverywhere("anh-chup.txt", png, "không phải văn bản");
	}

	// ---- truncated and corrupt office files ------------------------------------------------------------

	@Test
	void aDocxCutInHalfIsRefusedAsBrokenDocx() throws Exception {
		byte[] docx = BadFiles.docx(BadFiles.PLAN_LINES);
		refusedEverywhere("cat-doi.docx", Arrays.copyOf(docx, docx.length / 2), "DOCX bị hỏng");
	}

	@Test
	void aDocxWithItsBodyOverwrittenIsRefusedAsBrokenDocx() throws Exception {
		byte[] docx = BadFiles.docx(BadFiles.PLAN_LINES);
		byte[] corrupt = BadFiles.overwriteMiddle(docx);
		refusedEverywhere("hong.docx", corrupt, "DOCX bị hỏng");
	}

	@Test
	void aPdfCutInHalfOrWithGarbageInsideIsRefusedAsBrokenPdfOrReadUpToTheDamage() throws Exception {
		byte[] pdf = BadFiles.pdf(BadFiles.PLAN_LINES);
		refusedEverywhere("cat-doi.pdf", Arrays.copyOf(pdf, 40), "PDF bị hỏng");
		refusedEverywhere("hong.pdf", BadFiles.overwriteMiddle(Arrays.copyOf(pdf, 300)), "PDF");
	}

	@Test
	void truncatedAndCorruptSpreadsheetsAreRefusedByTheDisbursementImportWithNothingWritten() throws Exception {
		byte[] xlsx = BadFiles.xlsx();
		refusedAsSpreadsheet("cat-doi.xlsx", Arrays.copyOf(xlsx, xlsx.length / 2));
		refusedAsSpreadsheet("hong.xlsx", BadFiles.overwriteMiddle(xlsx));
		// a spreadsheet is not a plan document: the document import names the format problem
		refusedEverywhere("giai-ngan.xlsx", xlsx, "không được hỗ trợ");
	}

	// ---- 100 MB text --------------------------------------------------------------------------------

	@Test
	void aTextAboveTheLocalFileLimitIsRefusedByItsSizeWithoutBeingReadIntoMemory() throws Exception {
		// the command line reads local files up to 1 GiB (a 100 MB plan is extracted, streamed: bench/extract);
		// one byte more is refused from the size on disk (a sparse file: nothing of it is written or read)
		Path huge = dir.resolve("qua-1-gib.txt");
		try (java.io.RandomAccessFile file = new java.io.RandomAccessFile(huge.toFile(), "rw")) {
			file.setLength(1024L * 1024 * 1024 + 1);
		}
		Map<String, Long> before = counts();

		for (String command : List.of("extract", "check")) {
			long[] allocated = new long[1];
			Cli.Run run = assertTimeoutPreemptively(HANG_GUARD, () -> {
				long allocatedBefore = allocatedByThisThread();
				Cli.Run result = Cli.run(command, huge.toString());
				allocated[0] = allocatedByThisThread() - allocatedBefore;
				return result;
			});

			assertThat(run.exitCode()).as(command).isEqualTo(1);
			assertThat(run.err().strip()).as(command).contains(huge.toString()).contains("vượt giới hạn");
			assertThat(run.err().strip().lines()).as(command).hasSize(1);
			// the refusal comes from the size on disk: far less than the file is allocated
			assertThat(allocated[0]).as(command + " bytes allocated").isLessThan(20L * 1024 * 1024);
		}
		assertThat(counts()).isEqualTo(before);
	}

	// ---- legacy encodings ----------------------------------------------------------------------------

	@Test
	void aTcvn3PlanIsConvertedToUnicodeAndSaysSo() throws Exception {
		// "Thực hiện chương trình" in the TCVN3 (ABC) font encoding: ư = 0xAD, ơ = 0xAC, ự = 0xF9, ệ = 0xD6, ì = 0xD7
		String tcvn3 = "Thùc hiÖn ch\u00AD\u00ACng tr×nh\nThùc hiÖn ch\u00AD\u00ACng tr×nh\nchñ tr× thùc hiÖn\n";
		byte[] bytes = tcvn3.getBytes(StandardCharsets.ISO_8859_1);

		ImportResult imported = documentImport.importFile("tcvn3.txt", bytes, "tester");

		String stored = storedText(imported.document().id());
		assertThat(stored).startsWith("Thực hiện chương trình\nThực hiện chương trình\nchủ trì thực hiện");
		assertThat(jdbc.sql("SELECT encoding FROM source_file WHERE document_id = ?").param(imported.document().id())
			.query(String.class).single()).contains("TCVN3");
		Cli.Run run = Cli.run("extract", write("tcvn3-cli.txt", bytes).toString());
		assertThat(run.exitCode()).isZero();
	}

	@Test
	void aVniPlanIsConvertedToUnicode() throws Exception {
		// "Chương trình hành động của Đảng bộ tỉnh" in VNI: ư = ö, ơ = ô, Đ = Ñ, ả = aû, ộ = oä, ỉ = æ
		String vni = "Chöông trình haønh ñoäng cuûa Ñaûng boä tænh\nChöông trình haønh ñoäng cuûa Ñaûng boä tænh\n";

		ImportResult imported = documentImport.importFile("vni.txt", vni.getBytes(StandardCharsets.ISO_8859_1), "tester");

		assertThat(storedText(imported.document().id()))
			.startsWith("Chương trình hành động của Đảng bộ tỉnh\nChương trình hành động của Đảng bộ tỉnh");
	}

	// ---- a table with 10,000 columns ------------------------------------------------------------------

	@Test
	void aTableWithTenThousandColumnsIsReadWithTheExtraColumnsDroppedAndReported() throws Exception {
		String wide = BadFiles.wideTable(10_000);
		Map<String, Long> before = counts();

		ImportResult imported = assertTimeoutPreemptively(HANG_GUARD,
				() -> documentImport.importFile("rong-10000-cot.txt", wide.getBytes(StandardCharsets.UTF_8), "tester"));

		assertThat(imported.created()).isTrue();
		assertThat(counts().get("document")).isEqualTo(before.get("document") + 1);
		Cli.Run run = assertTimeoutPreemptively(HANG_GUARD,
				() -> Cli.run("extract", write("rong-cli.txt", wide.getBytes(StandardCharsets.UTF_8)).toString()));
		assertThat(run.exitCode()).isZero();
		// the parser keeps 64 columns and says it dropped the rest, on the table's first line (line 2)
		assertThat(run.out()).contains("\"line\" : 2").containsIgnoringCase("cột");
	}

	@Test
	void aDocxTableWithTenThousandColumnsIsRefusedByTheCellsPerRowLimitBeforeTheWordReaderSlowsToACrawl() throws Exception {
		byte[] docx = BadFiles.docxWideTable(10_000);
		// Word's own maximum is 63 columns; the reader refuses rows wider than 256 cells
		refusedEverywhere("rong-10000-cot.docx", docx, "vượt giới hạn 256 ô mỗi hàng");
	}

	@Test
	void aDocxTableOfSixtyColumnsIsStillRead() throws Exception {
		Cli.Run run = assertTimeoutPreemptively(HANG_GUARD,
				() -> Cli.run("extract", write("rong-60-cot.docx", BadFiles.docxWideTable(60)).toString()));
		assertThat(run.exitCode()).isZero();
		assertThat(run.err()).isEmpty();
	}

	// ---- deeply nested numbering ------------------------------------------------------------------------

	@Test
	void numberingNestedTwoThousandLevelsDeepIsReadFlatBeyondTheDepthLimitWithoutStackOverflow() throws Exception {
		String deep = BadFiles.nestedNumbering(2_000);
		Map<String, Long> before = counts();

		ImportResult imported = assertTimeoutPreemptively(HANG_GUARD,
				() -> documentImport.importFile("long-sau.txt", deep.getBytes(StandardCharsets.UTF_8), "tester"));
		assertThat(imported.created()).isTrue();
		assertThat(counts().get("document")).isEqualTo(before.get("document") + 1);

		Cli.Run run = assertTimeoutPreemptively(HANG_GUARD,
				() -> Cli.run("check", write("long-sau-cli.txt", deep.getBytes(StandardCharsets.UTF_8)).toString()));
		assertThat(run.exitCode()).isZero();
		assertThat(run.err()).isEmpty();
	}

	// ---- helpers ------------------------------------------------------------------------------------

	/** Refused by DocumentImport and by both CLI commands with one line naming the file; no row written. */
	private void refusedEverywhere(String name, byte[] bytes, String problem) throws Exception {
		Map<String, Long> before = counts();
		assertThatThrownBy(() -> assertTimeoutPreemptively(HANG_GUARD, () -> documentImport.importFile(name, bytes, "tester")))
			.as(name)
			.isInstanceOf(UnreadableDocumentException.class)
			.hasMessageStartingWith(name + ": ")
			.hasMessageContaining(problem)
			.satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
		assertThat(counts()).as(name + ": nothing written").isEqualTo(before);

		Path file = write(name, bytes);
		for (String command : List.of("extract", "check")) {
			Cli.Run run = assertTimeoutPreemptively(HANG_GUARD, () -> Cli.run(command, file.toString()));
			assertThat(run.exitCode()).as(command + " " + name).isEqualTo(1);
			assertThat(run.out()).as(command + " " + name).isEmpty();
			assertThat(run.err().strip().lines()).as(command + " " + name).hasSize(1);
			assertThat(run.err()).as(command + " " + name).contains(file.toString()).contains(problem);
		}
	}

	private void refusedAsSpreadsheet(String name, byte[] bytes) {
		Map<String, Long> before = counts();
		assertThatThrownBy(() -> assertTimeoutPreemptively(HANG_GUARD, () -> disbursementImport.importMonth(
				new ByteArrayInputStream(bytes), name, 2026, 5, LocalDate.of(2026, 6, 5), "tester")))
			.as(name)
			.isInstanceOf(InvestmentException.class)
			.hasMessageContaining(name)
			.hasMessageContaining("không phải tệp Excel");
		assertThat(counts()).as(name + ": nothing written").isEqualTo(before);
	}

	private Path write(String name, byte[] bytes) throws IOException {
		Path file = dir.resolve(name);
		Files.write(file, bytes);
		return file;
	}

	private String storedText(long documentId) {
		return jdbc.sql("SELECT text_content FROM source_file WHERE document_id = ?").param(documentId)
			.query(String.class).single();
	}

	private Map<String, Long> counts() {
		Map<String, Long> counts = new java.util.TreeMap<>();
		for (String table : TABLES) {
			counts.put(table, jdbc.sql("SELECT COUNT(*) FROM " + table).query(Long.class).single());
		}
		return counts;
	}

	private static long allocatedByThisThread() {
		var threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
		return threads.getThreadAllocatedBytes(Thread.currentThread().getId());
	}
}
