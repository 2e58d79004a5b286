package org.portolan.dsl.standalone;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.IResourceValidator;
import org.eclipse.xtext.validation.Issue;
import org.portolan.dsl.PortolanStandaloneSetup;

import com.google.inject.Injector;

/**
 * Plain-Java entry point: loads .portolan files (a folder tree, or single files) into one resource set so that
 * cross-file references (topology → catalog roles) resolve, and validates them.
 */
public final class PortolanFiles {

	private final Injector injector;
	private final XtextResourceSet resourceSet;

	public PortolanFiles() {
		this(PortolanStandaloneSetup.doSetup());
	}

	public PortolanFiles(Injector injector) {
		this.injector = injector;
		this.resourceSet = injector.getInstance(XtextResourceSet.class);
	}

	public XtextResourceSet getResourceSet() {
		return resourceSet;
	}

	public Injector getInjector() {
		return injector;
	}

	/** Loads every *.portolan file below {@code folder} (sorted by path); returns them. */
	public List<XtextResource> loadFolder(Path folder) {
		List<XtextResource> result = new ArrayList<>();
		try (Stream<Path> files = Files.walk(folder)) {
			files.filter(p -> p.toString().endsWith(".portolan")).sorted().forEach(p -> result.add(load(p)));
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return result;
	}

	/** Loads one file (or returns it if already loaded). */
	public XtextResource load(Path file) {
		URI uri = URI.createFileURI(file.toAbsolutePath().normalize().toString());
		return (XtextResource) resourceSet.getResource(uri, true);
	}

	/** Resolves all references of all loaded resources. */
	public void resolveAll() {
		EcoreUtil.resolveAll(resourceSet);
	}

	/** Syntax, linking and validation issues (all registered EValidators) of one resource. */
	public List<Issue> validate(Resource resource) {
		IResourceValidator validator = ((XtextResource) resource).getResourceServiceProvider().getResourceValidator();
		return validator.validate(resource, CheckMode.ALL, CancelIndicator.NullImpl);
	}
}
