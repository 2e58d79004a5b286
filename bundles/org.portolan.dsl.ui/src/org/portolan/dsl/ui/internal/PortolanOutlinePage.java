package org.portolan.dsl.ui.internal;

import java.util.function.Consumer;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.jface.text.ITextSelection;
import org.eclipse.jface.viewers.ISelectionChangedListener;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.SelectionChangedEvent;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.ui.views.contentoutline.ContentOutlinePage;
import org.eclipse.xtext.resource.EObjectAtOffsetHelper;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.ITextRegion;
import org.portolan.dsl.ui.PortolanEditor;
import org.portolan.dsl.ui.PortolanLanguage;

/**
 * Outline of the edited model: every named element in its containment tree. Selecting an element selects
 * its name in the text; moving the cursor selects the enclosing element (linked with the editor).
 */
public class PortolanOutlinePage extends ContentOutlinePage {

	private final PortolanEditor editor;
	private final Consumer<XtextResource> modelListener = this::modelChanged;
	private final ISelectionChangedListener cursorListener = this::cursorMoved;
	private boolean syncing;

	public PortolanOutlinePage(PortolanEditor editor) {
		this.editor = editor;
	}

	@Override
	public void createControl(Composite parent) {
		super.createControl(parent);
		TreeViewer viewer = getTreeViewer();
		viewer.setContentProvider(new ModelContentProvider());
		viewer.setLabelProvider(new LabelProvider() {
			@Override
			public String getText(Object element) {
				return label((EObject) element);
			}
		});
		viewer.setAutoExpandLevel(2);
		viewer.setInput(editor.getModel());
		editor.addModelListener(modelListener);
		if (editor.getSelectionProvider() instanceof org.eclipse.jface.viewers.IPostSelectionProvider post) {
			post.addPostSelectionChangedListener(cursorListener);
		}
	}

	private void modelChanged(XtextResource resource) {
		Control control = getControl();
		if (control == null || control.isDisposed()) {
			return;
		}
		control.getDisplay().asyncExec(() -> {
			if (!control.isDisposed()) {
				Object[] expanded = getTreeViewer().getExpandedElements();
				getTreeViewer().setInput(resource);
				restoreExpansion(expanded);
			}
		});
	}

	/** Re-expands the elements with the same label path (the objects are new after each parse). */
	private void restoreExpansion(Object[] expanded) {
		java.util.Set<String> paths = new java.util.HashSet<>();
		for (Object o : expanded) {
			paths.add(path((EObject) o));
		}
		java.util.List<Object> again = new java.util.ArrayList<>();
		XtextResource input = (XtextResource) getTreeViewer().getInput();
		if (input != null) {
			input.getAllContents().forEachRemaining(o -> {
				if (paths.contains(path(o))) {
					again.add(o);
				}
			});
		}
		if (!again.isEmpty()) {
			getTreeViewer().setExpandedElements(again.toArray());
		}
	}

	private static String path(EObject o) {
		return o.eContainer() == null ? label(o) : path(o.eContainer()) + "/" + label(o);
	}

	@Override
	public void selectionChanged(SelectionChangedEvent event) {
		super.selectionChanged(event);
		if (syncing || !(event.getSelection() instanceof IStructuredSelection selection) || selection.isEmpty()) {
			return;
		}
		ITextRegion region = PortolanNavigation.nameRegion((EObject) selection.getFirstElement());
		if (region != null) {
			syncing = true;
			try {
				editor.selectAndReveal(region.getOffset(), region.getLength());
			} finally {
				syncing = false;
			}
		}
	}

	private void cursorMoved(SelectionChangedEvent event) {
		if (syncing || getControl() == null || getControl().isDisposed()
				|| !(event.getSelection() instanceof ITextSelection text) || editor.getModel() == null) {
			return;
		}
		EObject element = PortolanLanguage.get(EObjectAtOffsetHelper.class).resolveContainedElementAt(editor.getModel(),
				text.getOffset());
		while (element != null && !shown(element)) {
			element = element.eContainer();
		}
		if (element != null) {
			syncing = true;
			try {
				getTreeViewer().setSelection(new StructuredSelection(element), true);
			} finally {
				syncing = false;
			}
		}
	}

	/** The outline's tree (public for the UI tests). */
	public TreeViewer viewer() {
		return getTreeViewer();
	}

	@Override
	public void dispose() {
		editor.removeModelListener(modelListener);
		if (editor.getSelectionProvider() instanceof org.eclipse.jface.viewers.IPostSelectionProvider post) {
			post.removePostSelectionChangedListener(cursorListener);
		}
		super.dispose();
	}

	static boolean shown(EObject element) {
		EStructuralFeature name = element.eClass().getEStructuralFeature("name");
		return name != null && element.eGet(name) != null;
	}

	static String label(EObject element) {
		EStructuralFeature name = element.eClass().getEStructuralFeature("name");
		Object value = name == null ? null : element.eGet(name);
		return value == null ? element.eClass().getName() : value + " : " + element.eClass().getName();
	}

	/** Named elements in containment order. */
	static final class ModelContentProvider implements ITreeContentProvider {
		@Override
		public Object[] getElements(Object input) {
			if (input instanceof XtextResource resource) {
				return resource.getContents().toArray();
			}
			return new Object[0];
		}

		/** Named children in the order they appear in the text. */
		@Override
		public Object[] getChildren(Object parent) {
			return ((EObject) parent).eContents().stream().filter(PortolanOutlinePage::shown)
					.sorted(java.util.Comparator.comparingInt(ModelContentProvider::offset)).toArray();
		}

		private static int offset(EObject element) {
			org.eclipse.xtext.nodemodel.ICompositeNode node = org.eclipse.xtext.nodemodel.util.NodeModelUtils.findActualNodeFor(element);
			return node == null ? Integer.MAX_VALUE : node.getOffset();
		}

		@Override
		public Object getParent(Object element) {
			return ((EObject) element).eContainer();
		}

		@Override
		public boolean hasChildren(Object element) {
			return getChildren(element).length > 0;
		}
	}
}
