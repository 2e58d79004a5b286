package org.portolan.reports;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.StringReader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.Mustache;

/**
 * Writes report tables as XLSX (one worksheet per firewall in {@code firewall-rules.xlsx}, one worksheet per other
 * table in {@code reports.xlsx}), CSV (one file per table), Markdown ({@code report.md}) and HTML ({@code report.html},
 * all reports with a navigable index, from a Mustache template that escapes all model text). Every file goes through
 * {@link OutputFolder}: atomic, never outside the folder. Cells starting with {@code = + - @} are neutralised in CSV
 * and XLSX ({@link CellSafety}).
 */
public final class ReportWriter {

	public static final String FIREWALL_XLSX = "firewall-rules.xlsx", REPORTS_XLSX = "reports.xlsx",
			HTML = "report.html", MARKDOWN = "report.md";

	private final OutputFolder out;
	private final Consumer<String> progress;

	public ReportWriter(OutputFolder out, Consumer<String> progress) {
		this.out = out;
		this.progress = progress == null ? s -> {
		} : progress;
	}

	private String diagramSvg;

	/**
	 * The topology diagram (inline SVG from {@link ReportDiagram#inlineSvg}) for the HTML report; {@code null} for
	 * none.
	 */
	public ReportWriter diagram(String inlineSvg) {
		this.diagramSvg = inlineSvg;
		return this;
	}

	/** Writes the tables in one format; returns the files written. */
	public List<java.nio.file.Path> write(String topologyName, List<ReportTable> tables, ReportFormat format)
			throws IOException {
		List<java.nio.file.Path> written = new ArrayList<>();
		switch (format) {
		case XLSX -> {
			List<ReportTable> firewalls = tables.stream().filter(t -> t.kind() == ReportKind.FIREWALL_RULES).toList();
			List<ReportTable> others = tables.stream().filter(t -> t.kind() != ReportKind.FIREWALL_RULES).toList();
			progress.accept("writing " + FIREWALL_XLSX);
			written.add(out.write(FIREWALL_XLSX, o -> xlsx(o, firewalls, true)));
			progress.accept("writing " + REPORTS_XLSX);
			written.add(out.write(REPORTS_XLSX, o -> xlsx(o, others, false)));
		}
		case CSV -> {
			for (ReportTable t : tables) {
				String name = ReportBuilder.fileSafe(t.id()) + ".csv";
				progress.accept("writing " + name);
				written.add(out.write(name, o -> csv(o, t)));
			}
		}
		case MD -> {
			progress.accept("writing " + MARKDOWN);
			written.add(out.write(MARKDOWN, o -> markdown(o, topologyName, tables)));
		}
		case HTML -> {
			progress.accept("writing " + HTML);
			written.add(out.write(HTML, o -> html(o, topologyName, tables, diagramSvg)));
		}
		}
		return written;
	}

	// ------------------------------------------------------------------------------------------ XLSX

	/** Excel sheet names: at most 31 characters, none of []:*?/\ and unique within the workbook. */
	static String sheetName(String title, Set<String> used) {
		String base = title.replaceAll("[\\[\\]:*?/\\\\]", "_");
		if (base.startsWith("'")) {
			base = "_" + base.substring(1);
		}
		if (base.length() > 31) {
			base = base.substring(0, 31);
		}
		String name = base;
		for (int i = 2; !used.add(name.toLowerCase()); i++) {
			String suffix = " (" + i + ")";
			name = (base.length() + suffix.length() > 31 ? base.substring(0, 31 - suffix.length()) : base) + suffix;
		}
		return name;
	}

	private static void xlsx(OutputStream o, List<ReportTable> tables, boolean firewallNames) throws IOException {
		Workbook wb = new Workbook(o, "Portolan", "1.0");
		Set<String> used = new HashSet<>();
		if (tables.isEmpty()) {
			Worksheet ws = wb.newWorksheet("No tables");
			ws.value(0, 0, "This topology has no firewalls.");
		}
		for (ReportTable t : tables) {
			String sheet = sheetName(firewallNames ? t.id().replaceFirst("^firewall-", "") : t.id(), used);
			Worksheet ws = wb.newWorksheet(sheet);
			for (int c = 0; c < t.columns().size(); c++) {
				ws.value(0, c, CellSafety.neutralise(t.columns().get(c)));
				ws.style(0, c).bold().fillColor("DDEBF7").set();
			}
			int r = 1;
			for (List<String> row : t.rows()) {
				for (int c = 0; c < row.size(); c++) {
					ws.value(r, c, CellSafety.neutralise(row.get(c)));
				}
				r++;
			}
			ws.freezePane(0, 1);
			ws.finish();
		}
		wb.finish();
	}

	// ------------------------------------------------------------------------------------------ CSV

	/** RFC 4180: CRLF line ends, fields with comma, quote or line breaks quoted; UTF-8 with BOM for Excel. */
	private static void csv(OutputStream o, ReportTable t) throws IOException {
		Writer w = new OutputStreamWriter(o, StandardCharsets.UTF_8);
		w.write('\uFEFF');
		csvLine(w, t.columns());
		for (List<String> row : t.rows()) {
			csvLine(w, row);
		}
		w.flush();
	}

	private static void csvLine(Writer w, List<String> cells) throws IOException {
		for (int i = 0; i < cells.size(); i++) {
			if (i > 0) {
				w.write(',');
			}
			String v = CellSafety.neutralise(cells.get(i));
			if (v.contains(",") || v.contains("\"") || v.contains("\n") || v.contains("\r")) {
				w.write('"');
				w.write(v.replace("\"", "\"\""));
				w.write('"');
			} else {
				w.write(v);
			}
		}
		w.write("\r\n");
	}

	// ------------------------------------------------------------------------------------------ Markdown

	/** Markdown: pipes and HTML-significant characters of model text are escaped so no cell breaks the table. */
	static String md(String s) {
		StringBuilder sb = new StringBuilder();
		for (char c : s.toCharArray()) {
			switch (c) {
			case '|', '\\', '`', '*', '_', '[', ']', '#' -> sb.append('\\').append(c);
			case '<' -> sb.append("&lt;");
			case '>' -> sb.append("&gt;");
			case '&' -> sb.append("&amp;");
			case '\n', '\r' -> sb.append(' ');
			default -> sb.append(c);
			}
		}
		return sb.toString();
	}

	private static void markdown(OutputStream o, String topologyName, List<ReportTable> tables) throws IOException {
		Writer w = new OutputStreamWriter(o, StandardCharsets.UTF_8);
		w.write("# Portolan reports: " + md(topologyName) + "\n\n");
		for (ReportTable t : tables) {
			w.write("- [" + md(t.title()) + "](#" + ReportBuilder.fileSafe(t.id()) + ")\n");
		}
		for (ReportTable t : tables) {
			w.write("\n<a id=\"" + ReportBuilder.fileSafe(t.id()) + "\"></a>\n\n## " + md(t.title()) + "\n\n");
			if (t.rows().isEmpty()) {
				w.write("_No rows._\n");
				continue;
			}
			w.write("| " + String.join(" | ", t.columns().stream().map(ReportWriter::md).toList()) + " |\n");
			w.write("|" + "---|".repeat(t.columns().size()) + "\n");
			for (List<String> row : t.rows()) {
				w.write("| " + String.join(" | ", row.stream().map(ReportWriter::md).toList()) + " |\n");
			}
		}
		w.flush();
	}

	// ------------------------------------------------------------------------------------------ HTML

	private static volatile Mustache template;

	private static Mustache template() throws IOException {
		if (template == null) {
			try (var in = ReportWriter.class.getResourceAsStream("templates/report.html.mustache")) {
				if (in == null) {
					throw new IOException("report template templates/report.html.mustache missing from the bundle");
				}
				String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
				template = new DefaultMustacheFactory().compile(new StringReader(text), "report.html");
			}
		}
		return template;
	}

	private static void html(OutputStream o, String topologyName, List<ReportTable> tables, String diagramSvg)
			throws IOException {
		Map<String, Object> scope = new LinkedHashMap<>();
		scope.put("topology", topologyName);
		// the SVG export escapes all model text, so it is inserted as markup
		scope.put("diagram", diagramSvg);
		List<Map<String, Object>> kinds = new ArrayList<>();
		for (ReportKind kind : ReportKind.values()) {
			List<Map<String, Object>> ts = new ArrayList<>();
			for (ReportTable t : tables) {
				if (t.kind() != kind) {
					continue;
				}
				Map<String, Object> m = new LinkedHashMap<>();
				m.put("id", ReportBuilder.fileSafe(t.id()));
				m.put("title", t.title());
				m.put("columns", t.columns());
				m.put("rows", t.rows().stream().map(r -> Map.of("cells", r)).toList());
				m.put("empty", t.rows().isEmpty());
				m.put("count", t.rows().size());
				ts.add(m);
			}
			if (!ts.isEmpty()) {
				kinds.add(Map.of("title", kind.title(), "id", "kind-" + kind.name().toLowerCase(), "tables", ts));
			}
		}
		scope.put("kinds", kinds);
		Writer w = new OutputStreamWriter(o, StandardCharsets.UTF_8);
		template().execute(w, scope);
		w.flush();
	}
}
