package org.portolan.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.ui.IEditorReference;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.ide.IDE;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.portolan.tests.support.WorkspaceFiles;
import org.portolan.dsl.ui.PortolanEditor;
import org.portolan.reports.ReportWriter;
import org.portolan.tests.support.UiTestSupport;
import org.portolan.ui.browser.HtmlViewer;
import org.portolan.ui.reports.GenerateReportsHandler;
import org.portolan.ui.wizards.TopologyTemplate;

/** Portolan > Generate Reports on the Lync 2013 edge template, through the real command. */
class GenerateReportsUITest {

	private IProject project;
	private IFile file;

	@BeforeEach
	void openTheLyncTemplate() throws Exception {
		project = WorkspaceFiles.project("reports-test");
		file = WorkspaceFiles.file(project, "edge.portolan", TopologyTemplate.ALL.get(2).render("contoso-edge"));
	}

	@AfterEach
	void deleteProject() throws Exception {
		PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage().closeAllEditors(false);
		project.delete(true, true, new NullProgressMonitor());
	}

	@Test
	void generateReportsWritesTheReportsIntoTheProjectAndOpensTheHtmlReport() throws Exception {
		IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
		PortolanEditor editor = (PortolanEditor) IDE.openEditor(page, file);
		page.activate(editor);
		page.getWorkbenchWindow().getService(IHandlerService.class).executeCommand(GenerateReportsHandler.COMMAND_ID, null);
		// Spin the event loop while the report job runs: joining jobs on the UI thread would block the jobs'
		// own asyncExec/syncExec calls.
		UiTestSupport.waitUntil("the report job to finish", () -> java.util.Arrays.stream(Job.getJobManager().find(null))
						.noneMatch(job -> job instanceof GenerateReportsHandler.ReportJob));

		Path folder = project.getFolder("reports/edge").getLocation().toFile().toPath();
		Path html = folder.resolve(ReportWriter.HTML);
		assertTrue(Files.isRegularFile(html), "report.html in " + folder);
		assertTrue(Files.isRegularFile(folder.resolve(ReportWriter.FIREWALL_XLSX)), "the firewall workbook");
		String report = Files.readString(html);
		assertTrue(report.contains("external-fw") && report.contains("internal-fw"), "one section per firewall");
		assertTrue(report.contains("5061") && report.contains("131.107.155.10"),
				"the federation port to the NAT'd public address of edge1 appears");
		assertTrue(project.getFolder("reports/edge").getFile(ReportWriter.HTML).exists(), "the workspace sees the reports");

		UiTestSupport.waitUntil("the HTML report in the workbench", () -> {
			for (IEditorReference ref : page.getEditorReferences()) {
				if (ref.getEditor(false) instanceof HtmlViewer viewer && ref.getTitle().equals("Portolan reports: edge")) {
					return viewer.getBrowser() != null;
				}
			}
			return false;
		});
		UiTestSupport.flush(1500);
		UiTestSupport.screenshot("reports-html.png");
		assertEquals(editor.getFile(), file, "the topology's editor stays open");
	}
}
