package org.portolan.diagram.ui.tests;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.portolan.tests.support.UiTestSupport.flush;
import static org.portolan.tests.support.UiTestSupport.screenshot;
import static org.portolan.tests.support.UiTestSupport.waitUntil;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Arrays;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.runtime.Adapters;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.part.FileEditorInput;
import org.eclipse.ui.views.properties.IPropertySource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.portolan.diagram.DiagramElement;
import org.portolan.diagram.DiagramGraph;
import org.portolan.diagram.ui.DiagramEditor;
import org.portolan.diagram.ui.ExportHandler;
import org.portolan.dsl.ui.PortolanEditor;
import org.portolan.dsl.ui.PortolanMarkers;
import org.portolan.model.NamedElement;
import org.portolan.tests.support.Models;
import org.portolan.tests.support.WorkspaceFiles;

/**
 * Opens examples/02 (Exchange 2007 with Edge) in the diagram editor inside the workbench: the GLSP client renders in
 * the SWT Browser from the in-process server, selecting a node selects its model element (Properties), the text
 * follows a diagram edit and the editor becomes dirty, selecting a decorated element selects its problem in the
 * Problems view, a Properties edit is undone by the diagram's Edit > Undo, export writes SVG and PNG.
 */
class DiagramEditorUITest {

	private IProject project;
	private IFile file;
	private DiagramEditor editor;


	@BeforeEach
	void open() throws Exception {
		project = WorkspaceFiles.project("diagram-test");
		file = WorkspaceFiles.file(project, "edge.portolan", Models.text(Models.example("02-")));
		PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage().showView("org.eclipse.ui.views.PropertySheet");
		editor = OpenDiagram.open(file);
	}

	@AfterEach
	void close() throws Exception {
		editor.getSite().getPage().closeAllEditors(false);
		project.delete(true, true, new NullProgressMonitor());
	}

	private IMarker[] markers(String ruleId) {
		try {
			return Arrays.stream(file.findMarkers(IMarker.PROBLEM, true, 0))
					.filter(m -> ruleId.equals(m.getAttribute(PortolanMarkers.RULE_ID, "")))
					.toArray(IMarker[]::new);
		} catch (CoreException e) {
			throw new AssertionError(e);
		}
	}

	private Object eval(String script) {
		return editor.getBrowser().evaluate(script);
	}

	@Test
	void opensTheExampleSelectsAndEdits() throws Exception {
		waitUntil("hub1 drawn in the browser", () -> Boolean.TRUE.equals(
				eval("return Array.from(document.querySelectorAll('#portolan-diagram text')).some(t => t.textContent.startsWith('hub1'));")));
		assertFalse(editor.isDirty(), "opening a diagram (positions computed by ELK) does not make the file dirty");
		eval("window.portolan.fit(); return true;");
		flush(1500);
		screenshot("diagram-editor-example02.png");

		// selection sync: the diagram's selection is the model element (Properties shows it)
		String hubId = (String) eval("const l = Array.from(document.querySelectorAll('#portolan-diagram g[data-svg-metadata-type=\"node\"]')).find(g => g.querySelector(':scope > text') && g.querySelector(':scope > text').textContent.startsWith('hub1')); return l ? l.id : null;");
		assertNotNull(hubId, () -> "hub1's node element: " + eval("return Array.from(document.querySelectorAll('#portolan-diagram g[data-svg-metadata-type]')).map(g => g.getAttribute('data-svg-metadata-type') + ':' + g.id + ':' + g.getAttribute('class')).join(' | ');")
				+ "\ntext:\n" + editor.getDiagramDocument().text());
		String modelId = hubId.substring("portolan-diagram_".length());
		eval("window.portolan.select(['" + modelId.replace("'", "\\'") + "']); return true;");
		waitUntil("hub1 selected in the workbench", () -> editor.getSelection() instanceof IStructuredSelection s
				&& s.getFirstElement() instanceof EObject o && o instanceof NamedElement n && "hub1".equals(n.getName()));

		// selecting a decorated element reveals its problem: the Problems view selects the marker (made here by the
		// text editor's reconciler, from the same validators as the decorators)
		IWorkbenchPage page = editor.getSite().getPage();
		IViewPart problemsView = page.showView(IPageLayout.ID_PROBLEM_VIEW);
		page.openEditor(new FileEditorInput(file), PortolanEditor.ID, false,
				IWorkbenchPage.MATCH_INPUT | IWorkbenchPage.MATCH_ID);
		page.activate(editor);
		DiagramGraph graph = editor.modelState().graph();
		DiagramElement decorated = graph.elements().stream()
				.filter(e -> !e.decorations().isEmpty()).findFirst().orElseThrow();
		String ruleId = decorated.decorations().get(0).ruleId();
		waitUntil("the " + ruleId + " marker", () -> markers(ruleId).length > 0);
		flush(1500); // the Problems view shows new markers after a short delay
		String select = "window.portolan.select(['" + decorated.id().replace("'", "\\'") + "']); return true;";
		eval(select);
		long[] selectedAt = { System.currentTimeMillis() };
		try {
			waitUntil("the Problems view to select the " + ruleId + " problem of " + decorated.label(), () -> {
				// validation may run again and replace the marker the selection revealed: select again now and then
				if (System.currentTimeMillis() - selectedAt[0] > 2000) {
					eval("window.portolan.select([]); return true;");
					eval(select);
					selectedAt[0] = System.currentTimeMillis();
				}
				var selection = problemsView.getSite().getSelectionProvider().getSelection();
				return selection instanceof IStructuredSelection s && ((java.util.List<?>) s.toList()).stream()
						.map(o -> (IMarker) Adapters.adapt(o, IMarker.class))
						.anyMatch(m -> m != null && ruleId.equals(m.getAttribute(PortolanMarkers.RULE_ID, "")));
			});
		} catch (AssertionError e) {
			throw new AssertionError(e.getMessage() + "; decorations " + decorated.decorations().stream().map(d -> d.ruleId() + "|" + d.message()).toList()
					+ "; markers " + Arrays.stream(markers(ruleId)).map(m -> m.getAttribute(IMarker.MESSAGE, "")).toList()
					+ "; selection " + problemsView.getSite().getSelectionProvider().getSelection());
		}
		eval("window.portolan.select(['" + hubId.substring("portolan-diagram_".length()).replace("'", "\\'") + "']); return true;");
		waitUntil("hub1 selected again", () -> editor.getSelection() instanceof IStructuredSelection s
				&& s.getFirstElement() instanceof NamedElement n && "hub1".equals(n.getName()));

		// Properties edits the selected diagram element; the file's one command stack lets the diagram undo it
		EObject hub = (EObject) ((IStructuredSelection) editor.getSelection()).getFirstElement();
		IPropertySource properties = Adapters.adapt(hub,
				IPropertySource.class);
		assertNotNull(properties, "the selected diagram element has properties");
		properties.setPropertyValue(hub.eClass().getEStructuralFeature("fqdn"), "hub-renamed.contoso.com");
		waitUntil("the Properties edit in the text", () -> editor.getDiagramDocument().text().contains("\"hub-renamed.contoso.com\""));
		waitUntil("the diagram to show the new fqdn", () -> Boolean.TRUE.equals(
				eval("return Array.from(document.querySelectorAll('#portolan-diagram text')).some(t => t.textContent.includes('hub-renamed.contoso.com'));")));
		editor.getSite().getPage().activate(editor);
		editor.getSite().getService(IHandlerService.class).executeCommand("org.eclipse.ui.edit.undo", null);
		waitUntil("Edit > Undo in the diagram to undo the Properties edit", () -> editor.getDiagramDocument().text().contains("\"hub1.contoso.com\""));

		// a diagram edit is a text edit (dirty, text follows)
		eval("window.portolan.dispatch({kind:'createNode', isOperation:true, elementTypeId:'node:certificate', location:{x:20,y:20}, args:{}}); return true;");
		waitUntil("the text to follow the diagram edit", () -> editor.getDiagramDocument().text().contains("certificate cert1"));
		waitUntil("the editor to be dirty", editor::isDirty);
		editor.doSave(new NullProgressMonitor());
		assertFalse(editor.isDirty());
		assertTrue(new String(file.getContents().readAllBytes()).contains("certificate cert1"), "saved atomically");
		assertTrue(project.getFile("edge.portolan.layout").exists() || Files.exists(file.getLocation().toFile().toPath().resolveSibling("edge.portolan.layout")), "layout sidecar saved");

		Path svg = file.getLocation().toFile().toPath().resolveSibling("edge.svg");
		Path png = file.getLocation().toFile().toPath().resolveSibling("edge.png");
		ExportHandler.export(editor, svg, "svg");
		ExportHandler.export(editor, png, "png");
		assertTrue(Files.readString(svg).contains("<svg"), "SVG export");
		assertTrue(Files.size(png) > 1000, "PNG export");
		screenshot("diagram-editor-after-edit.png");
	}
}
