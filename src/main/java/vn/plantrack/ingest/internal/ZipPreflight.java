package vn.plantrack.ingest.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import vn.plantrack.ingest.UnreadableDocumentException;

/**
 * Looks inside a DOCX (a zip of XML parts) before POI parses it: refuses a damaged zip, an absurd number
 * of parts, and any XML part that declares a DOCTYPE or entities. Word never writes a DOCTYPE, and
 * entity declarations are how XXE and "billion laughs" attacks start, so such a file is refused outright
 * rather than trusted to parser settings.
 */
final class ZipPreflight {

	// a real .docx has 10-60 parts; thousands of entries only serve to exhaust the reader
	private static final int MAX_ENTRIES = 10_000;

	// the XML prolog (where a DOCTYPE must appear) sits at the very start of a part
	private static final int PROLOG_BYTES = 4096;

	private ZipPreflight() {
	}

	static void check(String fileName, byte[] bytes) throws UnreadableDocumentException {
		int entries = 0;
		boolean sawContentTypes = false;
		try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
			ZipEntry entry;
			while ((entry = zip.getNextEntry()) != null) {
				entries++;
				if (entries > MAX_ENTRIES) {
					throw new UnreadableDocumentException(fileName + ": tệp nén có hơn " + MAX_ENTRIES + " phần, không phải tài liệu Word hợp lệ");
				}
				String name = entry.getName().toLowerCase(Locale.ROOT);
				sawContentTypes |= name.equals("[content_types].xml");
				if (name.endsWith(".xml") || name.endsWith(".rels")) {
					String prolog = new String(zip.readNBytes(PROLOG_BYTES), StandardCharsets.ISO_8859_1).toUpperCase(Locale.ROOT);
					if (prolog.contains("<!DOCTYPE") || prolog.contains("<!ENTITY")) {
						throw new UnreadableDocumentException(fileName + ": phần " + entry.getName()
								+ " khai báo DOCTYPE/ENTITY (có thể là tấn công XXE) — từ chối");
					}
				}
			}
		}
		catch (IOException | IllegalArgumentException e) {
			throw new UnreadableDocumentException(fileName + ": tệp DOCX bị hỏng hoặc bị cắt cụt (lỗi giải nén: " + e.getMessage() + ")", e);
		}
		if (entries == 0 || !sawContentTypes) {
			throw new UnreadableDocumentException(fileName + ": không phải tệp DOCX hợp lệ (thiếu cấu trúc Office Open XML)");
		}
	}
}
