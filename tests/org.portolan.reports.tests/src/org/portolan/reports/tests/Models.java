package org.portolan.reports.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.portolan.catalog.CatalogLoader;
import org.portolan.catalog.PortolanLanguage;
import org.portolan.model.Topology;

/** Loads the bundled examples and the copied seed tables. */
final class Models {

	private Models() {
	}

	static Path example(String prefix) {
		Path dir = Path.of("../../examples").toAbsolutePath().normalize();
		try (var files = java.nio.file.Files.list(dir)) {
			return files.filter(p -> p.getFileName().toString().startsWith(prefix)).findFirst().orElseThrow();
		} catch (IOException e) {
			throw new IllegalStateException(e);
		}
	}

	/**
	 * Loads a topology as the CLI does: the file, the files it imports, and the shipped catalogs (the standard library)
	 * that no imported file of the same name replaces.
	 */
	static Topology load(Path file) {
		XtextResourceSet rs = PortolanLanguage.newResourceSet();
		Resource resource = rs.getResource(URI.createFileURI(file.toAbsolutePath().toString()), true);
		if (resource.getContents().get(0) instanceof org.portolan.model.PortolanModel model) {
			for (var imp : model.getImports()) {
				URI uri = org.portolan.dsl.scoping.PortolanGlobalScopeProvider.resolve(resource, imp);
				if (uri != null && rs.getURIConverter().exists(uri, null)) {
					rs.getResource(uri, true);
				}
			}
		}
		java.util.Set<String> loaded = new java.util.HashSet<>();
		rs.getResources().forEach(r -> loaded.add(r.getURI().lastSegment()));
		try {
			for (String name : CatalogLoader.shippedCatalogNames()) {
				if (loaded.contains(name)) {
					continue;
				}
				java.net.URL url = CatalogLoader.class.getResource("/" + CatalogLoader.SHIPPED_FOLDER + name);
				Resource catalog = rs.createResource(URI.createURI(url.toString()));
				try (InputStream in = url.openStream()) {
					catalog.load(in, rs.getLoadOptions());
				}
			}
		} catch (IOException e) {
			throw new IllegalStateException(e);
		}
		EcoreUtil.resolveAll(rs);
		assertEquals(List.of(), resource.getErrors(), file + " parses and links");
		return (Topology) resource.getContents().get(0);
	}

	/** A seed CSV (RFC 4180, header row) from the test resources, as maps by column name. */
	static List<Map<String, String>> seed(String name) throws IOException {
		try (InputStream in = Models.class.getResourceAsStream("/seeds/" + name)) {
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
