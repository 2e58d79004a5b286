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
import org.eclipse.ui.part.FileEditorInput;
import org.portolan.dsl.ui.PortolanEditor;

/** Finds (or opens) the Portolan editor that holds a model element's text. */
public final class PortolanEditors {

	private PortolanEditors() {
	}

	/** The workspace file of a model element, or null when it is not in the workspace. */
	public static IFile fileOf(EObject element) {
		if (element.eResource() == null) {
			return null;
		}
		URI uri = element.eResource().getURI();
		if (!uri.isPlatformResource()) {
			return null;
		}
		return ResourcesPlugin.getWorkspace().getRoot().getFile(new Path(uri.toPlatformString(true)));
	}

	public static PortolanEditor editorFor(EObject element) {
		IFile file = fileOf(element);
		if (file == null) {
			return null;
		}
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
			// match the editor id too: the file may be open in the diagram editor only
			return page == null ? null
					: (PortolanEditor) page.openEditor(new FileEditorInput(file), PortolanEditor.ID, false,
							IWorkbenchPage.MATCH_INPUT | IWorkbenchPage.MATCH_ID);
		} catch (PartInitException e) {
			return null;
		}
	}
}
