package org.portolan.ui.internal;

import java.io.File;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IProjectDescription;
import org.eclipse.core.resources.IWorkspace;
import org.eclipse.core.resources.IWorkspaceRunnable;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Path;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.ui.IStartup;

/**
 * Opens the bundled examples as a workspace project when the product is started with
 * {@code -Dportolan.examples=<folder>} (the README's start command does this). The project refers to the
 * folder in place: nothing is copied and no example file is rewritten.
 */
public class ExampleProjectOpener implements IStartup {

	public static final String EXAMPLES_PROPERTY = "portolan.examples";
	public static final String PROJECT_NAME = "portolan-examples";
	/** The Portolan nature (bundle org.portolan.dsl.ui): validates the project's .portolan files. */
	public static final String PORTOLAN_NATURE = "org.portolan.dsl.ui.nature";

	@Override
	public void earlyStartup() {
		String folder = System.getProperty(EXAMPLES_PROPERTY);
		if (folder == null || folder.isBlank()) {
			return;
		}
		Job job = Job.create("Opening Portolan examples", monitor -> {
			try {
				openExamples(new File(folder), monitor);
				return Status.OK_STATUS;
			} catch (CoreException e) {
				return e.getStatus();
			} catch (IllegalArgumentException e) {
				return Status.error(e.getMessage(), e);
			}
		});
		job.schedule();
	}

	/** Creates (or reopens) the examples project located at {@code folder}. */
	public static IProject openExamples(File folder, IProgressMonitor monitor) throws CoreException {
		if (!folder.isDirectory()) {
			throw new IllegalArgumentException("Portolan examples folder does not exist: " + folder.getAbsolutePath());
		}
		IWorkspace workspace = ResourcesPlugin.getWorkspace();
		IProject project = workspace.getRoot().getProject(PROJECT_NAME);
		IWorkspaceRunnable create = m -> {
			if (!project.exists()) {
				IProjectDescription description = workspace.newProjectDescription(PROJECT_NAME);
				description.setLocation(Path.fromOSString(folder.getAbsolutePath()));
				project.create(description, m);
			}
			if (!project.isOpen()) {
				project.open(m);
			}
			if (!project.hasNature(PORTOLAN_NATURE)
					&& workspace.getNatureDescriptor(PORTOLAN_NATURE) != null) {
				IProjectDescription description = project.getDescription();
				String[] natures = java.util.Arrays.copyOf(description.getNatureIds(), description.getNatureIds().length + 1);
				natures[natures.length - 1] = PORTOLAN_NATURE;
				description.setNatureIds(natures);
				project.setDescription(description, m);
			}
		};
		// the root rule: adding the Portolan nature configures its builder, which needs more than the project rule
		workspace.run(create, workspace.getRoot(), IWorkspace.AVOID_UPDATE, monitor);
		Platform.getLog(ExampleProjectOpener.class).log(
				Status.info("Portolan examples opened from " + folder.getAbsolutePath()));
		return project;
	}

}
