package vn.plantrack.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

import vn.plantrack.extract.Extraction;
import vn.plantrack.extract.Extractor;
import vn.plantrack.ingest.IngestedText;
import vn.plantrack.ingest.TextExtraction;
import vn.plantrack.ingest.UnreadableDocumentException;
import vn.plantrack.ingest.UploadLimits;

/** Reads a file given on the command line through ingest and extract; bad input becomes a one-line message. */
final class DocumentFiles {

	/** A file that could not be read; the message names the file and the problem. */
	static final class BadInput extends Exception {

		BadInput(String message) {
			super(message);
		}
	}

	record Read(IngestedText text, Extraction extraction) {
	}

	private DocumentFiles() {
	}

	static Read read(Path file) throws BadInput {
		byte[] bytes;
		try {
			if (Files.isDirectory(file)) {
				throw new BadInput(file + ": is a directory, not a document");
			}
			// refused by its size on disk, before a 100 MB file is read into memory only to be refused
			long size = Files.size(file);
			long maxBytes = UploadLimits.defaults().maxBytes();
			if (size > maxBytes) {
				throw new BadInput(file + ": tệp " + size + " byte, vượt giới hạn " + maxBytes + " byte (maxBytes)");
			}
			bytes = Files.readAllBytes(file);
		}
		catch (NoSuchFileException ex) {
			throw new BadInput(file + ": file not found");
		}
		catch (IOException ex) {
			throw new BadInput(file + ": cannot be read (" + ex.getMessage() + ")");
		}
		IngestedText text;
		try {
			text = new TextExtraction().extract(file.toString(), bytes);
		}
		catch (UnreadableDocumentException ex) {
			String message = ex.getMessage() == null ? "unreadable document" : ex.getMessage();
			throw new BadInput(message.contains(file.toString()) ? message : file + ": " + message);
		}
		try {
			return new Read(text, new Extractor().extract(file.toString(), text.text()));
		}
		catch (OutOfMemoryError ex) {
			// the extraction holds the whole text, its lines and its parse at once (not streamed): say so in one
			// line instead of a stack trace; the heap is free again once this frame is left
			throw new BadInput(file + ": tệp quá lớn để trích xuất với bộ nhớ hiện có (" + Runtime.getRuntime().maxMemory()
					/ (1024 * 1024) + " MB heap); tăng -Xmx (PLANTRACK_JAVA_OPTS) hoặc tách tệp");
		}
	}
}
