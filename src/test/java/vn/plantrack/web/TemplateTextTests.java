package vn.plantrack.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * Every word a user reads comes from the message bundles: a template may not show text of its own, neither
 * between tags (unless th:text, th:utext, th:replace or th:insert replaces it) nor in title, placeholder,
 * aria-label or alt attributes (unless written as th:title, th:placeholder ...).
 */
class TemplateTextTests {

	static final Path TEMPLATES = Path.of("src/main/resources/templates");

	/** Not words of a language: the product name and the language switch codes. */
	static final Set<String> NOT_TRANSLATED = Set.of("PlanTrack", "VI", "EN");

	private static final Pattern TAG = Pattern.compile("<(/?)([a-zA-Z][\\w:.-]*)((?:[^>\"']|\"[^\"]*\"|'[^']*')*)>");

	private static final Pattern PLAIN_ATTRIBUTE = Pattern.compile("(?<![\\w:-])(title|placeholder|aria-label|alt)\\s*=");

	private static final Set<String> VOID = Set.of("meta", "link", "input", "br", "hr", "img", "col", "source");

	@Test
	void templatesShowNoTextOutsideTheMessageBundles() throws IOException {
		List<String> problems = new ArrayList<>();
		for (Path template : templates()) {
			problems.addAll(hardCoded(TEMPLATES.relativize(template).toString(),
					Files.readString(template, StandardCharsets.UTF_8)));
		}
		assertThat(problems).isEmpty();
	}

	@Test
	void theCheckCatchesATextNodeAndAPlainAttribute() {
		assertThat(hardCoded("t.html", "<p>Xin chào</p>")).hasSize(1);
		assertThat(hardCoded("t.html", "<input title=\"Tìm\">")).hasSize(1);
		assertThat(hardCoded("t.html", "<p th:text=\"#{a}\">Xin chào</p><input th:title=\"#{b}\">")).isEmpty();
		assertThat(hardCoded("t.html", "<div th:text=\"#{a}\"><span>bên trong</span></div>")).isEmpty();
	}

	static List<Path> templates() throws IOException {
		try (Stream<Path> files = Files.walk(TEMPLATES)) {
			return files.filter(p -> p.toString().endsWith(".html")).sorted().toList();
		}
	}

	/** Text a user would see that no th: attribute replaces; each problem names the file and the text. */
	static List<String> hardCoded(String name, String html) {
		String source = html.replaceAll("(?s)<!--.*?-->", "").replaceAll("(?s)<!DOCTYPE[^>]*>", "");
		List<String> problems = new ArrayList<>();
		Deque<Boolean> replaced = new ArrayDeque<>();
		Matcher tag = TAG.matcher(source);
		int last = 0;
		while (tag.find()) {
			check(name, source.substring(last, tag.start()), replaced, problems);
			last = tag.end();
			String element = tag.group(2).toLowerCase();
			String attributes = tag.group(3);
			Matcher plain = PLAIN_ATTRIBUTE.matcher(attributes);
			while (plain.find()) {
				problems.add(name + ": attribute " + plain.group(1) + " in <" + element + attributes + ">");
			}
			if (!tag.group(1).isEmpty()) {
				if (!replaced.isEmpty()) {
					replaced.pop();
				}
				continue;
			}
			if (VOID.contains(element) || attributes.endsWith("/")) {
				continue;
			}
			boolean replaces = attributes.matches("(?s).*\\bth:(text|utext|replace|insert)\\s*=.*");
			replaced.push(replaces || (!replaced.isEmpty() && replaced.peek()) || "script".equals(element)
					|| "style".equals(element));
		}
		check(name, source.substring(last), replaced, problems);
		return problems;
	}

	private static void check(String name, String text, Deque<Boolean> replaced, List<String> problems) {
		String words = text.strip();
		if (words.isEmpty() || (!replaced.isEmpty() && replaced.peek()) || NOT_TRANSLATED.contains(words)) {
			return;
		}
		if (words.codePoints().anyMatch(Character::isLetter)) {
			problems.add(name + ": text \"" + words + "\"");
		}
	}
}
