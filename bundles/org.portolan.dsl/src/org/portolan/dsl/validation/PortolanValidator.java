package org.portolan.dsl.validation;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.validation.Check;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.naming.IQualifiedNameProvider;
import org.eclipse.xtext.naming.QualifiedName;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.portolan.model.Addressable;
import org.portolan.model.NamedElement;
import org.portolan.model.PortolanModel;
import com.google.inject.Inject;
import org.portolan.dsl.scoping.PortolanGlobalScopeProvider;
import org.portolan.model.CatalogEntry;
import org.portolan.model.Import;
import org.portolan.model.PortRange;
import org.portolan.model.PortSpec;
import org.portolan.model.PortolanPackage.Literals;
import org.portolan.model.SourceReference;

/**
 * Language-level checks of .portolan files. Domain rules (firewall, certificates, install rules) are EValidators
 * registered for the Portolan EPackage elsewhere; Xtext runs every registered EValidator on DSL files too.
 */
public class PortolanValidator extends AbstractPortolanValidator {

	public static final int MAX_PORT = 65535;

	@Inject
	private IQualifiedNameProvider names;

	/**
	 * Two elements of the same kind with the same qualified name in one file. All addressable elements (servers,
	 * interfaces, zones, pools, VIPs, external parties ...) share one name space because rules and connectors refer
	 * to any of them; other kinds are unique per kind. The message names both lines.
	 */
	@Check
	public void checkUniqueNames(PortolanModel model) {
		Map<List<Object>, List<NamedElement>> byName = new LinkedHashMap<>();
		for (java.util.Iterator<EObject> it = model.eAllContents(); it.hasNext();) {
			if (it.next() instanceof NamedElement e && e.getName() != null) {
				QualifiedName qn = names.getFullyQualifiedName(e);
				if (qn != null) {
					byName.computeIfAbsent(List.of(cluster(e.eClass()), qn), k -> new ArrayList<>()).add(e);
				}
			}
		}
		for (List<NamedElement> same : byName.values()) {
			if (same.size() < 2) {
				continue;
			}
			for (NamedElement e : same) {
				List<String> others = new ArrayList<>();
				for (NamedElement o : same) {
					if (o != e) {
						INode node = NodeModelUtils.findActualNodeFor(o);
						others.add(org.portolan.dsl.validation.PortolanLinkingDiagnostics.describe(o.eClass()) + " at line "
								+ (node == null ? "?" : node.getStartLine()));
					}
				}
				error("Duplicate name '" + e.getName() + "': also declared as " + String.join(", ", others), e,
						Literals.NAMED_ELEMENT__NAME, IssueCodes.DUPLICATE_NAME, e.getName());
			}
		}
	}

	private static EClass cluster(EClass type) {
		return Literals.ADDRESSABLE.isSuperTypeOf(type) ? Literals.ADDRESSABLE : type;
	}

	@Check
	public void checkPorts(PortSpec spec) {
		for (int i = 0; i < spec.getPorts().size(); i++) {
			int port = spec.getPorts().get(i);
			if (port < 0 || port > MAX_PORT) {
				error("Port " + port + " is outside 0-65535", spec, Literals.PORT_SPEC__PORTS, i,
						IssueCodes.PORT_OUT_OF_RANGE, String.valueOf(port));
			}
		}
	}

	@Check
	public void checkRange(PortRange range) {
		if (range.getStart() < 0 || range.getStart() > MAX_PORT) {
			error("Port " + range.getStart() + " is outside 0-65535", range, Literals.PORT_RANGE__START,
					IssueCodes.PORT_OUT_OF_RANGE);
		}
		if (range.getEnd() < 0 || range.getEnd() > MAX_PORT) {
			error("Port " + range.getEnd() + " is outside 0-65535", range, Literals.PORT_RANGE__END,
					IssueCodes.PORT_OUT_OF_RANGE);
		}
		if (range.getStart() > range.getEnd()) {
			error("Port range " + range.getStart() + "-" + range.getEnd() + " is reversed (start > end)", range, null,
					IssueCodes.PORT_RANGE_REVERSED);
		}
	}

	@Check
	public void checkImport(Import imp) {
		Resource resource = imp.eResource();
		URI uri = resource == null ? null : PortolanGlobalScopeProvider.resolve(resource, imp);
		boolean exists = uri != null && resource.getResourceSet() != null
				&& (resource.getResourceSet().getResource(uri, false) != null
						|| resource.getResourceSet().getURIConverter().exists(uri, null));
		if (!exists) {
			error("Imported file '" + imp.getImportURI() + "' does not exist", imp, Literals.IMPORT__IMPORT_URI,
					IssueCodes.IMPORT_NOT_FOUND, imp.getImportURI());
		}
	}

	@Check
	public void checkSource(CatalogEntry entry) {
		SourceReference source = entry.getSource();
		if (source == null) {
			return; // a syntax error already (source is mandatory in the grammar)
		}
		if (source.getDocument() == null || source.getDocument().isBlank()) {
			error("The source of this catalog entry names no document", entry, Literals.CATALOG_ENTRY__SOURCE,
					IssueCodes.SOURCE_DOCUMENT_MISSING);
		} else if ((source.getLines() == null || source.getLines().isBlank()) && !source.isGeneralKnowledge()) {
			warning("The source of this catalog entry gives no line numbers (add lines \"...\" or mark it general-knowledge)",
					entry, Literals.CATALOG_ENTRY__SOURCE, IssueCodes.SOURCE_LINES_MISSING);
		}
	}
}
