package vn.plantrack.tracking;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;

import jakarta.mail.Address;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;

import vn.plantrack.registry.DocumentImport;
import vn.plantrack.registry.PlanConfirmation;
import vn.plantrack.registry.Role;
import vn.plantrack.registry.UserAccounts;

/**
 * Daily reminder digests sent over SMTP to a GreenMail server: one per agency per day, also when two nodes
 * run the job at once, listing due reports, overdue tasks of 002 and open explanation requests.
 */
@SpringBootTest(properties = "plantrack.samples.import-on-first-start=false")
@Import(MutableClock.Config.class)
abstract class ReminderDigestsIntegrationTests {

	static final GreenMail MAIL = startMail();

	@DynamicPropertySource
	static void mailServer(DynamicPropertyRegistry registry) {
		registry.add("spring.mail.host", () -> "127.0.0.1");
		registry.add("spring.mail.port", () -> MAIL.getSmtp().getPort());
	}

	@Autowired
	DocumentImport documentImport;

	@Autowired
	PlanConfirmation confirmation;

	@Autowired
	ReportingCycles cycles;

	@Autowired
	Submissions submissions;

	@Autowired
	Explanations explanations;

	@Autowired
	ReminderDigests digests;

	@Autowired
	CycleExceptions exceptions;

	@Autowired
	UserAccounts users;

	@Autowired
	MutableClock clock;

	@Autowired
	JdbcClient jdbc;

	final Actor monitor = new Actor("monitor", Role.MONITOR, null);

	long plan;

	String finance1;

	String finance2;

	String construction;

	Actor financeReporter;

	@BeforeEach
	void plan002WithASixMonthCycleDueBeforeTheFifteenthOfJune() throws Exception {
		MAIL.purgeEmailFromAllMailboxes();
		clock.setDay(LocalDate.of(2026, 6, 1));
		plan = SonLaPlans.register(documentImport, confirmation, jdbc, SonLaPlans.seed002());
		cycles.open(plan, Frequency.SEMIANNUAL, 2026, 1, LocalDate.of(2026, 6, 15), monitor);
		String tag = UUID.randomUUID().toString().substring(0, 6);
		finance1 = reporter("Sở Tài chính", "tc1-" + tag + "@sonla.gov.vn");
		finance2 = reporter("Sở Tài chính", "tc2-" + tag + "@sonla.gov.vn");
		construction = reporter("Sở Xây dựng", "xd-" + tag + "@sonla.gov.vn");
		financeReporter = new Actor("finance", Role.REPORTER, SonLaPlans.agency(jdbc, "Sở Tài chính"));
	}

	@Test
	void eachReporterOfAnAgencyGetsOneDigestADayNamingWhatIsDue() throws Exception {
		clock.setDay(LocalDate.of(2026, 6, 10));

		digests.sendDue();
		digests.sendDue();

		assertThat(messagesTo(finance1)).hasSize(1);
		assertThat(messagesTo(finance2)).hasSize(1);
		assertThat(messagesTo(construction)).hasSize(1);
		MimeMessage digest = messagesTo(finance1).get(0);
		assertThat(digest.getSubject()).isEqualTo("[PlanTrack] Nhắc việc ngày 10/06/2026 – Sở Tài chính");
		String body = (String) digest.getContent();
		// report due before 15/6: the last day is 14/6, four days after 10/6
		assertThat(body).contains("Báo cáo 6 tháng 2026", "gửi trước ngày 15/06/2026 (còn 4 ngày)");
		// 002:312 "Tháng 3/2021", due 31/3/2021: 1826 days to 31/3/2026, then 30 + 31 + 10 to 10/6/2026
		assertThat(body).contains("«Chuẩn bị tổ chức Hội nghị xúc tiến đầu tư tỉnh Sơn La năm 2021»: hạn 31/03/2021 (đã quá hạn 1897 ngày)");
		// 002:385 went to Sở Khoa học và Công nghệ, which has no reporter with an address: nothing sent or claimed
		assertThat(jdbc.sql("""
				SELECT COUNT(*) FROM reminder_digest r JOIN agency a ON a.id = r.agency_id
				WHERE a.name = 'Sở Khoa học và Công nghệ'""").query(Long.class).single()).isZero();
	}

	@Test
	void twoNodesSendingAtOnceStillSendOneDigestPerAgency() throws Exception {
		clock.setDay(LocalDate.of(2026, 6, 11));
		CountDownLatch start = new CountDownLatch(1);
		List<CompletableFuture<Integer>> nodes = new ArrayList<>();
		for (int node = 0; node < 2; node++) {
			nodes.add(CompletableFuture.supplyAsync(() -> {
				try {
					start.await();
				}
				catch (InterruptedException ex) {
					Thread.currentThread().interrupt();
				}
				return digests.sendDue();
			}));
		}
		start.countDown();
		int sent = 0;
		for (CompletableFuture<Integer> node : nodes) {
			sent += node.get();
		}

		assertThat(sent).as("Sở Tài chính and Sở Xây dựng, once each").isEqualTo(2);
		assertThat(messagesTo(finance1)).hasSize(1);
		assertThat(messagesTo(construction)).hasSize(1);
	}

	@Test
	void aSubmittedReportAndAnAnsweredRequestLeaveTheDigest() {
		clock.setDay(LocalDate.of(2026, 6, 12));
		long task = SonLaPlans.task(jdbc, plan, 312);
		Explanations.Request request = explanations.ask(task, "Đề nghị giải trình lý do chưa tổ chức hội nghị",
				LocalDate.of(2026, 6, 20), monitor);
		assertThat(linesOf("Sở Tài chính", LocalDate.of(2026, 6, 12)))
			.anySatisfy(line -> assertThat(line).startsWith("Yêu cầu giải trình về nhiệm vụ 2 «Chuẩn bị tổ chức")
				.contains("trả lời trước ngày 20/06/2026"))
			.anySatisfy(line -> assertThat(line).startsWith("Báo cáo 6 tháng 2026"));

		long cycle = cycles.list(plan).get(0).id();
		long submission = submissions.saveDraft(cycle,
				new Submissions.Draft(null, "Báo cáo 6 tháng", List.of(), List.of(), null), financeReporter).id();
		submissions.submit(submission, financeReporter);
		explanations.answer(request.id(), "Do điều chỉnh kế hoạch xúc tiến đầu tư năm 2021", financeReporter);

		assertThat(linesOf("Sở Tài chính", LocalDate.of(2026, 6, 13)))
			.noneSatisfy(line -> assertThat(line).contains("(" + planLabel() + ")"))
			.noneSatisfy(line -> assertThat(line).contains("Đề nghị giải trình lý do chưa tổ chức hội nghị"));
	}

	@Test
	void anAgencyGrantedAnExtensionIsRemindedOfItsNewDateOnly() {
		long cycle = cycles.list(plan).get(0).id();
		long xayDung = SonLaPlans.agency(jdbc, "Sở Xây dựng");
		clock.setDay(LocalDate.of(2026, 6, 16));
		exceptions.grant(cycle, new CycleExceptions.Grant(xayDung, LocalDate.of(2026, 6, 30),
				"Chờ số liệu quý II của các xã"), monitor);

		String thisPlan = "Báo cáo 6 tháng 2026 (" + planLabel() + ")";

		// 16/6: past the cycle's 15/6, but Sở Xây dựng may send until 29/6; 30/6 is beyond the week ahead
		assertThat(linesOf("Sở Xây dựng", LocalDate.of(2026, 6, 16))).noneSatisfy(line -> assertThat(line).startsWith(thisPlan));
		// Sở Tài chính has no extension: its report is overdue since 15/6
		assertThat(linesOf("Sở Tài chính", LocalDate.of(2026, 6, 16)))
			.anySatisfy(line -> assertThat(line).startsWith(thisPlan).contains("gửi trước ngày 15/06/2026 (đã quá hạn 2 ngày)"));
		// 25/6: the new date is within the week; the last day is 29/6, four days later
		assertThat(linesOf("Sở Xây dựng", LocalDate.of(2026, 6, 25)))
			.anySatisfy(line -> assertThat(line).startsWith(thisPlan)
				.contains("gửi trước ngày 30/06/2026 (đã được gia hạn) (còn 4 ngày)"));
	}

	/** How a digest names this test's plan: its symbol, or its title when it has none. */
	private String planLabel() {
		return jdbc.sql("SELECT COALESCE(symbol, title) FROM document WHERE id = ?").param(plan).query(String.class).single();
	}

	private List<String> linesOf(String agency, LocalDate day) {
		return digests.digests(day)
			.stream()
			.filter(d -> d.agency().equals(agency))
			.findFirst()
			.map(ReminderDigests.Digest::lines)
			.orElse(List.of());
	}

	private String reporter(String agency, String email) {
		String name = "reporter-" + UUID.randomUUID().toString().substring(0, 8);
		users.create(name, "reporter-Password-1", Role.REPORTER, SonLaPlans.agency(jdbc, agency), "test");
		users.setEmail(name, email, "test");
		return email;
	}

	/** The distinct messages addressed to {@code address} (GreenMail keeps one copy per recipient mailbox). */
	private static List<MimeMessage> messagesTo(String address) throws Exception {
		Map<String, MimeMessage> byId = new LinkedHashMap<>();
		for (MimeMessage message : MAIL.getReceivedMessages()) {
			Address[] recipients = message.getRecipients(Message.RecipientType.TO);
			if (recipients != null && Arrays.stream(recipients).anyMatch(r -> r.toString().equals(address))) {
				byId.putIfAbsent(message.getMessageID(), message);
			}
		}
		return new ArrayList<>(byId.values());
	}

	private static GreenMail startMail() {
		GreenMail mail = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
		mail.start();
		return mail;
	}
}
