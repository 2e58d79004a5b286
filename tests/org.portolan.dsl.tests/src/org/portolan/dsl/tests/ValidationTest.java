package org.portolan.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.portolan.dsl.tests.LanguageTestSupport.issues;
import static org.portolan.dsl.tests.LanguageTestSupport.parse;

import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.BasicDiagnostic;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EValidator;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.validation.CompositeEValidator;
import org.eclipse.xtext.validation.Issue;
import org.junit.jupiter.api.Test;
import org.portolan.dsl.validation.IssueCodes;
import org.portolan.model.PortolanPackage;
import org.portolan.model.Server;

class ValidationTest {

	private static Issue only(List<Issue> issues, String code) {
		List<Issue> found = issues.stream().filter(i -> code.equals(i.getCode())).toList();
		assertEquals(1, found.size(), "issues with code " + code + " in " + issues);
		return found.get(0);
	}

	@Test
	void port70000IsAnErrorWithLine() {
		XtextResource r = parse("topology t\nzone a\nfirewall fw {\n  rule allow tcp 70000 from any to a\n}\n");
		Issue i = only(issues(r), IssueCodes.PORT_OUT_OF_RANGE);
		assertEquals(Severity.ERROR, i.getSeverity());
		assertEquals(4, i.getLineNumber());
		assertTrue(i.getMessage().contains("70000"), i.getMessage());
	}

	@Test
	void reversedRangeIsAnError() {
		XtextResource r = parse("catalog c\nrole R\nendpoint on R udp 5000-4000 source \"004\" lines \"1\"\n");
		Issue i = only(issues(r), IssueCodes.PORT_RANGE_REVERSED);
		assertEquals(3, i.getLineNumber());
		assertTrue(i.getMessage().contains("5000-4000"), i.getMessage());
	}

	@Test
	void importOfMissingFileIsAnError() {
		XtextResource r = parse("topology t\nimport \"nowhere/missing.portolan\"\n");
		Issue i = only(issues(r), IssueCodes.IMPORT_NOT_FOUND);
		assertTrue(i.getMessage().contains("nowhere/missing.portolan"), i.getMessage());
	}

	@Test
	void catalogEntryWithoutLinesIsAWarningAndWithoutSourceASyntaxError() {
		XtextResource r = parse("catalog c\nrole R\nendpoint on R tcp 443 source \"003\"\n");
		assertEquals(Severity.WARNING, only(issues(r), IssueCodes.SOURCE_LINES_MISSING).getSeverity());
		XtextResource noSource = parse("catalog c\nrole R\nendpoint on R tcp 443\nrole S\n");
		Issue syntax = only(issues(noSource), IssueCodes.SYNTAX_ERROR);
		assertTrue(syntax.getMessage().contains("'source'"), syntax.getMessage());
	}

	@Test
	void duplicateNamesNameBothLines() {
		XtextResource r = parse("topology t\nserver mail\nzone dmz\nzone mail\n");
		List<Issue> dup = issues(r).stream().filter(i -> IssueCodes.DUPLICATE_NAME.equals(i.getCode())).toList();
		assertEquals(2, dup.size(), dup.toString());
		Issue onServer = dup.stream().filter(i -> i.getLineNumber() == 2).findFirst().orElseThrow();
		Issue onZone = dup.stream().filter(i -> i.getLineNumber() == 4).findFirst().orElseThrow();
		assertTrue(onServer.getMessage().contains("network zone at line 4"), onServer.getMessage());
		assertTrue(onZone.getMessage().contains("server at line 2"), onZone.getMessage());
	}

	@Test
	void unresolvedReferenceNamesWhatIsMissing() {
		XtextResource r = parse("topology t\nserver edge1 { role lync2013.EdgeServr }\npool p members edge1, edge9\n");
		List<Issue> linking = issues(r).stream().filter(i -> IssueCodes.UNRESOLVED_REFERENCE.equals(i.getCode())).toList();
		assertEquals(2, linking.size(), linking.toString());
		assertTrue(linking.get(0).getMessage().contains("catalog role 'lync2013.EdgeServr'"), linking.get(0).getMessage());
		assertEquals(2, linking.get(0).getLineNumber());
		assertTrue(linking.get(1).getMessage().contains("server 'edge9'"), linking.get(1).getMessage());
	}

	/** An EValidator registered for the Portolan package (as the validation bundle does) runs on DSL files. */
	@Test
	void registeredEValidatorsRunOnDslFiles() {
		EValidator probe = new EValidator() {
			@Override
			public boolean validate(EObject o, DiagnosticChain d, Map<Object, Object> context) {
				return validate(o.eClass(), o, d, context);
			}

			@Override
			public boolean validate(EClass c, EObject o, DiagnosticChain d, Map<Object, Object> context) {
				if (o instanceof Server s && "probe-me".equals(s.getName()) && d != null) {
					d.add(new BasicDiagnostic(Diagnostic.ERROR, "test.probe", 0, "PROBE-001 server probe-me",
							new Object[] { o }));
					return false;
				}
				return true;
			}

			@Override
			public boolean validate(EDataType t, Object v, DiagnosticChain d, Map<Object, Object> context) {
				return true;
			}
		};
		EValidator registered = EValidator.Registry.INSTANCE.getEValidator(PortolanPackage.eINSTANCE);
		assertTrue(registered instanceof CompositeEValidator, "Xtext composes the package's validators: " + registered);
		((CompositeEValidator) registered).addValidator(probe);
		XtextResource r = parse("topology t\nserver probe-me\n");
		List<Issue> found = issues(r).stream().filter(i -> i.getMessage().contains("PROBE-001")).toList();
		assertEquals(1, found.size(), issues(r).toString());
		assertEquals(2, found.get(0).getLineNumber());
	}
}
