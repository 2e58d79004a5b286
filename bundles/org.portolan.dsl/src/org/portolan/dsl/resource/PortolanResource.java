package org.portolan.dsl.resource;

import java.util.Iterator;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.linking.lazy.LazyLinkingResource;
import org.eclipse.xtext.parser.IParseResult;
import org.portolan.model.AddressKind;
import org.portolan.model.AddressSpec;
import org.portolan.model.PortSpec;
import org.portolan.model.PortSpecKind;

/**
 * The text form determines some enumeration values that have no keyword of their own:
 * <ul>
 * <li>{@link PortSpec#getKind()}: {@code 443} SINGLE, {@code 5075,5076} LIST, {@code 50000-59999} RANGE,
 * {@code "phrase"} UNSPECIFIED (keywords {@code dynamic-rpc}, {@code dynamic}, {@code any}, {@code n/a} set it
 * explicitly);</li>
 * <li>{@link AddressSpec#getKind()}: {@code any} ANY, an element ELEMENT, {@code "a.b.c.d/n"} CIDR,
 * {@code "a-b"} RANGE, other strings ADDRESS.</li>
 * </ul>
 * They are derived here after every (partial) parse; {@link PortolanTransientValues} keeps the serializer
 * from writing them.
 */
public class PortolanResource extends LazyLinkingResource {

	@Override
	protected void updateInternalState(IParseResult oldParseResult, IParseResult newParseResult) {
		super.updateInternalState(oldParseResult, newParseResult);
		EObject root = newParseResult == null ? null : newParseResult.getRootASTElement();
		if (root != null) {
			deriveKinds(root);
		}
	}

	/** Sets the form-derived kinds of all port and address specifications below {@code root}. */
	public static void deriveKinds(EObject root) {
		for (Iterator<EObject> it = root.eAllContents(); it.hasNext();) {
			EObject o = it.next();
			if (o instanceof PortSpec p) {
				derive(p);
			} else if (o instanceof AddressSpec a) {
				derive(a);
			}
		}
	}

	static void derive(PortSpec p) {
		if (!isFormDerived(p.getKind())) {
			return;
		}
		int items = p.getPorts().size() + p.getRanges().size();
		PortSpecKind kind;
		if (items == 0) {
			kind = PortSpecKind.UNSPECIFIED;
		} else if (items > 1) {
			kind = PortSpecKind.LIST;
		} else {
			kind = p.getRanges().isEmpty() ? PortSpecKind.SINGLE : PortSpecKind.RANGE;
		}
		if (p.getKind() != kind) {
			p.setKind(kind);
		}
	}

	static void derive(AddressSpec a) {
		AddressKind kind;
		if (a.eGet(org.portolan.model.PortolanPackage.Literals.ADDRESS_SPEC__ELEMENT, false) != null) { // no proxy resolution while parsing
			kind = AddressKind.ELEMENT;
		} else if (a.getAddress() == null) {
			kind = AddressKind.ANY;
		} else if (a.getAddress().contains("/")) {
			kind = AddressKind.CIDR;
		} else if (a.getAddress().contains("-")) {
			kind = AddressKind.RANGE;
		} else {
			kind = AddressKind.ADDRESS;
		}
		if (a.getKind() != kind) {
			a.setKind(kind);
		}
	}

	/** Kinds that follow from the form of the port list (no keyword of their own). */
	public static boolean isFormDerived(PortSpecKind kind) {
		return kind == PortSpecKind.SINGLE || kind == PortSpecKind.LIST || kind == PortSpecKind.RANGE
				|| kind == PortSpecKind.UNSPECIFIED;
	}
}
