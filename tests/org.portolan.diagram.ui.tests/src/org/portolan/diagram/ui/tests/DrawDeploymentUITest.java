package org.portolan.diagram.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.portolan.tests.support.UiTestSupport.flush;
import static org.portolan.tests.support.UiTestSupport.screenshot;
import static org.portolan.tests.support.UiTestSupport.waitUntil;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.ui.handlers.IHandlerService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.portolan.tests.support.WorkspaceFiles;
import org.portolan.diagram.glsp.PortolanGModelFactory;
import org.portolan.diagram.glsp.PortolanModelState;
import org.portolan.diagram.ui.DiagramEditor;
import org.portolan.diagram.ui.ExportHandler;

/**
 * The "done when", as a user does it in the workbench: on an empty model, draw a small Exchange 2010
 * deployment with the palette (clicks on the palette entry, then on the canvas or into a container), see the
 * validation decorator appear (a Mailbox server with no Client Access server in its site) and disappear (add one),
 * switch the network layer off and on, undo from the workbench's Edit menu, save and export SVG.
 */
class DrawDeploymentUITest {

	private IProject project;
	private IFile file;
	private DiagramEditor editor;

	@BeforeEach
	void open() throws Exception {
		project = WorkspaceFiles.project("draw-test");
		file = WorkspaceFiles.file(project, "lab.portolan", "topology lab \"Drawn in the diagram\"\n");
		editor = OpenDiagram.open(file);
	}

	@AfterEach
	void close() throws Exception {
		editor.getSite().getPage().closeEditor(editor, false);
		project.delete(true, true, new NullProgressMonitor());
	}

	private Object eval(String script) {
		return editor.getBrowser().evaluate(script);
	}

	private String text() {
		return editor.getDiagramDocument().text();
	}

	/** Clicks the palette entry whose text is {@code label} or starts with it (a catalog role's entry ends with its catalog). */
	private void clickPalette(String label) {
		Object clicked = eval("const b = Array.from(document.querySelectorAll('.tool-palette .tool-button'))"
				+ ".find(b => b.textContent.trim() === '" + label + "' || b.textContent.trim().startsWith('" + label + " '));"
				+ "if (!b) return false; b.click(); return true;");
		assertEquals(Boolean.TRUE, clicked, "palette entry " + label);
	}

	/**
	 * A mouse click at the diagram position (x, y) relative to the drawing area's top left, or inside the node whose
	 * label starts with {@code inside} (offset by x, y from its top left), as the browser delivers a user's click.
	 */
	private void clickCanvas(String inside, int x, int y) {
		Object result = eval("const svg = document.querySelector('#portolan-diagram svg');"
				+ "let r = svg.getBoundingClientRect();"
				+ "const label = " + (inside == null ? "null" : "'" + inside + "'") + ";"
				+ "if (label) { const g = Array.from(document.querySelectorAll('#portolan-diagram g[data-svg-metadata-type=\"node\"]'))"
				+ "  .find(n => n.querySelector(':scope > text') && n.querySelector(':scope > text').textContent.startsWith(label));"
				+ "  if (!g) return 'no node ' + label; r = g.getBoundingClientRect(); }"
				+ "const cx = r.left + " + x + ", cy = r.top + " + y + ";"
				+ "const target = document.elementFromPoint(cx, cy) || svg;"
				+ "for (const type of ['mousemove', 'mousedown', 'mouseup', 'click']) {"
				+ "  target.dispatchEvent(new MouseEvent(type, { bubbles: true, cancelable: true, view: window, clientX: cx, clientY: cy,"
				+ "    button: 0, buttons: type === 'mousedown' ? 1 : 0 })); }"
				+ "return 'ok';");
		assertEquals("ok", result);
	}

	/** The toolbar's Layout button (ELK arranges the drawing; containers grow around what they hold). */
	private void layout() {
		java.util.Map<String, ?> before = java.util.Map.copyOf(editor.getDiagramDocument().layout().allBounds());
		eval("document.getElementById('portolan-layout').click(); return true;");
		waitUntil("the layout", () -> !before.equals(java.util.Map.copyOf(editor.getDiagramDocument().layout().allBounds())));
		flush(600);
	}

	private boolean nodeDrawn(String label) {
		return Boolean.TRUE.equals(eval("return Array.from(document.querySelectorAll('#portolan-diagram g[data-svg-metadata-type=\"node\"] > text'))"
				+ ".some(t => t.textContent.startsWith('" + label + "'));"));
	}

	/** True when the node labelled {@code label} is drawn with the error/warning outline of a validation finding. */
	private boolean decorated(String label) {
		return Boolean.TRUE.equals(eval("const g = Array.from(document.querySelectorAll('#portolan-diagram g[data-svg-metadata-type=\"node\"]'))"
				+ ".find(n => n.querySelector(':scope > text') && n.querySelector(':scope > text').textContent.startsWith('" + label + "'));"
				+ "return !!g && (g.classList.contains('decorated') || g.querySelector(':scope > .decorated') != null);"));
	}

	private boolean findingInDiagram(String ruleId) {
		PortolanModelState state = editor.modelState();
		if (state == null || state.graph() == null) {
			return false;
		}
		return state.graph().elements().stream()
				.anyMatch(e -> PortolanGModelFactory.decorationsOf(state.graph(), e.id()).stream().anyMatch(d -> ruleId.equals(d.ruleId())));
	}

	@Test
	void drawsASmallExchangeDeploymentEndToEnd() throws Exception {
		// a site on the empty canvas, a zone in the site, a Mailbox server in the zone: palette click + canvas click
		clickPalette("Site");
		clickCanvas(null, 60, 60);
		waitUntil("the site in the text", () -> text().contains("site site1"));
		waitUntil("the site drawn", () -> nodeDrawn("Site site1"));

		clickPalette("Zone");
		clickCanvas("Site site1", 12, 12);
		waitUntil("the zone in the site, in the text", () -> text().contains("zone zone1") && text().contains("at-site site1"));
		waitUntil("the zone drawn", () -> nodeDrawn("zone1"));

		clickPalette("Exchange 2010 Mailbox server");
		clickCanvas("zone1", 12, 12);
		waitUntil("the Mailbox server in the text", () -> text().contains("role exchange2010.Mailbox"));
		waitUntil("the server drawn", () -> nodeDrawn("server1"));
		layout();

		// the validators run on the drawing: a Mailbox server needs a Client Access server in its site
		waitUntil("the EXCH2010-NET-001 decorator", () -> findingInDiagram("EXCH2010-NET-001") && decorated("Site site1"));
		eval("window.portolan.fit(); return true;");
		flush(800);
		screenshot("draw-1-decorator.png");

		clickPalette("Exchange 2010 Client Access server");
		clickCanvas("zone1", 12, 12);
		waitUntil("the Client Access server in the text", () -> text().contains("role exchange2010.ClientAccess"));
		layout();
		waitUntil("the decorator to disappear", () -> !findingInDiagram("EXCH2010-NET-001") && !decorated("Site site1"));

		// a firewall on the zone: in the "Network and firewalls" layer
		clickPalette("Firewall");
		clickCanvas("zone1", 12, 12);
		waitUntil("the firewall on zone1 in the text", () -> text().contains("firewall firewall1") && text().contains("interface zone1 zone zone1"));
		waitUntil("the firewall drawn", () -> nodeDrawn("firewall1"));

		// Edit > Undo of the workbench undoes the last diagram edit (the firewall), Redo brings it back
		IHandlerService handlers = editor.getSite().getService(IHandlerService.class);
		handlers.executeCommand("org.eclipse.ui.edit.undo", null);
		waitUntil("undo from the workbench", () -> !text().contains("firewall firewall1"));
		waitUntil("the firewall gone from the diagram", () -> !nodeDrawn("firewall1"));
		handlers.executeCommand("org.eclipse.ui.edit.redo", null);
		waitUntil("redo from the workbench", () -> text().contains("firewall firewall1"));
		waitUntil("the firewall drawn again", () -> nodeDrawn("firewall1"));

		layout();
		eval("document.getElementById('layer-network').click(); return true;");
		waitUntil("the network layer hidden", () -> !nodeDrawn("firewall1"));
		assertTrue(nodeDrawn("server1"), "other layers stay");
		eval("document.getElementById('layer-network').click(); return true;");
		waitUntil("the network layer shown again", () -> nodeDrawn("firewall1"));
		eval("window.portolan.fit(); return true;");
		flush(800);
		screenshot("draw-2-deployment.png");

		// the diagram follows the text: a server typed into the document appears
		editor.getDiagramDocument().textDocument().replace(text().length(), 0,
				"\nserver typed {\n\tsite site1\n\trole exchange2010.HubTransport\n}\n");
		try {
			waitUntil("the typed server drawn", () -> nodeDrawn("typed"));
		} catch (AssertionError e) {
			throw new AssertionError(e.getMessage() + "\ntext:\n" + text() + "\nrendered:\n" + editor.modelState().renderedText()
					+ "\nnodes: " + eval("return Array.from(document.querySelectorAll('#portolan-diagram g[data-svg-metadata-type=\"node\"] > text')).map(t => t.textContent).join(' | ');"));
		}

		assertTrue(editor.isDirty(), "drawing made the file dirty");
		editor.doSave(new NullProgressMonitor());
		assertFalse(editor.isDirty(), "saved");
		String saved = new String(file.getContents().readAllBytes(), StandardCharsets.UTF_8);
		assertTrue(saved.startsWith("topology lab \"Drawn in the diagram\"") && saved.contains("role exchange2010.Mailbox")
				&& saved.contains("role exchange2010.ClientAccess") && saved.contains("server typed"), saved);
		Path location = file.getLocation().toFile().toPath();
		assertTrue(Files.exists(location.resolveSibling("lab.portolan.layout")), "the layout sidecar beside the model");

		Path svg = location.resolveSibling("lab.svg");
		ExportHandler.export(editor, svg, "svg");
		String exported = Files.readString(svg);
		assertTrue(exported.contains("<svg") && exported.contains("server1") && exported.contains("firewall1"), "SVG export");
	}
}
