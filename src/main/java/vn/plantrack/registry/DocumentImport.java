package vn.plantrack.registry;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.plantrack.extract.DocumentInfo;
import vn.plantrack.extract.Extraction;
import vn.plantrack.extract.Extractor;
import vn.plantrack.ingest.IngestedText;
import vn.plantrack.ingest.TextExtraction;
import vn.plantrack.ingest.UnreadableDocumentException;

/**
 * Stores a document: the original bytes with their SHA-256, the normalised text and the metadata read
 * from it. All-or-nothing (one transaction); the same bytes imported twice are stored once.
 */
@Service
public class DocumentImport {

	private static final Logger log = LoggerFactory.getLogger(DocumentImport.class);

	private final JdbcClient jdbc;

	private final Documents documents;

	private final Localities localities;

	private final AuditLog audit;

	private final Clock clock;

	private final TextExtraction textExtraction = new TextExtraction();

	private final Extractor extractor = new Extractor();

	DocumentImport(JdbcClient jdbc, Documents documents, Localities localities, AuditLog audit, Clock clock) {
		this.jdbc = jdbc;
		this.documents = documents;
		this.localities = localities;
		this.audit = audit;
		this.clock = clock;
	}

	@Transactional
	public ImportResult importFile(String fileName, byte[] bytes, String actor) throws UnreadableDocumentException {
		String safeName = safeFileName(fileName);
		String sha256 = sha256(bytes);
		Optional<DocumentSummary> existing = documents.findBySha256(sha256);
		if (existing.isPresent()) {
			return new ImportResult(existing.get(), false);
		}
		IngestedText ingested = textExtraction.extract(safeName, bytes);
		Extraction extraction = extractor.extract(safeName, ingested.text());
		DocumentInfo info = extraction.document();
		Long localityId = info.locality() == null ? null : localities.idFor(info.locality());
		Instant now = clock.instant();
		String title = DocumentTitles.titleOf(ingested.text(), safeName);
		KeyHolder keys = new GeneratedKeyHolder();
		jdbc.sql("""
				INSERT INTO document (locality_id, kind, symbol, title, issued, issuer, term, signer, status,
				                      created_at, created_by)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'DRAFT', ?, ?)""")
			.params(localityId, info.kind(), info.symbol(), title, info.issued() == null ? null : Date.valueOf(info.issued()),
					info.issuer(), info.term(), info.signer(), Timestamp.from(now), actor)
			.update(keys, "id");
		long documentId = keys.getKeyAs(Number.class).longValue();
		int lineCount = lineCount(ingested.text());
		jdbc.sql("""
				INSERT INTO source_file (document_id, file_name, media_type, format, encoding, size_bytes, sha256,
				                         content, text_content, line_count, received_at)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(documentId, safeName, mediaType(ingested.format()), ingested.format(), ingested.encoding(),
					(long) bytes.length, sha256, bytes, ingested.text(), lineCount, Timestamp.from(now))
			.update();
		audit.record(actor, "DOCUMENT_IMPORTED", "document", Long.toString(documentId), null,
				safeName + " sha256=" + sha256);
		log.info("Imported {} as document {} ({}, {} lines)", safeName, documentId,
				info.symbol() == null ? "no symbol" : info.symbol(), lineCount);
		return new ImportResult(documents.findById(documentId).orElseThrow(), true);
	}

	/** Lines as an editor counts them: a final newline ends the last line rather than starting one. */
	static int lineCount(String text) {
		if (text.isEmpty()) {
			return 0;
		}
		int newlines = (int) text.chars().filter(c -> c == '\n').count();
		return text.endsWith("\n") ? newlines : newlines + 1;
	}

	/** Keeps only the last path segment so a name like "../../etc/passwd" cannot point anywhere. */
	static String safeFileName(String fileName) {
		String name = fileName == null ? "" : fileName.replace('\\', '/');
		name = name.substring(name.lastIndexOf('/') + 1).strip();
		name = name.replaceAll("[\\p{Cntrl}]", "");
		// the column holds 400; a longer name keeps its start and its extension
		if (name.length() > 255) {
			int dot = name.lastIndexOf('.');
			String extension = dot > 0 && name.length() - dot <= 10 ? name.substring(dot) : "";
			name = name.substring(0, 255 - extension.length()) + extension;
		}
		return name.isEmpty() ? "document.txt" : name;
	}

	private static String mediaType(String format) {
		return switch (format.toLowerCase(Locale.ROOT)) {
			case "docx" -> "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
			case "doc" -> "application/msword";
			case "pdf" -> "application/pdf";
			default -> "text/plain";
		};
	}

	static String sha256(byte[] bytes) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 missing from the JDK", ex);
		}
	}
}
