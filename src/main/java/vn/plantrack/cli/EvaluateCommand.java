package vn.plantrack.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import vn.plantrack.evaluation.EvaluationPolicy;
import vn.plantrack.evaluation.Pace;
import vn.plantrack.evaluation.ReportEvaluation;
import vn.plantrack.evaluation.ReportEvaluation.PaceItem;
import vn.plantrack.evaluation.ReportEvaluation.RowResult;
import vn.plantrack.evaluation.ReportEvaluator;
import vn.plantrack.evaluation.Verdict;
import vn.plantrack.ingest.IngestedText;
import vn.plantrack.ingest.TextExtraction;
import vn.plantrack.ingest.UnreadableDocumentException;

@Command(name = "evaluate", mixinStandardHelpOptions = true,
		description = "Evaluate the results table of a report: verdicts, claims, required pace (no database).")
class EvaluateCommand implements Callable<Integer> {

	enum Format {
		json, text
	}

	@Parameters(index = "0", paramLabel = "FILE", description = "the report (.txt .md .docx .doc .pdf)")
	Path file;

	@Option(names = "--format", defaultValue = "json", description = "json or text (default: ${DEFAULT-VALUE})")
	Format format;

	@Spec
	CommandSpec spec;

	private final Clock clock;

	EvaluateCommand() {
		this(Clock.systemDefaultZone());
	}

	EvaluateCommand(Clock clock) {
		this.clock = clock;
	}

	@Override
	public Integer call() {
		PrintWriter out = spec.commandLine().getOut();
		PrintWriter err = spec.commandLine().getErr();
		String name = file.toString();
		ReportEvaluation evaluation;
		try {
			byte[] bytes = Files.readAllBytes(file);
			IngestedText text = new TextExtraction().extract(file.getFileName().toString(), bytes);
			evaluation = new ReportEvaluator(EvaluationPolicy.defaults(clock)).evaluate(name, text.text());
		}
		catch (NoSuchFileException ex) {
			err.println(name + ": không tìm thấy tệp");
			err.flush();
			return 1;
		}
		catch (IOException ex) {
			err.println(name + ": không đọc được tệp (" + ex.getMessage() + ")");
			err.flush();
			return 1;
		}
		catch (UnreadableDocumentException ex) {
			err.println(ex.getMessage().startsWith(name) ? ex.getMessage() : name + ": " + ex.getMessage());
			err.flush();
			return 1;
		}
		catch (IllegalArgumentException ex) {
			err.println(name + ": " + ex.getMessage());
			err.flush();
			return 1;
		}
		if (format == Format.text) {
			printText(evaluation, out);
		}
		else {
			JsonMapper mapper = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();
			out.println(mapper.writeValueAsString(toJson(evaluation)));
		}
		out.flush();
		return 0;
	}

	static Map<String, Object> toJson(ReportEvaluation evaluation) {
		Map<String, Object> root = new LinkedHashMap<>();
		root.put("source", evaluation.source());
		root.put("term", Map.of("start", evaluation.firstYear(), "end", evaluation.lastYear()));
		List<Object> indicators = new ArrayList<>();
		for (RowResult row : evaluation.rows()) {
			indicators.add(rowJson(row));
		}
		root.put("indicators", indicators);
		Map<String, Integer> summary = new LinkedHashMap<>();
		for (Verdict v : Verdict.values()) {
			summary.put(v.label(), evaluation.summary().getOrDefault(v, 0));
		}
		root.put("summary", summary);
		List<Object> pace = new ArrayList<>();
		for (PaceItem p : evaluation.pace()) {
			Map<String, Object> item = new LinkedHashMap<>();
			item.put("name", p.name());
			item.put("line", p.line());
			item.put("baseline", Map.of("year", p.baseYear(), "value", p.baseValue(), "line", p.baselineLine()));
			item.put("target", Map.of("year", p.targetYear(), "value", p.targetValue()));
			item.put("requiredRate", p.requiredRate());
			item.put("method", p.method() == Pace.Method.POINTS ? "points" : "compound");
			pace.add(item);
		}
		root.put("pace", pace);
		return root;
	}

	private static Map<String, Object> rowJson(RowResult row) {
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("code", row.code());
		json.put("name", row.name());
		json.put("line", row.line());
		json.put("target", row.target());
		json.put("unit", row.unit());
		Map<String, BigDecimal> values = new LinkedHashMap<>(row.values());
		json.put("values", values);
		json.put("verdict", row.evaluation().verdict().label());
		json.put("firstMetYear", row.evaluation().firstMetYear());
		json.put("claimed", row.claim() == null ? null : row.claim().label());
		json.put("agrees", row.agrees());
		json.put("reason", row.reason());
		if (!row.components().isEmpty()) {
			List<Object> components = new ArrayList<>();
			for (RowResult component : row.components()) {
				components.add(rowJson(component));
			}
			json.put("components", components);
		}
		return json;
	}

	private static void printText(ReportEvaluation evaluation, PrintWriter out) {
		out.println(evaluation.source() + " — nhiệm kỳ " + evaluation.firstYear() + "-" + evaluation.lastYear());
		for (RowResult row : evaluation.rows()) {
			out.printf("%-6s dòng %-4d %-22s lần đầu đạt: %-5s báo cáo: %-32s %s%n", row.code(), row.line(),
					row.evaluation().verdict().label(),
					row.evaluation().firstMetYear() == null ? "-" : row.evaluation().firstMetYear(),
					row.claim() == null ? "-" : row.claim().label(),
					row.agrees() == null ? "" : row.agrees() ? "khớp" : "KHÔNG KHỚP");
			out.println("       " + row.name());
			out.println("       " + row.reason());
			for (RowResult component : row.components()) {
				out.printf("       - dòng %-4d %-22s %s%n", component.line(), component.evaluation().verdict().label(),
						component.name());
			}
		}
		out.println("Tổng hợp:");
		evaluation.summary().forEach((v, n) -> out.println("  " + v.label() + ": " + n));
		if (!evaluation.pace().isEmpty()) {
			out.println("Tốc độ cần đạt để hoàn thành mục tiêu nhiệm kỳ sau:");
			for (PaceItem p : evaluation.pace()) {
				out.printf("  dòng %-4d %s: từ %s (%d) đến %s (%d) cần %s %s%n", p.line(), p.name(),
						vietnamese(p.baseValue()), p.baseYear(), vietnamese(p.targetValue()), p.targetYear(),
						vietnamese(p.requiredRate()), p.method() == Pace.Method.POINTS ? "điểm %/năm" : "%/năm");
			}
		}
	}

	/** 1.234,5 as Vietnamese readers write numbers (the JSON output keeps plain numbers). */
	private static String vietnamese(Object number) {
		if (number == null) {
			return "-";
		}
		java.text.DecimalFormatSymbols symbols = new java.text.DecimalFormatSymbols();
		symbols.setDecimalSeparator(',');
		symbols.setGroupingSeparator('.');
		java.text.DecimalFormat format = new java.text.DecimalFormat("#,##0.##", symbols);
		return format.format(number instanceof BigDecimal decimal ? decimal : new BigDecimal(number.toString()));
	}
}
