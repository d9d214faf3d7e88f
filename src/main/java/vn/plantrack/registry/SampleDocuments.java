package vn.plantrack.registry;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.Comparator;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

import vn.plantrack.ingest.UnreadableDocumentException;

/** On the first start (no documents at all) imports the five sample documents so a new user sees real content. */
@Component
@Order(2)
@ConditionalOnProperty(name = "plantrack.samples.import-on-first-start", havingValue = "true")
class SampleDocuments implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(SampleDocuments.class);

	private final Documents documents;

	private final DocumentImport documentImport;

	private final PlanReview review;

	private final boolean confirm;

	SampleDocuments(Documents documents, DocumentImport documentImport, PlanReview review,
			@Value("${plantrack.samples.confirm:false}") boolean confirm) {
		this.documents = documents;
		this.documentImport = documentImport;
		this.review = review;
		this.confirm = confirm;
	}

	@Override
	public void run(ApplicationArguments args) throws IOException, UnreadableDocumentException {
		if (documents.count() > 0) {
			return;
		}
		Resource[] samples = new PathMatchingResourcePatternResolver().getResources("classpath:samples/*.txt");
		Arrays.sort(samples, Comparator.comparing(Resource::getFilename));
		for (Resource sample : samples) {
			try (InputStream in = sample.getInputStream()) {
				ImportResult imported = documentImport.importFile(sample.getFilename(), in.readAllBytes(), "system");
				if (confirm) {
					// the served demo shows plans as registered, so a new user sees real tasks, indicators, projects
					review.confirm(imported.document().id(), null, "system");
				}
			}
		}
		log.info("Imported {} sample documents", samples.length);
	}
}
