package org.portolan.ui.browser;

import java.net.URI;
import java.nio.file.Path;

import org.eclipse.core.filesystem.EFS;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.swt.SWT;
import org.eclipse.swt.SWTError;
import org.eclipse.swt.browser.Browser;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.IURIEditorInput;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.ide.FileStoreEditorInput;
import org.eclipse.ui.part.EditorPart;

/**
 * A read-only editor showing a local HTML page (a generated report, the guide) in an SWT browser. The workbench's
 * own browser support opens an external browser or none at all depending on preferences and installed browsers;
 * reports and help must always open inside the product.
 */
public class HtmlViewer extends EditorPart {

	public static final String ID = "org.portolan.ui.htmlViewer";

	private Browser browser;
	private URI uri;

	/** Opens {@code page} (a local HTML file) in the viewer, titled {@code title}. */
	public static IEditorPart open(IWorkbenchPage page, Path html, String title) throws PartInitException {
		IEditorPart part = page.openEditor(new FileStoreEditorInput(EFS.getLocalFileSystem().getStore(html.toUri())), ID);
		if (part instanceof HtmlViewer viewer) {
			viewer.setPartName(title);
			viewer.refresh();
		}
		return part;
	}

	@Override
	public void init(IEditorSite site, IEditorInput input) throws PartInitException {
		if (!(input instanceof IURIEditorInput uriInput) || uriInput.getURI() == null) {
			throw new PartInitException("The HTML viewer shows local files only, not " + input.getName());
		}
		setSite(site);
		setInput(input);
		uri = uriInput.getURI();
		setPartName(input.getName());
		setTitleToolTip(uri.getPath());
	}

	@Override
	public void createPartControl(Composite parent) {
		try {
			browser = new Browser(parent, SWT.NONE);
			browser.setUrl(uri.toString());
		} catch (SWTError e) {
			// no browser engine (e.g. WebKitGTK missing): say where the file is instead of failing the part
			Label label = new Label(parent, SWT.WRAP);
			label.setText("No web browser engine is available to show " + uri.getPath() + " (" + e.getMessage()
					+ "). Open the file with a web browser.");
		}
	}

	/** Reloads the page (after the file was written again). */
	public void refresh() {
		if (browser != null && !browser.isDisposed()) {
			browser.setUrl(uri.toString());
		}
	}

	/** The browser showing the page, or {@code null} when no engine is available. */
	public Browser getBrowser() {
		return browser;
	}

	@Override
	public void setFocus() {
		if (browser != null && !browser.isDisposed()) {
			browser.setFocus();
		}
	}

	@Override
	public void doSave(IProgressMonitor monitor) {
	}

	@Override
	public void doSaveAs() {
	}

	@Override
	public boolean isDirty() {
		return false;
	}

	@Override
	public boolean isSaveAsAllowed() {
		return false;
	}
}
