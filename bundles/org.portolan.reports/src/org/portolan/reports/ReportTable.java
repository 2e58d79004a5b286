package org.portolan.reports;

import java.util.List;

/**
 * One table of a report: what an XLSX worksheet, a CSV file, an HTML or Markdown section shows.
 *
 * @param id      stable file-name-safe id ({@code firewall-external-fw}, {@code certificates} ...)
 * @param kind    the report the table belongs to ({@link ReportKind})
 * @param title   human-readable title
 * @param columns column headers
 * @param rows    rows, each with exactly {@code columns.size()} cells (never null cells)
 */
public record ReportTable(String id, ReportKind kind, String title, List<String> columns, List<List<String>> rows) {

	public ReportTable {
		List<String> cols = List.copyOf(columns);
		columns = cols;
		String tableId = id;
		rows = rows.stream().map(r -> {
			if (r.size() != cols.size()) {
				throw new IllegalArgumentException("row has " + r.size() + " cells, table " + tableId + " has " + cols.size() + " columns");
			}
			return List.copyOf(r.stream().map(c -> c == null ? "" : c).toList());
		}).toList();
	}

	/** The index of a column by its header. */
	public int column(String header) {
		int i = columns.indexOf(header);
		if (i < 0) {
			throw new IllegalArgumentException("no column '" + header + "' in " + id + ": " + columns);
		}
		return i;
	}
}
