package org.portolan.validation.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.portolan.validation.PortolanValidation;
import org.portolan.validation.RuleChecker;

/** docs/rules.md lists every registered rule as implemented. */
class RulesDocumentationTest {

	@Test
	void everyRegisteredRuleIsDocumentedAsImplemented() throws IOException {
		List<String> lines = Files.readAllLines(Path.of("../../docs/rules.md"), StandardCharsets.UTF_8);
		for (RuleChecker rule : PortolanValidation.rules()) {
			String id = rule.info().id();
			boolean documented = lines.stream().anyMatch(l -> l.startsWith("| `" + id + "` |")
					&& (l.contains("| implemented") || l.contains("| " + rule.info().severity().name().toLowerCase())));
			assertTrue(documented, id + " is in docs/rules.md");
		}
	}
}
