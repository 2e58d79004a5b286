package org.portolan.catalog.tests;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Minimal RFC 4180 reader for the oracle CSVs (header row, quoted fields, CRLF). */
final class Csv {

	/** One data row: its 1-based line in the file and its fields by column name. */
	static final class Row {
		final String file;
		final int line;
		final Map<String, String> fields;

		Row(String file, int line, Map<String, String> fields) {
			this.file = file;
			this.line = line;
			this.fields = fields;
		}

		String get(String column) {
			String v = fields.get(column);
			if (v == null) {
				throw new IllegalArgumentException(file + ": no column " + column);
			}
			return v;
		}

		@Override
		public String toString() {
			return "ports/" + file + ":" + line;
		}
	}

	private Csv() {
	}

	static String resource(String path) throws IOException {
		try (InputStream in = Csv.class.getResourceAsStream("/" + path)) {
			if (in == null) {
				throw new IOException("test resource " + path + " not found");
			}
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

	static List<Row> read(String folder, String file) throws IOException {
		String text = resource(folder.isEmpty() ? file : folder + "/" + file);
		List<List<String>> records = new ArrayList<>();
		List<Integer> startLines = new ArrayList<>();
		List<String> record = new ArrayList<>();
		StringBuilder field = new StringBuilder();
		boolean quoted = false;
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
			} else if (c == ',') {
				record.add(field.toString());
				field.setLength(0);
			} else if (c == '\r') {
				// CRLF line ends
			} else if (c == '\n') {
				record.add(field.toString());
				field.setLength(0);
				records.add(record);
				startLines.add(recordLine);
				record = new ArrayList<>();
				line++;
				recordLine = line;
			} else {
				field.append(c);
			}
		}
		if (field.length() > 0 || !record.isEmpty()) {
			record.add(field.toString());
			records.add(record);
			startLines.add(recordLine);
		}
		List<String> header = records.get(0);
		List<Row> rows = new ArrayList<>();
		for (int r = 1; r < records.size(); r++) {
			List<String> values = records.get(r);
			if (values.size() != header.size()) {
				throw new IOException(file + ":" + startLines.get(r) + ": " + values.size() + " fields, header has " + header.size());
			}
			Map<String, String> fields = new LinkedHashMap<>();
			for (int k = 0; k < header.size(); k++) {
				fields.put(header.get(k), values.get(k));
			}
			rows.add(new Row(file, startLines.get(r), fields));
		}
		return rows;
	}
}
