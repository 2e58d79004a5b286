package org.portolan.catalog.tests;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.portolan.tests.support.CsvRecords;

/** The oracle CSVs (header row) of the test resources, read by the shared {@link CsvRecords}, as rows by column name. */
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
		List<CsvRecords.Record> records = CsvRecords.read(resource(folder.isEmpty() ? file : folder + "/" + file));
		List<String> header = records.get(0).fields();
		List<Row> rows = new ArrayList<>();
		for (int r = 1; r < records.size(); r++) {
			List<String> values = records.get(r).fields();
			int line = records.get(r).line();
			if (values.size() != header.size()) {
				throw new IOException(file + ":" + line + ": " + values.size() + " fields, header has " + header.size());
			}
			Map<String, String> fields = new LinkedHashMap<>();
			for (int k = 0; k < header.size(); k++) {
				fields.put(header.get(k), values.get(k));
			}
			rows.add(new Row(file, line, fields));
		}
		return rows;
	}
}
