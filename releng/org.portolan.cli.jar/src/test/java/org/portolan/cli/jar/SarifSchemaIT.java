package org.portolan.cli.jar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

/** The SARIF the self-contained jar writes validates against the SARIF 2.1.0 JSON schema (src/test/resources/sarif). */
class SarifSchemaIT {

	static JsonSchema schema() throws IOException {
		try (InputStream in = SarifSchemaIT.class.getResourceAsStream("/sarif/sarif-schema-2.1.0.json")) {
			return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V4).getSchema(in);
		}
	}

	@Test
	void sarifOfEveryBundledExampleValidates(@TempDir Path out) throws Exception {
		Path sarif = out.resolve("examples.sarif");
		CliJarIT.Run r = CliJarIT.run("validate", "--quiet", "--fail-on", "info", "--sarif", sarif.toString(), "examples");
		assertTrue(r.code() == 0 || r.code() == 1, r.err());
		JsonNode log = new ObjectMapper().readTree(sarif.toFile());
		assertEquals(Set.of(), schema().validate(log), "SARIF 2.1.0 schema");
		assertEquals(r.out().lines().count(), log.at("/runs/0/results").size(), "one result per printed finding");
	}

	@Test
	void sarifOfAnInputErrorValidates(@TempDir Path out) throws Exception {
		Path bad = Files.writeString(out.resolve("bad.portolan"), "topology t\nserver s { interface }\n");
		Path sarif = out.resolve("bad.sarif");
		CliJarIT.Run r = CliJarIT.run("validate", "--quiet", "--sarif", sarif.toString(), bad.toString());
		assertEquals(2, r.code());
		JsonNode log = new ObjectMapper().readTree(sarif.toFile());
		assertEquals(Set.of(), schema().validate(log));
		assertEquals("PORTOLAN-INPUT", log.at("/runs/0/results/0/ruleId").asText());
	}

	@Test
	void theSchemaCheckRejectsAnInvalidLog() throws IOException {
		Set<ValidationMessage> errors = schema().validate(new ObjectMapper().readTree("{\"version\": \"2.1.0\", \"runs\": [{\"results\": []}]}"));
		assertFalse(errors.isEmpty(), "a run without a tool is invalid");
	}
}
