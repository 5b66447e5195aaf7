package cn.beianbridge.simulator.bureau;

import cn.beianbridge.bureau.FileNames;
import cn.beianbridge.bureau.UnreadableDocument;
import cn.beianbridge.bureau.peer.UploadDocumentReader;
import cn.beianbridge.bureau.peer.UploadedFile;

/**
 * An unpacked upload as the bureau files it: read, or refused whole with the code its result will carry later
 * (a bureau accepts the call and reports data errors through a download file).
 *
 * @param file the records, or null when the file is refused whole
 * @param fileResult 5001 (fails the schema) or 5004 (wrong version) when refused whole; 0 otherwise
 */
record ReceivedFile(String fileName, UploadedFile file, int fileResult, String error) {

	static final int FAILS_SCHEMA = 5001;

	static final int WRONG_VERSION = 5004;

	static ReceivedFile read(String fileName, byte[] document) {
		if (!FileNames.isValid(fileName)) {
			return refused(fileName, FAILS_SCHEMA,
					"file name '%s' must be 1 to %d letters and digits".formatted(fileName, FileNames.MAX_BYTES));
		}
		try {
			UploadedFile file = new UploadDocumentReader().read(document);
			return new ReceivedFile(fileName, file, 0, null);
		}
		catch (UnreadableDocument ex) {
			// a wrong version is 5004; everything else (not XML, not valid against upload-data.xsd) is the schema's
			return refused(fileName, ex instanceof UploadDocumentReader.WrongVersion ? WRONG_VERSION : FAILS_SCHEMA,
					ex.getMessage());
		}
	}

	private static ReceivedFile refused(String fileName, int code, String error) {
		String shown = fileName == null || fileName.isEmpty() ? "upload" : fileName;
		return new ReceivedFile(shown.length() > 255 ? shown.substring(0, 255) : shown, null, code,
				error.length() > 2000 ? error.substring(0, 2000) : error);
	}

	boolean readable() {
		return file != null;
	}

	String operation() {
		return file == null ? null : file.operation();
	}

	int records() {
		return file == null ? 0 : file.records().size() + file.changes().size() + file.cancels().size();
	}

}
