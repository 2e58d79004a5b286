package org.portolan.dsl.ui.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResourceDelta;
import org.eclipse.core.resources.IncrementalProjectBuilder;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.validation.Issue;
import org.portolan.dsl.ui.PortolanDocuments;
import org.portolan.dsl.ui.PortolanMarkers;

/**
 * Validates every {@code .portolan} file of a project when any of them changes (files refer to each
 * other, so one change can create or clear problems elsewhere) and keeps the problem markers current.
 */
public class PortolanBuilder extends IncrementalProjectBuilder {

	@Override
	protected IProject[] build(int kind, Map<String, String> args, IProgressMonitor monitor) throws CoreException {
		IResourceDelta delta = kind == FULL_BUILD ? null : getDelta(getProject());
		if (delta != null && !touchesPortolanFiles(delta)) {
			return null;
		}
		validateProject(getProject(), monitor);
		return null;
	}

	public static void validateProject(IProject project, IProgressMonitor monitor) throws CoreException {
		List<IFile> files = PortolanDocuments.portolanFiles(project);
		SubMonitor progress = SubMonitor.convert(monitor, "Validating Portolan models", files.size());
		for (IFile file : files) {
			progress.subTask(file.getFullPath().toString());
			if (!org.portolan.dsl.ui.PortolanEditor.isOpenInEditor(file)) {
				validateFile(file, progress);
			}
			progress.worked(1);
		}
	}

	/** Validates what is on disk and replaces the file's markers. */
	public static void validateFile(IFile file, IProgressMonitor monitor) throws CoreException {
		if (!file.exists()) {
			return;
		}
		XtextResource resource = PortolanDocuments.parse(file, read(file));
		List<Issue> issues = PortolanDocuments.validate(resource, () -> monitor != null && monitor.isCanceled());
		PortolanMarkers.replace(file, issues);
	}

	/** Schedules {@link #validateFile} (e.g. after an editor with unsaved text was closed). */
	public static void revalidateLater(IFile file) {
		org.eclipse.core.resources.WorkspaceJob job = new org.eclipse.core.resources.WorkspaceJob("Validating " + file.getName()) {
			@Override
			public org.eclipse.core.runtime.IStatus runInWorkspace(IProgressMonitor monitor) throws CoreException {
				validateFile(file, monitor);
				return Status.OK_STATUS;
			}
		};
		job.setRule(file);
		job.setSystem(true);
		job.schedule();
	}

	private static boolean touchesPortolanFiles(IResourceDelta delta) throws CoreException {
		boolean[] found = { false };
		delta.accept(d -> {
			if (PortolanDocuments.FILE_EXTENSION.equals(d.getResource().getFileExtension())) {
				found[0] = true;
			}
			return !found[0];
		});
		return found[0];
	}

	static String read(IFile file) throws CoreException {
		try (InputStream in = file.getContents(true)) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		} catch (IOException e) {
			throw new CoreException(Status.error("Cannot read " + file.getFullPath(), e));
		}
	}
}
