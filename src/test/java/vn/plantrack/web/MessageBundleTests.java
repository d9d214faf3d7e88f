package vn.plantrack.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import vn.plantrack.evaluation.Risk;
import vn.plantrack.evaluation.Verdict;
import vn.plantrack.tracking.Frequency;
import vn.plantrack.tracking.StatusClass;
import vn.plantrack.tracking.TaskStatus;

/** The three bundles carry the same keys, and every key a template or an enum label needs exists. */
class MessageBundleTests {

	static final Path DIR = Path.of("src/main/resources/messages");

	private static final Pattern LITERAL_KEY = Pattern.compile("#\\{([a-zA-Z][\\w.]*)[}(]");

	@Test
	void everyKeyIsInAllThreeBundles() throws IOException {
		Properties vi = load("messages_vi.properties");
		Properties en = load("messages_en.properties");
		Properties fallback = load("messages.properties");
		assertThat(new TreeSet<>(en.stringPropertyNames())).isEqualTo(new TreeSet<>(vi.stringPropertyNames()));
		assertThat(new TreeSet<>(fallback.stringPropertyNames())).isEqualTo(new TreeSet<>(vi.stringPropertyNames()));
		// the default bundle is the Vietnamese one
		for (String key : vi.stringPropertyNames()) {
			assertThat(fallback.getProperty(key)).as(key).isEqualTo(vi.getProperty(key));
		}
	}

	@Test
	void everyKeyATemplateNamesExists() throws IOException {
		Set<String> keys = load("messages_vi.properties").stringPropertyNames();
		Set<String> missing = new TreeSet<>();
		for (Path template : TemplateTextTests.templates()) {
			Matcher m = LITERAL_KEY.matcher(Files.readString(template, StandardCharsets.UTF_8));
			while (m.find()) {
				if (!keys.contains(m.group(1))) {
					missing.add(template.getFileName() + ": " + m.group(1));
				}
			}
		}
		assertThat(missing).isEmpty();
	}

	@Test
	void everyStatusVerdictAndRiskHasALabelInBothLanguages() throws IOException {
		for (String bundle : new String[] { "messages_vi.properties", "messages_en.properties" }) {
			Set<String> keys = load(bundle).stringPropertyNames();
			for (StatusClass c : StatusClass.values()) {
				assertThat(keys).contains("status." + c.name());
			}
			for (Verdict v : Verdict.values()) {
				assertThat(keys).contains("verdict." + v.name());
			}
			for (Risk r : Risk.values()) {
				assertThat(keys).contains("risk." + r.name());
			}
			for (Frequency f : Frequency.values()) {
				assertThat(keys).contains("frequency." + f.name());
			}
			for (TaskStatus s : TaskStatus.values()) {
				assertThat(keys).contains("taskStatus." + s.name());
			}
		}
	}

	@Test
	void vietnameseLabelsCarryTheirDiacritics() throws IOException {
		Properties vi = load("messages_vi.properties");
		assertThat(vi.getProperty("status.QUA_HAN")).isEqualTo("Quá hạn");
		assertThat(vi.getProperty("status.HOAN_THANH_DUNG_HAN")).isEqualTo("Hoàn thành đúng hạn");
		assertThat(vi.getProperty("review.confirm")).isEqualTo("Xác nhận đưa vào theo dõi");
	}

	private static Properties load(String name) throws IOException {
		Properties properties = new Properties();
		try (Reader reader = Files.newBufferedReader(DIR.resolve(name), StandardCharsets.UTF_8)) {
			properties.load(reader);
		}
		return properties;
	}
}
