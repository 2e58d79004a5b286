package org.portolan.dsl.ui.internal;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.Path;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IEditorReference;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.portolan.dsl.ui.PortolanEditor;

/** Finds (or opens) the Portolan editor that holds a model element's text. */
public final class PortolanEditors {

	private PortolanEditors() {
	}

	public static PortolanEditor editorFor(EObject element) {
		if (element.eResource() == null) {
			return null;
		}
		URI uri = element.eResource().getURI();
		if (!uri.isPlatformResource()) {
			return null;
		}
		IFile file = ResourcesPlugin.getWorkspace().getRoot().getFile(new Path(uri.toPlatformString(true)));
		for (IWorkbenchWindow window : PlatformUI.getWorkbench().getWorkbenchWindows()) {
			for (IWorkbenchPage page : window.getPages()) {
				for (IEditorReference reference : page.getEditorReferences()) {
					IEditorPart part = reference.getEditor(false);
					if (part instanceof PortolanEditor editor && file.equals(editor.getFile())) {
						return editor;
					}
				}
			}
		}
		try {
			IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
			return page == null ? null : (PortolanEditor) IDE.openEditor(page, file, PortolanEditor.ID, false);
		} catch (PartInitException e) {
			return null;
		}
	}
}
