package vn.plantrack.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import vn.plantrack.support.TestDatabases;

/**
 * A first start killed while it imports the five samples is finished by the next start: the samples already
 * in stay as they are (not imported twice), the missing ones come in, a sample left unconfirmed is confirmed.
 * The runner is called directly, as a start would, on a database prepared to look like the interrupted one.
 */
@SpringBootTest(properties = "plantrack.samples.import-on-first-start=false")
class SampleDocumentsResumeTests {

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		TestDatabases.h2(registry);
	}

	@Autowired
	JdbcClient jdbc;

	@Autowired
	DocumentImport documentImport;

	@Autowired
	PlanReview review;

	@Test
	void aStartKilledDuringTheSampleImportIsFinishedByTheNextStartAndThenNothingMore() throws Exception {
		// the killed start got as far as: sample 000 imported and confirmed, sample 001 imported, not confirmed
		long first = documentImport.importFile("000_c86e37a0cf2b9f3d.txt", sample("000_c86e37a0cf2b9f3d.txt"),
				SampleDocuments.ACTOR).document().id();
		review.confirm(first, null, SampleDocuments.ACTOR);
		documentImport.importFile("001_7e4f77df858eca40.txt", sample("001_7e4f77df858eca40.txt"), SampleDocuments.ACTOR);

		starts().run(new DefaultApplicationArguments());

		assertThat(jdbc.sql("SELECT f.file_name || ' ' || d.status FROM document d JOIN source_file f ON f.document_id = d.id "
				+ "WHERE d.stub = FALSE ORDER BY f.file_name").query(String.class).list())
			.containsExactly("000_c86e37a0cf2b9f3d.txt CONFIRMED", "001_7e4f77df858eca40.txt CONFIRMED",
					"002_17c3b43f6ad53c25.txt CONFIRMED", "003_dacd084119168aa7.txt CONFIRMED",
					"004_37c5d7600e8f8767.txt CONFIRMED");
		// each sample imported once and confirmed once: 000 by the killed start, the other four now
		assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_event WHERE action = 'DOCUMENT_IMPORTED'").query(Long.class).single())
			.isEqualTo(5);
		assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_event WHERE action = 'PLAN_CONFIRMED'").query(Long.class).single())
			.isEqualTo(5);
		long events = jdbc.sql("SELECT COUNT(*) FROM audit_event").query(Long.class).single();

		starts().run(new DefaultApplicationArguments());

		assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_event").query(Long.class).single())
			.as("a start after the first one changes nothing").isEqualTo(events);
	}

	private SampleDocuments starts() {
		return new SampleDocuments(jdbc, documentImport, review, true);
	}

	static byte[] sample(String name) throws Exception {
		try (InputStream in = SampleDocumentsResumeTests.class.getResourceAsStream("/samples/" + name)) {
			return in.readAllBytes();
		}
	}
}
