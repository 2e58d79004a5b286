package org.portolan.diagram.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.portolan.catalog.CatalogLoader;
import org.portolan.catalog.PortolanLanguage;
import org.portolan.model.Topology;

/** Loads the bundled examples (and edited copies of their text) with the shipped catalogs, as the CLI does. */
final class Models {

	private Models() {
	}

	static Path example(String prefix) {
		Path dir = Path.of("../../examples").toAbsolutePath().normalize();
		try (var files = Files.list(dir)) {
			return files.filter(p -> p.getFileName().toString().startsWith(prefix)).findFirst().orElseThrow();
		} catch (IOException e) {
			throw new IllegalStateException(e);
		}
	}

	static List<Path> examples() {
		Path dir = Path.of("../../examples").toAbsolutePath().normalize();
		try (var files = Files.list(dir)) {
			return files.filter(p -> p.toString().endsWith(".portolan")).sorted().toList();
		} catch (IOException e) {
			throw new IllegalStateException(e);
		}
	}

	static String text(Path file) {
		try {
			return Files.readString(file, StandardCharsets.UTF_8);
		} catch (IOException e) {
			throw new IllegalStateException(e);
		}
	}

	static Topology load(Path file) {
		return load(text(file), file.getFileName().toString());
	}

	/** Parses {@code text} as a topology named {@code name} with the shipped catalogs; asserts it links. */
	static Topology load(String text, String name) {
		XtextResourceSet rs = PortolanLanguage.newResourceSet();
		Resource resource = rs.createResource(URI.createURI("memory:/" + name));
		try {
			resource.load(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), rs.getLoadOptions());
			for (String catalogName : CatalogLoader.shippedCatalogNames()) {
				java.net.URL url = CatalogLoader.class.getResource("/" + CatalogLoader.SHIPPED_FOLDER + catalogName);
				Resource catalog = rs.createResource(URI.createURI(url.toString()));
				try (InputStream in = url.openStream()) {
					catalog.load(in, rs.getLoadOptions());
				}
			}
		} catch (IOException e) {
			throw new IllegalStateException(e);
		}
		EcoreUtil.resolveAll(rs);
		assertEquals(List.of(), resource.getErrors(), name + " parses and links");
		return (Topology) resource.getContents().get(0);
	}
}
