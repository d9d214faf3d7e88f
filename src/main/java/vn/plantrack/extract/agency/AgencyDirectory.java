package vn.plantrack.extract.agency;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import vn.plantrack.shared.text.VietText;

/**
 * Canonical agency names of one locality, read from {@code /agencies/<locality-slug>.txt} (lines
 * "canonical | alias | ... | => successor"). Names resolve regardless of case, accents, the "Đảng ủy"
 * prefix of a party committee, the "Sở" prefix, and the usual abbreviations (UBND, KH&ĐT, NN&PTNT, ...).
 * Collective names ("Các sở, ban, ngành", "UBND các huyện, thành phố") are kept as written.
 */
public final class AgencyDirectory {

	// rule: abbreviations Vietnamese documents use for bodies, expanded before matching
	private static final String[][] ABBREVIATIONS = { { "ubnd", "uy ban nhan dan" }, { "hdnd", "hoi dong nhan dan" },
			{ "kh&dt", "ke hoach va dau tu" }, { "khdt", "ke hoach va dau tu" }, { "nn&ptnt", "nong nghiep va phat trien nong thon" },
			{ "tn&mt", "tai nguyen va moi truong" }, { "tt&tt", "thong tin va truyen thong" },
			{ "ld-tb&xh", "lao dong - thuong binh va xa hoi" }, { "ldtbxh", "lao dong - thuong binh va xa hoi" },
			{ "kh&cn", "khoa hoc va cong nghe" }, { "gd&dt", "giao duc va dao tao" }, { "vh-tt&dl", "van hoa, the thao va du lich" },
			{ "mttq", "mat tran to quoc" }, { "bql", "ban quan ly" }, { "vp", "van phong" } };

	// rule: a collective names a kind of body, not one body
	private static final Pattern COLLECTIVE = Pattern.compile("^(?:cac|moi|toan the)\\s|\\bcac (?:huyen|xa|so|nganh|chi bo|dang uy|to chuc|co quan|don vi)\\b|xa, phuong");

	private final String locality;

	private final Map<String, String> canonical = new HashMap<>();

	private final Map<String, String> successors = new HashMap<>();

	private AgencyDirectory(String locality) {
		this.locality = locality;
	}

	// the directories never change once read: loaded once per locality, not once per extracted document
	private static final java.util.concurrent.ConcurrentMap<String, AgencyDirectory> LOADED = new java.util.concurrent.ConcurrentHashMap<>();

	/** The directory of {@code locality} ("Sơn La"); empty (resolving nothing) when there is no data file. */
	public static AgencyDirectory of(String locality) {
		if (locality == null) {
			return new AgencyDirectory(null);
		}
		AgencyDirectory known = LOADED.get(locality);
		if (known != null) {
			return known;
		}
		AgencyDirectory loaded = load(locality);
		// bounded: localities are the country's provinces; anything else is not remembered
		if (LOADED.size() < 256) {
			LOADED.putIfAbsent(locality, loaded);
		}
		return loaded;
	}

	private static AgencyDirectory load(String locality) {
		AgencyDirectory directory = new AgencyDirectory(locality);
		if (locality == null) {
			return directory;
		}
		String resource = "/agencies/" + VietText.fold(locality).replaceAll("[^a-z0-9]+", "-") + ".txt";
		try (InputStream in = AgencyDirectory.class.getResourceAsStream(resource)) {
			if (in == null) {
				return directory;
			}
			BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
			String line;
			while ((line = reader.readLine()) != null) {
				directory.addLine(line);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return directory;
	}

	private void addLine(String line) {
		if (line.isBlank() || line.startsWith("#")) {
			return;
		}
		String[] parts = line.split("\\|");
		String name = parts[0].strip();
		canonical.put(key(name), name);
		for (int i = 1; i < parts.length; i++) {
			String alias = parts[i].strip();
			if (alias.startsWith("=>")) {
				successors.put(name, alias.substring(2).strip());
			}
			else if (!alias.isEmpty()) {
				canonical.put(key(alias), name);
			}
		}
	}

	public String locality() {
		return locality;
	}

	/** The canonical name of {@code name}, or empty when the directory does not know it. */
	public Optional<String> resolve(String name) {
		if (name == null || name.isBlank()) {
			return Optional.empty();
		}
		String key = key(name);
		String found = canonical.get(key);
		if (found == null) {
			found = canonical.get(key.replaceFirst("^dang uy ", ""));
		}
		if (found == null) {
			found = canonical.get("so " + key.replaceFirst("^dang uy ", ""));
		}
		return Optional.ofNullable(found);
	}

	/** Whether {@code name} names a kind of body ("Các sở, ban, ngành") rather than one body. */
	public static boolean isCollective(String name) {
		return COLLECTIVE.matcher(VietText.fold(name)).find();
	}

	/** The body that took over {@code canonicalName} in a reorganisation, if any. */
	public Optional<String> successor(String canonicalName) {
		return Optional.ofNullable(successors.get(canonicalName));
	}

	private static final Pattern DASH = Pattern.compile("\\s*-\\s*");

	private static final Pattern AMPERSAND = Pattern.compile("\\s*&\\s*");

	private static final Pattern COMMA = Pattern.compile("\\s*,\\s*");

	private static final Pattern FINAL_STOPS = Pattern.compile("[.;]+$");

	private static final Pattern FINAL_STOP = Pattern.compile("[.;]$");

	private static final String[][] SPACED_ABBREVIATIONS = new String[ABBREVIATIONS.length][];

	static {
		for (int i = 0; i < ABBREVIATIONS.length; i++) {
			SPACED_ABBREVIATIONS[i] = new String[] { " " + ABBREVIATIONS[i][0] + " ", " " + ABBREVIATIONS[i][1] + " " };
		}
	}

	static String key(String name) {
		String folded = " " + AMPERSAND.matcher(DASH.matcher(VietText.fold(VietText.squeeze(name)).replace('–', '-'))
			.replaceAll(" - ")).replaceAll("&") + " ";
		for (String[] abbreviation : SPACED_ABBREVIATIONS) {
			folded = folded.replace(abbreviation[0], abbreviation[1]);
		}
		folded = COMMA.matcher(folded.replace(" & ", " va ").replace("&", " va ")).replaceAll(", ");
		return FINAL_STOP.matcher(VietText.squeeze(FINAL_STOPS.matcher(folded).replaceAll(""))).replaceAll("");
	}
}
