package org.portolan.dsl.ide.contentassist;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.CrossReference;
import org.eclipse.xtext.ide.editor.contentassist.ContentAssistContext;
import org.eclipse.xtext.ide.editor.contentassist.ContentAssistEntry;
import org.eclipse.xtext.ide.editor.contentassist.IdeCrossrefProposalProvider;
import org.eclipse.xtext.resource.IEObjectDescription;
import org.portolan.dsl.PortolanText;
import org.portolan.model.NamedElement;
import org.portolan.model.RoleDefinition;

/** Cross-reference proposals; catalog roles show their label, other elements their description. */
public class PortolanCrossrefProposals extends IdeCrossrefProposalProvider {

	@Override
	protected ContentAssistEntry createProposal(IEObjectDescription candidate, CrossReference crossRef,
			ContentAssistContext context) {
		ContentAssistEntry entry = super.createProposal(candidate, crossRef, context);
		if (entry == null) {
			return null;
		}
		EObject o = candidate.getEObjectOrProxy();
		if (o != null && o.eIsProxy() && context.getResource() != null) {
			o = EcoreUtil.resolve(o, context.getResource());
		}
		if (o instanceof RoleDefinition r && !r.eIsProxy()) {
			entry.setDescription(r.getLabel() != null ? r.getLabel() : "catalog role " + PortolanText.name(r));
			entry.setKind(ContentAssistEntry.KIND_CLASS);
		} else if (o instanceof NamedElement n && !n.eIsProxy() && n.getDescription() != null) {
			entry.setDescription(n.getDescription());
		}
		return entry;
	}
}
