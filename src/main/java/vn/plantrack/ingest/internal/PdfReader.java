package vn.plantrack.ingest.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;

import vn.plantrack.ingest.UnreadableDocumentException;
import vn.plantrack.ingest.UploadLimits;

/**
 * Reads the text layer of a PDF with PDFBox, page by page, and removes the page furniture that would
 * otherwise land in the middle of sentences and tables: page-number lines and running headers/footers
 * repeated across pages. A PDF with no text layer at all (a scan) is refused: it needs OCR first.
 */
public final class PdfReader {

	// rule: a page number line is a number alone, optionally "Trang"/"Page", dashes or "n/m", "n of m".
	private static final Pattern PAGE_NUMBER = Pattern.compile(
			"(?iu)^\\s*(trang|page)?\\s*[-–—]?\\s*\\d{1,4}\\s*((/|trên|of)\\s*\\d{1,4})?\\s*[-–—]?\\s*$");

	// how many lines at the top and at the bottom of a page can be running headers/footers
	private static final int FURNITURE_DEPTH = 2;

	public RawText read(String fileName, byte[] bytes, UploadLimits limits) throws UnreadableDocumentException, IOException {
		List<String> notes = new ArrayList<>();
		try (PDDocument document = Loader.loadPDF(bytes)) {
			int pageCount = document.getNumberOfPages();
			if (pageCount > limits.maxPdfPages()) {
				throw new UnreadableDocumentException(fileName + ": PDF có " + pageCount + " trang, vượt giới hạn "
						+ limits.maxPdfPages() + " trang (maxPdfPages)");
			}
			if (pageCount == 0) {
				throw new UnreadableDocumentException(fileName + ": PDF không có trang nào");
			}
			List<List<String>> pages = pageLines(document, pageCount, fileName, limits);
			List<Integer> withoutText = pagesWithoutText(pages);
			if (withoutText.size() == pageCount) {
				throw new UnreadableDocumentException(fileName + ": PDF không có lớp văn bản (bản quét) — cần OCR trước khi nhập");
			}
			if (!withoutText.isEmpty()) {
				notes.add("Các trang " + withoutText + " không có lớp văn bản (có thể là ảnh quét); nội dung các trang đó bị thiếu.");
			}
			int removed = removePageFurniture(pages);
			if (removed > 0) {
				notes.add("Đã bỏ " + removed + " dòng số trang/tiêu đề lặp lại ở đầu hoặc cuối trang.");
			}
			LineCollector out = new LineCollector(fileName, limits);
			List<Integer> linePages = new ArrayList<>();
			for (int p = 0; p < pages.size(); p++) {
				for (String line : pages.get(p)) {
					out.line(line);
					linePages.add(p + 1);
				}
			}
			return new RawText(out.text(), "UTF-8", notes, linePages);
		}
		catch (InvalidPasswordException e) {
			throw new UnreadableDocumentException(fileName + ": PDF được đặt mật khẩu, không đọc được — hãy gỡ mật khẩu rồi nhập lại", e);
		}
	}

	private static List<List<String>> pageLines(PDDocument document, int pageCount, String fileName, UploadLimits limits)
			throws IOException, UnreadableDocumentException {
		PDFTextStripper stripper = new PDFTextStripper();
		stripper.setLineSeparator("\n");
		stripper.setPageEnd("");
		stripper.setPageStart("");
		List<List<String>> pages = new ArrayList<>();
		long characters = 0;
		for (int page = 1; page <= pageCount; page++) {
			stripper.setStartPage(page);
			stripper.setEndPage(page);
			String text = stripper.getText(document);
			characters += text.length();
			if (characters > limits.maxCharacters()) {
				throw new UnreadableDocumentException(fileName + ": văn bản dài hơn giới hạn " + limits.maxCharacters()
						+ " ký tự (maxCharacters)");
			}
			List<String> lines = new ArrayList<>(List.of(text.replace("\r", "").split("\n", -1)));
			trimBlankEdges(lines);
			pages.add(lines);
		}
		return pages;
	}

	private static void trimBlankEdges(List<String> lines) {
		while (!lines.isEmpty() && lines.get(lines.size() - 1).isBlank()) {
			lines.remove(lines.size() - 1);
		}
		while (!lines.isEmpty() && lines.get(0).isBlank()) {
			lines.remove(0);
		}
	}

	private static List<Integer> pagesWithoutText(List<List<String>> pages) {
		List<Integer> empty = new ArrayList<>();
		for (int i = 0; i < pages.size(); i++) {
			if (pages.get(i).stream().allMatch(String::isBlank)) {
				empty.add(i + 1);
			}
		}
		return empty;
	}

	// rule: lines at the top or bottom of a page that are page numbers, or that repeat (numbers aside) at
	// the same edge of at least half of the pages (three or more), are page furniture, not content. The
	// first occurrence of a repeated line is kept: it may be a table header repeated on every page.
	private static int removePageFurniture(List<List<String>> pages) {
		Set<String> running = runningLines(pages);
		Set<String> keptOnce = new HashSet<>();
		int removed = 0;
		for (List<String> page : pages) {
			removed += stripEdge(page, running, keptOnce, true);
			removed += stripEdge(page, running, keptOnce, false);
			trimBlankEdges(page);
		}
		return removed;
	}

	private static int stripEdge(List<String> page, Set<String> running, Set<String> keptOnce, boolean top) {
		int removed = 0;
		int index = top ? 0 : page.size() - 1;
		for (int k = 0; k < FURNITURE_DEPTH && index >= 0 && index < page.size(); k++) {
			String line = page.get(index);
			boolean pageNumber = PAGE_NUMBER.matcher(line).matches();
			if (!line.isBlank() && !pageNumber) {
				String key = furnitureKey(line);
				if (!running.contains(key)) {
					break;
				}
				if (keptOnce.add(key)) {
					// first occurrence kept: step past it
					index += top ? 1 : -1;
					continue;
				}
			}
			page.remove(index);
			if (!top) {
				index--;
			}
			if (!line.isBlank()) {
				removed++;
			}
		}
		return removed;
	}

	private static Set<String> runningLines(List<List<String>> pages) {
		Set<String> running = new HashSet<>();
		if (pages.size() < 3) {
			return running;
		}
		Map<String, Integer> seen = new HashMap<>();
		for (List<String> page : pages) {
			Set<String> onThisPage = new HashSet<>();
			for (int k = 0; k < Math.min(FURNITURE_DEPTH, page.size()); k++) {
				onThisPage.add(furnitureKey(page.get(k)));
				onThisPage.add(furnitureKey(page.get(page.size() - 1 - k)));
			}
			for (String key : onThisPage) {
				if (!key.isBlank()) {
					seen.merge(key, 1, Integer::sum);
				}
			}
		}
		int threshold = Math.max(3, (pages.size() + 1) / 2);
		seen.forEach((key, count) -> {
			if (count >= threshold) {
				running.add(key);
			}
		});
		return running;
	}

	private static String furnitureKey(String line) {
		return line.replaceAll("\\d+", "#").replaceAll("\\s+", " ").strip();
	}
}
