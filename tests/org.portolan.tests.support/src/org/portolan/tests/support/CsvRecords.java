package org.portolan.tests.support;

import java.util.ArrayList;
import java.util.List;

/**
 * Minimal RFC 4180 reader for the CSV files tests compare with (the port and seed oracles, written reports): quoted
 * fields with doubled quotes and line breaks inside, CRLF or LF line ends, a byte order mark ignored.
 */
public final class CsvRecords {

	/** One record: the 1-based line it starts on and its fields. */
	public record Record(int line, List<String> fields) {
	}

	private CsvRecords() {
	}

	/** The records of {@code text}, the header row included. */
	public static List<Record> read(String text) {
		List<Record> records = new ArrayList<>();
		List<String> fields = new ArrayList<>();
		StringBuilder field = new StringBuilder();
		boolean quoted = false;
		boolean open = false; // the current record has content (a last line without a line end counts)
		int line = 1;
		int recordLine = 1;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (quoted) {
				if (c == '"') {
					if (i + 1 < text.length() && text.charAt(i + 1) == '"') {
						field.append('"');
						i++;
					} else {
						quoted = false;
					}
				} else {
					if (c == '\n') {
						line++;
					}
					field.append(c);
				}
			} else if (c == '"') {
				quoted = true;
				open = true;
			} else if (c == ',') {
				fields.add(field.toString());
				field.setLength(0);
				open = true;
			} else if (c == '\n') {
				fields.add(field.toString());
				field.setLength(0);
				records.add(new Record(recordLine, fields));
				fields = new ArrayList<>();
				open = false;
				line++;
				recordLine = line;
			} else if (c != '\r' && c != '\uFEFF') {
				field.append(c);
				open = true;
			}
		}
		if (open) {
			fields.add(field.toString());
			records.add(new Record(recordLine, fields));
		}
		return records;
	}
}
