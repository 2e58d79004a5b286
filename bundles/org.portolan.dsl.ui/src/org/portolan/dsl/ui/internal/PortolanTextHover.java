package org.portolan.dsl.ui.internal;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.ITextHover;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.Region;
import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.resource.EObjectAtOffsetHelper;
import org.eclipse.xtext.resource.XtextResource;
import org.portolan.dsl.ui.PortolanDocuments;
import org.portolan.dsl.ui.PortolanEditor;
import org.portolan.dsl.ui.PortolanLanguage;

/** Hover over a name or reference: what the element is and its documentation (for catalog entries, the citation). */
public class PortolanTextHover implements ITextHover {

	private final PortolanEditor editor;

	public PortolanTextHover(PortolanEditor editor) {
		this.editor = editor;
	}

	@Override
	public String getHoverInfo(ITextViewer viewer, IRegion region) {
		if (editor.getFile() == null) {
			return null;
		}
		XtextResource resource = PortolanDocuments.parse(editor.getFile(), viewer.getDocument().get());
		return hoverText(resource, region.getOffset());
	}

	/** The hover text at an offset, or null (shared with tests). */
	public static String hoverText(XtextResource resource, int offset) {
		EObject element = PortolanLanguage.get(EObjectAtOffsetHelper.class).resolveElementAt(resource, offset);
		if (element == null || element.eIsProxy()) {
			return null;
		}
		StringBuilder text = new StringBuilder(element.eClass().getName());
		EStructuralFeature name = element.eClass().getEStructuralFeature("name");
		if (name != null && element.eGet(name) != null) {
			text.append(' ').append(element.eGet(name));
		}
		String doc = PortolanLanguage.services().hover(resource, offset);
		if (doc != null && !doc.isBlank()) {
			text.append('\n').append(doc);
		}
		return text.toString();
	}

	@Override
	public IRegion getHoverRegion(ITextViewer viewer, int offset) {
		if (editor.getModel() != null && editor.getModel().getParseResult() != null) {
			ILeafNode leaf = NodeModelUtils.findLeafNodeAtOffset(editor.getModel().getParseResult().getRootNode(), offset);
			if (leaf != null && !leaf.isHidden() && leaf.getOffset() + leaf.getLength() <= viewer.getDocument().getLength()) {
				return new Region(leaf.getOffset(), leaf.getLength());
			}
		}
		return new Region(offset, 0);
	}
}
