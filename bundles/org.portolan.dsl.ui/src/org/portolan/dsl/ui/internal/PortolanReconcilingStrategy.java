package org.portolan.dsl.ui.internal;

import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.WorkspaceJob;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.Status;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.reconciler.DirtyRegion;
import org.eclipse.jface.text.reconciler.IReconcilingStrategy;
import org.eclipse.jface.text.reconciler.IReconcilingStrategyExtension;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.validation.Issue;
import org.portolan.dsl.ui.PortolanDocuments;
import org.portolan.dsl.ui.PortolanEditor;
import org.portolan.dsl.ui.PortolanMarkers;

/**
 * While the user types: parses and validates the editor's text and updates the problem markers (which
 * the editor shows as annotations and the Problems view lists), the semantic highlighting and the
 * outline. The file on disk is never touched.
 */
public class PortolanReconcilingStrategy implements IReconcilingStrategy, IReconcilingStrategyExtension {

	private final PortolanEditor editor;
	private IDocument document;
	private IProgressMonitor monitor = new NullProgressMonitor();

	public PortolanReconcilingStrategy(PortolanEditor editor) {
		this.editor = editor;
	}

	@Override
	public void setDocument(IDocument document) {
		this.document = document;
	}

	@Override
	public void setProgressMonitor(IProgressMonitor monitor) {
		this.monitor = monitor;
	}

	@Override
	public void initialReconcile() {
		reconcile();
	}

	@Override
	public void reconcile(DirtyRegion dirtyRegion, IRegion subRegion) {
		reconcile();
	}

	@Override
	public void reconcile(IRegion partition) {
		reconcile();
	}

	private void reconcile() {
		IFile file = editor.getFile();
		if (document == null || file == null) {
			return;
		}
		String text = document.get();
		XtextResource resource = PortolanDocuments.parse(file, text);
		List<Issue> issues = PortolanDocuments.validate(resource, () -> monitor.isCanceled());
		if (monitor.isCanceled() || !text.equals(document.get())) {
			return; // the user typed on; the next reconcile sees the newer text
		}
		editor.modelReconciled(resource);
		updateMarkers(file, issues);
	}

	private static void updateMarkers(IFile file, List<Issue> issues) {
		WorkspaceJob job = new WorkspaceJob("Updating Portolan problems of " + file.getName()) {
			@Override
			public IStatus runInWorkspace(IProgressMonitor m) throws CoreException {
				PortolanMarkers.replace(file, issues);
				return Status.OK_STATUS;
			}
		};
		job.setRule(file);
		job.setSystem(true);
		job.schedule();
	}
}
