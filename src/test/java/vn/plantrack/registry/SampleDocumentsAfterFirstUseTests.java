package vn.plantrack.registry;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import vn.plantrack.support.TestDatabases;

/** Once a person has imported a document, a start never adds or confirms samples, even if some are missing. */
@SpringBootTest(properties = "plantrack.samples.import-on-first-start=false")
class SampleDocumentsAfterFirstUseTests {

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
	void aDocumentImportedByAPersonEndsTheFirstStartForGood() throws Exception {
		documentImport.importFile("001_7e4f77df858eca40.txt",
				SampleDocumentsResumeTests.sample("001_7e4f77df858eca40.txt"), SampleDocuments.ACTOR);
		// the same bytes as sample 002, imported by an official: it is that person's document now
		documentImport.importFile("ke-hoach-tinh.txt", SampleDocumentsResumeTests.sample("002_17c3b43f6ad53c25.txt"),
				"chuyenvien");

		new SampleDocuments(jdbc, documentImport, review, true).run(new DefaultApplicationArguments());

		assertThat(jdbc.sql("SELECT f.file_name || ' ' || d.status FROM document d JOIN source_file f ON f.document_id = d.id "
				+ "WHERE d.stub = FALSE ORDER BY f.file_name").query(String.class).list())
			.containsExactly("001_7e4f77df858eca40.txt DRAFT", "ke-hoach-tinh.txt DRAFT");
	}
}
