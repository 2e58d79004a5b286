package org.portolan.diagram.ui;

import java.io.IOException;
import java.net.URL;
import java.net.URLEncoder;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;

import org.eclipse.core.filebuffers.FileBuffers;
import org.eclipse.core.filebuffers.ITextFileBuffer;
import org.eclipse.core.filebuffers.ITextFileBufferManager;
import org.eclipse.core.filebuffers.LocationKind;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.FileLocator;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.Status;
import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.dialogs.ErrorDialog;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.ISelectionChangedListener;
import org.eclipse.jface.viewers.ISelectionProvider;
import org.eclipse.jface.viewers.SelectionChangedEvent;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.browser.Browser;
import org.eclipse.swt.browser.BrowserFunction;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IActionBars;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.IFileEditorInput;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.part.EditorPart;
import org.eclipse.ui.views.markers.MarkerViewUtil;
import org.portolan.diagram.Decoration;
import org.portolan.diagram.DiagramGraph;
import org.portolan.diagram.DiagramLayout;
import org.portolan.diagram.DiagramLayoutStore;
import org.portolan.diagram.glsp.DiagramDocument;
import org.portolan.diagram.glsp.DiagramServer;
import org.portolan.diagram.glsp.PortolanGModelFactory;
import org.portolan.diagram.glsp.PortolanModelState;
import org.portolan.dsl.ide.services.ModelTextEdits;
import org.portolan.dsl.ui.PortolanCommandStacks;
import org.portolan.dsl.ui.PortolanDocuments;
import org.portolan.dsl.ui.PortolanLanguage;
import org.portolan.dsl.ui.PortolanMarkers;
import org.portolan.model.io.AtomicFiles;

import com.google.gson.Gson;
import com.google.gson.JsonParser;

/**
 * The diagram editor of a {@code .portolan} file: the GLSP client (bundled in this plug-in's {@code web-gen/}) in an
 * SWT Browser, talking to an in-process GLSP server through BrowserFunctions (no socket). The model is the file's
 * text document from the workbench's file buffers, shared with an open text editor: diagram edits are text edits
 * (change serializer), text edits rebuild the diagram. Saving writes the text atomically and the layout sidecar.
 * Selecting a diagram element selects its model element (Properties shows and edits it).
 */
public class DiagramEditor extends EditorPart implements ISelectionProvider {

	public static final String ID = "org.portolan.diagram.ui.editor";

	private IFile file;
	private ITextFileBuffer buffer;
	private BasicCommandStack commandStack;
	/**
	 * A layout-only edit (move, resize, route, auto-layout) since the last save: it makes the diagram dirty, not the
	 * text. Positions the diagram fills in by itself (elements without a stored position) do not.
	 */
	private volatile boolean layoutEdited;
	private CommandStackListener stackListener;
	/** Edit > Undo/Redo (and Ctrl+Z/Ctrl+Y) of the workbench, on the file's command stack through the client. */
	private final Action undoAction = new Action("Undo") {
		@Override
		public void run() {
			runInClient("window.portolan && window.portolan.undo();");
		}
	};
	private final Action redoAction = new Action("Redo") {
		@Override
		public void run() {
			runInClient("window.portolan && window.portolan.redo();");
		}
	};
	private DiagramDocument document;
	private DiagramServer server;
	private Browser browser;
	private volatile boolean ready;
	private volatile String lastError;
	private ISelection selection = StructuredSelection.EMPTY;
	private final List<ISelectionChangedListener> selectionListeners = new CopyOnWriteArrayList<>();
	private final List<String> exportedSvgs = new CopyOnWriteArrayList<>();

	@Override
	public void init(IEditorSite site, IEditorInput input) throws PartInitException {
		if (!(input instanceof IFileEditorInput fileInput)) {
			throw new PartInitException("The Portolan diagram opens workspace files only.");
		}
		setSite(site);
		setInput(input);
		// beside the text editor of the same file: the tab (its icon and first word, kept when the name is cut) says
		// which is the diagram
		setPartName("Diagram: " + fileInput.getFile().getName());
		setTitleToolTip(fileInput.getFile().getFullPath() + " as a diagram");
		file = fileInput.getFile();
		try {
			ITextFileBufferManager manager = FileBuffers.getTextFileBufferManager();
			manager.connect(file.getFullPath(), LocationKind.IFILE, null);
			buffer = manager.getTextFileBuffer(file.getFullPath(), LocationKind.IFILE);
		} catch (CoreException e) {
			throw new PartInitException(e.getStatus());
		}
		Path location = file.getLocation().toFile().toPath();
		DiagramLayoutStore.Loaded loaded = DiagramLayoutStore.read(location);
		if (!loaded.ok()) {
			Platform.getLog(getClass()).warn(loaded.problem());
		}
		// the file's one command stack: the text editor's Properties edits and the diagram's edits undo in order
		commandStack = PortolanCommandStacks.connect(file);
		Display display = site.getShell().getDisplay();
		DiagramDocument.Access ui = new DiagramDocument.Access() {
			@Override
			public <T> T run(Callable<T> work) {
				if (Display.getCurrent() != null) {
					return DiagramDocument.Access.DIRECT.run(work);
				}
				AtomicReference<T> result = new AtomicReference<>();
				AtomicReference<RuntimeException> failure = new AtomicReference<>();
				display.syncExec(() -> {
					try {
						result.set(DiagramDocument.Access.DIRECT.run(work));
					} catch (RuntimeException e) {
						failure.set(e);
					}
				});
				if (failure.get() != null) {
					throw failure.get();
				}
				return result.get();
			}
		};
		document = new DiagramDocument(PortolanDocuments.uriOf(file), buffer.getDocument(),
				text -> PortolanDocuments.parse(file, text), PortolanLanguage.services(), commandStack, loaded.layout(), ui);
		document.setSaveAction(this::writeFiles);
		stackListener = event -> {
			if (commandStack.getMostRecentCommand() instanceof ModelTextEdits.TextEditCommand edit && !edit.changesText()) {
				layoutEdited = true;
			}
			display.asyncExec(this::commandStackChanged);
		};
		commandStack.addCommandStackListener(stackListener);
		document.addChangeListener(() -> display.asyncExec(() -> firePropertyChange(PROP_DIRTY)));
		site.setSelectionProvider(this);
	}

	@Override
	public void createPartControl(Composite parent) {
		parent.setLayout(new FillLayout());
		browser = new Browser(parent, SWT.NONE);
		Display display = parent.getDisplay();
		server = new DiagramServer(document, json -> display.asyncExec(() -> {
			if (browser != null && !browser.isDisposed()) {
				browser.execute("window.portolanGlspReceive && window.portolanGlspReceive(" + new Gson().toJson(json) + ");");
			}
		}));
		server.exports().setSvgSink(svg -> {
			exportedSvgs.add(svg);
			display.asyncExec(() -> ExportHandler.saveSvgFromClient(this, svg));
		});
		new BrowserFunction(browser, "portolanGlspSend") {
			@Override
			public Object function(Object[] arguments) {
				if (arguments.length == 1 && arguments[0] instanceof String message) {
					server.receive(message);
				}
				return null;
			}
		};
		new BrowserFunction(browser, "portolanSelection") {
			@Override
			public Object function(Object[] arguments) {
				if (arguments.length == 1 && arguments[0] instanceof String json) {
					List<String> ids = new ArrayList<>();
					JsonParser.parseString(json).getAsJsonArray().forEach(e -> ids.add(e.getAsString()));
					selectionFromDiagram(ids);
				}
				return null;
			}
		};
		new BrowserFunction(browser, "portolanStatus") {
			@Override
			public Object function(Object[] arguments) {
				if (arguments.length == 1 && arguments[0] instanceof String json) {
					var status = JsonParser.parseString(json).getAsJsonObject();
					if (status.has("ready")) {
						ready = true;
					}
					if (status.has("error")) {
						lastError = status.get("error").getAsString();
						Platform.getLog(DiagramEditor.class).error("Diagram client: " + lastError);
					}
					if (status.has("dirty")) {
						firePropertyChange(PROP_DIRTY);
					}
				}
				return null;
			}
		};
		browser.setUrl(clientUrl());
		IActionBars bars = getEditorSite().getActionBars();
		bars.setGlobalActionHandler(ActionFactory.UNDO.getId(), undoAction);
		bars.setGlobalActionHandler(ActionFactory.REDO.getId(), redoAction);
		bars.updateActionBars();
		commandStackChanged();
	}

	/** Undo goes through the client so that the diagram server refreshes exactly as for its own toolbar's Undo. */
	private void runInClient(String script) {
		if (browser != null && !browser.isDisposed()) {
			browser.execute(script);
		}
	}

	private void commandStackChanged() {
		if (commandStack == null) {
			return;
		}
		Command undo = commandStack.getUndoCommand();
		Command redo = commandStack.getRedoCommand();
		undoAction.setEnabled(commandStack.canUndo());
		undoAction.setText(undo == null || undo.getLabel() == null ? "Undo" : "Undo " + undo.getLabel());
		redoAction.setEnabled(commandStack.canRedo());
		redoAction.setText(redo == null || redo.getLabel() == null ? "Redo" : "Redo " + redo.getLabel());
		firePropertyChange(PROP_DIRTY);
	}

	private String clientUrl() {
		try {
			URL entry = FileLocator.find(Platform.getBundle("org.portolan.diagram.ui"), new org.eclipse.core.runtime.Path("web-gen/"));
			if (entry == null) {
				throw new IllegalStateException("The diagram client (web-gen/) is missing from org.portolan.diagram.ui; build it with ./mvnw.");
			}
			URL folder = FileLocator.toFileURL(entry);
			String base = folder.toString().endsWith("/") ? folder.toString() : folder + "/";
			return base + "index.html?source=" + URLEncoder.encode(document.uri().toString(), StandardCharsets.UTF_8);
		} catch (IOException e) {
			throw new IllegalStateException(e);
		}
	}

	/** The diagram selection as model elements; a decorated element shows its findings in the status line. */
	private void selectionFromDiagram(List<String> ids) {
		PortolanModelState state = modelState();
		DiagramGraph graph = state == null ? null : state.graph();
		List<Object> elements = new ArrayList<>();
		List<Decoration> decorations = new ArrayList<>();
		for (String id : ids) {
			Object semantic = PortolanGModelFactory.semanticOf(graph, id);
			if (semantic instanceof EObject) {
				elements.add(semantic);
			}
			if (graph != null) {
				decorations.addAll(PortolanGModelFactory.decorationsOf(graph, id));
			}
		}
		getEditorSite().getActionBars().getStatusLineManager().setMessage(decorations.isEmpty() ? null
				: String.join(" | ", decorations.stream().map(d -> d.ruleId() + ": " + d.message()).toList()));
		setSelection(new StructuredSelection(elements));
		revealInProblemsView(decorations);
	}

	/**
	 * Selecting a decorated element selects its problems in an open Problems view (the file's markers of the same
	 * rule and message: the text editor's reconciler or the builder made them from the same validators).
	 */
	private void revealInProblemsView(List<Decoration> decorations) {
		if (decorations.isEmpty() || !file.exists()) {
			return;
		}
		try {
			List<IMarker> matching = new ArrayList<>();
			for (IMarker marker : file.findMarkers(IMarker.PROBLEM, true, IResource.DEPTH_ZERO)) {
				String ruleId = marker.getAttribute(PortolanMarkers.RULE_ID, "");
				String message = marker.getAttribute(IMarker.MESSAGE, "");
				if (decorations.stream().anyMatch(d -> d.ruleId().equals(ruleId) && message.contains(d.message()))) {
					matching.add(marker);
				}
			}
			if (!matching.isEmpty()) {
				MarkerViewUtil.showMarkers(getSite().getPage(), matching.toArray(IMarker[]::new), false);
			}
		} catch (CoreException e) {
			Platform.getLog(getClass()).log(e.getStatus());
		}
	}

	/** The diagram session's model state (graph, filter), or null before the client connected. */
	public PortolanModelState modelState() {
		if (server == null) {
			return null;
		}
		try {
			var sessions = server.injector().getInstance(org.eclipse.glsp.server.session.ClientSessionManager.class);
			return sessions.getSession("portolan-diagram")
					.map(s -> s.getInjector().getInstance(PortolanModelState.class)).orElse(null);
		} catch (RuntimeException e) {
			return null;
		}
	}

	private void writeFiles() {
		try {
			Path path = file.getLocation().toFile().toPath();
			AtomicFiles.write(path, buffer.getDocument().get(), Charset.forName(file.getCharset()));
			buffer.setDirty(false);
			DiagramLayout layout = document.layout();
			synchronized (layout) {
				DiagramLayoutStore.write(path, layout);
			}
			layoutEdited = false;
			file.getParent().refreshLocal(IResource.DEPTH_ONE, null);
		} catch (IOException | CoreException e) {
			throw new IllegalStateException("Could not save " + file.getFullPath() + ": " + e.getMessage(), e);
		}
	}

	@Override
	public void doSave(IProgressMonitor monitor) {
		try {
			document.save();
			firePropertyChange(PROP_DIRTY);
		} catch (RuntimeException e) {
			if (monitor != null) {
				monitor.setCanceled(true);
			}
			ErrorDialog.openError(getSite().getShell(), "Save", "Could not save " + file.getFullPath()
					+ "; the file on disk is unchanged.", Status.error(String.valueOf(e.getMessage()), e));
		}
	}

	@Override
	public void doSaveAs() {
	}

	@Override
	public boolean isDirty() {
		return buffer != null && buffer.isDirty() || layoutEdited;
	}

	@Override
	public boolean isSaveAsAllowed() {
		return false;
	}

	@Override
	public void setFocus() {
		if (browser != null) {
			browser.setFocus();
		}
	}

	@Override
	public void dispose() {
		if (server != null) {
			server.close();
		}
		if (document != null) {
			document.dispose();
		}
		if (commandStack != null) {
			commandStack.removeCommandStackListener(stackListener);
			PortolanCommandStacks.disconnect(file);
		}
		if (buffer != null) {
			try {
				FileBuffers.getTextFileBufferManager().disconnect(file.getFullPath(), LocationKind.IFILE, null);
			} catch (CoreException e) {
				Platform.getLog(getClass()).log(e.getStatus());
			}
		}
		super.dispose();
	}

	// --- for the export commands and tests

	public IFile getFile() {
		return file;
	}

	public DiagramDocument getDiagramDocument() {
		return document;
	}

	public Browser getBrowser() {
		return browser;
	}

	/** True once the client loaded the diagram. */
	public boolean isReady() {
		return ready;
	}

	public String getLastError() {
		return lastError;
	}

	public List<String> getExportedSvgs() {
		return exportedSvgs;
	}

	// --- ISelectionProvider

	@Override
	public void addSelectionChangedListener(ISelectionChangedListener listener) {
		selectionListeners.add(listener);
	}

	@Override
	public ISelection getSelection() {
		return selection;
	}

	@Override
	public void removeSelectionChangedListener(ISelectionChangedListener listener) {
		selectionListeners.remove(listener);
	}

	@Override
	public void setSelection(ISelection selection) {
		this.selection = selection;
		SelectionChangedEvent event = new SelectionChangedEvent(this, selection);
		selectionListeners.forEach(l -> l.selectionChanged(event));
	}
}
