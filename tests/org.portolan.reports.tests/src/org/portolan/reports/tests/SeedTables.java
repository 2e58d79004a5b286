package org.portolan.reports.tests;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.portolan.tests.support.CsvRecords;

/** The seed tables copied into the test resources, and the written reports, read as CSV ({@link CsvRecords}). */
final class SeedTables {

	private SeedTables() {
	}

	/** A seed CSV (RFC 4180, header row) from the test resources, as maps by column name. */
	static List<Map<String, String>> seed(String name) throws IOException {
		try (InputStream in = SeedTables.class.getResourceAsStream("/seeds/" + name)) {
			if (in == null) {
				throw new IOException("seed table " + name + " missing from the test resources");
			}
			List<List<String>> records = parseCsv(new String(in.readAllBytes(), StandardCharsets.UTF_8));
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

	static List<List<String>> parseCsv(String text) {
		return CsvRecords.read(text).stream().map(CsvRecords.Record::fields).toList();
	}
}
