package vn.plantrack.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.highlight.Highlighter;
import org.apache.lucene.search.highlight.InvalidTokenOffsetsException;
import org.apache.lucene.search.highlight.QueryScorer;
import org.apache.lucene.search.highlight.SimpleHTMLEncoder;
import org.apache.lucene.search.highlight.SimpleHTMLFormatter;
import org.apache.lucene.search.highlight.SimpleSpanFragmenter;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.web.context.WebApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * An in-memory full-text index of the registry. It is small (a province has tens of plans, thousands of
 * tasks), so it is rebuilt whole instead of being kept in step row by row: at startup and after each
 * import or confirmation made through the pages.
 */
@Service
public class SearchIndex {

	private static final Logger log = LoggerFactory.getLogger(SearchIndex.class);

	static final int MAX_HITS = 50;

	private static final int MAX_QUERY_LENGTH = 200;

	private final JdbcClient jdbc;

	private final Analyzer analyzer = new FoldingAnalyzer();

	private volatile Directory directory;

	SearchIndex(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Set while the first index is built in the background; searches meanwhile find nothing and say why. */
	private final AtomicBoolean building = new AtomicBoolean();

	/** Released when the startup build ends, so a search can wait a moment for it instead of failing. */
	private final CountDownLatch built = new CountDownLatch(1);

	/** How long a search waits for the startup build before answering "đang lập chỉ mục". */
	static final long WAIT_FOR_BUILD_MILLIS = 5_000;

	// The first build reads every task of every plan (170,000 at country scale, minutes on a busy machine), so
	// it runs beside the server instead of holding up its start; later rebuilds stay synchronous.
	// Only where pages can search: a command-line run (audit verify, export, report) has no web context and ends
	// before a country-size build would, which then failed noisily on the closed connection pool.
	@EventListener(ApplicationReadyEvent.class)
	void onReady(ApplicationReadyEvent event) {
		if (!(event.getApplicationContext() instanceof WebApplicationContext)) {
			return;
		}
		building.set(true);
		Thread builder = new Thread(() -> {
			try {
				rebuild();
			}
			catch (RuntimeException ex) {
				log.error("Search index could not be built at startup", ex);
			}
			finally {
				building.set(false);
				built.countDown();
			}
		}, "search-index-build");
		builder.setDaemon(true);
		builder.start();
	}

	private boolean awaitBuild() {
		try {
			return built.await(WAIT_FOR_BUILD_MILLIS, TimeUnit.MILLISECONDS) && directory != null;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return false;
		}
	}

	/** Whether the first index is still being built (the search page then says "đang lập chỉ mục"). */
	public boolean building() {
		return building.get() && directory == null;
	}

	/** Reads the registry again and swaps the new index in; searches meanwhile use the old one. */
	public synchronized void rebuild() {
		Directory fresh = new ByteBuffersDirectory();
		int count = 0;
		Map<Long, String> agencies = joinedByOwner("""
				SELECT task_id, name_as_written FROM task_agency ORDER BY task_id, role DESC, position""");
		Map<Long, String> aliases = joinedByOwner("SELECT agency_id, alias FROM agency_alias ORDER BY agency_id, id");
		try (IndexWriter writer = new IndexWriter(fresh, new IndexWriterConfig(analyzer))) {
			for (Map<String, Object> row : jdbc.sql("""
					SELECT d.id, d.symbol, d.title, d.kind, f.text_content FROM document d
					JOIN source_file f ON f.document_id = d.id WHERE d.stub = FALSE""").query().listOfRows()) {
				writer.addDocument(entry("document", row.get("id"), "/documents/" + row.get("id"),
						join(row.get("symbol"), row.get("title")), (String) row.get("text_content"), (String) row.get("kind")));
				count++;
			}
			for (Map<String, Object> row : jdbc.sql("""
					SELECT t.id, t.code, t.title, t.period_raw, d.symbol, d.title AS doc_title FROM task t
					JOIN document d ON d.id = t.document_id""").query().listOfRows()) {
				writer.addDocument(entry("task", row.get("id"), "/tasks/" + row.get("id"),
						join(row.get("code"), row.get("title")), agencies.getOrDefault(((Number) row.get("id")).longValue(), ""),
						join(row.get("symbol"), row.get("doc_title"))));
				count++;
			}
			for (Map<String, Object> row : jdbc.sql("""
					SELECT i.id, i.code, i.name, i.lead_as_written, d.symbol, d.title AS doc_title FROM indicator i
					JOIN document d ON d.id = i.document_id""").query().listOfRows()) {
				writer.addDocument(entry("indicator", row.get("id"), "/indicators/" + row.get("id"),
						join(row.get("code"), row.get("name")), (String) row.get("lead_as_written"),
						join(row.get("symbol"), row.get("doc_title"))));
				count++;
			}
			for (Map<String, Object> row : jdbc.sql("""
					SELECT a.id, a.name, l.name AS locality FROM agency a JOIN locality l ON l.id = a.locality_id""")
				.query()
				.listOfRows()) {
				writer.addDocument(entry("agency", row.get("id"), "/agencies/" + row.get("id"), (String) row.get("name"),
						aliases.getOrDefault(((Number) row.get("id")).longValue(), ""), (String) row.get("locality")));
				count++;
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot build the search index", ex);
		}
		directory = fresh;
		log.debug("Search index rebuilt: {} entries", count);
	}

	/** At most {@value #MAX_HITS} results, best first; blank or unreadable queries find nothing. */
	public List<SearchHit> search(String text) {
		if (text == null || text.isBlank()) {
			return List.of();
		}
		if (directory == null) {
			if (building.get()) {
				if (!awaitBuild()) {
					return List.of();
				}
			}
			else {
				rebuild();
			}
		}
		String cleaned = text.strip();
		if (cleaned.length() > MAX_QUERY_LENGTH) {
			cleaned = cleaned.substring(0, MAX_QUERY_LENGTH);
		}
		MultiFieldQueryParser parser = new MultiFieldQueryParser(new String[] { "title", "body" }, analyzer,
				Map.of("title", 3f, "body", 1f));
		parser.setDefaultOperator(QueryParser.Operator.AND);
		Query query;
		try {
			Query words = parser.parse(QueryParser.escape(cleaned));
			// the words side by side ("tài chính", not "chính ... tài") rank first
			MultiFieldQueryParser phrases = new MultiFieldQueryParser(new String[] { "title", "body" }, analyzer,
					Map.of("title", 6f, "body", 2f));
			Query phrase = phrases.parse("\"" + QueryParser.escape(cleaned).replace("\"", "") + "\"");
			query = new BooleanQuery.Builder().add(words, BooleanClause.Occur.MUST)
				.add(phrase, BooleanClause.Occur.SHOULD)
				.build();
		}
		catch (ParseException ex) {
			return List.of();
		}
		try (DirectoryReader reader = DirectoryReader.open(directory)) {
			IndexSearcher searcher = new IndexSearcher(reader);
			List<SearchHit> hits = new ArrayList<>();
			for (ScoreDoc score : searcher.search(query, MAX_HITS).scoreDocs) {
				Document doc = searcher.storedFields().document(score.doc);
				hits.add(new SearchHit(doc.get("kind"), Long.parseLong(doc.get("id")), doc.get("url"),
						highlight(query, "title", doc.get("title"), true), highlight(query, "body", doc.get("body"), false),
						doc.get("context")));
			}
			return hits;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot search the index", ex);
		}
	}

	// The encoder escapes the stored text, so the result is safe to insert as HTML with only <mark> added.
	private String highlight(Query query, String field, String text, boolean whole) {
		if (text == null || text.isEmpty()) {
			return "";
		}
		SimpleHTMLEncoder encoder = new SimpleHTMLEncoder();
		QueryScorer scorer = new QueryScorer(query, field);
		Highlighter highlighter = new Highlighter(new SimpleHTMLFormatter("<mark>", "</mark>"), encoder, scorer);
		highlighter.setMaxDocCharsToAnalyze(Integer.MAX_VALUE);
		highlighter.setTextFragmenter(new SimpleSpanFragmenter(scorer, whole ? Integer.MAX_VALUE : 160));
		try {
			String best = highlighter.getBestFragments(analyzer.tokenStream(field, text), text, whole ? 1 : 2, " … ");
			if (best != null && !best.isEmpty()) {
				return best;
			}
		}
		catch (IOException | InvalidTokenOffsetsException ex) {
			log.debug("no highlight for {}", field, ex);
		}
		String head = whole || text.length() <= 200 ? text : text.substring(0, 200) + "…";
		return encoder.encodeText(head);
	}

	/**
	 * The second column of every row joined with "; " per owner id (the first column), in the query's order:
	 * one query for all tasks' agencies or all agencies' aliases instead of one per task or agency.
	 */
	private Map<Long, String> joinedByOwner(String sql) {
		Map<Long, StringBuilder> joined = new HashMap<>();
		jdbc.sql(sql).query(rs -> {
			String value = rs.getString(2);
			if (value != null) {
				StringBuilder text = joined.computeIfAbsent(rs.getLong(1), k -> new StringBuilder());
				text.append(text.isEmpty() ? "" : "; ").append(value);
			}
		});
		Map<Long, String> result = new HashMap<>(joined.size() * 2);
		joined.forEach((owner, text) -> result.put(owner, text.toString()));
		return result;
	}

	private static Document entry(String kind, Object id, String url, String title, String body, String context) {
		Document doc = new Document();
		doc.add(new StringField("kind", kind, Field.Store.YES));
		doc.add(new StoredField("id", String.valueOf(id)));
		doc.add(new StoredField("url", url));
		doc.add(new TextField("title", title == null ? "" : title, Field.Store.YES));
		doc.add(new TextField("body", body == null ? "" : body, Field.Store.YES));
		doc.add(new StoredField("context", context == null ? "" : context));
		return doc;
	}

	private static String join(Object first, Object second) {
		String a = first == null ? "" : first.toString().strip();
		String b = second == null ? "" : second.toString().strip();
		return a.isEmpty() ? b : b.isEmpty() ? a : a + " — " + b;
	}
}
