package org.portolan.cli;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.portolan.catalog.CatalogLoader;
import org.portolan.catalog.PortolanLanguage;
import org.portolan.dsl.scoping.PortolanGlobalScopeProvider;
import org.portolan.model.PortolanModel;
import org.portolan.model.Topology;

/**
 * The files of one CLI run in one resource set, together with the shipped catalogs (a standard library: a topology
 * sees them without importing them). A shipped catalog is not added again when the user's files import a catalog file
 * of the same name (the examples import the catalog sources of this repository).
 */
final class ModelSet {

	/** A problem that stops the run: unreadable input, syntax or linking error (exit code 2). */
	record InputError(String file, int line, String message) {
		@Override
		public String toString() {
			return file + ":" + line + ": error " + message;
		}
	}

	private final XtextResourceSet resourceSet = PortolanLanguage.newResourceSet();
	private final Map<Resource, String> displayNames = new LinkedHashMap<>();
	private final List<Resource> userResources = new ArrayList<>();
	private final List<InputError> errors = new ArrayList<>();

	/**
	 * Loads {@code topologyFile} (and {@code more} files the topology uses) for a command about one topology; prints
	 * the input errors, or that the file holds no topology, and returns {@code null} then (exit code 2).
	 */
	static ModelSet loadTopology(Path topologyFile, List<Path> more, Console console) {
		console.progress("loading " + topologyFile + " and the shipped catalogs");
		List<Path> inputs = new ArrayList<>();
		inputs.add(topologyFile);
		if (more != null) {
			inputs.addAll(more);
		}
		ModelSet models = new ModelSet().load(inputs);
		if (!models.errors().isEmpty()) {
			models.errors().forEach(e -> console.error(e.toString()));
			return null;
		}
		if (models.topologies().isEmpty()) {
			console.error(topologyFile + ":0: error the file holds no topology");
			return null;
		}
		return models;
	}

	/** The first topology of the loaded files (see {@link #loadTopology}). */
	Topology topology() {
		return topologies().get(0);
	}

	/** Loads files and every {@code *.portolan} file below folders. */
	ModelSet load(List<Path> inputs) {
		for (Path input : inputs) {
			if (Files.isDirectory(input)) {
				try (Stream<Path> files = Files.walk(input)) {
					files.filter(p -> p.toString().endsWith(CatalogLoader.EXTENSION) && Files.isRegularFile(p)).sorted()
							.forEach(this::loadFile);
				} catch (IOException e) {
					errors.add(new InputError(input.toString(), 0, "cannot list the folder: " + e.getMessage()));
				}
			} else if (!Files.exists(input)) {
				errors.add(new InputError(input.toString(), 0, "no such file or folder"));
			} else if (!input.toString().endsWith(CatalogLoader.EXTENSION)) {
				errors.add(new InputError(input.toString(), 0, "not a Portolan file (extension "
						+ CatalogLoader.EXTENSION + " expected)"));
			} else {
				loadFile(input);
			}
		}
		for (Resource r : new ArrayList<>(userResources)) {
			loadImports(r, new HashSet<>());
		}
		addShippedCatalogs();
		EcoreUtil.resolveAll(resourceSet);
		for (Resource r : resourceSet.getResources()) {
			for (Resource.Diagnostic d : r.getErrors()) {
				errors.add(new InputError(displayName(r), Math.max(d.getLine(), 0), d.getMessage()));
			}
		}
		return this;
	}

	private void loadFile(Path file) {
		Path abs = file.toAbsolutePath().normalize();
		URI uri = URI.createFileURI(abs.toString());
		if (resourceSet.getResource(uri, false) != null) {
			return; // named twice
		}
		Resource resource = resourceSet.createResource(uri);
		displayNames.put(resource, file.toString());
		try (InputStream in = Files.newInputStream(abs)) {
			resource.load(in, resourceSet.getLoadOptions());
			userResources.add(resource);
		} catch (IOException | RuntimeException e) {
			errors.add(new InputError(file.toString(), 0, "cannot read: " + e.getMessage()));
			resourceSet.getResources().remove(resource);
		}
	}

	private void loadImports(Resource resource, Set<Resource> seen) {
		if (!seen.add(resource) || resource.getContents().isEmpty()
				|| !(resource.getContents().get(0) instanceof PortolanModel model)) {
			return;
		}
		for (var imp : model.getImports()) {
			URI uri = PortolanGlobalScopeProvider.resolve(resource, imp);
			if (uri == null || !resourceSet.getURIConverter().exists(uri, null)) {
				int line = line(imp);
				errors.add(new InputError(displayName(resource), line, "cannot load import '" + imp.getImportURI() + "'"));
				continue;
			}
			try {
				Resource imported = resourceSet.getResource(uri, true);
				loadImports(imported, seen);
			} catch (RuntimeException e) {
				errors.add(new InputError(displayName(resource), line(imp), "cannot load import '" + imp.getImportURI()
						+ "': " + e.getMessage()));
			}
		}
	}

	private void addShippedCatalogs() {
		Set<String> loadedNames = new HashSet<>();
		for (Resource r : resourceSet.getResources()) {
			loadedNames.add(r.getURI().lastSegment());
		}
		List<String> names;
		try {
			names = CatalogLoader.shippedCatalogNames();
		} catch (IOException e) {
			errors.add(new InputError(CatalogLoader.SHIPPED_INDEX, 0, e.getMessage()));
			return;
		}
		for (String name : names) {
			if (loadedNames.contains(name)) {
				continue;
			}
			URL url = CatalogLoader.shippedCatalogUrl(name);
			if (url == null) {
				errors.add(new InputError(CatalogLoader.SHIPPED_FOLDER + name, 0, "shipped catalog missing"));
				continue;
			}
			Resource resource = resourceSet.createResource(URI.createURI(url.toString()));
			displayNames.put(resource, "(shipped) " + CatalogLoader.SHIPPED_FOLDER + name);
			try (InputStream in = url.openStream()) {
				resource.load(in, resourceSet.getLoadOptions());
			} catch (IOException e) {
				errors.add(new InputError(CatalogLoader.SHIPPED_FOLDER + name, 0, "cannot read: " + e.getMessage()));
			}
		}
	}

	List<InputError> errors() {
		return errors;
	}

	/** The topologies of the user's files, in input order. */
	List<Topology> topologies() {
		List<Topology> result = new ArrayList<>();
		for (Resource r : userResources) {
			for (EObject root : r.getContents()) {
				if (root instanceof Topology t) {
					result.add(t);
				}
			}
		}
		return result;
	}

	List<Resource> userResources() {
		return userResources;
	}

	String displayName(Resource r) {
		if (r == null) {
			return "(unknown file)";
		}
		String name = displayNames.get(r);
		if (name != null) {
			return name;
		}
		URI uri = r.getURI();
		if (uri.isFile()) {
			Path p = Path.of(uri.toFileString());
			Path cwd = Path.of("").toAbsolutePath();
			return p.startsWith(cwd) ? cwd.relativize(p).toString() : p.toString();
		}
		return uri.toString();
	}

	/** "file:line" of a model element; line 0 when unknown. */
	String location(EObject e) {
		return displayName(e == null ? null : e.eResource()) + ":" + line(e);
	}

	static int line(EObject e) {
		if (e == null) {
			return 0;
		}
		ICompositeNode node = NodeModelUtils.findActualNodeFor(e);
		return node == null ? (e.eContainer() == null ? 0 : line(e.eContainer())) : node.getStartLine();
	}
}
