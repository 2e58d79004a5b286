package org.portolan.diagram.glsp;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;

import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.util.URI;
import org.eclipse.jface.text.Document;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.util.CancelIndicator;
import org.portolan.catalog.CatalogLoader;
import org.portolan.diagram.DiagramLayout;
import org.portolan.diagram.DiagramLayoutStore;
import org.portolan.model.io.AtomicFiles;
import org.portolan.dsl.ide.PortolanIdeSetup;
import org.portolan.dsl.ide.services.PortolanEditorServices;

import com.google.inject.Injector;

/**
 * Diagram documents outside the workbench (tests, the browser-test server): a file's text in a plain document,
 * parsed with the shipped catalogs, its layout sidecar read and written with the core's store.
 */
public final class StandaloneModels {

	private static volatile Injector injector;

	private StandaloneModels() {
	}

	public static synchronized Injector injector() {
		if (injector == null) {
			injector = PortolanIdeSetup.doIdeSetup();
			org.portolan.validation.PortolanValidation.register();
		}
		return injector;
	}

	/** A parser of texts of {@code uri}: a fresh resource set with the shipped catalogs for every text. */
	public static Function<String, XtextResource> parser(URI uri) {
		return text -> {
			XtextResourceSet rs = injector().getInstance(XtextResourceSet.class);
			for (URI catalog : shippedCatalogs()) {
				rs.getResource(catalog, true);
			}
			XtextResource resource = (XtextResource) rs.createResource(uri);
			try {
				resource.load(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), rs.getLoadOptions());
			} catch (IOException e) {
				throw new UncheckedIOException(e);
			}
			EcoreUtil2.resolveLazyCrossReferences(resource, CancelIndicator.NullImpl);
			return resource;
		};
	}

	public static List<URI> shippedCatalogs() {
		try {
			return CatalogLoader.shippedCatalogUris();
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** A document on {@code file}: its text, its sidecar layout, saving writes both (text atomically). */
	public static DiagramDocument open(Path file) throws IOException {
		URI uri = URI.createFileURI(file.toAbsolutePath().toString());
		Document text = new Document(Files.readString(file));
		DiagramLayout layout = DiagramLayoutStore.read(file).layout();
		DiagramDocument document = new DiagramDocument(uri, text, parser(uri),
				injector().getInstance(PortolanEditorServices.class), new BasicCommandStack(), layout, null);
		document.setSaveAction(() -> {
			try {
				AtomicFiles.write(file, text.get(), StandardCharsets.UTF_8);
				synchronized (layout) {
					DiagramLayoutStore.write(file, layout);
				}
			} catch (IOException e) {
				throw new UncheckedIOException(e);
			}
		});
		return document;
	}
}
