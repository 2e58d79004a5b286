package org.portolan.dsl.ui.internal;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.Region;
import org.eclipse.jface.text.hyperlink.AbstractHyperlinkDetector;
import org.eclipse.jface.text.hyperlink.IHyperlink;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.resource.EObjectAtOffsetHelper;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.TextRegion;
import org.portolan.dsl.ui.PortolanDocuments;
import org.portolan.dsl.ui.PortolanEditor;
import org.portolan.dsl.ui.PortolanLanguage;

/** Ctrl+click on a reference (a server, zone, catalog role …) opens its declaration. */
public class PortolanHyperlinkDetector extends AbstractHyperlinkDetector {

	private final PortolanEditor editor;

	public PortolanHyperlinkDetector(PortolanEditor editor) {
		this.editor = editor;
	}

	@Override
	public IHyperlink[] detectHyperlinks(ITextViewer viewer, IRegion region, boolean canShowMultipleHyperlinks) {
		if (editor.getFile() == null) {
			return null;
		}
		XtextResource resource = PortolanDocuments.parse(editor.getFile(), viewer.getDocument().get());
		EObjectAtOffsetHelper helper = PortolanLanguage.get(EObjectAtOffsetHelper.class);
		INode node = helper.getCrossReferenceNode(resource, new TextRegion(region.getOffset(), region.getLength()));
		if (node == null) {
			return null;
		}
		EObject target = helper.getCrossReferencedElement(node);
		if (target == null || target.eIsProxy()) {
			return null;
		}
		IRegion linkRegion = new Region(node.getOffset(), node.getLength());
		String label = "Open declaration of " + node.getText().trim();
		return new IHyperlink[] { new IHyperlink() {
			@Override
			public IRegion getHyperlinkRegion() {
				return linkRegion;
			}

			@Override
			public String getTypeLabel() {
				return "Portolan declaration";
			}

			@Override
			public String getHyperlinkText() {
				return label;
			}

			@Override
			public void open() {
				PortolanNavigation.openQuietly(target);
			}
		} };
	}
}
