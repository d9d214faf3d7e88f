package vn.plantrack.ingest;

/** A file that cannot be read as a document; the message names the file and the problem in one line. */
public class UnreadableDocumentException extends Exception {

	public UnreadableDocumentException(String message) {
		super(message);
	}

	public UnreadableDocumentException(String message, Throwable cause) {
		super(message, cause);
	}
}
