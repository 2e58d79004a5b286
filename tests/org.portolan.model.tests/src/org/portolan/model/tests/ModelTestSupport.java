package org.portolan.model.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.util.Diagnostician;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceFactoryImpl;
import org.portolan.model.AddressKind;
import org.portolan.model.AddressSpec;
import org.portolan.model.Addressable;
import org.portolan.model.PortRange;
import org.portolan.model.PortSpec;
import org.portolan.model.PortSpecKind;
import org.portolan.model.PortolanFactory;
import org.portolan.model.PortolanPackage;
import org.portolan.model.SourceReference;

/** Plain-Java (no OSGi) helpers shared by the model tests: resource sets, XMI round trips, small builders. */
final class ModelTestSupport {

	static final PortolanFactory F = PortolanFactory.eINSTANCE;

	private ModelTestSupport() {
	}

	/** A resource set that reads and writes XMI for any extension and knows the Portolan package. */
	static ResourceSet newResourceSet() {
		ResourceSet rs = new ResourceSetImpl();
		rs.getResourceFactoryRegistry().getExtensionToFactoryMap().put(Resource.Factory.Registry.DEFAULT_EXTENSION,
				new XMIResourceFactoryImpl());
		rs.getPackageRegistry().put(PortolanPackage.eNS_URI, PortolanPackage.eINSTANCE);
		return rs;
	}

	static Resource newResource(ResourceSet rs, Path dir, String fileName, EObject root) {
		Resource r = rs.createResource(URI.createFileURI(dir.resolve(fileName).toAbsolutePath().toString()));
		r.getContents().add(root);
		return r;
	}

	static Map<Object, Object> saveOptions() {
		Map<Object, Object> options = new HashMap<>();
		options.put(XMLResource.OPTION_ENCODING, "UTF-8");
		return options;
	}

	/** Saves every resource of {@code rs}. */
	static void saveAll(ResourceSet rs) throws IOException {
		for (Resource r : rs.getResources()) {
			r.save(saveOptions());
		}
	}

	/**
	 * Loads the same URIs into a fresh resource set, resolves all proxies and fails if any stays unresolved.
	 * Returns the reloaded resources in the order of {@code original.getResources()}.
	 */
	static List<Resource> reloadAll(ResourceSet original) {
		ResourceSet fresh = newResourceSet();
		List<Resource> reloaded = new ArrayList<>();
		for (Resource r : original.getResources()) {
			reloaded.add(fresh.getResource(r.getURI(), true));
		}
		EcoreUtil.resolveAll(fresh);
		Map<EObject, ?> unresolved = EcoreUtil.UnresolvedProxyCrossReferencer.find(fresh);
		assertTrue(unresolved.isEmpty(), () -> "unresolved proxies after reload: " + unresolved);
		return reloaded;
	}

	/** Fails with the Diagnostician's messages if {@code root} has an error. */
	static void assertNoValidationErrors(EObject root) {
		Diagnostic d = Diagnostician.INSTANCE.validate(root);
		if (d.getSeverity() >= Diagnostic.ERROR) {
			StringBuilder sb = new StringBuilder("Diagnostician reported errors:");
			for (Diagnostic c : d.getChildren()) {
				sb.append("\n  ").append(c.getMessage());
			}
			fail(sb.toString());
		}
	}

	/** The EClasses of every object contained in the given resources. */
	static Set<EClass> instantiatedEClasses(List<Resource> resources) {
		Set<EClass> result = new LinkedHashSet<>();
		for (Resource r : resources) {
			for (TreeIterator<EObject> it = r.getAllContents(); it.hasNext();) {
				result.add(it.next().eClass());
			}
		}
		return result;
	}

	// ------------------------------------------------------------------ port specifications

	static PortSpec port(int port) {
		PortSpec p = F.createPortSpec();
		p.setKind(PortSpecKind.SINGLE);
		p.getPorts().add(port);
		return p;
	}

	static PortSpec ports(int... ports) {
		PortSpec p = F.createPortSpec();
		p.setKind(PortSpecKind.LIST);
		for (int port : ports) {
			p.getPorts().add(port);
		}
		return p;
	}

	static PortRange portRange(int start, int end) {
		PortRange r = F.createPortRange();
		r.setStart(start);
		r.setEnd(end);
		return r;
	}

	static PortSpec range(int start, int end) {
		PortSpec p = F.createPortSpec();
		p.setKind(PortSpecKind.RANGE);
		p.getRanges().add(portRange(start, end));
		return p;
	}

	static PortSpec anyPort() {
		PortSpec p = F.createPortSpec();
		p.setKind(PortSpecKind.ANY);
		return p;
	}

	/** RPC endpoint mapper 135 plus the dynamic range, as in "135,1024-65534". */
	static PortSpec dynamicRpc() {
		PortSpec p = F.createPortSpec();
		p.setKind(PortSpecKind.DYNAMIC_RPC);
		p.getPorts().add(135);
		p.getRanges().add(portRange(1024, 65534));
		p.setText("135,dynamic RPC");
		return p;
	}

	// ------------------------------------------------------------------ address specifications

	static AddressSpec anyAddress() {
		AddressSpec a = F.createAddressSpec();
		a.setKind(AddressKind.ANY);
		return a;
	}

	static AddressSpec cidr(String cidr) {
		AddressSpec a = F.createAddressSpec();
		a.setKind(AddressKind.CIDR);
		a.setAddress(cidr);
		return a;
	}

	static AddressSpec element(Addressable element, boolean publicAddress) {
		AddressSpec a = F.createAddressSpec();
		a.setKind(AddressKind.ELEMENT);
		a.setElement(element);
		a.setUsePublicAddress(publicAddress);
		return a;
	}

	static SourceReference source(String document, String lines, String dataFile) {
		SourceReference s = F.createSourceReference();
		s.setDocument(document);
		s.setLines(lines);
		s.setDataFile(dataFile);
		return s;
	}
}
