package org.portolan.dsl.validation;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.validation.Check;
import org.eclipse.xtext.validation.ComposedChecks;
import org.eclipse.xtext.validation.NamesAreUniqueValidator;
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
@ComposedChecks(validators = NamesAreUniqueValidator.class)
public class PortolanValidator extends AbstractPortolanValidator {

	public static final int MAX_PORT = 65535;

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
