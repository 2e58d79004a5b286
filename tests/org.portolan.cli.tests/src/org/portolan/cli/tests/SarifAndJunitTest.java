package org.portolan.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * --sarif and --junit content (the SARIF schema validation itself runs against the self-contained jar in
 * releng/org.portolan.cli.jar, SarifSchemaIT, on a plain class path).
 */
class SarifAndJunitTest {

	static JsonObject sarifOf(Path out, String... files) throws IOException {
		Path sarif = out.resolve("findings.sarif");
		String[] args = new String[files.length + 4];
		args[0] = "validate";
		args[1] = "--quiet";
		args[2] = "--sarif";
		args[3] = sarif.toString();
		System.arraycopy(files, 0, args, 4, files.length);
		Cli.run(args);
		return JsonParser.parseString(Files.readString(sarif)).getAsJsonObject();
	}

	@Test
	void sarifResultsCarryRuleLevelLocationAndRuleIndex(@TempDir Path out) throws IOException {
		Cli.Result printed = Cli.run("validate", "--quiet", Cli.model("edge-missing-rule.portolan"));
		JsonObject log = sarifOf(out, Cli.model("edge-missing-rule.portolan"));
		assertEquals("2.1.0", log.get("version").getAsString());
		JsonObject run = log.getAsJsonArray("runs").get(0).getAsJsonObject();
		var rules = run.getAsJsonObject("tool").getAsJsonObject("driver").getAsJsonArray("rules");
		var results = run.getAsJsonArray("results");
		assertEquals(printed.out().lines().count(), results.size(), "one result per printed finding");
		boolean found = false;
		for (JsonElement e : results) {
			JsonObject r = e.getAsJsonObject();
			String ruleId = r.get("ruleId").getAsString();
			assertEquals(ruleId, rules.get(r.get("ruleIndex").getAsInt()).getAsJsonObject().get("id").getAsString(),
					"ruleIndex points at the rule");
			if (ruleId.equals("FW-PORT-001")) {
				found = true;
				assertEquals("error", r.get("level").getAsString());
				JsonObject loc = r.getAsJsonArray("locations").get(0).getAsJsonObject().getAsJsonObject("physicalLocation");
				assertTrue(loc.getAsJsonObject("artifactLocation").get("uri").getAsString().endsWith("models/edge-missing-rule.portolan"));
				assertTrue(loc.getAsJsonObject("region").get("startLine").getAsInt() > 0);
				assertTrue(printed.out().contains(r.getAsJsonObject("message").get("text").getAsString()));
			}
		}
		assertTrue(found, "an FW-PORT-001 error result");
	}

	@Test
	void sarifOfInputErrorsAndOfACleanRun(@TempDir Path out) throws IOException {
		JsonObject broken = sarifOf(out, Cli.model("broken.portolan"));
		JsonObject result = broken.getAsJsonArray("runs").get(0).getAsJsonObject().getAsJsonArray("results").get(0)
				.getAsJsonObject();
		assertEquals("PORTOLAN-INPUT", result.get("ruleId").getAsString());
		assertEquals(3, result.getAsJsonArray("locations").get(0).getAsJsonObject().getAsJsonObject("physicalLocation")
				.getAsJsonObject("region").get("startLine").getAsInt());
		JsonObject clean = sarifOf(out, Cli.model("clean.portolan"));
		assertEquals(0, clean.getAsJsonArray("runs").get(0).getAsJsonObject().getAsJsonArray("results").size());
	}

	@Test
	void junitXmlHasOneFailurePerFailingFinding(@TempDir Path out) throws Exception {
		Path junit = out.resolve("TEST-portolan.xml");
		Cli.Result r = Cli.run("validate", "--quiet", "--junit", junit.toString(), Cli.model("edge-missing-rule.portolan"),
				Cli.model("clean.portolan"));
		long errorsPrinted = r.out().lines().filter(l -> l.contains(": error ")).count();
		assertTrue(errorsPrinted > 0);
		Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(Files.newInputStream(junit));
		NodeList suites = doc.getElementsByTagName("testsuite");
		assertEquals(2, suites.getLength());
		Element edge = (Element) suites.item(0);
		assertEquals(errorsPrinted, Long.parseLong(edge.getAttribute("failures")));
		assertEquals(errorsPrinted, edge.getElementsByTagName("failure").getLength());
		Element clean = (Element) suites.item(1);
		assertEquals("0", clean.getAttribute("failures"));
		assertEquals(1, clean.getElementsByTagName("testcase").getLength());
	}
}
