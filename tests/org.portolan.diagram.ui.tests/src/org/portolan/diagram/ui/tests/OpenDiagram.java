package org.portolan.diagram.ui.tests;

import static org.junit.jupiter.api.Assertions.assertNull;
import static org.portolan.tests.support.UiTestSupport.waitUntil;

import org.eclipse.core.resources.IFile;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.portolan.diagram.ui.DiagramEditor;

/** Opens a file in the diagram editor as a user would and waits until the client has drawn it and shows its palette. */
final class OpenDiagram {

	private OpenDiagram() {
	}

	static DiagramEditor open(IFile file) throws PartInitException {
		IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
		PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell().setSize(1500, 950);
		DiagramEditor editor = (DiagramEditor) IDE.openEditor(page, file, DiagramEditor.ID);
		waitUntil("the diagram client to load", () -> editor.isReady() || editor.getLastError() != null);
		assertNull(editor.getLastError(), "the client started");
		waitUntil("the palette", () -> Boolean.TRUE.equals(
				editor.getBrowser().evaluate("return document.querySelector('.tool-palette .tool-button') != null;")));
		return editor;
	}
}
