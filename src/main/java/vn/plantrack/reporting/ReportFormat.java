package vn.plantrack.reporting;

import java.util.Locale;

/** The formats a consolidated report is written in. */
public enum ReportFormat {

	DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx"),
	PDF("application/pdf", "pdf"),
	XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx");

	private final String mediaType;

	private final String extension;

	ReportFormat(String mediaType, String extension) {
		this.mediaType = mediaType;
		this.extension = extension;
	}

	public String mediaType() {
		return mediaType;
	}

	public String extension() {
		return extension;
	}

	/** @throws IllegalArgumentException with a one-line message for anything but docx, pdf, xlsx */
	public static ReportFormat parse(String text) {
		String value = text == null ? "" : text.strip().toUpperCase(Locale.ROOT);
		for (ReportFormat format : values()) {
			if (format.name().equals(value)) {
				return format;
			}
		}
		throw new IllegalArgumentException("định dạng '" + text + "' không hỗ trợ: dùng docx, pdf hoặc xlsx");
	}
}
