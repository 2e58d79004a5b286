package org.portolan.diagram.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.portolan.diagram.glsp.DiagramDocument;
import org.portolan.diagram.glsp.DiagramServer;
import org.portolan.diagram.glsp.StandaloneModels;
import org.portolan.tests.support.Models;

/**
 * The diagram client in Debian's headless Chromium (driven by playwright-core from client/test/browser-test.mjs)
 * against the real GLSP server running here: create from the palette, move by dragging, create and reconnect a
 * connector, undo, switch a layer, rename in place, drop into another zone, delete. The script reports each step; this test then checks the model (the text) and
 * the layout that the steps changed.
 */
class BrowserE2ETest {

	@TempDir
	Path dir;


	@Test
	void createMoveReconnectUndoInChromium() throws Exception {
		Path repo = Models.repository();
		Path client = repo.resolve("bundles/org.portolan.diagram.ui/client");
		Path index = repo.resolve("bundles/org.portolan.diagram.ui/web-gen/index.html");
		assertTrue(Files.exists(index), "the client is built: " + index);
		Path file = dir.resolve("edge.portolan");
		Files.copy(repo.resolve("examples/02-exchange2007-with-edge.portolan"), file);
		String original = Files.readString(file);
		DiagramDocument document = StandaloneModels.open(file);
		Process node = new ProcessBuilder("node", "test/browser-test.mjs", index.toString(),
				System.getProperty("portolan.screenshots", dir.resolve("shots").toString()))
				.directory(client.toFile()).redirectError(ProcessBuilder.Redirect.INHERIT).start();
		Writer toNode = new OutputStreamWriter(node.getOutputStream(), StandardCharsets.UTF_8);
		List<String> steps = new ArrayList<>();
		String result = null;
		try (DiagramServer server = new DiagramServer(document, json -> {
			synchronized (toNode) {
				try {
					toNode.write(json.replace("\n", " ") + "\n");
					toNode.flush();
				} catch (java.io.IOException e) {
					// the browser test ended
				}
			}
		})) {
			BufferedReader fromNode = new BufferedReader(new InputStreamReader(node.getInputStream(), StandardCharsets.UTF_8));
			String line;
			while ((line = fromNode.readLine()) != null) {
				if (line.startsWith("MSG ")) {
					server.receive(line.substring(4));
				} else if (line.startsWith("STEP ")) {
					steps.add(line.substring(5));
					System.out.println("browser: " + line);
				} else if (line.startsWith("RESULT ")) {
					result = line.substring(7);
				}
			}
			assertTrue(node.waitFor(120, TimeUnit.SECONDS), "the browser test ends");
		} finally {
			node.destroyForcibly();
		}
		assertEquals(8, steps.size(), "all steps ran: " + steps);
		for (String step : steps) {
			assertTrue(step.startsWith("ok "), step);
		}
		assertEquals("8 passed, 0 failed", result);
		String text = document.text();
		assertTrue(java.util.regex.Pattern.compile("server mbx1 \\{[^}]*zone perimeter", java.util.regex.Pattern.DOTALL).matcher(text).find(),
				"created from the palette, renamed in place, dropped into the perimeter zone:\n" + text);
		assertTrue(text.contains("connector connector1 from hub1 to edge1"), "reconnect undone:\n" + text);
		assertTrue(!text.contains("firewall internal-fw"), "deleted with the Delete key:\n" + text);
		assertTrue(text.startsWith(original.substring(0, 300)), "the rest of the text is untouched");
		document.dispose();
	}
}
