package org.portolan.validation.examples.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.portolan.analysis.FlowAnalysis;
import org.portolan.analysis.RequiredFlows;
import org.portolan.catalog.CatalogLoader;
import org.portolan.model.Topology;
import org.portolan.validation.Finding;
import org.portolan.validation.PortolanValidation;
import org.portolan.validation.Severity;

/**
 * Every example model under examples/ (written in the Portolan language with the shipped catalogs) validates with
 * zero errors. Warnings are allowed and printed.
 */
class ExampleModelsValidateTest {

	static Stream<Path> examples() throws IOException {
		Path dir = Path.of("../../examples").toAbsolutePath().normalize();
		try (Stream<Path> files = Files.list(dir)) {
			return files.filter(p -> p.toString().endsWith(".portolan")).sorted().toList().stream();
		}
	}

	@ParameterizedTest
	@MethodSource("examples")
	void exampleHasNoValidationErrors(Path file) {
		// the shipped catalogs are a standard library: examples refer to their roles without importing them
		XtextResourceSet rs = new CatalogLoader().withShippedCatalogs().load().getResourceSet();
		Resource resource = rs.getResource(URI.createFileURI(file.toString()), true);
		EcoreUtil.resolveAll(rs);
		assertEquals(List.of(), resource.getErrors(), "the example parses and links: " + file.getFileName());
		assertTrue(resource.getContents().get(0) instanceof Topology, file + " is a topology");
		Topology topology = (Topology) resource.getContents().get(0);

		RequiredFlows flows = FlowAnalysis.analyze(topology);
		List<Finding> findings = PortolanValidation.validate(topology);
		System.out.println("== " + file.getFileName() + ": " + flows.size() + " required flows, " + findings.size()
				+ " findings");
		flows.all().forEach(f -> System.out.println("   flow " + f));
		findings.forEach(f -> System.out.println("   " + f));
		assertEquals(List.of(), findings.stream().filter(f -> f.severity() == Severity.ERROR).toList(),
				file.getFileName() + " validates without errors");
	}
}
