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

	@Autowired
	CapitalPlans plans;

	@Autowired
	Disbursements disbursements;

	@Autowired
	ThresholdRules rules;

	@Autowired
	Checkpoints checkpoints;

	@Autowired
	DisbursementStatus status;

	@Autowired
	DisbursementImport importer;

	@Autowired
	MonthlyReport report;

	@Autowired
	CheckpointSchedule schedule;

	@Autowired
	vn.plantrack.registry.Localities localities;

	/**
	 * Sơn La 2025 with the rules of seed 001 (lines 877-885): at 30/6 a project under 50% of its plan, and at
	 * 30/9 one under 60%, is proposed for recovery or reallocation. Amounts in million VND.
	 */
	@Test
	void flagsExactlyTheProjectsBelowTheThresholdsOf30June2025And30September2025() {
		clock.set("2025-01-15T09:00");
		long road = sonLaProject("Đường Mường La - Ngọc Chiến", "Ban QLDA Giao thông", "Giao thông", "NSNN", "10000");
		long school = sonLaProject("Trường THPT Chiềng Sinh", "Ban QLDA Dân dụng", "Giáo dục", "NSNN", "4000");
		long canal = sonLaProject("Kênh thủy lợi Nà Sản", "Ban QLDA Nông nghiệp", "Nông nghiệp", "OTHER", "2000");
		long hospital = sonLaProject("Bệnh viện Phù Yên", "Ban QLDA Giao thông", "Y tế", "NSNN", "6000");
		long unplanned = projects.create(new NewProject("son-la", "5", "Dự án chưa giao vốn", "NSNN", "Y tế",
				"Ban QLDA Dân dụng", null, null, null, null), "monitor").id();

		clock.set("2025-07-10T09:00");
		// road: 500+500+800+700+1000+1300 = 4800 of 10000 = 48% < 50%
		months(road, 1, "500", "500", "800", "700", "1000", "1300");
		// school: 6 × 400 = 2400 of 4000 = 60%
		months(school, 1, "400", "400", "400", "400", "400", "400");
		// canal: 999.999 of 2000 = 49.99995%, shown 50,00 but below 50%
		months(canal, 1, "999.999");
		// hospital: 3000 of 6000 = exactly 50%: not below
		months(hospital, 1, "500", "500", "500", "500", "500", "500");
		long june = ruleOn("2025-06-30");
		long september = ruleOn("2025-09-30");
		assertThatThrownBy(() -> checkpoints.evaluateCheckpoint(september))
			.isInstanceOf(ConflictInvestmentException.class)
			.hasMessageContaining("30/09/2025");

		CheckpointList atJune = checkpoints.evaluateCheckpoint(june);

		assertThat(atJune.breaches()).extracting(e -> e.project().id()).containsExactlyInAnyOrder(road, canal);
		assertThat(atJune.breaches()).allMatch(e -> e.action() == ThresholdAction.RECOVER_OR_REALLOCATE);
		CheckpointEntry roadAtJune = entry(atJune, road);
		assertThat(roadAtJune.rate()).isEqualByComparingTo("48.00");
		assertThat(roadAtJune.project().investor()).isEqualTo("Ban QLDA Giao thông");
		assertThat(roadAtJune.undisbursed()).isEqualByComparingTo("5200");
		assertThat(entry(atJune, canal).rate()).isEqualByComparingTo("50.00");
		assertThat(entry(atJune, hospital).breached()).isFalse();
		assertThat(atJune.entries()).extracting(e -> e.project().id()).doesNotContain(unplanned);

		// August: June's figure for the road is corrected (1300 → 1600) and the school's plan raised to 5000.
		clock.set("2025-08-20T09:00");
		Disbursements.Recorded corrected = disbursements.record(road, 2025, 6, new java.math.BigDecimal("1600"),
				java.time.LocalDate.of(2025, 8, 20), "công văn đính chính", "monitor");
		assertThat(corrected.outcome()).isEqualTo(Disbursements.Outcome.REVISED);
		assertThat(corrected.disbursement().revision()).isEqualTo(2);
		plans.adjust(school, 2025, new java.math.BigDecimal("5000"), "QĐ điều chỉnh 1234/QĐ-UBND",
				java.time.LocalDate.of(2025, 8, 15), "bổ sung vốn", "monitor");

		CheckpointList juneAgain = checkpoints.evaluateCheckpoint(june);

		assertThat(juneAgain.evaluatedAt()).isEqualTo(atJune.evaluatedAt());
		assertThat(juneAgain.breaches()).extracting(e -> e.project().id()).containsExactlyInAnyOrder(road, canal);
		CheckpointEntry roadRevised = entry(juneAgain, road);
		assertThat(roadRevised.rate()).isEqualByComparingTo("48.00");
		assertThat(roadRevised.revised()).isTrue();
		// 4800 - 1300 + 1600 = 5100 of 10000
		assertThat(roadRevised.currentRate()).isEqualByComparingTo("51.00");
		assertThat(roadRevised.currentlyBreached()).isFalse();
		assertThat(roadRevised.revisions()).singleElement().satisfies(d -> {
			assertThat(d.month()).isEqualTo(6);
			assertThat(d.amount()).isEqualByComparingTo("1600");
		});
		assertThat(entry(juneAgain, hospital).revised()).isFalse();
		// the school's plan in force on 30/6 was still 4000: the adjustment took effect on 15/8
		assertThat(entry(juneAgain, school).revised()).isFalse();
		assertThat(disbursements.ofProject(road)).filteredOn(d -> d.month() == 6)
			.extracting(Disbursement::amount)
			.usingElementComparator(java.math.BigDecimal::compareTo)
			.containsExactly(new java.math.BigDecimal("1300"), new java.math.BigDecimal("1600"));

		clock.set("2025-10-10T09:00");
		// road: 5100 + 400 + 300 + 200 = 6000 of 10000 = exactly 60%: not below
		months(road, 7, "400", "300", "200");
		// school: 2400 + 0 of 5000 (adjusted) = 48% < 60%
		months(school, 7, "0", "0", "0");
		// canal: 999.999 + 300.001 = 1300 of 2000 = 65%
		months(canal, 7, "300.001");
		// hospital: 3000 + 300 = 3300 of 6000 = 55% < 60%
		months(hospital, 7, "100", "100", "100");

		CheckpointList atSeptember = checkpoints.evaluateCheckpoint(september);

		assertThat(atSeptember.breaches()).extracting(e -> e.project().id())
			.containsExactlyInAnyOrder(school, hospital);
		assertThat(entry(atSeptember, school).rate()).isEqualByComparingTo("48.00");
		assertThat(entry(atSeptember, school).plan()).isEqualByComparingTo("5000");
		assertThat(entry(atSeptember, hospital).rate()).isEqualByComparingTo("55.00");
		assertThat(entry(atSeptember, road).rate()).isEqualByComparingTo("60.00");
		assertThat(entry(atSeptember, road).breached()).isFalse();

		// 15/11 (001 lines 887-893, adjustments before 15/11): a reminder for every project whose linear
		// forecast from January-October stays under 100% of its plan.
		clock.set("2025-11-16T09:00");
		months(road, 10, "500"); // 6500 × 12 / 10 = 7800 of 10000 → 78%
		months(school, 10, "0"); // 2400 × 12 / 10 = 2880 of 5000 → 57.6%
		months(canal, 10, "700"); // 2000 × 12 / 10 = 2400 of 2000 → 120%
		months(hospital, 10, "1700"); // 5000 × 12 / 10 = 6000 of 6000 → exactly 100%: not below
		CheckpointList atNovember = checkpoints.evaluateCheckpoint(ruleOn("2025-11-15"));
		assertThat(atNovember.breaches()).extracting(e -> e.project().id()).containsExactlyInAnyOrder(road, school);
		assertThat(atNovember.breaches()).allMatch(e -> e.action() == ThresholdAction.REMINDER);
		assertThat(entry(atNovember, road).rate()).isEqualTo(new java.math.BigDecimal("78.00"));
		assertThat(entry(atNovember, school).rate()).isEqualTo(new java.math.BigDecimal("57.60"));

		// Roll-ups at 30/9 with today's figures: road 6000/10000, school 2400/5000, canal 1300/2000,
		// hospital 3300/6000; exact decimals, the same strings on every database.
		List<ProjectStanding> standings = status.throughMonth(2025, 9, "son-la");
		assertThat(rates(status.rollup(standings, Dimension.INVESTOR))).isEqualTo(Map.of(
				"Ban QLDA Giao thông", "9300.000/16000.000=58.13", // 9300/16000 = 58.125 → 58.13
				"Ban QLDA Dân dụng", "2400.000/5000.000=48.00",
				"Ban QLDA Nông nghiệp", "1300.000/2000.000=65.00"));
		assertThat(rates(status.rollup(standings, Dimension.FUNDING))).isEqualTo(Map.of(
				"NSNN", "11700.000/21000.000=55.71", // 55.714...
				"OTHER", "1300.000/2000.000=65.00"));
		assertThat(rates(status.rollup(standings, Dimension.SECTOR))).isEqualTo(Map.of(
				"Giao thông", "6000.000/10000.000=60.00", "Giáo dục", "2400.000/5000.000=48.00",
				"Nông nghiệp", "1300.000/2000.000=65.00", "Y tế", "3300.000/6000.000=55.00"));
		assertThat(rates(status.rollup(standings, Dimension.LOCALITY))).isEqualTo(Map.of(
				"Sơn La", "13000.000/23000.000=56.52")); // 56.521...
		assertThat(status.ranking(standings, Dimension.INVESTOR)).extracting(r -> r.rank() + " " + r.rollup().key())
			.containsExactly("1 Ban QLDA Nông nghiệp", "2 Ban QLDA Giao thông", "3 Ban QLDA Dân dụng");
		// linear forecast after 9 months: road 6000 × 12 / 9 = 8000 of 10000
		ProjectStanding roadNow = standings.stream().filter(st -> st.project().id() == road).findFirst().orElseThrow();
		assertThat(roadNow.forecastYearEnd()).isEqualTo(new java.math.BigDecimal("8000.000"));
		assertThat(roadNow.forecastRate()).isEqualTo(new java.math.BigDecimal("80.00"));
		// NSNN: (6000 + 2400 + 3300) × 12 / 9 = 15600 of 21000 = 74.285...
		assertThat(status.rollup(standings, Dimension.FUNDING).get(0).forecastRate())
			.isEqualTo(new java.math.BigDecimal("74.29"));

		// The September report lists both frozen lists with the proposed recovery (plan - disbursed at the mark).
		try (var workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook(
				new java.io.ByteArrayInputStream(report.xlsx(2025, 9, "son-la")))) {
			var breaches = workbook.getSheet("Vi phạm ngưỡng");
			List<String> rows = new java.util.ArrayList<>();
			for (int r = 3; r <= breaches.getLastRowNum(); r++) {
				var row = breaches.getRow(r);
				rows.add(row.getCell(0).getStringCellValue() + " " + row.getCell(3).getStringCellValue() + " "
						+ row.getCell(7).getNumericCellValue() + " " + row.getCell(9).getStringCellValue() + " "
						+ row.getCell(10).getStringCellValue() + " " + row.getCell(11).getNumericCellValue());
			}
			assertThat(rows).containsExactlyInAnyOrder(
					"30/06/2025 Đường Mường La - Ngọc Chiến 48.0 Có Thu hồi, điều chuyển vốn 5200.0",
					"30/06/2025 Kênh thủy lợi Nà Sản 50.0 Không Thu hồi, điều chuyển vốn 1000.001",
					"30/09/2025 Trường THPT Chiềng Sinh 48.0 Không Thu hồi, điều chuyển vốn 2600.0",
					"30/09/2025 Bệnh viện Phù Yên 55.0 Không Thu hồi, điều chuyển vốn 2700.0");
			assertThat(workbook.getSheet("Chủ đầu tư").getRow(3).getCell(1).getStringCellValue())
				.isEqualTo("Ban QLDA Nông nghiệp");
		}
		catch (java.io.IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

	@Test
	void importsAMonthOfDisbursementsAllOrNothingWithRowErrors() throws Exception {
		clock.set("2026-03-05T09:00");
		long first = laiChauProject("Đường nội thị Tân Phong", "1000");
		long second = laiChauProject("Chợ trung tâm Than Uyên", "2000");
		long third = laiChauProject("Kè suối Nậm Lùm", "3000");
		long noPlan = projects.create(new NewProject("lai-chau", null, "Dự án chưa có vốn 2026", "NSNN", null, null,
				null, null, null, null), "monitor").id();

		byte[] bad = workbook("Tháng 2", new Object[][] {
				{ first, "Đường", 120.5 }, // row 3
				{ second, "Chợ", "1.234,5" }, // row 4
				{ third, "Kè", "abc" }, // row 5
				{ 999999L, "Không có", 10.0 }, // row 6
				{ noPlan, "Chưa có vốn", 5.0 }, // row 7
				{ first, "Đường (lặp)", 3.0 }, // row 8
				{ second, "Âm và lặp", -5.0 } }); // row 9: two problems, both reported

		assertThatThrownBy(() -> importer.importMonth(new java.io.ByteArrayInputStream(bad), "thang-2.xlsx", 2026, 2,
				null, "monitor"))
			.isInstanceOfSatisfying(DisbursementImportException.class, ex -> assertThat(ex.errors())
				.extracting(ImportError::toString)
				.containsExactly(
						"Sheet 'Tháng 2', dòng 5, cột D: số giải ngân không hợp lệ: \"abc\" (ghi số, ví dụ 1.234,5)",
						"Sheet 'Tháng 2', dòng 6, cột B: không có dự án ID 999999",
						"Sheet 'Tháng 2', dòng 7, cột B: dự án ID " + noPlan + " chưa có kế hoạch vốn năm 2026",
						"Sheet 'Tháng 2', dòng 8, cột B: dự án ID " + first + " đã có ở dòng 3",
						"Sheet 'Tháng 2', dòng 9, cột D: số giải ngân không được âm: -5.0",
						"Sheet 'Tháng 2', dòng 9, cột B: dự án ID " + second + " đã có ở dòng 4"));
		assertThat(disbursements.ofProject(first)).isEmpty();
		assertThat(disbursements.ofProject(second)).isEmpty();

		byte[] good = workbook("Tháng 2", new Object[][] { { first, "Đường", 120.5 }, { second, "Chợ", "1.234,5" },
				{ third, "Kè", 0.0 } });
		DisbursementImport.Imported imported = importer.importMonth(new java.io.ByteArrayInputStream(good),
				"thang-2.xlsx", 2026, 2, null, "monitor");

		assertThat(imported.created()).isEqualTo(3);
		assertThat(disbursements.latest(second, 2026, 2).orElseThrow().amount()).isEqualTo(new java.math.BigDecimal("1234.500"));
		assertThat(disbursements.latest(first, 2026, 2).orElseThrow().reportedOn()).isEqualTo(java.time.LocalDate.of(2026, 3, 5));

		byte[] corrected = workbook("Tháng 2", new Object[][] { { first, "Đường", 130.0 }, { second, "Chợ", 1234.5 },
				{ third, "Kè", 0.0 } });
		DisbursementImport.Imported again = importer.importMonth(new java.io.ByteArrayInputStream(corrected),
				"thang-2-dinh-chinh.xlsx", 2026, 2, null, "monitor");

		assertThat(again.revised()).isEqualTo(1);
		assertThat(again.unchanged()).isEqualTo(2);
		assertThat(disbursements.ofProject(first)).extracting(d -> d.revision() + ":" + d.amount().toPlainString())
			.containsExactly("1:120.500", "2:130.000");

		assertThatThrownBy(() -> importer.importMonth(new java.io.ByteArrayInputStream("STT;ID".getBytes()), "thang-2.csv",
				2026, 2, null, "monitor"))
			.isInstanceOf(InvestmentException.class)
			.hasMessage("tệp thang-2.csv không phải tệp Excel .xlsx đọc được");

		// The monthly report can be filled in and imported back: its sheet has the same two columns.
		byte[] february = report.xlsx(2026, 2, "lai-chau");
		DisbursementImport.Imported roundTrip = importer.importMonth(new java.io.ByteArrayInputStream(february),
				"bao-cao-thang-2.xlsx", 2026, 3, null, "monitor");
		assertThat(roundTrip.created()).isEqualTo(3);
		assertThat(disbursements.latest(first, 2026, 3).orElseThrow().amount()).isEqualTo(new java.math.BigDecimal("130.000"));
	}

	private long laiChauProject(String name, String plan) {
		long id = projects.create(new NewProject("lai-chau", null, name, "NSNN", "Giao thông", "Ban QLDA tỉnh Lai Châu",
				null, null, null, null), "monitor").id();
		plans.assign(id, 2026, new java.math.BigDecimal(plan), "QĐ giao vốn 2026", java.time.LocalDate.of(2026, 1, 5),
				"monitor");
		return id;
	}

	/** A sheet like a department would send: a title row, a header row, then STT, ID, name, amount. */
	private static byte[] workbook(String sheetName, Object[][] rows) throws java.io.IOException {
		try (var workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook();
				var out = new java.io.ByteArrayOutputStream()) {
			var sheet = workbook.createSheet(sheetName);
			sheet.createRow(0).createCell(0).setCellValue("Số liệu giải ngân tháng 2/2026");
			var header = sheet.createRow(1);
			String[] names = { "STT", "ID dự án", "Tên dự án", "Giải ngân trong tháng" };
			for (int i = 0; i < names.length; i++) {
				header.createCell(i).setCellValue(names[i]);
			}
			for (int r = 0; r < rows.length; r++) {
				var row = sheet.createRow(r + 2);
				row.createCell(0).setCellValue(r + 1);
				row.createCell(1).setCellValue(((Number) rows[r][0]).doubleValue());
				row.createCell(2).setCellValue((String) rows[r][1]);
				if (rows[r][2] instanceof String text) {
					row.createCell(3).setCellValue(text);
				}
				else {
					row.createCell(3).setCellValue(((Number) rows[r][2]).doubleValue());
				}
			}
			workbook.write(out);
			return out.toByteArray();
		}
	}

	@Test
	void preloadsSonLas2025RulesFromSeed001() {
		List<ThresholdRule> sonLa = rules.list("son-la", 2025);

		assertThat(sonLa).extracting(r -> r.checkpointDate() + " " + r.basis() + " <" + r.minimumRate() + " "
				+ r.action() + " @" + r.sourceLine())
			.containsExactly(
					// 001 line 877-879: "Đợt 1 ... đến ngày 30/6/2025 có kết quả giải ngân dưới 50% kế hoạch vốn"
					"2025-06-30 CUMULATIVE <50.00 RECOVER_OR_REALLOCATE @877",
					// 001 lines 881-885: "Đợt 2 ... đến 30/9/2025 có kết quả giải ngân dưới 60% kế hoạch vốn"
					"2025-09-30 CUMULATIVE <60.00 RECOVER_OR_REALLOCATE @881",
					// 001 lines 887-893: adjustments "trước ngày 15/11/2025"
					"2025-11-15 FORECAST <100.00 REMINDER @887",
					// 001 lines 1170-1172: "phấn đấu tỷ lệ giải ngân năm 2025 đạt 100% kế hoạch vốn giao"
					"2025-12-31 CUMULATIVE <100.00 EXPLANATION_REQUEST @1170");
		assertThat(rules.list("lai-chau", 2025)).isEmpty();
	}

	@Test
	void letsAMonitorEditARuleUntilItIsEvaluated() {
		ThresholdRule created = rules.create(new RuleDraft("lai-chau", 2027, java.time.LocalDate.of(2027, 6, 30),
				"CUMULATIVE", new java.math.BigDecimal("45"), "EXPLANATION_REQUEST", "thử", null, null), "monitor");
		ThresholdRule edited = rules.update(created.id(), new RuleDraft("lai-chau", 2027,
				java.time.LocalDate.of(2027, 6, 30), "CUMULATIVE", new java.math.BigDecimal("50"), "RECOVER_OR_REALLOCATE",
				"thử", null, null), "monitor");
		assertThat(edited.minimumRate()).isEqualByComparingTo("50");
		assertThat(edited.action()).isEqualTo(ThresholdAction.RECOVER_OR_REALLOCATE);
		assertThatThrownBy(() -> rules.create(new RuleDraft("lai-chau", 2027, java.time.LocalDate.of(2028, 1, 1),
				"CUMULATIVE", new java.math.BigDecimal("50"), "REMINDER", null, null, null), "monitor"))
			.isInstanceOf(InvestmentException.class)
			.hasMessageContaining("không thuộc năm 2027");

		clock.set("2027-07-01T08:00");
		checkpoints.evaluateCheckpoint(created.id(), "monitor");

		assertThatThrownBy(() -> rules.update(created.id(), new RuleDraft("lai-chau", 2027,
				java.time.LocalDate.of(2027, 6, 30), "CUMULATIVE", new java.math.BigDecimal("40"), "REMINDER", null, null,
				null), "monitor"))
			.isInstanceOf(ConflictInvestmentException.class)
			.hasMessageContaining("đã được đánh giá");
	}

	@Test
	void freezesADueCheckpointOnlyOnceTheMonthsFiguresCanHaveBeenReported() {
		// a locality of its own: the other tests' rules must not be frozen by this one
		localities.idFor("Điện Biên");
		ThresholdRule rule = rules.create(new RuleDraft("dien-bien", 2028, java.time.LocalDate.of(2028, 6, 30),
				"CUMULATIVE", new java.math.BigDecimal("50"), "RECOVER_OR_REALLOCATE", "thử lịch", null, null), "monitor");

		// 30/6 + 18 days (001: monthly reports before the 18th) = 18/7
		clock.set("2028-07-17T09:00");
		assertThat(schedule.evaluateDue("dien-bien")).extracting(list -> list.rule().id()).doesNotContain(rule.id());
		clock.set("2028-07-18T09:00");
		assertThat(schedule.evaluateDue("dien-bien")).extracting(list -> list.rule().id()).contains(rule.id());
		assertThat(schedule.evaluateDue("dien-bien")).extracting(list -> list.rule().id()).doesNotContain(rule.id());
		assertThat(checkpoints.view(rule.id()).evaluatedBy()).isEqualTo("scheduler");
	}

	private static Map<String, String> rates(List<Rollup> rollups) {
		return rollups.stream()
			.collect(Collectors.toMap(Rollup::key,
					r -> r.plan() == null ? "" : r.disbursed().toPlainString() + "/" + r.plan().toPlainString() + "=" + r.rate()));
	}

	private long sonLaProject(String name, String investor, String sector, String funding, String plan) {
		long id = projects.create(new NewProject("son-la", null, name, funding, sector, investor, investor, null, null,
				null), "monitor").id();
		plans.assign(id, 2025, new java.math.BigDecimal(plan), "QĐ giao kế hoạch vốn 2025",
				java.time.LocalDate.of(2025, 1, 10), "monitor");
		return id;
	}

	private void months(long project, int firstMonth, String... amounts) {
		for (int i = 0; i < amounts.length; i++) {
			disbursements.record(project, 2025, firstMonth + i, new java.math.BigDecimal(amounts[i]), null, "báo cáo tháng",
					"monitor");
		}
	}

	private long ruleOn(String date) {
		return rules.list("son-la", 2025)
			.stream()
			.filter(rule -> rule.checkpointDate().toString().equals(date))
			.findFirst()
			.orElseThrow()
			.id();
	}

	private static CheckpointEntry entry(CheckpointList list, long project) {
		return list.entries().stream().filter(e -> e.project().id() == project).findFirst().orElseThrow();
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
