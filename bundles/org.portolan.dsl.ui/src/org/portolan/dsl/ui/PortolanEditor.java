package org.portolan.dsl.ui;

import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import org.eclipse.core.resources.IFile;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.source.ISourceViewer;
import org.eclipse.ui.IFileEditorInput;
import org.eclipse.ui.editors.text.TextEditor;
import org.eclipse.ui.views.contentoutline.IContentOutlinePage;
import org.eclipse.xtext.resource.XtextResource;
import org.portolan.dsl.ui.internal.PortolanOutlinePage;
import org.portolan.dsl.ui.internal.PortolanSourceViewerConfiguration;

/**
 * The {@code .portolan} text editor: a JFace text editor whose highlighting, content assist, hover,
 * hyperlinks, validation and outline call the Xtext language services in-process.
 */
public class PortolanEditor extends TextEditor {

	public static final String ID = "org.portolan.dsl.ui.editor";
	public static final String CONTEXT_ID = "org.portolan.dsl.ui.editorContext";

	private volatile XtextResource model;
	private final CopyOnWriteArrayList<Consumer<XtextResource>> modelListeners = new CopyOnWriteArrayList<>();
	private PortolanOutlinePage outlinePage;
	/** Files whose problem markers the editor's reconciler owns (they show the unsaved text's problems). */
	private static final java.util.Set<IFile> OPEN_FILES = java.util.concurrent.ConcurrentHashMap.newKeySet();
	/** The file's command stack, shared with its diagram editor (a private one for non-workspace input). */
	private org.eclipse.emf.common.command.BasicCommandStack commandStack = new org.eclipse.emf.common.command.BasicCommandStack();

	@Override
	protected void initializeEditor() {
		super.initializeEditor();
		setSourceViewerConfiguration(new PortolanSourceViewerConfiguration(this, getPreferenceStore()));
		setEditorContextMenuId("#PortolanEditorContext");
	}

	@Override
	public void createPartControl(org.eclipse.swt.widgets.Composite parent) {
		super.createPartControl(parent);
		new org.portolan.dsl.ui.internal.PortolanSemanticHighlighter(this).install(getSourceViewer());
	}

	@Override
	protected void initializeKeyBindingScopes() {
		setKeyBindingScopes(new String[] { CONTEXT_ID });
	}

	/** The workspace file being edited, or null when the input is not a workspace file. */
	public IFile getFile() {
		return getEditorInput() instanceof IFileEditorInput input ? input.getFile() : null;
	}

	public IDocument getDocument() {
		return getDocumentProvider() == null ? null : getDocumentProvider().getDocument(getEditorInput());
	}

	public ISourceViewer viewer() {
		return getSourceViewer();
	}

	/** The model of the text as last reconciled (parsed, linked and validated), or null before the first. */
	public XtextResource getModel() {
		return model;
	}

	/** Called by the reconciler (any thread) with a freshly parsed model of the current text. */
	public void modelReconciled(XtextResource resource) {
		this.model = resource;
		for (Consumer<XtextResource> listener : modelListeners) {
			listener.accept(resource);
		}
	}

	/** Undo/redo of edits made through the model (Properties, explorer, diagram), shared by the file's editors. */
	public org.eclipse.emf.common.command.BasicCommandStack getCommandStack() {
		return commandStack;
	}

	public void addModelListener(Consumer<XtextResource> listener) {
		modelListeners.add(listener);
	}

	public void removeModelListener(Consumer<XtextResource> listener) {
		modelListeners.remove(listener);
	}

	/**
	 * Saves atomically: the text goes to a temporary file in the same folder which then replaces the file in
	 * one rename, so a crash or a full disk never leaves a half-written model behind.
	 */
	@Override
	protected void performSave(boolean overwrite, org.eclipse.core.runtime.IProgressMonitor monitor) {
		IFile file = getFile();
		if (file == null || file.getLocation() == null) {
			super.performSave(overwrite, monitor);
			return;
		}
		try {
			org.portolan.model.io.AtomicFiles.write(file.getLocation().toFile().toPath(), getDocument().get(),
					java.nio.charset.Charset.forName(file.getCharset()));
			org.eclipse.core.filebuffers.ITextFileBuffer buffer = org.eclipse.core.filebuffers.FileBuffers
					.getTextFileBufferManager()
					.getTextFileBuffer(file.getFullPath(), org.eclipse.core.filebuffers.LocationKind.IFILE);
			if (buffer != null) {
				buffer.setDirty(false);
			}
			file.refreshLocal(org.eclipse.core.resources.IResource.DEPTH_ZERO, monitor);
			firePropertyChange(PROP_DIRTY);
		} catch (java.io.IOException | org.eclipse.core.runtime.CoreException e) {
			if (monitor != null) {
				monitor.setCanceled(true);
			}
			org.eclipse.jface.dialogs.ErrorDialog.openError(getSite().getShell(), "Save",
					"Could not save " + file.getFullPath() + "; the file on disk is unchanged.",
					org.eclipse.core.runtime.Status.error(e.getMessage(), e));
		}
	}

	@Override
	public <T> T getAdapter(Class<T> adapter) {
		if (IContentOutlinePage.class.equals(adapter)) {
			if (outlinePage == null) {
				outlinePage = new PortolanOutlinePage(this);
			}
			return adapter.cast(outlinePage);
		}
		return super.getAdapter(adapter);
	}

	@Override
	protected void doSetInput(org.eclipse.ui.IEditorInput input) throws org.eclipse.core.runtime.CoreException {
		IFile previous = getFile();
		super.doSetInput(input);
		if (getFile() != null) {
			// connect before disconnecting the previous input: the same file again keeps its undo history
			commandStack = PortolanCommandStacks.connect(getFile());
		}
		if (previous != null) {
			closed(previous);
			PortolanCommandStacks.disconnect(previous);
		}
		if (getFile() != null) {
			OPEN_FILES.add(getFile());
		}
	}

	/** True while a Portolan editor has the file open: the builder then leaves its markers to the editor. */
	public static boolean isOpenInEditor(IFile file) {
		return OPEN_FILES.contains(file);
	}

	@Override
	public void dispose() {
		modelListeners.clear();
		IFile file = getFile();
		super.dispose();
		if (file != null) {
			closed(file);
			PortolanCommandStacks.disconnect(file);
		}
	}

	/** When the editor closes, the markers go back to describing the file on disk. */
	private static void closed(IFile file) {
		OPEN_FILES.remove(file);
		org.portolan.dsl.ui.internal.PortolanBuilder.revalidateLater(file);
	}
}
