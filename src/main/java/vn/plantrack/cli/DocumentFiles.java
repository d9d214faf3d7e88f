package vn.plantrack.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import vn.plantrack.extract.Extraction;
import vn.plantrack.extract.Extractor;
import vn.plantrack.ingest.IngestedLines;
import vn.plantrack.ingest.IngestedText;
import vn.plantrack.ingest.TextExtraction;
import vn.plantrack.ingest.UnreadableDocumentException;
import vn.plantrack.ingest.UploadLimits;

/**
 * Reads a file given on the command line through ingest and extract; bad input becomes a one-line message.
 *
 * <p>A local file is read with {@link UploadLimits#localFiles()} (1 GiB), not the 50 MiB upload limit that
 * protects the server: the user spends only their own memory. A UTF-8 text file of 8 MiB or more is streamed
 * ({@link TextExtraction#streamLines}: only where each line starts is kept, a line is read again from the file when
 * asked for) and extracted with a small working set ({@link Extractor#extractLines}), so a 100 MB text needs
 * memory for its items, not ten times its size. Other files (DOCX/DOC/PDF, legacy encodings) are
 * read whole as before: their libraries hold the whole document anyway.
 */
final class DocumentFiles {

	/** A file that could not be read; the message names the file and the problem. */
	static final class BadInput extends Exception {

		BadInput(String message) {
			super(message);
		}
	}

	/**
	 * One document read: its extraction and its text, either whole ({@code text}) or as lines read from
	 * the file ({@code lines}, for a streamed text file; then {@code text} is null).
	 */
	record Read(IngestedText text, List<String> lines, Extraction extraction) {

		/** Prints the document's text followed by a line break, as {@code out.println(text)} would. */
		void printText(PrintWriter out) {
			if (text != null) {
				out.println(text.text());
				return;
			}
			for (int i = 0; i < lines.size(); i++) {
				if (i > 0) {
					out.print('\n');
				}
				out.print(lines.get(i));
			}
			out.println();
		}
	}

	private DocumentFiles() {
	}

	/**
	 * Text files from this size on are streamed. Below it the whole-file path is faster (each line is decoded and
	 * squeezed once instead of once per reader pass: about 1.4x less CPU on the seeds) and its memory, about ten
	 * times the file, stays far under the launcher's heap cap for {@code extract}.
	 */
	static final long STREAM_FROM_BYTES = 8L * 1024 * 1024;

	static Read read(Path file) throws BadInput {
		return read(file, STREAM_FROM_BYTES);
	}

	/** {@link #read}, streaming text files of {@code streamFromBytes} bytes or more (tests stream every file). */
	static Read read(Path file, long streamFromBytes) throws BadInput {
		TextExtraction ingest = new TextExtraction(UploadLimits.localFiles());
		try {
			if (Files.isDirectory(file)) {
				throw new BadInput(file + ": is a directory, not a document");
			}
			// refused by its size on disk, before a file is read into memory only to be refused
			long size = Files.size(file);
			long maxBytes = ingest.limits().maxBytes();
			if (size > maxBytes) {
				throw new BadInput(file + ": tệp " + size + " byte, vượt giới hạn " + maxBytes + " byte (maxBytes)");
			}
			Optional<IngestedLines> streamed = size >= streamFromBytes ? ingest.streamLines(file.toString(), file)
					: Optional.empty();
			if (streamed.isPresent()) {
				List<String> lines = streamed.get().lines();
				return new Read(null, lines, new Extractor().extractLines(file.toString(), lines));
			}
			byte[] bytes = Files.readAllBytes(file);
			IngestedText text;
			try {
				text = ingest.extract(file.toString(), bytes);
			}
			catch (UnreadableDocumentException ex) {
				String message = ex.getMessage() == null ? "unreadable document" : ex.getMessage();
				throw new BadInput(message.contains(file.toString()) ? message : file + ": " + message);
			}
			bytes = null; // not needed any more: let a collection reclaim it during the extraction
			return new Read(text, null, new Extractor().extract(file.toString(), text.text()));
		}
		catch (NoSuchFileException ex) {
			throw new BadInput(file + ": file not found");
		}
		catch (IOException ex) {
			throw new BadInput(file + ": cannot be read (" + ex.getMessage() + ")");
		}
		catch (OutOfMemoryError ex) {
			// the heap is free again once the frame that ran out is left: one line instead of a stack trace
			throw tooLarge(file);
		}
	}

	private static BadInput tooLarge(Path file) {
		return new BadInput(file + ": tệp quá lớn để trích xuất với bộ nhớ hiện có (" + Runtime.getRuntime().maxMemory()
				/ (1024 * 1024) + " MB heap); tăng -Xmx (PLANTRACK_JAVA_OPTS) hoặc tách tệp");
	}
}
