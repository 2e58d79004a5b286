package org.portolan.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.jface.text.ITextSelection;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.portolan.dsl.ui.PortolanDocuments;
import org.portolan.dsl.ui.PortolanEditor;
import org.portolan.dsl.ui.PortolanMarkers;
import org.portolan.dsl.ui.internal.PortolanBuilder;
import org.portolan.tests.support.UiTestSupport;
import org.portolan.ui.PortolanPerspective;
import org.portolan.ui.explorer.ModelExplorerView;
import org.portolan.ui.internal.ExampleProjectOpener;

/**
 * What a newcomer sees after {@code ./portolan-workbench}: the repository's examples/ folder opened as a
 * project, validated, listed in the model explorer, and a problem that opens the text at its element.
 */
class BundledExamplesUITest {

	/** The examples folder of this clone (tests run in tests/org.portolan.ui.tests). */
	static File examplesFolder() {
		File folder = new File("../../examples").getAbsoluteFile();
		assertTrue(new File(folder, "01-exchange2007-single-server-micro-com.portolan").isFile(), "examples at " + folder);
		return folder;
	}

	@AfterEach
	void closeEditors() throws Exception {
		IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
		page.closeAllEditors(false);
		IProject project = org.eclipse.core.resources.ResourcesPlugin.getWorkspace().getRoot().getProject(ExampleProjectOpener.PROJECT_NAME);
		if (project.exists()) {
			project.delete(false, true, new NullProgressMonitor()); // keeps the files: they are the repository's
		}
	}

	@Test
	void theBundledExamplesValidateWithoutErrorsAndShowInTheModelExplorer() throws Exception {
		IProject project = ExampleProjectOpener.openExamples(examplesFolder(), new NullProgressMonitor());
		assertTrue(project.hasNature(ExampleProjectOpener.PORTOLAN_NATURE), "the examples project validates Portolan files");
		PortolanBuilder.validateProject(project, new NullProgressMonitor());

		List<IFile> files = PortolanDocuments.portolanFiles(project);
		assertTrue(files.size() >= 9, "the nine seed scenarios: " + files);
		List<String> errors = Arrays.stream(project.findMarkers(PortolanMarkers.MARKER_TYPE, true, IResource.DEPTH_INFINITE))
				.filter(m -> m.getAttribute(IMarker.SEVERITY, -1) == IMarker.SEVERITY_ERROR)
				.map(m -> m.getResource().getName() + ":" + m.getAttribute(IMarker.LINE_NUMBER, -1) + " " + m.getAttribute(IMarker.MESSAGE, ""))
				.collect(Collectors.toList());
		assertEquals(List.of(), errors, "the bundled examples are clean designs");

		IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
		page.setPerspective(PlatformUI.getWorkbench().getPerspectiveRegistry().findPerspectiveWithId(PortolanPerspective.ID));
		ModelExplorerView explorer = (ModelExplorerView) page.showView(ModelExplorerView.ID);
		explorer.refresh();
		explorer.getViewer().expandToLevel(2);
		List<String> top = Arrays.stream(explorer.getViewer().getTree().getItems()).map(TreeItem::getText).collect(Collectors.toList());
		assertTrue(top.stream().anyMatch(t -> t.startsWith("micro.lab")), "the micro.com lab is listed: " + top);
		List<String> groups = Arrays.stream(explorer.getViewer().getTree().getItems()[0].getItems()).map(TreeItem::getText)
				.collect(Collectors.toList());
		assertTrue(groups.stream().anyMatch(g -> g.startsWith("Servers (")), "servers are grouped: " + groups);
		UiTestSupport.screenshot(page.getWorkbenchWindow().getShell(), "examples-explorer.png");
	}

	@Test
	void theStartExampleOpensInTheEditorUnlessEditorsAreOpen() throws Exception {
		IProject project = ExampleProjectOpener.openExamples(examplesFolder(), new NullProgressMonitor());
		IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
		page.closeAllEditors(false);
		IEditorPart editor = ExampleProjectOpener.openStartExample(page, project);
		assertTrue(editor instanceof PortolanEditor, "the start example is shown in the Portolan editor");
		assertEquals(ExampleProjectOpener.DEFAULT_START_EXAMPLE, ((PortolanEditor) editor).getFile().getName());
		assertEquals(null, ExampleProjectOpener.openStartExample(page, project), "a workbench with open editors is left as it is");
		assertEquals(1, page.getEditorReferences().length);
	}

	@Test
	void aProblemOpensTheTextAtItsElement() throws Exception {
		IProject project = ExampleProjectOpener.openExamples(examplesFolder(), new NullProgressMonitor());
		IFile file = project.getFile("01-exchange2007-single-server-micro-com.portolan");
		IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
		PortolanEditor editor = (PortolanEditor) IDE.openEditor(page, file);
		String original = editor.getDocument().get();
		int at = original.indexOf(" zone internal", original.indexOf("server mail"));
		assertTrue(at > 0, "the lab's mail server interface");
		editor.getDocument().replace(at, " zone internal".length(), " zone intranet"); // no such zone
		UiTestSupport.waitUntil("an error marker naming the missing zone", () -> missingZone(file) != null);
		// validation can run more than once after an edit and replace the marker (a deleted marker has no position and
		// opens nothing): the one to double-click is the one there now, so the gesture is repeated until it was done on
		// a marker that still exists
		IMarker[] marker = new IMarker[1];
		IEditorPart[] opened = new IEditorPart[1];
		int[] start = new int[1];
		UiTestSupport.waitUntil("a double-click on an existing problem", () -> {
			marker[0] = missingZone(file);
			if (marker[0] == null) {
				return false;
			}
			start[0] = marker[0].getAttribute(IMarker.CHAR_START, -1);
			editor.selectAndReveal(0, 0);
			try {
				opened[0] = IDE.openEditor(page, marker[0]); // what double-click in Problems does
			} catch (org.eclipse.ui.PartInitException e) {
				throw new AssertionError(e);
			}
			return marker[0].exists();
		});
		assertTrue(start[0] >= 0, "the problem knows where it is in the text");
		assertEquals(editor, opened[0]);
		ITextSelection selection = (ITextSelection) editor.getSelectionProvider().getSelection();
		assertEquals(start[0], selection.getOffset(), "the problem's text is selected");
		assertEquals("intranet", selection.getText());
		editor.getDocument().set(original);
		editor.doRevertToSaved();
	}

	private static IMarker missingZone(IFile file) {
		try {
			return Arrays.stream(file.findMarkers(PortolanMarkers.MARKER_TYPE, true, IResource.DEPTH_ZERO))
					.filter(m -> m.getAttribute(IMarker.SEVERITY, -1) == IMarker.SEVERITY_ERROR)
					.filter(m -> m.getAttribute(IMarker.MESSAGE, "").contains("intranet")).findFirst().orElse(null);
		} catch (org.eclipse.core.runtime.CoreException e) {
			throw new IllegalStateException(e);
		}
	}
}
