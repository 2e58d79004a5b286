package org.portolan.dsl.ui.internal;

import org.eclipse.core.filesystem.EFS;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.Path;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.texteditor.ITextEditor;
import org.eclipse.xtext.resource.ILocationInFileProvider;
import org.eclipse.xtext.util.ITextRegion;
import org.portolan.dsl.ui.PortolanEditor;
import org.portolan.dsl.ui.PortolanLanguage;

/** Opens the file that declares a model element and selects its name. */
public final class PortolanNavigation {

	private PortolanNavigation() {
	}

	public static ITextRegion nameRegion(EObject element) {
		return PortolanLanguage.get(ILocationInFileProvider.class).getSignificantTextRegion(element);
	}

	public static void open(EObject element) throws PartInitException {
		URI uri = element.eResource() == null ? null : element.eResource().getURI();
		if (uri == null) {
			return;
		}
		IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
		IEditorPart part;
		if (uri.isPlatformResource()) {
			IFile file = ResourcesPlugin.getWorkspace().getRoot().getFile(new Path(uri.toPlatformString(true)));
			part = IDE.openEditor(page, file, PortolanEditor.ID);
		} else if (uri.isFile()) {
			try {
				part = IDE.openEditorOnFileStore(page, EFS.getLocalFileSystem().getStore(new Path(uri.toFileString())));
			} catch (PartInitException e) {
				throw e;
			}
		} else {
			return; // e.g. a catalog inside a bundle: nothing the user can open as a file
		}
		ITextRegion region = nameRegion(element);
		if (part instanceof ITextEditor text && region != null) {
			text.selectAndReveal(region.getOffset(), region.getLength());
		}
	}

	static void openQuietly(EObject element) {
		try {
			open(element);
		} catch (CoreException e) {
			org.eclipse.core.runtime.Platform.getLog(PortolanNavigation.class).log(e.getStatus());
		}
	}
}
