package org.portolan.diagram.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.portolan.tests.support.UiTestSupport.flush;
import static org.portolan.tests.support.UiTestSupport.screenshot;
import static org.portolan.tests.support.UiTestSupport.waitUntil;

import java.util.Arrays;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IEditorReference;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.portolan.diagram.ui.DiagramEditor;
import org.portolan.dsl.ui.PortolanEditor;
import org.portolan.ui.internal.ExampleProjectOpener;
import org.portolan.tests.support.Models;

/**
 * What `./portolan-workbench` shows: the start example in the text editor with its diagram as a second tab, which
 * draws the example when the user switches to it.
 */
class StartExampleUITest {

	@AfterEach
	void close() {
		PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage().closeAllEditors(false);
	}

	@Test
	void theStartExampleOpensWithItsDiagram() throws Exception {
		IProject project = ExampleProjectOpener.openExamples(Models.examplesFolder().toFile(),
				new NullProgressMonitor());
		IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
		PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell().setSize(1500, 950);
		page.closeAllEditors(false);
		IEditorPart text = ExampleProjectOpener.openStartExample(page, project);
		assertTrue(text instanceof PortolanEditor, "the text editor first");
		assertSame(text, page.getActiveEditor(), "and active");
		IEditorReference[] editors = page.getEditorReferences();
		assertEquals(2, editors.length, "the text and the diagram of the start example");
		DiagramEditor diagram = (DiagramEditor) Arrays.stream(editors).map(r -> r.getEditor(true))
				.filter(DiagramEditor.class::isInstance).findFirst().orElse(null);
		assertNotNull(diagram, "the diagram tab");
		assertEquals(((PortolanEditor) text).getFile(), diagram.getFile());
		assertTrue(diagram.getTitle().startsWith("Diagram: "), diagram.getTitle());

		page.activate(diagram);
		waitUntil("the example drawn", () -> diagram.isReady() || diagram.getLastError() != null);
		assertEquals(null, diagram.getLastError());
		try {
			waitUntil("the example drawn in the browser", () -> Boolean.TRUE.equals(diagram.getBrowser().evaluate(
					"return document.querySelectorAll('#portolan-diagram g[data-svg-metadata-type=\"node\"]').length >= 8;")));
		} catch (AssertionError e) {
			screenshot("workbench-start-example-diagram-failure.png");
			throw new AssertionError(e.getMessage() + ": " + diagram.getBrowser().evaluate(
					"return Array.from(document.querySelectorAll('#portolan-diagram g[data-svg-metadata-type]')).map(g => g.id).join(' ') + ' | ' + document.body.innerText.slice(0, 300);"));
		}
		diagram.getBrowser().evaluate("window.portolan.fit(); return true;");
		flush(1000);
		screenshot("workbench-start-example-diagram.png");
		assertFalse(diagram.isDirty(), "showing the diagram changes nothing");
	}
}
