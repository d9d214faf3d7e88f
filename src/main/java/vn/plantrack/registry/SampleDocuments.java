package vn.plantrack.registry;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.plantrack.ingest.UnreadableDocumentException;

/**
 * On the first start imports the five sample documents so a new user sees real content. The first start lasts
 * until every sample is in (and confirmed, when the served demo asks for it): a start killed halfway through
 * the samples is resumed at the next start, each sample being its own all-or-nothing import. As soon as the
 * database holds any document a person imported, the samples are never touched again.
 */
@Component
@Order(2)
@ConditionalOnProperty(name = "plantrack.samples.import-on-first-start", havingValue = "true")
class SampleDocuments implements ApplicationRunner {

	static final String ACTOR = "system";

	private static final Logger log = LoggerFactory.getLogger(SampleDocuments.class);

	private final JdbcClient jdbc;

	private final DocumentImport documentImport;

	private final PlanReview review;

	private final boolean confirm;

	SampleDocuments(JdbcClient jdbc, DocumentImport documentImport, PlanReview review,
			@Value("${plantrack.samples.confirm:false}") boolean confirm) {
		this.jdbc = jdbc;
		this.documentImport = documentImport;
		this.review = review;
		this.confirm = confirm;
	}

	@Override
	public void run(ApplicationArguments args) throws IOException, UnreadableDocumentException {
		Resource[] samples = new PathMatchingResourcePatternResolver().getResources("classpath:samples/*.txt");
		Arrays.sort(samples, Comparator.comparing(Resource::getFilename));
		Set<String> sampleShas = new HashSet<>();
		for (Resource sample : samples) {
			try (InputStream in = sample.getInputStream()) {
				sampleShas.add(DocumentImport.sha256(in.readAllBytes()));
			}
		}
		Map<String, String> statusBySha = storedStatuses(sampleShas);
		if (statusBySha == null) {
			return;
		}
		int imported = 0;
		int confirmed = 0;
		for (Resource sample : samples) {
			try (InputStream in = sample.getInputStream()) {
				byte[] bytes = in.readAllBytes();
				String status = statusBySha.get(DocumentImport.sha256(bytes));
				ImportResult result = documentImport.importFile(sample.getFilename(), bytes, ACTOR);
				imported += result.created() ? 1 : 0;
				if (confirm && (status == null || "DRAFT".equals(status))) {
					// the served demo shows plans as registered, so a new user sees real tasks, indicators, projects
					review.confirm(result.document().id(), null, ACTOR);
					confirmed++;
				}
			}
		}
		if (imported > 0 || confirmed > 0) {
			log.info("Sample documents: {} imported, {} confirmed ({} in all)", imported, confirmed, samples.length);
		}
	}

	/**
	 * Status of each stored sample by its SHA-256, or null when the first start is over: a document that is
	 * not one of the samples, or one the samples import did not create, means people use this database.
	 */
	private Map<String, String> storedStatuses(Set<String> sampleShas) {
		Map<String, String> statusBySha = new HashMap<>();
		boolean[] othersPresent = { false };
		jdbc.sql("""
				SELECT f.sha256, d.status, d.created_by FROM document d JOIN source_file f ON f.document_id = d.id
				WHERE d.stub = FALSE""").query(rs -> {
			String sha = rs.getString("sha256").strip();
			if (!sampleShas.contains(sha) || !ACTOR.equals(rs.getString("created_by"))) {
				othersPresent[0] = true;
			}
			statusBySha.put(sha, rs.getString("status"));
		});
		if (othersPresent[0]) {
			return null;
		}
		boolean complete = statusBySha.size() == sampleShas.size()
				&& (!confirm || statusBySha.values().stream().noneMatch("DRAFT"::equals));
		return complete ? null : statusBySha;
	}
}
