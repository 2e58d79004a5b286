package org.portolan.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.PlatformUI;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.validation.Issue;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.portolan.tests.support.WorkspaceFiles;
import org.portolan.dsl.ui.PortolanDocuments;
import org.portolan.dsl.ui.PortolanEditor;
import org.portolan.ui.wizards.NewTopologyWizard;
import org.portolan.ui.wizards.TopologyTemplate;

/** File > New > Portolan Topology, driven through its real wizard dialog. */
class NewTopologyWizardUITest {

	private IProject project;

	@BeforeEach
	void createProject() throws Exception {
		project = WorkspaceFiles.project("wizard-test");
	}

	@AfterEach
	void deleteProject() throws Exception {
		PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage().closeAllEditors(false);
		project.delete(true, true, new NullProgressMonitor());
	}

	@Test
	void everyTemplateIsACleanDesign() throws Exception {
		for (TopologyTemplate template : TopologyTemplate.ALL) {
			IFile file = project.getFile(template.id() + ".portolan");
			XtextResource resource = PortolanDocuments.parse(file, template.render("t-" + template.id()));
			List<Issue> errors = PortolanDocuments.validate(resource, () -> false).stream()
					.filter(i -> i.getSeverity() != Severity.INFO).collect(Collectors.toList());
			assertTrue(errors.isEmpty(), template.id() + " has no error or warning (syntax, links and design rules): " + errors);
		}
	}

	@Test
	void finishingTheWizardCreatesTheFileFromTheTemplateAndOpensIt() throws Exception {
		NewTopologyWizard wizard = new NewTopologyWizard();
		wizard.init(PlatformUI.getWorkbench(), new StructuredSelection(project));
		WizardDialog dialog = new WizardDialog(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell(), wizard);
		dialog.setBlockOnOpen(false);
		dialog.open();
		NewTopologyWizard.TemplatePage page = wizard.getTemplatePage();
		page.setFileName("Lync Edge.portolan");
		page.selectTemplate(TopologyTemplate.ALL.get(2));
		assertTrue(wizard.canFinish(), "folder, name and template are enough to finish: " + page.getErrorMessage());
		assertTrue(wizard.performFinish());
		dialog.close();

		IFile file = project.getFile("Lync Edge.portolan");
		assertTrue(file.exists());
		String text = new String(file.getContents().readAllBytes(), StandardCharsets.UTF_8);
		assertTrue(text.contains("topology lync-edge \"Lync 2013 edge\""), text.lines().limit(6).collect(Collectors.joining("\n")));
		IEditorPart editor = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage().getActiveEditor();
		assertTrue(editor instanceof PortolanEditor, "the new file opens in the Portolan editor: " + editor);
		assertEquals(file, ((PortolanEditor) editor).getFile());
		while (Display.getCurrent().readAndDispatch()) {
			// let the editor paint
		}
	}

	@Test
	void topologyNamesAreDerivedFromFileNames() {
		assertEquals("my-lab", TopologyTemplate.topologyNameFor("My Lab.portolan"));
		assertEquals("t-2027", TopologyTemplate.topologyNameFor("2027.portolan"));
	}

}
