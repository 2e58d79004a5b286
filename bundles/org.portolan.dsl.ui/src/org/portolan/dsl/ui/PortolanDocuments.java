package org.portolan.dsl.ui;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.resources.IContainer;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.IResourceValidator;
import org.eclipse.xtext.validation.Issue;

/**
 * Parses the text of a {@code .portolan} file of the workspace together with the other Portolan files of
 * its project, so that cross-file references (a topology naming catalog roles, servers in other files)
 * resolve the same way as in the builder, the CLI and the language server.
 */
public final class PortolanDocuments {

	public static final String FILE_EXTENSION = "portolan";

	private PortolanDocuments() {
	}

	/** The EMF URI of a workspace file. */
	public static URI uriOf(IFile file) {
		return URI.createPlatformResourceURI(file.getFullPath().toString(), true);
	}

	/**
	 * Parses {@code text} as the content of {@code file} (which may differ from what is on disk while the
	 * user types) and resolves all references. Never writes anything.
	 */
	public static XtextResource parse(IFile file, String text) {
		XtextResourceSet resourceSet = PortolanLanguage.get(XtextResourceSet.class);
		URI uri = uriOf(file);
		for (URI catalog : shippedCatalogs()) {
			try {
				resourceSet.getResource(catalog, true);
			} catch (RuntimeException e) {
				// reported by the catalog tests and the CLI; the user's file still parses
			}
		}
		for (IFile other : portolanFiles(file.getProject())) {
			if (!other.equals(file)) {
				try {
					resourceSet.getResource(uriOf(other), true);
				} catch (RuntimeException e) {
					// a broken neighbour is reported on its own file; this file still parses
				}
			}
		}
		XtextResource resource = (XtextResource) resourceSet.createResource(uri);
		try {
			resource.load(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), resourceSet.getLoadOptions());
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		EcoreUtil2.resolveLazyCrossReferences(resource, CancelIndicator.NullImpl);
		return resource;
	}

	private static volatile List<URI> shippedCatalogs;

	/** The product catalogs shipped with Portolan (Exchange, OCS, Lync, SfB, Windows), visible to every file. */
	public static List<URI> shippedCatalogs() {
		List<URI> result = shippedCatalogs;
		if (result == null) {
			try {
				result = List.copyOf(org.portolan.catalog.CatalogLoader.shippedCatalogUris());
			} catch (IOException e) {
				throw new UncheckedIOException(e);
			}
			shippedCatalogs = result;
		}
		return result;
	}

	/** Runs the parser, linker and every registered validator on a parsed resource. */
	public static List<Issue> validate(XtextResource resource, CancelIndicator cancel) {
		IResourceValidator validator = resource.getResourceServiceProvider().getResourceValidator();
		return validator.validate(resource, CheckMode.ALL, cancel);
	}

	/** True when the text has syntax errors (edits from other views must not rewrite it then). */
	public static boolean hasSyntaxErrors(Resource resource) {
		return resource instanceof XtextResource xtext && xtext.getParseResult() != null
				&& xtext.getParseResult().hasSyntaxErrors();
	}

	/** All {@code .portolan} files of a project (or folder), in a stable order. */
	public static List<IFile> portolanFiles(IContainer container) {
		List<IFile> files = new ArrayList<>();
		if (container == null || !container.isAccessible()) {
			return files;
		}
		try {
			container.accept(resource -> {
				if (resource.getType() == IResource.FILE && FILE_EXTENSION.equals(resource.getFileExtension())) {
					files.add((IFile) resource);
				}
				return !resource.getName().equals("target") && !resource.getName().startsWith(".");
			});
		} catch (CoreException e) {
			throw new IllegalStateException("Cannot list the Portolan files of " + container.getFullPath(), e);
		}
		files.sort((a, b) -> a.getFullPath().toString().compareTo(b.getFullPath().toString()));
		return files;
	}
}
