package org.portolan.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.portolan.dsl.tests.LanguageTestSupport.issues;
import static org.portolan.dsl.tests.LanguageTestSupport.parse;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.validation.Issue;
import org.junit.jupiter.api.Test;
import org.portolan.dsl.validation.IssueCodes;
import org.portolan.model.Catalog;
import org.portolan.model.Pool;
import org.portolan.model.Server;
import org.portolan.model.Topology;

/**
 * Parser error recovery: a malformed statement gives an error at that statement, and the statements after it are
 * still parsed (model, outline, validation, diagram keep them) with their own errors reported too.
 */
class ErrorRecoveryTest {

	// line 6: a typo in a statement keyword (its { } block is skipped as a whole);
	// line 13: a number where a string is expected, inside a server block
	static final String TOPOLOGY = """
			topology t
			zone a kind internal
			server s1 {
			  fqdn "s1.example.com"
			}
			servr s2 {
			  fqdn "s2.example.com"
			  site hq
			}
			zone b kind perimeter
			server s3 {
			  fqdn "s3.example.com"
			  os 2008
			  cores 4
			  memory-mb 8192
			}
			pool p members s1, s3
			""";

	private static List<Issue> syntaxErrors(XtextResource r) {
		return issues(r).stream().filter(i -> IssueCodes.SYNTAX_ERROR.equals(i.getCode())).toList();
	}

	private static List<Integer> lines(List<Issue> issues) {
		return issues.stream().map(Issue::getLineNumber).toList();
	}

	private static List<String> names(List<? extends EObject> elements) {
		return elements.stream().map(e -> {
			EStructuralFeature name = e.eClass().getEStructuralFeature("name");
			return String.valueOf(e.eGet(name));
		}).toList();
	}

	@Test
	void aMalformedStatementKeepsTheStatementsAfterIt() {
		Topology topology = (Topology) parse(TOPOLOGY).getContents().get(0);
		assertEquals(List.of("a", "b"), names(topology.getZones()));
		assertEquals(List.of("s1", "s3"), names(topology.getServers()));
		assertTrue(topology.getSites().isEmpty(), "the skipped block's 'site hq' must not become a site: " + names(topology.getSites()));
		Server s3 = topology.getServers().get(1);
		assertEquals("s3.example.com", s3.getFqdn());
		assertEquals(4, s3.getCpuCores(), "the properties after the bad one are parsed");
		assertEquals(8192, s3.getMemoryMB());
		assertEquals(List.of("p"), names(topology.getPools()));
		Pool p = topology.getPools().get(0);
		assertEquals(List.of("s1", "s3"), names(p.getMembers()), "references to servers after the error resolve");
	}

	@Test
	void twoIndependentErrorsAreBothReportedAtTheirLinesAndSayWhatWasExpected() {
		List<Issue> errors = syntaxErrors(parse(TOPOLOGY));
		assertEquals(List.of(6, 13), lines(errors), errors.toString());
		Issue typo = errors.get(0);
		assertEquals(1, typo.getColumn());
		assertTrue(typo.getMessage().startsWith("Unexpected 'servr', expected one of "), typo.getMessage());
		assertTrue(typo.getMessage().contains("'server'") && typo.getMessage().contains("'zone'")
				&& typo.getMessage().contains("'firewall'") && typo.getMessage().contains("end of file"), typo.getMessage());
		Issue number = errors.get(1);
		assertEquals(6, number.getColumn());
		assertEquals("Unexpected '2008', expected a string", number.getMessage());
	}

	@Test
	void aStrayTokenAfterAStatementIsReportedAndTheNextStatementParses() {
		XtextResource r = parse("topology t\nzone a kind internal oops\nzone b\nsite hq subnets \"10.0.0.0/8\" 42\nzone c\n");
		Topology topology = (Topology) r.getContents().get(0);
		assertEquals(List.of("a", "b", "c"), names(topology.getZones()));
		assertEquals(List.of("hq"), names(topology.getSites()));
		List<Issue> errors = syntaxErrors(r);
		assertEquals(List.of(2, 4), lines(errors), errors.toString());
		assertTrue(errors.get(0).getMessage().startsWith("Unexpected 'oops', expected one of "), errors.get(0).getMessage());
		assertTrue(errors.get(0).getMessage().contains("'subnets'") && errors.get(0).getMessage().contains("'at-site'"),
				errors.get(0).getMessage());
		assertEquals(22, errors.get(0).getColumn());
	}

	@Test
	void anErrorInANestedStatementResumesAtTheNextStatementOfTheBlock() {
		XtextResource r = parse("""
				topology t
				zone dmz
				firewall fw {
				  interface outside zone 12
				  interface inside zone dmz
				  rule allow tcp 443 from any to any
				}
				zone after
				""");
		Topology topology = (Topology) r.getContents().get(0);
		assertEquals(List.of("outside", "inside"), names(topology.getFirewalls().get(0).getInterfaces()));
		assertEquals(1, topology.getFirewalls().get(0).getRules().size());
		assertEquals(List.of("dmz", "after"), names(topology.getZones()));
		assertEquals(List.of(4), lines(syntaxErrors(r)), syntaxErrors(r).toString());
	}

	@Test
	void aMissingClosingBraceStillLetsTheNextServerParse() {
		XtextResource r = parse("topology t\nserver a {\n  fqdn \"a\"\nserver b {\n  fqdn \"b\"\n}\n");
		Topology topology = (Topology) r.getContents().get(0);
		assertEquals(List.of("a", "b"), names(topology.getServers()));
		assertEquals("b", topology.getServers().get(1).getFqdn());
		List<Issue> errors = syntaxErrors(r);
		assertEquals(List.of(4), lines(errors), errors.toString());
		assertEquals("Missing '}' before 'server'", errors.get(0).getMessage());
	}

	/** The example of docs/language.md "Syntax errors" behaves as the text says. */
	@Test
	void theLanguageDocumentExampleBehavesAsDescribed() {
		String doc = LanguageTestSupport.read(LanguageTestSupport.repo().resolve("docs/language.md"));
		Matcher m = Pattern.compile("```\\n(topology t\\nzone a kind internal\\nservr .*?)```", Pattern.DOTALL).matcher(doc);
		assertTrue(m.find(), "example missing in docs/language.md");
		XtextResource r = parse(m.group(1));
		assertEquals(List.of(3, 8), lines(syntaxErrors(r)), syntaxErrors(r).toString());
		assertEquals("Unexpected '2008', expected a string", syntaxErrors(r).get(1).getMessage());
		Topology topology = (Topology) r.getContents().get(0);
		assertEquals(List.of("a", "b"), names(topology.getZones()));
		assertEquals(List.of("s3"), names(topology.getServers()));
		assertEquals(4, topology.getServers().get(0).getCpuCores());
		assertTrue(topology.getSites().isEmpty());
		assertEquals(List.of("s3"), names(topology.getPools().get(0).getMembers()));
	}

	@Test
	void catalogStatementsAfterAnErrorAreKept() {
		XtextResource r = parse("""
				catalog c
				product p1 vendor "Microsoft"
				prodcut p2 vendor "Microsoft"
				role R1 of p1 kind server-role
				role R2 of p1 kind bogus
				role R3 of p1
				""");
		Catalog catalog = (Catalog) r.getContents().get(0);
		assertEquals(List.of("p1"), names(catalog.getProducts()));
		assertEquals(List.of("R1", "R2", "R3"), names(catalog.getRoles()));
		List<Issue> errors = syntaxErrors(r);
		assertEquals(List.of(3, 5), lines(errors), errors.toString());
		assertTrue(errors.get(0).getMessage().contains("'prodcut'") && errors.get(0).getMessage().contains("'product'")
				&& errors.get(0).getMessage().contains("'role'"), errors.get(0).getMessage());
	}
}
