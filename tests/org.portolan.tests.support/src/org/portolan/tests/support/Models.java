package org.portolan.tests.support;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.portolan.catalog.CatalogLoader;
import org.portolan.catalog.PortolanLanguage;
import org.portolan.dsl.scoping.PortolanGlobalScopeProvider;
import org.portolan.model.PortolanModel;
import org.portolan.model.Topology;

/**
 * Shared by the test fragments that work on whole topologies (diagram, reports): the bundled examples (and edited
 * copies of their text), loaded with the shipped catalogs as the CLI does. Paths are relative to the test module
 * ({@code ../../examples}).
 */
public final class Models {

	private Models() {
	}

	/** The checkout (the folder holding {@code examples/} and {@code bundles/}). */
	public static Path repository() {
		return examplesFolder().getParent();
	}

	/** The bundled examples folder. */
	public static Path examplesFolder() {
		return Path.of("../../examples").toAbsolutePath().normalize();
	}

	/** The example whose file name starts with {@code prefix} (e.g. {@code "12-"}). */
	public static Path example(String prefix) {
		try (var files = Files.list(examplesFolder())) {
			return files.filter(p -> p.getFileName().toString().startsWith(prefix)).sorted().findFirst().orElseThrow();
		} catch (IOException e) {
			throw new IllegalStateException(e);
		}
	}

	/** Every bundled example ({@code *.portolan}), by name. */
	public static List<Path> examples() {
		try (var files = Files.list(examplesFolder())) {
			return files.filter(p -> p.toString().endsWith(".portolan")).sorted().toList();
		} catch (IOException e) {
			throw new IllegalStateException(e);
		}
	}

	public static String text(Path file) {
		try {
			return Files.readString(file, StandardCharsets.UTF_8);
		} catch (IOException e) {
			throw new IllegalStateException(e);
		}
	}

	/**
	 * Loads a topology as the CLI does: the file, the files it imports, and the shipped catalogs (the standard library)
	 * that no imported file of the same name replaces; asserts it parses and links.
	 */
	public static Topology load(Path file) {
		XtextResourceSet rs = PortolanLanguage.newResourceSet();
		Resource resource = rs.getResource(URI.createFileURI(file.toAbsolutePath().toString()), true);
		if (resource.getContents().get(0) instanceof PortolanModel model) {
			for (var imp : model.getImports()) {
				URI uri = PortolanGlobalScopeProvider.resolve(resource, imp);
				if (uri != null && rs.getURIConverter().exists(uri, null)) {
					rs.getResource(uri, true);
				}
			}
		}
		Set<String> loaded = new HashSet<>();
		rs.getResources().forEach(r -> loaded.add(r.getURI().lastSegment()));
		return linked(rs, resource, loaded, file.toString());
	}

	/** Parses {@code text} as a topology named {@code name} with the shipped catalogs; asserts it parses and links. */
	public static Topology load(String text, String name) {
		XtextResourceSet rs = PortolanLanguage.newResourceSet();
		Resource resource = rs.createResource(URI.createURI("memory:/" + name));
		try {
			resource.load(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), rs.getLoadOptions());
		} catch (IOException e) {
			throw new IllegalStateException(e);
		}
		return linked(rs, resource, Set.of(), name);
	}

	/** Adds the shipped catalogs not named in {@code replaced}, links everything and returns the topology. */
	private static Topology linked(XtextResourceSet rs, Resource resource, Set<String> replaced, String what) {
		try {
			for (String catalogName : CatalogLoader.shippedCatalogNames()) {
				if (replaced.contains(catalogName)) {
					continue;
				}
				URL url = CatalogLoader.shippedCatalogUrl(catalogName);
				Resource catalog = rs.createResource(URI.createURI(url.toString()));
				try (InputStream in = url.openStream()) {
					catalog.load(in, rs.getLoadOptions());
				}
			}
		} catch (IOException e) {
			throw new IllegalStateException(e);
		}
		EcoreUtil.resolveAll(rs);
		assertEquals(List.of(), resource.getErrors(), what + " parses and links");
		return (Topology) resource.getContents().get(0);
	}
}
