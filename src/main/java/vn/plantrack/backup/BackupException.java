package vn.plantrack.backup;

/** A backup or restore that cannot be done; the message names the file or the problem in one line. */
public class BackupException extends RuntimeException {

	public BackupException(String message) {
		super(message);
	}
}
