package org.portolan.catalog;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.diagnostics.Diagnostic;
import org.eclipse.xtext.naming.IQualifiedNameProvider;
import org.eclipse.xtext.naming.QualifiedName;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.IResourceValidator;
import org.eclipse.xtext.validation.Issue;
import org.portolan.catalog.CatalogProblem.Severity;
import org.portolan.model.Catalog;
import org.portolan.model.CatalogEntry;
import org.portolan.model.DataPathDefinition;
import org.portolan.model.ListeningEndpoint;
import org.portolan.model.PortRange;
import org.portolan.model.PortSpec;
import org.portolan.model.PortolanPackage;
import org.portolan.model.RoleDefinition;
import org.portolan.model.SourceReference;
import org.portolan.model.TrafficSpec;

/**
 * The loaded catalogs: role definitions by id ({@code <catalog>.<role>}, e.g. {@code sfb2015.FrontEnd}),
 * listening endpoints, data paths, and the problems found while loading them. Created by
 * {@link CatalogLoader#load()}.
 */
public final class CatalogRegistry {

	/** Lowest and highest valid TCP/UDP port. */
	public static final int MIN_PORT = 0, MAX_PORT = 65535; // same bounds as the language validator
	private static final Pattern LINES = Pattern.compile("\\d+(-\\d+)?(;\\d+(-\\d+)?)*");

	private final XtextResourceSet resourceSet;
	private final Map<Resource, String> locations;
	private final List<CatalogProblem> problems;
	private final List<Catalog> catalogs = new ArrayList<>();
	private final Map<String, RoleDefinition> roles = new LinkedHashMap<>();
	private final List<ListeningEndpoint> endpoints = new ArrayList<>();
	private final List<DataPathDefinition> dataPaths = new ArrayList<>();
	private final IQualifiedNameProvider names = PortolanLanguage.injector().getInstance(IQualifiedNameProvider.class);

	CatalogRegistry(XtextResourceSet resourceSet, Map<Resource, String> locations, List<CatalogProblem> loadProblems) {
		this.resourceSet = resourceSet;
		this.locations = new LinkedHashMap<>(locations);
		this.problems = new ArrayList<>(loadProblems);
		for (Resource resource : locations.keySet()) {
			for (EObject root : resource.getContents()) {
				if (root instanceof Catalog) {
					catalogs.add((Catalog) root);
				} else {
					problems.add(new CatalogProblem(Severity.ERROR, locations.get(resource), line(root),
							"not a catalog (the file starts with '" + root.eClass().getName().toLowerCase()
									+ "'); load topologies with loadModel"));
				}
			}
		}
		for (Resource resource : locations.keySet()) {
			problems.addAll(languageProblems(resource));
		}
		for (Catalog catalog : catalogs) {
			check(catalog);
		}
	}

	// ------------------------------------------------------------------------------------------ queries

	/** Catalogs in load order. */
	public List<Catalog> getCatalogs() {
		return Collections.unmodifiableList(catalogs);
	}

	/** All role definitions by id ({@code <catalog>.<role>}), in load order. */
	public Map<String, RoleDefinition> getRoles() {
		return Collections.unmodifiableMap(roles);
	}

	/** The role with this id, e.g. {@code lync2013.EdgeServer}. */
	public Optional<RoleDefinition> role(String id) {
		return Optional.ofNullable(roles.get(id));
	}

	/** Id of a role definition ({@code <catalog>.<role>}). */
	public String idOf(RoleDefinition role) {
		QualifiedName name = names.getFullyQualifiedName(role);
		return name == null ? role.getName() : name.toString();
	}

	/** All listening endpoints of all catalogs. */
	public List<ListeningEndpoint> getEndpoints() {
		return Collections.unmodifiableList(endpoints);
	}

	/** All data paths of all catalogs. */
	public List<DataPathDefinition> getDataPaths() {
		return Collections.unmodifiableList(dataPaths);
	}

	/** Endpoints and data paths. */
	public List<CatalogEntry> getEntries() {
		List<CatalogEntry> all = new ArrayList<>(endpoints);
		all.addAll(dataPaths);
		return all;
	}

	/** What a role listens on, from every loaded catalog (user catalogs may add entries to shipped roles). */
	public List<ListeningEndpoint> endpointsOf(RoleDefinition role) {
		return endpoints.stream().filter(e -> e.getRole() == role).collect(Collectors.toList());
	}

	/** Data paths that start or end at a role. */
	public List<DataPathDefinition> dataPathsOf(RoleDefinition role) {
		return dataPaths.stream().filter(p -> p.getFrom() == role || p.getTo() == role).collect(Collectors.toList());
	}

	/** Every problem found, in file order. */
	public List<CatalogProblem> getProblems() {
		return Collections.unmodifiableList(problems);
	}

	/** Problems of severity error. */
	public List<CatalogProblem> getErrors() {
		return problems.stream().filter(CatalogProblem::isError).collect(Collectors.toList());
	}

	/** The resource set holding the catalogs; models loaded with {@link #loadModel(Path)} join it. */
	public XtextResourceSet getResourceSet() {
		return resourceSet;
	}

	/** {@code file:line} of a catalog or model element. */
	public String locationOf(EObject object) {
		String location = locations.getOrDefault(object.eResource(), String.valueOf(object.eResource().getURI()));
		return location + ":" + line(object);
	}

	/** A model loaded next to the catalogs, with its problems. */
	public static final class LoadedModel {
		private final Resource resource;
		private final List<CatalogProblem> problems;

		LoadedModel(Resource resource, List<CatalogProblem> problems) {
			this.resource = resource;
			this.problems = problems;
		}

		public Resource getResource() {
			return resource;
		}

		public EObject getRoot() {
			return resource.getContents().isEmpty() ? null : resource.getContents().get(0);
		}

		public List<CatalogProblem> getProblems() {
			return Collections.unmodifiableList(problems);
		}

		public List<CatalogProblem> getErrors() {
			return problems.stream().filter(CatalogProblem::isError).collect(Collectors.toList());
		}
	}

	/**
	 * Loads a Portolan file (typically a topology) into the catalogs' resource set, so its role
	 * references resolve against every loaded catalog, and validates it.
	 */
	public LoadedModel loadModel(Path file) {
		Path abs = file.toAbsolutePath().normalize();
		Resource resource = resourceSet.createResource(URI.createFileURI(abs.toString()));
		List<CatalogProblem> found = new ArrayList<>();
		if (resource == null) {
			found.add(new CatalogProblem(Severity.ERROR, file.toString(), 0, "not a Portolan file"));
			return new LoadedModel(null, found);
		}
		locations.put(resource, file.toString());
		try (InputStream in = Files.newInputStream(abs)) {
			resource.load(in, resourceSet.getLoadOptions());
		} catch (IOException e) {
			found.add(new CatalogProblem(Severity.ERROR, file.toString(), 0, "cannot read: " + e.getMessage()));
		}
		found.addAll(languageProblems(resource));
		return new LoadedModel(resource, found);
	}

	// ------------------------------------------------------------------------------------------ checks

	/** Syntax, linking and language validation problems of one file. */
	private List<CatalogProblem> languageProblems(Resource resource) {
		String location = locations.get(resource);
		List<CatalogProblem> found = new ArrayList<>();
		if (!(resource instanceof XtextResource)) {
			return found;
		}
		IResourceValidator validator = ((XtextResource) resource).getResourceServiceProvider().getResourceValidator();
		Set<String> seen = new LinkedHashSet<>();
		for (Issue issue : validator.validate(resource, CheckMode.ALL, CancelIndicator.NullImpl)) {
			Severity severity;
			switch (issue.getSeverity()) {
			case ERROR:
				severity = Severity.ERROR;
				break;
			case WARNING:
				severity = Severity.WARNING;
				break;
			default:
				continue;
			}
			String message = issue.getMessage();
			if (Diagnostic.LINKING_DIAGNOSTIC.equals(issue.getCode()) && message.contains("RoleDefinition")
					&& !message.toLowerCase().contains("unknown")) {
				message = "unknown role: " + message;
			}
			int line = issue.getLineNumber() == null ? 0 : issue.getLineNumber();
			if (seen.add(line + message)) {
				found.add(new CatalogProblem(severity, location, line, message));
			}
		}
		return found;
	}

	private void check(Catalog catalog) {
		String location = locations.get(catalog.eResource());
		for (RoleDefinition role : catalog.getRoles()) {
			if (role.getName() == null) {
				continue; // reported as a syntax error
			}
			String id = idOf(role);
			RoleDefinition first = roles.get(id);
			if (first != null) {
				problems.add(new CatalogProblem(Severity.ERROR, location, line(role), "role id '" + id + "' is declared twice: at "
						+ locationOf(first) + " and at " + locationOf(role) + "; role ids must be unique across all catalogs"));
			} else {
				roles.put(id, role);
			}
		}
		for (ListeningEndpoint endpoint : catalog.getEndpoints()) {
			endpoints.add(endpoint);
			checkEntry(endpoint, location);
			checkRole(endpoint, PortolanPackage.Literals.LISTENING_ENDPOINT__ROLE, endpoint.getRole(), location);
		}
		for (DataPathDefinition path : catalog.getDataPaths()) {
			dataPaths.add(path);
			checkEntry(path, location);
			checkRole(path, PortolanPackage.Literals.DATA_PATH_DEFINITION__FROM, path.getFrom(), location);
			checkRole(path, PortolanPackage.Literals.DATA_PATH_DEFINITION__TO, path.getTo(), location);
		}
	}

	private void checkRole(CatalogEntry entry, EReference feature, RoleDefinition role, String location) {
		if (role == null && !hasProblemAt(location, line(entry))) {
			problems.add(new CatalogProblem(Severity.ERROR, location, line(entry), "entry without " + feature.getName() + " role"));
		}
		// unresolved references (unknown roles) are reported by the linker as 'unknown role: ...'
	}

	private boolean hasProblemAt(String location, int line) {
		return problems.stream().anyMatch(p -> p.isError() && p.getLocation().equals(location) && p.getLine() == line);
	}

	private void checkEntry(CatalogEntry entry, String location) {
		SourceReference source = entry.getSource();
		String what = describe(entry);
		if (source == null) {
			problems.add(new CatalogProblem(Severity.ERROR, location, line(entry), what + " has no source (source \"<document>\" lines \"...\")"));
		} else {
			if (isBlank(source.getDocument())) {
				problems.add(new CatalogProblem(Severity.ERROR, location, line(source), what + " has a source without a document"));
			}
			if (isBlank(source.getLines()) && !source.isGeneralKnowledge()) {
				problems.add(new CatalogProblem(Severity.ERROR, location, line(source), what + " has a source without lines"));
			} else if (!isBlank(source.getLines()) && !LINES.matcher(source.getLines().replace(" ", "")).matches()) {
				problems.add(new CatalogProblem(Severity.ERROR, location, line(source),
						what + " has source lines '" + source.getLines() + "'; expected numbers and ranges separated by ';' (e.g. \"1295;1311-1315\")"));
			}
		}
		checkPorts(entry, location, what);
	}

	/**
	 * Port numbers and ranges. The language validator checks them too; this check reports only what it
	 * did not already report on the same line (so each bad port gives one error, whichever layer finds it).
	 */
	private void checkPorts(TrafficSpec traffic, String location, String what) {
		PortSpec ports = traffic.getPorts();
		if (ports == null || hasProblemAt(location, line(ports))) {
			return;
		}
		int line = line(ports);
		for (Integer port : ports.getPorts()) {
			if (port == null || port < MIN_PORT || port > MAX_PORT) {
				problems.add(new CatalogProblem(Severity.ERROR, location, line,
						what + ": port " + port + " is outside " + MIN_PORT + "-" + MAX_PORT));
			}
		}
		for (PortRange range : ports.getRanges()) {
			if (range.getStart() < MIN_PORT || range.getStart() > MAX_PORT || range.getEnd() < MIN_PORT || range.getEnd() > MAX_PORT) {
				problems.add(new CatalogProblem(Severity.ERROR, location, line(range),
						what + ": range " + range.getStart() + "-" + range.getEnd() + " is outside " + MIN_PORT + "-" + MAX_PORT));
			}
			if (range.getStart() > range.getEnd()) {
				problems.add(new CatalogProblem(Severity.ERROR, location, line(range),
						what + ": range " + range.getStart() + "-" + range.getEnd() + " ends before it starts"));
			}
		}
	}

	private String describe(CatalogEntry entry) {
		if (entry instanceof ListeningEndpoint) {
			ListeningEndpoint e = (ListeningEndpoint) entry;
			return "endpoint" + (e.getName() != null ? " " + e.getName() : "") + " on " + text(e, PortolanPackage.Literals.LISTENING_ENDPOINT__ROLE);
		}
		return "path from " + text(entry, PortolanPackage.Literals.DATA_PATH_DEFINITION__FROM) + " to "
				+ text(entry, PortolanPackage.Literals.DATA_PATH_DEFINITION__TO);
	}

	/** The text written for a feature (a role reference as the user typed it). */
	private static String text(EObject object, EStructuralFeature feature) {
		List<INode> nodes = NodeModelUtils.findNodesForFeature(object, feature);
		return nodes.isEmpty() ? "?" : NodeModelUtils.getTokenText(nodes.get(0));
	}

	/** 1-based line where an element starts, 0 if unknown. */
	static int line(EObject object) {
		ICompositeNode node = NodeModelUtils.findActualNodeFor(object);
		return node == null ? 0 : node.getStartLine();
	}

	private static boolean isBlank(String s) {
		return s == null || s.trim().isEmpty();
	}
}
