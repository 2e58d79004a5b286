package org.portolan.tests.support;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;

/** Workspace set-up of the UI tests: a project and a model file in it, as a user would have them. */
public final class WorkspaceFiles {

	private WorkspaceFiles() {
	}

	/** The open workspace project {@code name}, created if it does not exist. */
	public static IProject project(String name) throws CoreException {
		IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject(name);
		if (!project.exists()) {
			project.create(null);
		}
		project.open(null);
		return project;
	}

	/** The file {@code name} of {@code project} with {@code text} (UTF-8), replacing a file left by another test. */
	public static IFile file(IProject project, String name, String text) throws CoreException {
		IFile file = project.getFile(name);
		if (file.exists()) {
			file.delete(true, null);
		}
		file.create(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), true, null);
		return file;
	}
}
