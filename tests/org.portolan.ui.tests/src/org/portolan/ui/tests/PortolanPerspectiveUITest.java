package org.portolan.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
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
		flush();
		screenshot(window.getShell(), "portolan-perspective.png");
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

	private static void flush() {
		Display display = Display.getCurrent();
		long end = System.currentTimeMillis() + 1500;
		while (System.currentTimeMillis() < end) {
			if (!display.readAndDispatch()) {
				display.sleep();
			}
		}
	}

	/** Saves what the shell shows under target/screenshots, to be looked at by eye. */
	static void screenshot(Shell shell, String name) {
		String folder = System.getProperty("portolan.screenshots");
		if (folder == null) {
			return;
		}
		Display display = shell.getDisplay();
		Rectangle bounds = shell.getBounds();
		Image image = new Image(display, bounds.width, bounds.height);
		GC gc = new GC(display);
		try {
			gc.copyArea(image, bounds.x, bounds.y);
		} finally {
			gc.dispose();
		}
		try {
			new File(folder).mkdirs();
			ImageLoader loader = new ImageLoader();
			loader.data = new ImageData[] { image.getImageData() };
			loader.save(new File(folder, name).getPath(), SWT.IMAGE_PNG);
		} finally {
			image.dispose();
		}
	}
}
