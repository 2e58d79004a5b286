package org.portolan.dsl.ide.highlighting;

import java.util.Iterator;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.CrossReference;
import org.eclipse.xtext.ide.editor.syntaxcoloring.DefaultSemanticHighlightingCalculator;
import org.eclipse.xtext.ide.editor.syntaxcoloring.IHighlightedPositionAcceptor;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.CancelIndicator;
import org.portolan.model.NamedElement;
import org.portolan.model.PortRange;
import org.portolan.model.PortSpec;
import org.portolan.model.PortolanPackage.Literals;
import org.portolan.model.RoleDefinition;
import org.portolan.model.SourceReference;
import org.portolan.model.TrafficSpec;

/**
 * Semantic highlighting: declared names, references to catalog roles (distinct from other references), port
 * numbers and ranges, application protocols, and source citations.
 */
public class PortolanSemanticHighlighting extends DefaultSemanticHighlightingCalculator {

	public static final String DECLARATION = "portolan.declaration";
	public static final String CATALOG_ROLE = "portolan.catalogRole";
	public static final String REFERENCE = "portolan.reference";
	public static final String PORT = "portolan.port";
	public static final String PROTOCOL = "portolan.protocol";
	public static final String CITATION = "portolan.citation";

	@Override
	protected void doProvideHighlightingFor(XtextResource resource, IHighlightedPositionAcceptor acceptor,
			CancelIndicator cancelIndicator) {
		if (resource.getParseResult() == null) {
			return;
		}
		for (INode node : resource.getParseResult().getRootNode().getAsTreeIterable()) {
			if (node.getGrammarElement() instanceof CrossReference cr) {
				boolean role = cr.getType() != null && cr.getType().getClassifier() == Literals.ROLE_DEFINITION;
				acceptor.addPosition(node.getOffset(), node.getLength(), role ? CATALOG_ROLE : REFERENCE);
			}
		}
		for (Iterator<EObject> it = resource.getAllContents(); it.hasNext();) {
			if (cancelIndicator.isCanceled()) {
				return;
			}
			EObject o = it.next();
			if (o instanceof NamedElement) {
				highlight(acceptor, o, Literals.NAMED_ELEMENT__NAME, o instanceof RoleDefinition ? CATALOG_ROLE : DECLARATION);
			}
			if (o instanceof TrafficSpec) {
				highlight(acceptor, o, Literals.TRAFFIC_SPEC__APP_PROTOCOL, PROTOCOL);
			}
			if (o instanceof PortSpec || o instanceof PortRange) {
				INode node = NodeModelUtils.findActualNodeFor(o);
				if (node != null) {
					acceptor.addPosition(node.getOffset(), node.getLength(), PORT);
				}
			}
			if (o instanceof SourceReference) {
				INode node = NodeModelUtils.findActualNodeFor(o);
				if (node != null) {
					acceptor.addPosition(node.getOffset(), node.getLength(), CITATION);
				}
			}
		}
	}

	private void highlight(IHighlightedPositionAcceptor acceptor, EObject o, org.eclipse.emf.ecore.EStructuralFeature f,
			String style) {
		for (INode node : NodeModelUtils.findNodesForFeature(o, f)) {
			acceptor.addPosition(node.getOffset(), node.getLength(), style);
		}
	}
}
