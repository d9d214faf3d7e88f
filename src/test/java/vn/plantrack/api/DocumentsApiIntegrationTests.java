package vn.plantrack.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.plantrack.registry.Role;
import vn.plantrack.registry.UserAccounts;
import vn.plantrack.support.Http;
import vn.plantrack.support.TestUsers;

/**
 * The first slice through the whole stack, over real HTTP against a real database: the sample documents
 * are there after the first start, the API needs credentials, uploads are stored once and refused when
 * unreadable. Runs on H2 and on PostgreSQL (subclasses).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "plantrack.samples.import-on-first-start=true")
abstract class DocumentsApiIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	UserAccounts users;

	Http http() {
		return new Http(port);
	}

	@Test
	void refusesAnonymousCallers() {
		assertThat(http().get("/api/documents", null, null).statusCode()).isEqualTo(401);
		assertThat(http().get("/api/documents", "admin", "wrong-password").statusCode()).isEqualTo(401);
	}

	@Test
	void listsTheFiveSampleDocumentsAfterTheFirstStart() {
		HttpResponse<String> response = http().get("/api/documents", "admin", TestUsers.ADMIN_PASSWORD);

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).contains("000_c86e37a0cf2b9f3d.txt", "001_7e4f77df858eca40.txt",
				"002_17c3b43f6ad53c25.txt", "003_dacd084119168aa7.txt", "004_37c5d7600e8f8767.txt");
		// seed 000: wc -l counts 528 newlines and the last line has none, so an editor shows 529 lines
		assertThat(response.body()).contains("\"lineCount\":529");
	}

	@Test
	void storesTheSameBytesOnlyOnce() throws IOException {
		byte[] seed;
		try (InputStream in = getClass().getResourceAsStream("/samples/002_17c3b43f6ad53c25.txt")) {
			seed = in.readAllBytes();
		}
		long before = countDocuments();

		HttpResponse<String> again = http().upload("/api/documents", "copy-of-002.txt", seed, "admin",
				TestUsers.ADMIN_PASSWORD);

		assertThat(again.statusCode()).isEqualTo(200);
		assertThat(again.body()).contains("002_17c3b43f6ad53c25.txt");
		assertThat(countDocuments()).isEqualTo(before);
	}

	@Test
	void storesANewDocumentWithItsTextAndAnAuditEvent() {
		byte[] content = "KẾ HOẠCH\nThực hiện nhiệm vụ năm 2026\n".getBytes(java.nio.charset.StandardCharsets.UTF_8);

		HttpResponse<String> created = http().upload("/api/documents", "../../etc/ke-hoach.txt", content, "admin",
				TestUsers.ADMIN_PASSWORD);

		assertThat(created.statusCode()).isEqualTo(201);
		assertThat(created.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).startsWith("/api/documents/"));
		assertThat(created.body()).contains("\"fileName\":\"ke-hoach.txt\"", "\"lineCount\":2");
		assertThat(jdbc.sql("SELECT text_content FROM source_file WHERE file_name = 'ke-hoach.txt'")
			.query(String.class)
			.single()).isEqualTo("KẾ HOẠCH\nThực hiện nhiệm vụ năm 2026\n");
		assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_event WHERE action = 'DOCUMENT_IMPORTED' AND after_state LIKE 'ke-hoach.txt%'")
			.query(Long.class)
			.single()).isEqualTo(1);
	}

	@Test
	void refusesAnUnreadableFileWithAClearMessageAndStoresNothing() {
		long before = countDocuments();

		HttpResponse<String> refused = http().upload("/api/documents", "empty.txt", new byte[0], "admin",
				TestUsers.ADMIN_PASSWORD);

		assertThat(refused.statusCode()).isEqualTo(422);
		assertThat(refused.body()).contains("empty.txt");
		assertThat(countDocuments()).isEqualTo(before);
	}

	@Test
	void letsOnlyMonitorsAndAdminsUpload() {
		users.create("leader-" + port, "leader-Password-1", Role.LEADER, null, "test");
		byte[] content = "Báo cáo\n".getBytes(java.nio.charset.StandardCharsets.UTF_8);

		HttpResponse<String> refused = http().upload("/api/documents", "bao-cao.txt", content, "leader-" + port,
				"leader-Password-1");

		assertThat(refused.statusCode()).isEqualTo(403);
		assertThat(http().get("/api/documents", "leader-" + port, "leader-Password-1").statusCode()).isEqualTo(200);
	}

	private long countDocuments() {
		return jdbc.sql("SELECT COUNT(*) FROM document").query(Long.class).single();
	}
}
