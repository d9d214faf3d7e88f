package vn.plantrack.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.plantrack.cli.ExtractCommandTests.run;
import static vn.plantrack.cli.ExtractCommandTests.sample;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tools.jackson.databind.json.JsonMapper;

class CheckCommandTests {

	@Test
	@SuppressWarnings("unchecked")
	void namesTheLaiChauPlanAsLaiChauAndNeverComparesItWithSonLa() {
		ExtractCommandTests.Run run = run(new CheckCommand(), sample("000_c86e37a0cf2b9f3d.txt").toString(),
				sample("004_37c5d7600e8f8767.txt").toString());
		assertThat(run.exitCode()).isZero();
		Map<String, Object> result = JsonMapper.builder().build().readValue(run.out(), Map.class);
		assertThat(result).containsOnlyKeys("documents", "findings");
		List<Map<String, Object>> documents = (List<Map<String, Object>>) result.get("documents");
		assertThat(documents).hasSize(2);
		assertThat(documents.get(0)).containsOnlyKeys("source", "document", "findings");
		assertThat(((Map<String, Object>) documents.get(0).get("document")).get("locality")).isEqualTo("Sơn La");
		assertThat(((Map<String, Object>) documents.get(1).get("document")).get("locality")).isEqualTo("Lai Châu");
		// different provinces: no target conflict, no link, whatever the indicators say
		assertThat((List<Object>) result.get("findings")).isEmpty();
		List<Map<String, Object>> laiChau = (List<Map<String, Object>>) documents.get(1).get("findings");
		assertThat(laiChau).anySatisfy(f -> {
			assertThat(f.get("kind")).isEqualTo("impossible_year");
			assertThat(f.get("line")).isEqualTo(9); // "ngày 25/3/2206"
		});
	}

	@Test
	@SuppressWarnings("unchecked")
	void reportsTwoDocumentsOfOneProvinceWithTheSameSymbol(@TempDir Path dir) throws Exception {
		Path copy = dir.resolve("copy.txt");
		Files.copy(sample("002_17c3b43f6ad53c25.txt"), copy);
		ExtractCommandTests.Run run = run(new CheckCommand(), sample("002_17c3b43f6ad53c25.txt").toString(), copy.toString());
		Map<String, Object> result = JsonMapper.builder().build().readValue(run.out(), Map.class);
		List<Map<String, Object>> findings = (List<Map<String, Object>>) result.get("findings");
		assertThat(findings).singleElement().satisfies(f -> {
			assertThat(f).containsOnlyKeys("kind", "source", "line", "other", "message");
			assertThat(f.get("kind")).isEqualTo("duplicate_symbol");
			assertThat((String) f.get("message")).contains("139/QĐ-UBND");
			assertThat((Map<String, Object>) f.get("other")).containsEntry("source", copy.toString());
		});
	}

	@Test
	void exitsWithOneOnAnEmptyFile(@TempDir Path dir) throws Exception {
		Path empty = Files.createFile(dir.resolve("empty.txt"));
		ExtractCommandTests.Run run = run(new CheckCommand(), empty.toString());
		assertThat(run.exitCode()).isEqualTo(1);
		assertThat(run.err()).contains("empty.txt").contains("empty");
		assertThat(run.err().strip().lines()).hasSize(1);
	}
}
