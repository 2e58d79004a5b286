package org.portolan.ui.explorer;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResourceChangeEvent;
import org.eclipse.core.resources.IResourceChangeListener;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IPartListener2;
import org.eclipse.ui.IWorkbenchPartReference;
import org.eclipse.ui.part.ViewPart;
import org.eclipse.xtext.resource.XtextResource;
import org.portolan.dsl.ui.PortolanDocuments;
import org.portolan.dsl.ui.PortolanEditor;
import org.portolan.dsl.ui.internal.PortolanNavigation;

/**
 * The Portolan model explorer: every topology and catalog of the workspace, with its sites, zones, servers,
 * pools, firewalls, connectors, certificates … grouped by kind. Open files show their live (unsaved) model.
 * Selecting an element shows it in Properties; double-click opens its text.
 */
public class ModelExplorerView extends ViewPart {

	public static final String ID = "org.portolan.ui.modelExplorer";

	private TreeViewer viewer;
	private final IResourceChangeListener workspaceListener = event -> refreshSoon();
	private final java.util.function.Consumer<XtextResource> editorListener = r -> refreshSoon();
	private final List<PortolanEditor> listenedEditors = new ArrayList<>();
	private boolean refreshPending;

	@Override
	public void createPartControl(Composite parent) {
		viewer = new TreeViewer(parent, SWT.MULTI | SWT.H_SCROLL | SWT.V_SCROLL);
		viewer.setContentProvider(new ExplorerContentProvider());
		viewer.setLabelProvider(new LabelProvider() {
			@Override
			public String getText(Object element) {
				return ExplorerContentProvider.label(element);
			}
		});
		viewer.setAutoExpandLevel(3);
		viewer.addDoubleClickListener(event -> {
			Object selected = viewer.getStructuredSelection().getFirstElement();
			if (selected instanceof EObject element) {
				try {
					PortolanNavigation.open(element);
				} catch (CoreException e) {
					getSite().getWorkbenchWindow().getShell().getDisplay().beep();
				}
			} else if (selected != null) {
				viewer.setExpandedState(selected, !viewer.getExpandedState(selected));
			}
		});
		getSite().setSelectionProvider(viewer);
		ResourcesPlugin.getWorkspace().addResourceChangeListener(workspaceListener, IResourceChangeEvent.POST_CHANGE);
		getSite().getPage().addPartListener(partListener);
		for (var reference : getSite().getPage().getEditorReferences()) {
			listen(reference.getEditor(false));
		}
		refresh();
	}

	private final IPartListener2 partListener = new IPartListener2() {
		@Override
		public void partOpened(IWorkbenchPartReference ref) {
			listen(ref.getPart(false));
			refreshSoon();
		}

		@Override
		public void partClosed(IWorkbenchPartReference ref) {
			if (ref.getPart(false) instanceof PortolanEditor editor) {
				editor.removeModelListener(editorListener);
				listenedEditors.remove(editor);
			}
			refreshSoon();
		}
	};

	private void listen(Object part) {
		if (part instanceof PortolanEditor editor && !listenedEditors.contains(editor)) {
			editor.addModelListener(editorListener);
			listenedEditors.add(editor);
		}
	}

	private void refreshSoon() {
		Display display = viewer == null ? null : viewer.getControl().getDisplay();
		if (display == null || refreshPending) {
			return;
		}
		refreshPending = true;
		display.asyncExec(() -> {
			refreshPending = false;
			if (!viewer.getControl().isDisposed()) {
				refresh();
			}
		});
	}

	/** Rebuilds the tree from the workspace (package-visible state is checked by the UI tests). */
	public void refresh() {
		Object[] expanded = viewer.getExpandedElements();
		List<String> expandedLabels = new ArrayList<>();
		for (Object o : expanded) {
			expandedLabels.add(ExplorerContentProvider.path(o));
		}
		viewer.setInput(loadModels());
		List<Object> again = new ArrayList<>();
		collect(viewer.getInput(), expandedLabels, again);
		if (!again.isEmpty()) {
			viewer.setExpandedElements(again.toArray());
		}
	}

	private void collect(Object parent, List<String> paths, List<Object> out) {
		ExplorerContentProvider provider = (ExplorerContentProvider) viewer.getContentProvider();
		for (Object child : parent == viewer.getInput() ? provider.getElements(parent) : provider.getChildren(parent)) {
			if (paths.contains(ExplorerContentProvider.path(child))) {
				out.add(child);
				collect(child, paths, out);
			}
		}
	}

	/** One model per .portolan file: the open editor's live model, or the file parsed from disk. */
	static Map<IFile, Resource> loadModels() {
		Map<IFile, PortolanEditor> open = new LinkedHashMap<>();
		for (var window : org.eclipse.ui.PlatformUI.getWorkbench().getWorkbenchWindows()) {
			for (var page : window.getPages()) {
				for (var reference : page.getEditorReferences()) {
					IEditorPart part = reference.getEditor(false);
					if (part instanceof PortolanEditor editor && editor.getFile() != null && editor.getModel() != null) {
						open.put(editor.getFile(), editor);
					}
				}
			}
		}
		Map<IFile, Resource> models = new LinkedHashMap<>();
		for (IProject project : ResourcesPlugin.getWorkspace().getRoot().getProjects()) {
			for (IFile file : PortolanDocuments.portolanFiles(project)) {
				if (open.containsKey(file)) {
					models.put(file, open.get(file).getModel());
				} else {
					try (var in = file.getContents(true)) {
						String text = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
						models.put(file, PortolanDocuments.parse(file, text));
					} catch (Exception e) {
						// unreadable file: it is reported by the builder; the explorer shows the others
					}
				}
			}
		}
		return models;
	}

	public TreeViewer getViewer() {
		return viewer;
	}

	@Override
	public void setFocus() {
		viewer.getControl().setFocus();
	}

	@Override
	public void dispose() {
		ResourcesPlugin.getWorkspace().removeResourceChangeListener(workspaceListener);
		getSite().getPage().removePartListener(partListener);
		for (PortolanEditor editor : listenedEditors) {
			editor.removeModelListener(editorListener);
		}
		super.dispose();
	}

	/** A group of elements of one kind under a model root (e.g. "Servers (3)"). */
	public record Group(EObject owner, EReference feature) {
		List<?> members() {
			return (List<?>) owner.eGet(feature);
		}
	}

	/** Files → model root → groups per containment list → elements → their named children. */
	static final class ExplorerContentProvider implements ITreeContentProvider {

		@Override
		public Object[] getElements(Object input) {
			@SuppressWarnings("unchecked")
			Map<IFile, Resource> models = (Map<IFile, Resource>) input;
			List<Object> roots = new ArrayList<>();
			for (Resource resource : models.values()) {
				roots.addAll(resource.getContents());
			}
			return roots.toArray();
		}

		@Override
		public Object[] getChildren(Object parent) {
			if (parent instanceof Group group) {
				return group.members().toArray();
			}
			if (parent instanceof EObject element) {
				List<Object> children = new ArrayList<>();
				for (EReference feature : element.eClass().getEAllContainments()) {
					if (!feature.isMany()) {
						continue;
					}
					List<?> members = (List<?>) element.eGet(feature);
					if (members.isEmpty()) {
						continue;
					}
					if (element.eContainer() == null) {
						children.add(new Group(element, feature));
					} else if (members.stream().anyMatch(m -> name((EObject) m) != null)) {
						children.addAll(members);
					}
				}
				return children.toArray();
			}
			return new Object[0];
		}

		@Override
		public Object getParent(Object element) {
			if (element instanceof Group group) {
				return group.owner();
			}
			return element instanceof EObject object ? object.eContainer() : null;
		}

		@Override
		public boolean hasChildren(Object element) {
			return getChildren(element).length > 0;
		}

		static String name(EObject element) {
			EStructuralFeature name = element.eClass().getEStructuralFeature("name");
			Object value = name == null ? null : element.eGet(name);
			return value == null ? null : value.toString();
		}

		static String label(Object element) {
			if (element instanceof Group group) {
				String feature = group.feature().getName();
				return Character.toUpperCase(feature.charAt(0)) + feature.substring(1).replaceAll("([A-Z])", " $1").toLowerCase()
						+ " (" + group.members().size() + ")";
			}
			if (element instanceof EObject object) {
				String name = name(object);
				String kind = object.eClass().getName();
				if (object.eContainer() == null && object.eResource() != null) {
					return (name == null ? kind : name) + " — " + object.eResource().getURI().lastSegment();
				}
				return name == null ? kind : name + " : " + kind;
			}
			return String.valueOf(element);
		}

		static String path(Object element) {
			Object parent = new ExplorerContentProvider().getParent(element);
			return (parent == null ? "" : path(parent) + "/") + label(element).replaceAll(" \\(\\d+\\)$", "");
		}
	}
}
