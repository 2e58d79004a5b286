package org.portolan.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.portolan.dsl.tests.LanguageTestSupport.issues;
import static org.portolan.dsl.tests.LanguageTestSupport.parse;

import java.util.List;

import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.validation.Issue;
import org.junit.jupiter.api.Test;
import org.portolan.dsl.validation.IssueCodes;

class BadInputTest {

	@Test
	void syntaxErrorCarriesLineColumnAndWhatWasExpected() {
		XtextResource r = parse("topology t\nzone a\nfirewall fw {\n  rule allow tcp 443 from any a\n}\n");
		List<Issue> syntax = issues(r).stream().filter(i -> IssueCodes.SYNTAX_ERROR.equals(i.getCode())).toList();
		assertFalse(syntax.isEmpty());
		Issue first = syntax.get(0);
		assertEquals(4, first.getLineNumber());
		assertEquals(31, first.getColumn(), first.toString()); // 1-based: the stray "a"
		assertTrue(first.getMessage().contains("'a'") && first.getMessage().contains("'to'"), first.getMessage());
	}

	@Test
	void missingValueSaysAStringWasExpected() {
		XtextResource r = parse("topology t\nserver mail {\n  fqdn mail.micro.com\n}\n");
		Issue first = issues(r).stream().filter(i -> IssueCodes.SYNTAX_ERROR.equals(i.getCode())).findFirst().orElseThrow();
		assertEquals(3, first.getLineNumber());
		assertTrue(first.getMessage().contains("a string"), first.getMessage());
	}

	@Test
	void unknownStatementListsTheStatementsThatFit() {
		XtextResource r = parse("topology t\nservr mail\n");
		Issue first = issues(r).get(0);
		assertEquals(2, first.getLineNumber());
		assertTrue(first.getMessage().contains("'server'") && first.getMessage().contains("'firewall'"), first.getMessage());
	}

	/** A 5 MB file of random tokens parses (with errors) without an exception. Timing: benchmarks/. */
	@Test
	void fiveMegabytesOfRandomTokensParseWithErrorsAndWithoutException() {
		String text = RandomTokens.generate(5 * 1024 * 1024, 42);
		XtextResource[] r = new XtextResource[1];
		assertDoesNotThrow(() -> r[0] = parse(text));
		assertFalse(r[0].getErrors().isEmpty(), "random tokens must produce syntax errors");
		assertTrue(r[0].getErrors().get(0).getLine() >= 1);
		assertDoesNotThrow(() -> issues(r[0]));
	}
}
