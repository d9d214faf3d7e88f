package vn.plantrack.investment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.plantrack.extract.ProjectItem;
import vn.plantrack.registry.DocumentImport;
import vn.plantrack.registry.PlanReview;

/**
 * Projects registered from seed 004's Phụ lục 4, and the registry's all-or-nothing, idempotent behaviour.
 * Runs on H2 and PostgreSQL; expectations are counted by hand from the source lines cited.
 */
@SpringBootTest(properties = "plantrack.samples.import-on-first-start=false")
@Import(InvestmentTestTime.class)
abstract class InvestmentIntegrationTests {

	@Autowired
	SettableClock clock;

	@Autowired
	DocumentImport documentImport;

	@Autowired
	PlanReview review;

	@Autowired
	ProjectRegistration registration;

	@Autowired
	Projects projects;

	@Autowired
	JdbcClient jdbc;

	@Test
	void registersSeed004sProjectsWithTheTablesFundingGroupsAndSectors() throws Exception {
		long document = importSeed004();
		List<ProjectItem> extracted = review.draft(document).orElseThrow().projects();

		ProjectRegistration.Registered registered = registration.register(document, extracted, "monitor");

		// Phụ lục 4 (004, lines 698-864): part A "NGÂN SÁCH NHÀ NƯỚC" (line 699) lists 36 rows, part B
		// "VỐN NGOÀI NGÂN SÁCH" (line 751) lists 79.
		assertThat(registered.added()).isEqualTo(115);
		List<Project> stored = projects.ofDocument(document);
		assertThat(count(stored, FundingGroup.NSNN)).isEqualTo(36);
		assertThat(count(stored, FundingGroup.OTHER)).isEqualTo(79);
		assertThat(sectors(stored, FundingGroup.NSNN)).isEqualTo(Map.of(
				"HẠ TẦNG GIAO THÔNG", 10L, // lines 701-707 (1-7), 710-712 (8-10)
				"HẠ TẦNG NÔNG NGHIỆP", 6L, // lines 714-719
				"HẠ TẦNG QUỐC PHÒNG, AN NINH", 5L, // line 721, lines 724-727
				"HẠ TẦNG KHOA HỌC CÔNG NGHỆ", 4L, // lines 729-732
				"HẠ TẦNG KHU KINH TẾ", 1L, // line 734
				"HẠ TẦNG Y TẾ", 3L, // lines 736, 739, 740
				"HẠ TẦNG GIÁO DỤC", 4L, // lines 742-745
				"HẠ TẦNG VĂN HÓA", 2L, // lines 747-748
				"TRỤ SỞ LÀM VIỆC", 1L)); // line 750
		assertThat(sectors(stored, FundingGroup.OTHER)).isEqualTo(Map.of(
				"HẠ TẦNG DU LỊCH", 25L, // lines 755-765 (1.-11.), 768-777 (12.-21.), 780-783 (22.-25.)
				"HẠ TẦNG THƯƠNG MẠI, DỊCH VỤ", 2L, // lines 785-786
				"HẠ TẦNG CÔNG NGHIỆP", 26L, // 1.1-1.4 (789-794), 2.1-2.13 (796-810), 3.1-3.4 (812-815), 4.1-4.5 (819-823)
				"HẠ TẦNG NÔNG NGHIỆP", 12L, // 1.1-1.9 (826-836), 2.1-2.3 (838-840)
				"PHÁT TRIỂN ĐÔ THỊ", 2L, // lines 842, 845
				"HẠ TẦNG GIAO THÔNG", 4L, // lines 847-850
				"HẠ TẦNG GIÁO DỤC, ĐÀO TẠO", 2L, // lines 852-853
				"HẠ TẦNG KHOA HỌC VÀ CÔNG NGHỆ", 2L, // lines 855-856
				"HẠ TẦNG Y TẾ", 2L, // lines 860-861
				"MÔI TRƯỜNG", 2L)); // lines 863-864
		// line 701: "1 | Cao tốc Bảo Hà (Lào Cai) - Lai Châu (CT13). | Chi bộ Kinh tế ngành – Văn xã | Năm 2026-2030"
		Project first = stored.get(0);
		assertThat(first.sourceLine()).isEqualTo(701);
		assertThat(first.name()).isEqualTo("Cao tốc Bảo Hà (Lào Cai) - Lai Châu (CT13).");
		assertThat(first.leadAgency()).isEqualTo("Chi bộ Kinh tế ngành – Văn xã");
		assertThat(first.periodRaw()).isEqualTo("Năm 2026-2030");
		assertThat(first.locality()).isEqualTo("Lai Châu");
	}

	@Test
	void registeringTheSameDocumentAgainAddsNothing() throws Exception {
		long document = importSeed004();
		List<ProjectItem> extracted = review.draft(document).orElseThrow().projects();
		registration.register(document, extracted, "monitor");

		ProjectRegistration.Registered again = registration.register(document, extracted, "monitor");

		assertThat(again.added()).isZero();
		assertThat(again.existing()).isEqualTo(115);
		assertThat(projects.ofDocument(document)).hasSize(115);
	}

	@Test
	void registersNothingWhenOneRowIsBad() throws Exception {
		long document = importSeed004();
		List<ProjectItem> extracted = new java.util.ArrayList<>(review.draft(document).orElseThrow().projects());
		ProjectItem last = extracted.remove(extracted.size() - 1);
		extracted.add(new ProjectItem(last.code(), last.group(), last.name(), "quỹ khác", last.sector(), last.lead(),
				last.coordinating(), last.period(), last.line()));

		assertThatThrownBy(() -> registration.register(document, extracted, "monitor"))
			.isInstanceOf(InvestmentException.class)
			.hasMessageContaining("dòng 864")
			.hasMessageContaining("quỹ khác");
		assertThat(projects.ofDocument(document)).isEmpty();
	}

	private long importSeed004() throws Exception {
		byte[] bytes;
		try (InputStream in = getClass().getResourceAsStream("/samples/004_37c5d7600e8f8767.txt")) {
			bytes = in.readAllBytes();
		}
		// Each test works on its own copy: the same bytes are stored only once.
		long existing = jdbc.sql("SELECT COUNT(*) FROM document").query(Long.class).single();
		byte[] copy = (new String(bytes, java.nio.charset.StandardCharsets.UTF_8) + "\n".repeat((int) existing + 1))
			.getBytes(java.nio.charset.StandardCharsets.UTF_8);
		return documentImport.importFile("004-" + existing + ".txt", copy, "monitor").document().id();
	}

	private static long count(List<Project> stored, FundingGroup group) {
		return stored.stream().filter(p -> p.fundingGroup() == group).count();
	}

	private static Map<String, Long> sectors(List<Project> stored, FundingGroup group) {
		return stored.stream()
			.filter(p -> p.fundingGroup() == group)
			.collect(Collectors.groupingBy(Project::sector, Collectors.counting()));
	}
}
