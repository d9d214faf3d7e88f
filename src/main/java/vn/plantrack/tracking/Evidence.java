package vn.plantrack.tracking;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A file attached to a progress update as proof (a signed report, a photo, a spreadsheet). Only document and
 * image types are accepted, each at most {@link #MAX_BYTES}, at most {@link #MAX_FILES} per update.
 */
public record Evidence(String fileName, byte[] content) {

	public static final long MAX_BYTES = 10L * 1024 * 1024;

	public static final int MAX_FILES = 5;

	private static final Map<String, String> MEDIA_TYPES = Map.of("pdf", "application/pdf", "doc", "application/msword",
			"docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "xls",
			"application/vnd.ms-excel", "xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
			"jpg", "image/jpeg", "jpeg", "image/jpeg", "png", "image/png");

	/** Longest stored name; longer ones keep their start and their extension. */
	static final int MAX_NAME = 255;

	/** The bare file name (a client may send a path), without control characters, at most 255; never empty. */
	public String safeName() {
		String name = fileName == null ? "" : fileName.replace('\\', '/');
		name = name.substring(name.lastIndexOf('/') + 1).replaceAll("\\p{Cntrl}", "").strip();
		if (name.length() > MAX_NAME) {
			int dot = name.lastIndexOf('.');
			String extension = dot > 0 && name.length() - dot <= 10 ? name.substring(dot) : "";
			name = name.substring(0, MAX_NAME - extension.length()) + extension;
		}
		return name.isEmpty() ? "tep-minh-chung" : name;
	}

	public String mediaType() {
		return MEDIA_TYPES.get(extension());
	}

	public String sha256() {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 missing from the JDK", ex);
		}
	}

	private String extension() {
		String name = safeName();
		int dot = name.lastIndexOf('.');
		return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
	}

	/** Refuses the whole batch with a message naming the file and the problem. */
	static void check(List<Evidence> files) {
		if (files.size() > MAX_FILES) {
			throw TrackingException.invalid("Tối đa " + MAX_FILES + " tệp minh chứng cho một lần cập nhật (nhận được "
					+ files.size() + ")");
		}
		for (Evidence file : files) {
			if (file.mediaType() == null) {
				throw TrackingException.invalid(file.safeName()
						+ ": loại tệp không được chấp nhận (chỉ nhận pdf, doc, docx, xls, xlsx, jpg, png)");
			}
			if (file.content() == null || file.content().length == 0) {
				throw TrackingException.invalid(file.safeName() + ": tệp rỗng");
			}
			if (file.content().length > MAX_BYTES) {
				throw TrackingException.invalid(file.safeName() + ": tệp lớn hơn 10 MB");
			}
		}
	}

	@Override
	public String toString() {
		return "Evidence[" + safeName() + ", " + (content == null ? 0 : content.length) + " bytes]";
	}

	static String describe(List<Evidence> files) {
		StringBuilder out = new StringBuilder();
		for (Evidence file : files) {
			out.append(out.length() == 0 ? "" : ",").append(file.safeName()).append(':').append(file.sha256());
		}
		return out.toString();
	}
}
