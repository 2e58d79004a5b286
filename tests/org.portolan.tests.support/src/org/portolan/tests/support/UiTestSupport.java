package org.portolan.tests.support;

import java.io.File;
import java.util.function.BooleanSupplier;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.PlatformUI;

/** Shared by the UI test fragments: waiting on the UI thread and screenshots to check by eye. */
public final class UiTestSupport {

	private UiTestSupport() {
	}

	/** Runs the event loop until {@code condition} holds; fails after 20 s naming what was awaited. */
	public static void waitUntil(String what, BooleanSupplier condition) {
		Display display = Display.getCurrent();
		long end = System.currentTimeMillis() + 20_000;
		while (!condition.getAsBoolean()) {
			if (System.currentTimeMillis() > end) {
				throw new AssertionError("timed out waiting for " + what);
			}
			if (!display.readAndDispatch()) {
				display.timerExec(50, () -> { }); // wakes the loop so that conditions changed by other threads are seen
				display.sleep();
			}
		}
	}

	/** Runs the event loop for {@code millis} so that pending paints and async updates happen. */
	public static void flush(long millis) {
		Display display = Display.getCurrent();
		long end = System.currentTimeMillis() + millis;
		while (System.currentTimeMillis() < end) {
			if (!display.readAndDispatch()) {
				display.sleep();
			}
		}
	}

	/** Saves what the active workbench window shows to {@code -Dportolan.screenshots}/name (a PNG). */
	public static void screenshot(String name) {
		screenshot(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell(), name);
	}

	public static void screenshot(Shell shell, String name) {
		String folder = System.getProperty("portolan.screenshots");
		if (folder == null) {
			return;
		}
		flush(500);
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
