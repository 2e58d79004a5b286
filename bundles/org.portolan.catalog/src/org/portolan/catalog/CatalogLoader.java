package org.portolan.catalog;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.portolan.catalog.CatalogProblem.Severity;

/**
 * Loads product catalogs written in the Portolan language: the catalogs shipped in this bundle
 * ({@code catalogs/*.portolan}, listed in {@code catalogs/catalogs.index}) and catalog files or folders
 * added by the user. All files are read into one resource set, so a user catalog can refer to shipped
 * roles (e.g. {@code lync2013.EdgeServer}) and a topology loaded later can refer to any catalog role.
 *
 * <pre>
 * CatalogRegistry registry = new CatalogLoader().withShippedCatalogs().addFolder(userDir).load();
 * registry.getProblems().forEach(System.err::println); // file:line: error: ...
 * </pre>
 *
 * Loading never stops at the first bad entry and never drops an entry silently: every syntax error,
 * unknown role, invalid port or range, missing source and duplicate role id is reported as a
 * {@link CatalogProblem} with file and line.
 */
public final class CatalogLoader {

	/** Folder of the shipped catalogs inside this bundle (and on the class path). */
	public static final String SHIPPED_FOLDER = "catalogs/";
	/** Lists the shipped catalog files, one name a line. */
	public static final String SHIPPED_INDEX = SHIPPED_FOLDER + "catalogs.index";
	/** File extension of Portolan files. */
	public static final String EXTENSION = ".portolan";

	private final Map<String, Input> inputs = new LinkedHashMap<>();
	private final List<CatalogProblem> problems = new ArrayList<>();

	private interface Opener {
		InputStream open() throws IOException;
	}

	static final class Input {
		final String location;
		final URI uri;
		final Opener opener;

		Input(String location, URI uri, Opener opener) {
			this.location = location;
			this.uri = uri;
			this.opener = opener;
		}
	}

	/** Adds the catalogs shipped with Portolan. */
	public CatalogLoader withShippedCatalogs() {
		List<String> names;
		try {
			names = shippedCatalogNames();
		} catch (IOException e) {
			problems.add(new CatalogProblem(Severity.ERROR, SHIPPED_INDEX, 0, "cannot read the index of shipped catalogs: " + e.getMessage()));
			return this;
		}
		for (String name : names) {
			String location = SHIPPED_FOLDER + name;
			URL url = shippedCatalogUrl(name);
			if (url == null) {
				problems.add(new CatalogProblem(Severity.ERROR, location, 0, "shipped catalog listed in " + SHIPPED_INDEX + " is missing"));
				continue;
			}
			add(new Input(location, URI.createURI(url.toString()), url::openStream));
		}
		return this;
	}

	/** Names of the shipped catalog files (e.g. {@code lync2013.portolan}). */
	public static List<String> shippedCatalogNames() throws IOException {
		InputStream in = CatalogLoader.class.getResourceAsStream("/" + SHIPPED_INDEX);
		if (in == null) {
			throw new IOException(SHIPPED_INDEX + " not found on the class path");
		}
		try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
			return reader.lines().map(String::trim).filter(l -> !l.isEmpty() && !l.startsWith("#")).collect(Collectors.toList());
		}
	}

	/** Where the shipped catalog {@code name} is on the class path, or null when the index lists a missing file. */
	public static URL shippedCatalogUrl(String name) {
		return CatalogLoader.class.getResource("/" + SHIPPED_FOLDER + name);
	}

	/** The shipped catalogs on the class path, in index order (a listed file that is missing is left out). */
	public static List<URI> shippedCatalogUris() throws IOException {
		List<URI> result = new java.util.ArrayList<>();
		for (String name : shippedCatalogNames()) {
			URL url = shippedCatalogUrl(name);
			if (url != null) {
				result.add(URI.createURI(url.toString()));
			}
		}
		return result;
	}

	/** Adds one catalog file. */
	public CatalogLoader addFile(Path file) {
		Path abs = file.toAbsolutePath().normalize();
		add(new Input(file.toString(), URI.createFileURI(abs.toString()), () -> Files.newInputStream(abs)));
		return this;
	}

	/** Adds every {@code *.portolan} file below a folder (sorted by path, so the order is stable). */
	public CatalogLoader addFolder(Path folder) {
		if (!Files.isDirectory(folder)) {
			problems.add(new CatalogProblem(Severity.ERROR, folder.toString(), 0, "not a folder"));
			return this;
		}
		try (Stream<Path> files = Files.walk(folder)) {
			files.filter(p -> p.toString().endsWith(EXTENSION) && Files.isRegularFile(p)).sorted().forEach(this::addFile);
		} catch (IOException e) {
			problems.add(new CatalogProblem(Severity.ERROR, folder.toString(), 0, "cannot list the folder: " + e.getMessage()));
		}
		return this;
	}

	private void add(Input input) {
		String key = input.uri.toString();
		if (inputs.containsKey(key)) {
			problems.add(new CatalogProblem(Severity.WARNING, input.location, 0, "added twice; read once"));
			return;
		}
		inputs.put(key, input);
	}

	/** Reads, links and checks all added catalogs. */
	public CatalogRegistry load() {
		XtextResourceSet resourceSet = PortolanLanguage.newResourceSet();
		Map<Resource, String> locations = new LinkedHashMap<>();
		List<CatalogProblem> all = new ArrayList<>(problems);
		for (Input input : inputs.values()) {
			Resource resource = resourceSet.createResource(input.uri);
			if (resource == null) {
				all.add(new CatalogProblem(Severity.ERROR, input.location, 0, "not a Portolan file (extension " + EXTENSION + " expected)"));
				continue;
			}
			try (InputStream in = input.opener.open()) {
				resource.load(in, resourceSet.getLoadOptions());
			} catch (IOException e) {
				all.add(new CatalogProblem(Severity.ERROR, input.location, 0, "cannot read: " + e.getMessage()));
			}
			locations.put(resource, input.location);
		}
		return new CatalogRegistry(resourceSet, locations, all);
	}
}
