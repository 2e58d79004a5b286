package org.portolan.ui.preferences;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IncrementalProjectBuilder;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.resources.WorkspaceJob;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.ui.IEditorReference;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.eclipse.xtext.resource.XtextResource;
import org.portolan.dsl.ui.PortolanDocuments;
import org.portolan.dsl.ui.PortolanEditor;
import org.portolan.dsl.ui.PortolanMarkers;
import org.portolan.ui.internal.ExampleProjectOpener;

/**
 * After the validation settings changed: a full build of every open project with the Portolan nature (the builder
 * re-validates the files on disk) and a re-validation of the text of every open Portolan editor (the builder leaves
 * those files to their editors, whose markers show the unsaved text).
 */
public final class PortolanRevalidation {

	/** Job family of the re-validation job (tests can join it). */
	public static final Object FAMILY = PortolanRevalidation.class;

	private PortolanRevalidation() {
	}

	/** Schedules the re-validation; call on the UI thread (reads the open editors' texts). */
	public static WorkspaceJob schedule() {
		Map<IFile, String> openTexts = new LinkedHashMap<>();
		if (PlatformUI.isWorkbenchRunning()) {
			for (IWorkbenchWindow window : PlatformUI.getWorkbench().getWorkbenchWindows()) {
				for (IWorkbenchPage page : window.getPages()) {
					for (IEditorReference ref : page.getEditorReferences()) {
						if (ref.getEditor(false) instanceof PortolanEditor editor && editor.getFile() != null
								&& editor.getDocument() != null) {
							openTexts.put(editor.getFile(), editor.getDocument().get());
						}
					}
				}
			}
		}
		WorkspaceJob job = new WorkspaceJob("Re-validating Portolan models with the new validation settings") {
			@Override
			public IStatus runInWorkspace(IProgressMonitor monitor) throws CoreException {
				List<IProject> projects = new ArrayList<>();
				for (IProject p : ResourcesPlugin.getWorkspace().getRoot().getProjects()) {
					if (p.isOpen() && p.hasNature(ExampleProjectOpener.PORTOLAN_NATURE)) {
						projects.add(p);
					}
				}
				SubMonitor progress = SubMonitor.convert(monitor, projects.size() + openTexts.size());
				for (IProject p : projects) {
					p.build(IncrementalProjectBuilder.FULL_BUILD, progress.split(1));
				}
				for (Map.Entry<IFile, String> e : openTexts.entrySet()) {
					if (e.getKey().exists()) {
						XtextResource resource = PortolanDocuments.parse(e.getKey(), e.getValue());
						PortolanMarkers.replace(e.getKey(), PortolanDocuments.validate(resource, progress::isCanceled));
					}
					progress.worked(1);
				}
				return Status.OK_STATUS;
			}

			@Override
			public boolean belongsTo(Object family) {
				return family == FAMILY;
			}
		};
		job.setRule(ResourcesPlugin.getWorkspace().getRoot());
		job.setUser(false);
		job.schedule();
		return job;
	}
}
