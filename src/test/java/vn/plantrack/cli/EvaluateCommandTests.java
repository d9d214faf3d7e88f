package vn.plantrack.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import picocli.CommandLine;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class EvaluateCommandTests {

	@TempDir
	Path dir;

	private final StringWriter out = new StringWriter();

	private final StringWriter err = new StringWriter();

	private int run(String... args) {
		Clock clock = Clock.fixed(Instant.parse("2026-01-15T00:00:00Z"), ZoneOffset.UTC);
		CommandLine cli = new CommandLine(new EvaluateCommand(clock));
		cli.setOut(new PrintWriter(out));
		cli.setErr(new PrintWriter(err));
		return cli.execute(args);
	}

	private Path seed003() throws IOException {
		Path file = dir.resolve("003_dacd084119168aa7.txt");
		try (InputStream in = getClass().getResourceAsStream("/samples/003_dacd084119168aa7.txt")) {
			Files.write(file, in.readAllBytes());
		}
		return file;
	}

	private static JsonNode indicatorAt(JsonNode root, int line) {
		for (JsonNode indicator : root.get("indicators")) {
			if (indicator.get("line").asInt() == line) {
				return indicator;
			}
		}
		throw new AssertionError("no indicator at line " + line);
	}

	@Test
	void printsVerdictsClaimsAndPaceOfThePoliticalReportAsJson() throws IOException {
		int code = run(seed003().toString());
		assertThat(code).isEqualTo(0);
		JsonNode root = JsonMapper.builder().build().readTree(out.toString());
		// seed 003 line 419: budget revenue, claimed "hoàn thành trước 02 năm", 4.328 < 5.000 in 2020
		JsonNode revenue = indicatorAt(root, 419);
		assertThat(revenue.get("code").asString()).isEqualTo("I.2");
		assertThat(revenue.get("name").asString()).isEqualTo("Thu ngân sách trên địa bàn");
		assertThat(revenue.get("target").asString()).isEqualTo("5,000");
		assertThat(revenue.get("values").get("2018").decimalValue()).isEqualByComparingTo("5011");
		assertThat(revenue.get("values").get("2020").decimalValue()).isEqualByComparingTo("4328");
		assertThat(revenue.get("verdict").asString()).isEqualTo("KHÔNG ĐẠT");
		assertThat(revenue.get("firstMetYear").asInt()).isEqualTo(2018);
		assertThat(revenue.get("claimed").asString()).contains("ĐẠT");
		assertThat(revenue.get("agrees").asBoolean()).isFalse();
		assertThat(revenue.get("reason").asString()).contains("4.328");
		// seed 003 line 491: forest cover 45,5 < 50, claimed not met
		JsonNode forest = indicatorAt(root, 491);
		assertThat(forest.get("verdict").asString()).isEqualTo("KHÔNG ĐẠT");
		assertThat(forest.get("agrees").asBoolean()).isTrue();
		assertThat(root.get("summary").get("KHÔNG ĐẠT").asInt()).isEqualTo(7);
		// seed 003 line 212 against line 433: 44,1 → 60 by 2025
		JsonNode grdp = root.get("pace").get(0);
		assertThat(grdp.get("baseline").get("year").asInt()).isEqualTo(2020);
		assertThat(grdp.get("baseline").get("value").decimalValue()).isEqualByComparingTo("44.1");
		assertThat(grdp.get("target").get("year").asInt()).isEqualTo(2025);
		assertThat(grdp.get("target").get("value").decimalValue()).isEqualByComparingTo("60");
		assertThat(grdp.get("requiredRate").asDouble()).isEqualTo(6.35);
	}

	@Test
	void printsAReadableTextReport() throws IOException {
		int code = run(seed003().toString(), "--format", "text");
		assertThat(code).isEqualTo(0);
		assertThat(out.toString()).contains("dòng 419").contains("KHÔNG KHỚP").contains("Tổng hợp");
	}

	@Test
	void aFileWithoutAResultsTableIsBadInputNamedOnOneLine() throws IOException {
		Path plain = dir.resolve("plain.txt");
		Files.writeString(plain, "Kế hoạch\nKhông có bảng.\n", StandardCharsets.UTF_8);
		assertThat(run(plain.toString())).isEqualTo(1);
		assertThat(err.toString().strip()).startsWith(plain.toString()).contains("bảng").doesNotContain("\n");
		assertThat(out.toString()).isEmpty();
	}

	@Test
	void aMissingFileIsBadInput() {
		assertThat(run(dir.resolve("none.txt").toString())).isEqualTo(1);
		assertThat(err.toString()).contains("none.txt");
	}

	@Test
	void missingArgumentsOrAnUnknownFormatAreUsageErrors() throws IOException {
		assertThat(run()).isEqualTo(2);
		assertThat(run(seed003().toString(), "--format", "xml")).isEqualTo(2);
	}
}
