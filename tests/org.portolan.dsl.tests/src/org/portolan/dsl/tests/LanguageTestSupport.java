package org.portolan.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.Issue;
import org.portolan.dsl.ide.PortolanIdeSetup;

import com.google.inject.Injector;

/** Parses inline model text and repository files (examples/, shipped catalogs) for the language tests. */
public final class LanguageTestSupport {

	private LanguageTestSupport() {
	}

	public static Injector injector() {
		return PortolanIdeSetup.doIdeSetup();
	}

	public static XtextResourceSet newResourceSet() {
		return injector().getInstance(XtextResourceSet.class);
	}

	/** Parses {@code text} as {@code name} (e.g. "topo.portolan") into {@code rs}. */
	public static XtextResource parse(XtextResourceSet rs, String name, String text) {
		try {
			XtextResource r = (XtextResource) rs.createResource(URI.createURI("inmemory:/" + name));
			r.load(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), null);
			return r;
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	public static XtextResource parse(String text) {
		return parse(newResourceSet(), "inline.portolan", text);
	}

	public static List<Issue> issues(Resource r) {
		return ((XtextResource) r).getResourceServiceProvider().getResourceValidator().validate(r, CheckMode.ALL,
				CancelIndicator.NullImpl);
	}

	public static List<Issue> errors(Resource r) {
		return issues(r).stream().filter(i -> i.getSeverity() == Severity.ERROR).collect(Collectors.toList());
	}

	public static void assertNoErrors(Resource r) {
		List<Issue> errors = errors(r);
		assertTrue(errors.isEmpty(), r.getURI().lastSegment() + ": " + errors);
	}

	/** The root of this clone (system property portolan.repo, else the nearest parent with examples/). */
	public static Path repo() {
		String p = System.getProperty("portolan.repo");
		if (p != null) {
			return Paths.get(p).toAbsolutePath().normalize();
		}
		Path dir = Paths.get("").toAbsolutePath();
		while (dir != null && !Files.isDirectory(dir.resolve("examples"))) {
			dir = dir.getParent();
		}
		return dir;
	}

	public static Path examples() {
		return repo().resolve("examples");
	}

	public static Path catalogs() {
		return repo().resolve("bundles/org.portolan.catalog/resources/catalogs");
	}

	public static List<Path> files(Path folder) {
		try (Stream<Path> s = Files.list(folder)) {
			return s.filter(f -> f.toString().endsWith(".portolan")).sorted().collect(Collectors.toList());
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** Loads files (by file URI) into {@code rs}. */
	public static List<XtextResource> load(XtextResourceSet rs, List<Path> files) {
		List<XtextResource> result = new ArrayList<>();
		for (Path f : files) {
			result.add((XtextResource) rs.getResource(URI.createFileURI(f.toAbsolutePath().normalize().toString()), true));
		}
		return result;
	}

	public static String read(Path f) {
		try {
			return Files.readString(f);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
