package org.portolan.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.portolan.dsl.tests.LanguageTestSupport.assertNoErrors;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.resource.SaveOptions;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.serializer.ISerializer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The scenario examples and the shipped catalogs parse, link, validate and round-trip through the serializer. */
class ExamplesTest {

	private static XtextResourceSet rs;

	@BeforeAll
	static void loadAll() {
		rs = LanguageTestSupport.newResourceSet();
		LanguageTestSupport.load(rs, LanguageTestSupport.files(LanguageTestSupport.catalogs()));
		LanguageTestSupport.load(rs, LanguageTestSupport.files(LanguageTestSupport.examples()));
		EcoreUtil.resolveAll(rs);
	}

	static Stream<Path> examples() {
		return LanguageTestSupport.files(LanguageTestSupport.examples()).stream();
	}

	static Stream<Path> allFiles() {
		return Stream.concat(examples(), LanguageTestSupport.files(LanguageTestSupport.catalogs()).stream());
	}

	@Test
	void theNineScenariosOfTheIssueAreThere() {
		List<String> names = examples().map(p -> p.getFileName().toString().substring(0, 3)).toList();
		assertEquals(List.of("01-", "02-", "03-", "07-", "10-", "12-", "13-", "14-", "15-"), names);
	}

	@ParameterizedTest
	@MethodSource("examples")
	void exampleNamesItsSeedDocumentAndParsesWithoutErrors(Path file) {
		String text = LanguageTestSupport.read(file);
		assertTrue(text.startsWith("// Scenario "), "header comment naming the scenario");
		assertTrue(text.lines().limit(6).anyMatch(l -> l.matches(".*seed 00[0-4] \\(00[0-4]_[0-9a-f]+\\.txt.*")),
				"header names the seed document file");
		assertNoErrors(resource(file));
	}

	@ParameterizedTest
	@MethodSource("allFiles")
	void serializeThenParseGivesAnEqualModel(Path file) {
		XtextResource original = resource(file);
		assertNoErrors(original);
		EObject root = original.getContents().get(0);
		ISerializer serializer = original.getResourceServiceProvider().get(ISerializer.class);
		String text = serializer.serialize(root, SaveOptions.newBuilder().format().getOptions());
		XtextResource again = LanguageTestSupport.parse(rs, "roundtrip/" + file.getFileName(), text);
		try {
			assertEquals(List.of(), again.getErrors(), text);
			EcoreUtil.resolveAll(again);
			EObject reparsed = again.getContents().get(0);
			List<String> differences = new ArrayList<>();
			if (!new EcoreUtil.EqualityHelper().equals(root, reparsed)) {
				differences.add("models differ after round trip");
			}
			assertEquals(List.of(), differences, text);
		} finally {
			again.unload();
			rs.getResources().remove(again);
		}
	}

	private static XtextResource resource(Path file) {
		return (XtextResource) rs.getResource(
				org.eclipse.emf.common.util.URI.createFileURI(file.toAbsolutePath().normalize().toString()), true);
	}
}
