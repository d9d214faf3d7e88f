package vn.plantrack.reporting.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import javax.imageio.ImageIO;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import vn.plantrack.registry.DocumentImport;
import vn.plantrack.registry.PlanReview;
import vn.plantrack.reporting.PlanReport;
import vn.plantrack.reporting.PlanReports;
import vn.plantrack.reporting.ReportFormat;
import vn.plantrack.support.TestDatabases;

/**
 * Reports on the real sample plans, confirmed as extracted: the Sơn La action programme 14-CTr/TU (seed
 * 000) and the 117-task programme 139/QĐ-UBND (seed 002, the biggest). Page 1 of the 000 report is
 * rendered to target/reports/ to be looked at; the generation time of 002 is printed.
 */
@SpringBootTest(properties = "plantrack.samples.import-on-first-start=false")
class SampleReportsH2IntegrationTests {

	@TestConfiguration
	static class FixedClock {

		@Bean
		@Primary
		Clock fixedClock() {
			return Clock.fixed(Instant.parse("2026-07-10T03:00:00Z"), ZoneOffset.ofHours(7));
		}
	}

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		TestDatabases.h2(registry);
	}

	@Autowired
	DocumentImport documentImport;

	@Autowired
	PlanReview review;

	@Autowired
	PlanReports reports;

	@Autowired
	org.springframework.jdbc.core.simple.JdbcClient jdbc;

	@Test
	void reportsOnTheSonLaActionProgrammeWithItsTwelveGroupsAndTwentySixIndicators() throws Exception {
		long id = confirmed("000_c86e37a0cf2b9f3d.txt");
		// the symbol appears only in the appendix captions (seed 000, lines 405 and 495)
		assertThat(reports.findPlan("14-CTr/TU")).contains(id);

		PlanReport report = reports.report(id, "2026-H1").orElseThrow();

		// Phụ lục 02 lists 26 indicators to 2030 (seeds/README.md); none has a value yet
		assertThat(report.indicators()).hasSize(26);
		assertThat(report.scorecard()).isEqualTo("0/0 chỉ tiêu đạt");
		assertThat(report.verdictCounts()).containsEntry("CHƯA ĐỦ DỮ LIỆU", 26);
		assertThat(report.header().issuer()).isNotBlank();
		assertThat(report.header().numberLine()).endsWith("/BC-TU");

		byte[] pdf = reports.render(id, "2026-H1", ReportFormat.PDF).orElseThrow().content();
		Path dir = Path.of("target", "reports");
		Files.createDirectories(dir);
		Files.write(dir.resolve("bao-cao-14-CTr-TU-2026-H1.pdf"), pdf);
		Files.write(dir.resolve("bao-cao-14-CTr-TU-2026-H1.docx"),
				reports.render(id, "2026-H1", ReportFormat.DOCX).orElseThrow().content());
		try (PDDocument doc = Loader.loadPDF(pdf)) {
			String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
			assertThat(text).contains("Chương trình hành động số 14-CTr/TU").contains("6 tháng đầu năm 2026");
			BufferedImage page = new PDFRenderer(doc).renderImageWithDPI(0, 80);
			ImageIO.write(page, "png", dir.resolve("bao-cao-14-CTr-TU-2026-H1-trang-1.png").toFile());
			assertThat(page.getWidth()).isGreaterThan(500);
		}
	}

	@Test
	void writesTheBiggestSamplePlanInEveryFormatQuickly() throws Exception {
		long id = confirmed("002_17c3b43f6ad53c25.txt");

		PlanReport report = reports.report(id, "2025").orElseThrow();
		// the appendix table of seed 002 has 117 tasks in 10 groups (seeds/README.md); the report counts every
		// task the confirmation stored (119: the two prose assignments at lines 279 and 281 as well)
		assertThat(report.total().tasks()).isEqualTo(jdbc.sql("SELECT COUNT(*) FROM task WHERE document_id = ?")
			.param(id)
			.query(Integer.class)
			.single()).isGreaterThanOrEqualTo(117);

		for (ReportFormat format : ReportFormat.values()) {
			reports.render(id, "2025", format); // warm-up: class loading, font parsing
			long started = System.nanoTime();
			byte[] content = reports.render(id, "2025", format).orElseThrow().content();
			long millis = (System.nanoTime() - started) / 1_000_000;
			System.out.printf("report 139/QĐ-UBND, cycle 2025, %s: %d bytes in %d ms%n", format, content.length, millis);
			assertThat(millis).as("generation time of " + format).isLessThan(20_000);
		}
	}

	private long confirmed(String sample) throws Exception {
		byte[] bytes = getClass().getResourceAsStream("/samples/" + sample).readAllBytes();
		long id = documentImport.importFile(sample, bytes, "monitor").document().id();
		review.confirm(id, null, "monitor").orElseThrow();
		return id;
	}
}
