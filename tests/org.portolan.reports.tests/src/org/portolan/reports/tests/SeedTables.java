package org.portolan.reports.tests;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The seed tables copied into the test resources, and the CSV reader for them and for written reports. */
final class SeedTables {

	private SeedTables() {
	}

	/** A seed CSV (RFC 4180, header row) from the test resources, as maps by column name. */
	static List<Map<String, String>> seed(String name) throws IOException {
		try (InputStream in = SeedTables.class.getResourceAsStream("/seeds/" + name)) {
			if (in == null) {
				throw new IOException("seed table " + name + " missing from the test resources");
			}
			BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
			List<List<String>> records = parseCsv(r);
			List<Map<String, String>> rows = new ArrayList<>();
			List<String> header = records.get(0);
			for (List<String> rec : records.subList(1, records.size())) {
				Map<String, String> m = new LinkedHashMap<>();
				for (int i = 0; i < header.size(); i++) {
					m.put(header.get(i), i < rec.size() ? rec.get(i) : "");
				}
				rows.add(m);
			}
			return rows;
		}
	}

	static List<List<String>> parseCsv(BufferedReader r) throws IOException {
		List<List<String>> records = new ArrayList<>();
		List<String> fields = new ArrayList<>();
		StringBuilder field = new StringBuilder();
		boolean quoted = false;
		int c;
		boolean any = false;
		while ((c = r.read()) != -1) {
			any = true;
			char ch = (char) c;
			if (quoted) {
				if (ch == '"') {
					r.mark(1);
					int next = r.read();
					if (next == '"') {
						field.append('"');
					} else {
						quoted = false;
						if (next != -1) {
							r.reset();
						}
					}
				} else {
					field.append(ch);
				}
			} else if (ch == '"') {
				quoted = true;
			} else if (ch == ',') {
				fields.add(field.toString());
				field.setLength(0);
			} else if (ch == '\n') {
				fields.add(field.toString());
				field.setLength(0);
				records.add(fields);
				fields = new ArrayList<>();
				any = false;
			} else if (ch != '\r' && ch != '\uFEFF') {
				field.append(ch);
			}
		}
		if (any) {
			fields.add(field.toString());
			records.add(fields);
		}
		return records;
	}
}
