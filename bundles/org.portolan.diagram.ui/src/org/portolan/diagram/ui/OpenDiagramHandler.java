package org.portolan.diagram.ui;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.Adapters;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IFileEditorInput;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.handlers.HandlerUtil;
import org.eclipse.ui.ide.IDE;

/** Portolan > Open Diagram: the selected .portolan file, or the active editor's, in the diagram editor. */
public class OpenDiagramHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) throws ExecutionException {
		IFile file = null;
		ISelection selection = HandlerUtil.getCurrentSelection(event);
		if (selection instanceof IStructuredSelection structured && structured.getFirstElement() != null) {
			file = Adapters.adapt(structured.getFirstElement(), IFile.class);
		}
		if (file == null || !"portolan".equals(file.getFileExtension())) {
			IEditorPart editor = HandlerUtil.getActiveEditor(event);
			if (editor != null && editor.getEditorInput() instanceof IFileEditorInput input) {
				file = input.getFile();
			}
		}
		if (file == null || !"portolan".equals(file.getFileExtension())) {
			return null;
		}
		IWorkbenchPage page = HandlerUtil.getActiveWorkbenchWindowChecked(event).getActivePage();
		try {
			IDE.openEditor(page, file, DiagramEditor.ID, true);
		} catch (PartInitException e) {
			throw new ExecutionException("Could not open the diagram of " + file.getFullPath(), e);
		}
		return null;
	}
}
