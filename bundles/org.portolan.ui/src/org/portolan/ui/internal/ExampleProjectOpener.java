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
import org.eclipse.core.resources.IFile;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IStartup;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.part.FileEditorInput;

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
	/** Which example the editor shows on start ({@code -Dportolan.example=<file name>}), when no editor is open. */
	public static final String START_EXAMPLE_PROPERTY = "portolan.example";
	public static final String DEFAULT_START_EXAMPLE = "12-lync2013-scaled-edge.portolan";

	@Override
	public void earlyStartup() {
		String folder = System.getProperty(EXAMPLES_PROPERTY);
		if (folder == null || folder.isBlank()) {
			return;
		}
		Job job = Job.create("Opening Portolan examples", monitor -> {
			try {
				IProject project = openExamples(new File(folder), monitor);
				PlatformUI.getWorkbench().getDisplay().asyncExec(() -> {
					IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
					if (window != null && window.getActivePage() != null) {
						openStartExample(window.getActivePage(), project);
					}
				});
				return Status.OK_STATUS;
			} catch (CoreException e) {
				return e.getStatus();
			} catch (IllegalArgumentException e) {
				return Status.error(e.getMessage(), e);
			}
		});
		job.schedule();
	}

	/**
	 * Shows the start example in the editor, unless the user already has editors open (a restarted workbench keeps
	 * what was open). Returns the editor, or {@code null}.
	 */
	public static IEditorPart openStartExample(IWorkbenchPage page, IProject project) {
		if (page.getEditorReferences().length > 0) {
			return null;
		}
		IFile file = project.getFile(System.getProperty(START_EXAMPLE_PROPERTY, DEFAULT_START_EXAMPLE));
		if (!file.exists()) {
			return null;
		}
		try {
			IEditorPart editor = IDE.openEditor(page, file, true);
			openDiagramBeside(page, file);
			page.activate(editor);
			return editor;
		} catch (PartInitException e) {
			Platform.getLog(ExampleProjectOpener.class).log(Status.error("Cannot open " + file.getFullPath(), e));
			return null;
		}
	}

	/** The diagram editor's id (org.portolan.diagram.ui); the workbench runs without it when that bundle is absent. */
	static final String DIAGRAM_EDITOR_ID = "org.portolan.diagram.ui.editor";

	/** The same file in the diagram editor, as a second tab (drawn when the user switches to it). */
	private static void openDiagramBeside(IWorkbenchPage page, IFile file) {
		if (PlatformUI.getWorkbench().getEditorRegistry().findEditor(DIAGRAM_EDITOR_ID) == null) {
			return;
		}
		try {
			page.openEditor(new FileEditorInput(file), DIAGRAM_EDITOR_ID, false,
					IWorkbenchPage.MATCH_INPUT | IWorkbenchPage.MATCH_ID);
		} catch (PartInitException e) {
			Platform.getLog(ExampleProjectOpener.class).log(Status.error("Cannot open the diagram of " + file.getFullPath(), e));
		}
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
