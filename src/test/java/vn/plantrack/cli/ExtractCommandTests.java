package vn.plantrack.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import picocli.CommandLine;
import tools.jackson.databind.json.JsonMapper;

class ExtractCommandTests {

	static final String SAMPLES = "src/main/resources/samples/";

	record Run(int exitCode, String out, String err) {
	}

	static Run run(Object command, String... args) {
		StringWriter out = new StringWriter();
		StringWriter err = new StringWriter();
		CommandLine cli = new CommandLine(command);
		cli.setOut(new PrintWriter(out));
		cli.setErr(new PrintWriter(err));
		int code = cli.execute(args);
		return new Run(code, out.toString(), err.toString());
	}

	static Path sample(String name) {
		return Paths.get(SAMPLES + name);
	}

	@Test
	@SuppressWarnings("unchecked")
	void printsOneJsonObjectPerFileInTheContractShape() {
		Run run = run(new ExtractCommand(), sample("002_17c3b43f6ad53c25.txt").toString(),
				sample("001_7e4f77df858eca40.txt").toString());
		assertThat(run.exitCode()).isZero();
		List<Map<String, Object>> documents = JsonMapper.builder().build().readValue(run.out(), List.class);
		assertThat(documents).hasSize(2);
		Map<String, Object> decision = documents.get(0);
		assertThat(decision).containsOnlyKeys("source", "document", "tables", "tasks", "indicators", "projects",
				"citations", "findings");
		assertThat(decision.get("source")).isEqualTo(sample("002_17c3b43f6ad53c25.txt").toString());
		Map<String, Object> document = (Map<String, Object>) decision.get("document");
		assertThat(document).containsOnlyKeys("kind", "symbol", "issued", "issuer", "locality", "term");
		assertThat(document.get("symbol")).isEqualTo("139/QĐ-UBND");
		assertThat(document.get("issued")).isEqualTo("2021-01-20"); // ISO date, line 5
		List<Map<String, Object>> citations = (List<Map<String, Object>>) decision.get("citations");
		assertThat(citations).anySatisfy(c -> {
			assertThat(c.get("symbol")).isEqualTo("238/NQ-HĐND"); // line 17
			assertThat(c.get("issued")).isEqualTo("2020-12-08");
			assertThat(c.get("line")).isEqualTo(17);
		});
		List<Map<String, Object>> findings = (List<Map<String, Object>>) decision.get("findings");
		assertThat(findings).anySatisfy(f -> {
			assertThat(f).containsOnlyKeys("kind", "severity", "line", "text", "message");
			assertThat(f.get("kind")).isEqualTo("self_citation_mismatch");
			assertThat(f.get("line")).isEqualTo(50);
		});

		Map<String, Object> growth = documents.get(1);
		Map<String, Object> growthDocument = (Map<String, Object>) growth.get("document");
		assertThat(growthDocument).containsEntry("symbol", null).containsEntry("issued", null); // number lost
		List<Map<String, Object>> tasks = (List<Map<String, Object>>) growth.get("tasks");
		assertThat(tasks).hasSize(44);
		Map<String, Object> first = tasks.get(0);
		assertThat(first).containsOnlyKeys("code", "group", "title", "lead", "coordinating", "period", "resources", "line");
		assertThat(first.get("code")).isEqualTo("1.1");
		assertThat(first.get("lead")).isEqualTo(List.of("Sở Tư pháp"));
		assertThat(first.get("line")).isEqualTo(258);
		assertThat(first).containsEntry("period", null);
	}

	@Test
	void printsThePlainTextFirstThenASummaryInTextFormat() {
		Run run = run(new ExtractCommand(), "--format", "text", sample("002_17c3b43f6ad53c25.txt").toString());
		assertThat(run.exitCode()).isZero();
		assertThat(run.out()).startsWith("\n\nSố: 139/QĐ-UBND"); // lines 1-3 of the file
		assertThat(run.out()).contains("Loại: Quyết định; số: 139/QĐ-UBND; ngày: 20/01/2021");
	}

	@Test
	void exitsWithOneAndNamesTheFileWhenItIsMissing() {
		Run run = run(new ExtractCommand(), "no/such/plan.txt");
		assertThat(run.exitCode()).isEqualTo(1);
		assertThat(run.err().strip()).isEqualTo("extract: no/such/plan.txt: file not found");
		assertThat(run.out()).isEmpty();
	}

	@Test
	void exitsWithTwoOnAnUnknownOptionOrNoFile() {
		assertThat(run(new ExtractCommand(), "--bogus", "x.txt").exitCode()).isEqualTo(2);
		assertThat(run(new ExtractCommand()).exitCode()).isEqualTo(2);
		assertThat(run(new ExtractCommand(), "--format", "xml", "x.txt").exitCode()).isEqualTo(2);
	}
}
