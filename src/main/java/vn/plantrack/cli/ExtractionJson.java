package vn.plantrack.cli;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import vn.plantrack.extract.CitationItem;
import vn.plantrack.extract.CrossFinding;
import vn.plantrack.extract.DocumentInfo;
import vn.plantrack.extract.Extraction;
import vn.plantrack.extract.Finding;
import vn.plantrack.extract.IndicatorItem;
import vn.plantrack.extract.PeriodValue;
import vn.plantrack.extract.ProjectItem;
import vn.plantrack.extract.TableInfo;
import vn.plantrack.extract.TargetValue;
import vn.plantrack.extract.TaskItem;

/**
 * The JSON shapes of the CLI contract (DESIGN.md "CLI contract"), built field by field so the output keeps
 * exactly the documented keys in order, with ISO dates and explicit nulls.
 */
final class ExtractionJson {

	private static final JsonMapper MAPPER = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

	private ExtractionJson() {
	}

	static String write(Object value) {
		return MAPPER.writeValueAsString(value);
	}

	/**
	 * Writes {@code value} as {@link #write} does, straight to {@code out} (left open): the JSON of a large document's
	 * items is never held as one string.
	 */
	static void write(java.io.Writer out, Object value) {
		MAPPER.writer().without(tools.jackson.core.StreamWriteFeature.AUTO_CLOSE_TARGET).writeValue(out, value);
	}

	static Map<String, Object> extraction(Extraction x) {
		Map<String, Object> out = new LinkedHashMap<>();
		out.put("source", x.source());
		out.put("document", document(x.document()));
		out.put("tables", list(x.tables(), ExtractionJson::table));
		out.put("tasks", list(x.tasks(), ExtractionJson::task));
		out.put("indicators", list(x.indicators(), ExtractionJson::indicator));
		out.put("projects", list(x.projects(), ExtractionJson::project));
		out.put("citations", list(x.citations(), ExtractionJson::citation));
		out.put("findings", list(x.findings(), ExtractionJson::finding));
		return out;
	}

	static Map<String, Object> checked(Extraction x) {
		Map<String, Object> out = new LinkedHashMap<>();
		out.put("source", x.source());
		out.put("document", document(x.document()));
		out.put("findings", list(x.findings(), ExtractionJson::finding));
		return out;
	}

	static Map<String, Object> document(DocumentInfo d) {
		Map<String, Object> out = new LinkedHashMap<>();
		out.put("kind", d == null ? null : d.kind());
		out.put("symbol", d == null ? null : d.symbol());
		out.put("issued", d == null ? null : iso(d.issued()));
		out.put("issuer", d == null ? null : d.issuer());
		out.put("locality", d == null ? null : d.locality());
		out.put("term", d == null ? null : d.term());
		return out;
	}

	private static Map<String, Object> table(TableInfo t) {
		Map<String, Object> out = new LinkedHashMap<>();
		out.put("title", t.title());
		out.put("kind", t.kind());
		out.put("groups", t.groups());
		out.put("rows", t.rows());
		out.put("firstLine", t.firstLine());
		out.put("lastLine", t.lastLine());
		return out;
	}

	private static Map<String, Object> task(TaskItem t) {
		Map<String, Object> out = new LinkedHashMap<>();
		out.put("code", t.code());
		out.put("group", t.group());
		out.put("title", t.title());
		out.put("lead", t.lead() == null ? List.of() : t.lead());
		out.put("coordinating", t.coordinating() == null ? List.of() : t.coordinating());
		out.put("period", period(t.period()));
		out.put("resources", t.resources());
		out.put("line", t.line());
		return out;
	}

	static Map<String, Object> period(PeriodValue p) {
		if (p == null) {
			return null;
		}
		Map<String, Object> out = new LinkedHashMap<>();
		out.put("raw", p.raw());
		out.put("start", iso(p.start()));
		out.put("end", iso(p.end()));
		out.put("recurrence", p.recurrence());
		// beyond the contract's four keys: the deadline ("Quý II/2026" → 2026-06-30) and a stated status
		// ("Đã ban hành" → done); consumers that read only the four keys are unaffected
		out.put("due", iso(p.due()));
		out.put("status", p.status());
		return out;
	}

	private static Map<String, Object> indicator(IndicatorItem i) {
		Map<String, Object> out = new LinkedHashMap<>();
		out.put("code", i.code());
		out.put("group", i.group());
		out.put("name", i.name());
		out.put("unit", i.unit());
		out.put("lead", i.lead() == null ? List.of() : i.lead());
		out.put("coordinating", i.coordinating() == null ? List.of() : i.coordinating());
		out.put("target", target(i.target()));
		out.put("line", i.line());
		return out;
	}

	private static Map<String, Object> target(TargetValue t) {
		if (t == null) {
			return null;
		}
		Map<String, Object> out = new LinkedHashMap<>();
		out.put("raw", t.raw());
		out.put("kind", t.kind());
		out.put("comparator", t.comparator());
		out.put("value", t.value());
		out.put("low", t.low());
		out.put("high", t.high());
		out.put("unit", t.unit());
		out.put("year", t.year());
		return out;
	}

	private static Map<String, Object> project(ProjectItem p) {
		Map<String, Object> out = new LinkedHashMap<>();
		out.put("code", p.code());
		out.put("group", p.group());
		out.put("name", p.name());
		out.put("fundingGroup", p.fundingGroup());
		out.put("sector", p.sector());
		out.put("lead", p.lead() == null ? List.of() : p.lead());
		out.put("coordinating", p.coordinating() == null ? List.of() : p.coordinating());
		out.put("period", period(p.period()));
		out.put("line", p.line());
		return out;
	}

	private static Map<String, Object> citation(CitationItem c) {
		Map<String, Object> out = new LinkedHashMap<>();
		out.put("symbol", c.symbol());
		out.put("kind", c.kind());
		out.put("issued", iso(c.issued()));
		out.put("issuer", c.issuer());
		out.put("line", c.line());
		return out;
	}

	static Map<String, Object> finding(Finding f) {
		Map<String, Object> out = new LinkedHashMap<>();
		out.put("kind", f.kind());
		out.put("severity", f.severity());
		out.put("line", f.line());
		out.put("text", f.text());
		out.put("message", f.message());
		return out;
	}

	static Map<String, Object> crossFinding(CrossFinding f) {
		Map<String, Object> out = new LinkedHashMap<>();
		out.put("kind", f.kind());
		out.put("source", f.source());
		out.put("line", f.line());
		Map<String, Object> other = new LinkedHashMap<>();
		other.put("source", f.other() == null ? null : f.other().source());
		other.put("line", f.other() == null ? null : f.other().line());
		out.put("other", other);
		out.put("message", f.message());
		return out;
	}

	static <T> List<Map<String, Object>> list(List<T> items, java.util.function.Function<T, Map<String, Object>> shape) {
		List<Map<String, Object>> out = new ArrayList<>();
		if (items != null) {
			for (T item : items) {
				out.add(shape.apply(item));
			}
		}
		return out;
	}

	private static String iso(LocalDate date) {
		return date == null ? null : date.toString();
	}
}
