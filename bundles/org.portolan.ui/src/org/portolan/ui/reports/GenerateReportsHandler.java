package org.portolan.ui.reports;

import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IFolder;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.Adapters;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.HandlerUtil;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.resource.XtextResource;
import org.portolan.dsl.ui.PortolanDocuments;
import org.portolan.ui.browser.HtmlViewer;
import org.portolan.dsl.ui.PortolanEditor;
import org.portolan.model.Topology;
import org.portolan.reports.PortolanReports;
import org.portolan.reports.ReportFormat;
import org.portolan.reports.ReportWriter;

/**
 * Portolan > Generate Reports: the firewall, certificate, port, load balancer, IPsec, DNS and validation reports
 * of the topology in the active editor (or the selected file), written to {@code reports/<file>/} of its project
 * with a progress monitor, then the HTML report opens in the workbench browser.
 */
public class GenerateReportsHandler extends AbstractHandler {

	public static final String COMMAND_ID = "org.portolan.ui.generateReports";
	public static final String REPORTS_FOLDER = "reports";

	@Override
	public Object execute(ExecutionEvent event) {
		Shell shell = HandlerUtil.getActiveShell(event);
		IFile file = topologyFile(event);
		if (file == null) {
			MessageDialog.openInformation(shell, "Generate Reports", "Open or select a .portolan topology first.");
			return null;
		}
		String text;
		IEditorPart editor = HandlerUtil.getActiveEditor(event);
		if (editor instanceof PortolanEditor portolan && file.equals(portolan.getFile())) {
			text = portolan.getDocument().get(); // what the user sees, saved or not
		} else {
			try {
				text = new String(file.getContents(true).readAllBytes(), file.getCharset());
			} catch (Exception e) {
				MessageDialog.openError(shell, "Generate Reports", "Cannot read " + file.getFullPath() + ": " + e.getMessage());
				return null;
			}
		}
		ReportJob job = new ReportJob(file, text, true);
		job.setUser(true);
		job.schedule();
		return null;
	}

	private static IFile topologyFile(ExecutionEvent event) {
		IEditorPart editor = HandlerUtil.getActiveEditor(event);
		if (HandlerUtil.getActivePart(event) == editor && editor instanceof PortolanEditor portolan) {
			return portolan.getFile();
		}
		if (HandlerUtil.getCurrentSelection(event) instanceof IStructuredSelection selection && !selection.isEmpty()) {
			IFile file = Adapters.adapt(selection.getFirstElement(), IFile.class);
			if (file != null && PortolanDocuments.FILE_EXTENSION.equals(file.getFileExtension())) {
				return file;
			}
		}
		return editor instanceof PortolanEditor portolan ? portolan.getFile() : null;
	}

	/** Writes the reports of one topology file; opens the HTML report when done (if {@code open}). */
	public static class ReportJob extends Job {
		private final IFile file;
		private final String text;
		private final boolean open;
		private volatile List<Path> written = List.of();

		public ReportJob(IFile file, String text, boolean open) {
			super("Generating Portolan reports for " + file.getName());
			this.file = file;
			this.text = text;
			this.open = open;
			setRule(file.getProject());
		}

		public List<Path> getWritten() {
			return written;
		}

		public IFolder folder() {
			String base = file.getName().substring(0, file.getName().length() - file.getFileExtension().length() - 1);
			return file.getProject().getFolder(REPORTS_FOLDER).getFolder(base);
		}

		@Override
		protected IStatus run(IProgressMonitor monitor) {
			SubMonitor progress = SubMonitor.convert(monitor, getName(), 10);
			progress.subTask("Parsing " + file.getName());
			XtextResource resource = PortolanDocuments.parse(file, text);
			if (PortolanDocuments.hasSyntaxErrors(resource)) {
				return Status.error(file.getName() + " has syntax errors; fix them before generating reports.");
			}
			if (resource.getContents().isEmpty() || !(resource.getContents().get(0) instanceof Topology topology)) {
				return Status.error(file.getName() + " is not a topology (catalogs have no reports).");
			}
			progress.worked(2);
			progress.subTask("Deriving the required flows and validating");
			PortolanReports.Analysis analysis = PortolanReports.analyze(topology);
			progress.worked(3);
			IFolder folder = folder();
			try {
				written = PortolanReports.write(analysis, GenerateReportsHandler::locate,
						EnumSet.of(ReportFormat.HTML, ReportFormat.XLSX, ReportFormat.CSV, ReportFormat.MD),
						folder.getLocation().toFile().toPath(), step -> progress.subTask(step));
				progress.worked(4);
				folder.getProject().getFolder(REPORTS_FOLDER).refreshLocal(IResource.DEPTH_INFINITE, progress.split(1));
			} catch (java.io.IOException | CoreException | RuntimeException e) {
				return Status.error("Could not write the reports of " + file.getName() + " to " + folder.getFullPath() + ": "
						+ e.getMessage(), e);
			}
			if (open) {
				Path html = folder.getLocation().toFile().toPath().resolve(ReportWriter.HTML);
				Display.getDefault().asyncExec(() -> openInBrowser(html));
			}
			return Status.OK_STATUS;
		}
	}

	/** "file:line" of a model element, for the report's notes and the validation summary. */
	static String locate(EObject element) {
		var node = NodeModelUtils.findActualNodeFor(element);
		String name = element.eResource() == null ? "?" : element.eResource().getURI().lastSegment();
		return node == null ? name : name + ":" + node.getStartLine();
	}

	static void openInBrowser(Path html) {
		try {
			var window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
			if (window != null && window.getActivePage() != null) {
				HtmlViewer.open(window.getActivePage(), html, "Portolan reports: " + html.getParent().getFileName());
			}
		} catch (PartInitException e) {
			org.eclipse.core.runtime.Platform.getLog(GenerateReportsHandler.class).log(Status.error("Cannot open " + html, e));
		}
	}
}
