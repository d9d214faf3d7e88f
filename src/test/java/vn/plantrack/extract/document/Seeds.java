package vn.plantrack.extract.document;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** The sample documents shipped under src/main/resources/samples, as lines. */
public final class Seeds {

	public static final String S000 = "000_c86e37a0cf2b9f3d.txt";
	public static final String S001 = "001_7e4f77df858eca40.txt";
	public static final String S002 = "002_17c3b43f6ad53c25.txt";
	public static final String S003 = "003_dacd084119168aa7.txt";
	public static final String S004 = "004_37c5d7600e8f8767.txt";

	private Seeds() {
	}

	public static String text(String name) {
		try (InputStream in = Seeds.class.getResourceAsStream("/samples/" + name)) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("\r\n", "\n");
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	public static List<String> lines(String name) {
		return List.of(text(name).split("\n", -1));
	}
}
