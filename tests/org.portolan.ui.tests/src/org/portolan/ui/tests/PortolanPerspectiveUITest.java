package org.portolan.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.portolan.tests.support.UiTestSupport;
import org.portolan.ui.PortolanPerspective;
import org.portolan.ui.internal.ExampleProjectOpener;

/** Opens the Portolan workbench as a user does and checks what the window shows. */
class PortolanPerspectiveUITest {

	@Test
	void productOpensOnThePortolanPerspectiveWithItsViews() throws Exception {
		IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
		assertNotNull(window, "the workbench has a window");
		IWorkbenchPage page = window.getActivePage();
		assertNotNull(page, "the window has a page");
		assertEquals(PortolanPerspective.ID, PlatformUI.getWorkbench().getPerspectiveRegistry().getDefaultPerspective(),
				"plugin_customization.ini makes Portolan the default perspective");
		page.setPerspective(PlatformUI.getWorkbench().getPerspectiveRegistry().findPerspectiveWithId(PortolanPerspective.ID));
		assertEquals(PortolanPerspective.ID, page.getPerspective().getId());
		for (String viewId : new String[] { PortolanPerspective.MODEL_EXPLORER, PortolanPerspective.PROJECT_EXPLORER, IPageLayout.ID_PROBLEM_VIEW,
				IPageLayout.ID_OUTLINE }) {
			assertNotNull(page.findViewReference(viewId), "the Portolan perspective shows " + viewId);
		}
		assertTrue(window.getShell().getText().contains("Portolan"),
				"window title names the product: " + window.getShell().getText());
		UiTestSupport.screenshot(window.getShell(), "portolan-perspective.png");
	}

	@Test
	void examplesFolderOpensAsAProjectInPlace(@TempDir Path dir) throws Exception {
		Path example = dir.resolve("lab.portolan");
		Files.writeString(example, "// example\n");
		IProject project = ExampleProjectOpener.openExamples(dir.toFile(), new NullProgressMonitor());
		assertTrue(project.isOpen());
		assertEquals(dir.toFile().getCanonicalFile(), project.getLocation().toFile().getCanonicalFile());
		assertTrue(project.getFile("lab.portolan").exists(), "the example file is visible in the workspace");
		assertEquals("// example\n", Files.readString(example), "opening the examples does not rewrite them");
		project.delete(false, true, new NullProgressMonitor());
		assertTrue(Files.exists(example), "removing the project keeps the user's files");
	}


}
