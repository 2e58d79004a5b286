package org.portolan.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.portolan.dsl.tests.LanguageTestSupport.assertNoErrors;
import static org.portolan.dsl.tests.LanguageTestSupport.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.xtext.AbstractRule;
import org.eclipse.xtext.Assignment;
import org.eclipse.xtext.GrammarUtil;
import org.eclipse.xtext.ParserRule;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.junit.jupiter.api.Test;
import org.portolan.dsl.services.PortolanGrammarAccess;
import org.portolan.model.AddressKind;
import org.portolan.model.AddressSpec;
import org.portolan.model.Firewall;
import org.portolan.model.FirewallRule;
import org.portolan.model.PortSpec;
import org.portolan.model.PortSpecKind;
import org.portolan.model.PortolanPackage;
import org.portolan.model.Server;
import org.portolan.model.Topology;
import org.portolan.model.Transport;

class ParsingTest {

	/** The two examples in docs/language.md (what the catalog authors copy) parse and link without errors. */
	@Test
	void languageDocumentExamplesParseAndLink() {
		String doc = LanguageTestSupport.read(LanguageTestSupport.repo().resolve("docs/language.md"));
		Matcher m = Pattern.compile("```\\n(.*?)```", Pattern.DOTALL).matcher(doc);
		String catalog = null;
		String topology = null;
		while (m.find()) {
			String block = m.group(1);
			if (block.contains("\ncatalog lync2013")) {
				catalog = block;
			} else if (block.contains("\ntopology contoso.edge")) {
				topology = block;
			}
		}
		XtextResourceSet rs = LanguageTestSupport.newResourceSet();
		XtextResource c = parse(rs, "catalog/lync2013.portolan", catalog);
		XtextResource t = parse(rs, "edge.portolan", topology);
		assertNoErrors(c);
		assertNoErrors(t);
		Topology topo = (Topology) t.getContents().get(0);
		Server edge = topo.getServers().get(0);
		assertEquals("EdgeServer", edge.getRoles().get(0).getRole().getName());
		assertSame(c, edge.getRoles().get(0).getRole().eResource());
	}

	@Test
	void portSpecificationsKeepTheirFormAndKind() {
		XtextResource r = parse("""
				topology t
				zone a
				firewall fw {
					rule allow tcp 443 from any to a
					rule allow tcp 5075,5076,5077 from any to a
					rule allow udp 50000-59999 from any to a
					rule allow "RPC" tcp 135,dynamic-rpc from any to a
					rule allow tcp dynamic-rpc 49152-65535 from any to a
					rule allow tcp any from any to a
					rule allow "ESP" ip 50 from any to a
					rule allow udp "configurable (per gateway; value not given)" from any to a
					rule allow tcp 135,1024-65535 from any to a
				}
				""");
		assertNoErrors(r);
		List<FirewallRule> rules = ((Topology) r.getContents().get(0)).getFirewalls().get(0).getRules();
		assertPorts(rules.get(0).getPorts(), PortSpecKind.SINGLE, "[443]", 0);
		assertPorts(rules.get(1).getPorts(), PortSpecKind.LIST, "[5075, 5076, 5077]", 0);
		assertPorts(rules.get(2).getPorts(), PortSpecKind.RANGE, "[]", 1);
		assertEquals(50000, rules.get(2).getPorts().getRanges().get(0).getStart());
		assertEquals(59999, rules.get(2).getPorts().getRanges().get(0).getEnd());
		assertPorts(rules.get(3).getPorts(), PortSpecKind.DYNAMIC_RPC, "[135]", 0);
		assertEquals("RPC", rules.get(3).getAppProtocol());
		assertPorts(rules.get(4).getPorts(), PortSpecKind.DYNAMIC_RPC, "[]", 1);
		assertPorts(rules.get(5).getPorts(), PortSpecKind.ANY, "[]", 0);
		assertEquals(Transport.IP_PROTOCOL, rules.get(6).getTransport());
		assertEquals(50, rules.get(6).getIpProtocol());
		assertNull(rules.get(6).getPorts());
		assertPorts(rules.get(7).getPorts(), PortSpecKind.UNSPECIFIED, "[]", 0);
		assertEquals("configurable (per gateway; value not given)", rules.get(7).getPorts().getText());
		assertPorts(rules.get(8).getPorts(), PortSpecKind.LIST, "[135]", 1);
	}

	private static void assertPorts(PortSpec spec, PortSpecKind kind, String ports, int ranges) {
		assertEquals(kind, spec.getKind());
		assertEquals(ports, spec.getPorts().toString());
		assertEquals(ranges, spec.getRanges().size());
	}

	@Test
	void addressFormsGiveTheAddressKind() {
		XtextResource r = parse("""
				topology t
				server edge { interface ext address "172.16.0.10" public "131.107.0.10" }
				firewall fw {
					rule allow tcp 443 from any, "10.0.0.0/8", "192.168.10.15", "10.0.0.1-10.0.0.9" to edge.ext public
				}
				""");
		assertNoErrors(r);
		Firewall fw = ((Topology) r.getContents().get(0)).getFirewalls().get(0);
		List<AddressSpec> from = fw.getRules().get(0).getSources();
		assertEquals(List.of(AddressKind.ANY, AddressKind.CIDR, AddressKind.ADDRESS, AddressKind.RANGE),
				from.stream().map(AddressSpec::getKind).toList());
		AddressSpec to = fw.getRules().get(0).getDestinations().get(0);
		assertEquals(AddressKind.ELEMENT, to.getKind());
		assertTrue(to.isUsePublicAddress());
		assertEquals("ext", ((org.portolan.model.NamedElement) to.getElement()).getName());
	}

	/**
	 * Every concrete class of the metamodel has a grammar rule, and every feature of it can be written (features
	 * whose value follows from the text form are listed explicitly).
	 */
	@Test
	void everyConceptOfTheMetamodelCanBeWritten() {
		PortolanGrammarAccess grammar = LanguageTestSupport.injector().getInstance(PortolanGrammarAccess.class);
		List<String> formDerived = List.of("AddressSpec.kind");
		List<String> missing = new ArrayList<>();
		for (EClassifier c : PortolanPackage.eINSTANCE.getEClassifiers()) {
			if (!(c instanceof EClass type) || type.isAbstract() || type.isInterface()) {
				continue;
			}
			boolean hasRule = grammar.getGrammar().getRules().stream()
					.anyMatch(r -> r instanceof ParserRule && r.getType() != null && r.getType().getClassifier() == type);
			if (!hasRule) {
				missing.add(type.getName() + " (no rule)");
			}
			for (EStructuralFeature f : type.getEAllStructuralFeatures()) {
				if (f.isDerived() || f.isTransient() || formDerived.contains(type.getName() + "." + f.getName())) {
					continue;
				}
				if (!assigned(grammar, type, f.getName())) {
					missing.add(type.getName() + "." + f.getName());
				}
			}
		}
		assertTrue(missing.isEmpty(), "not expressible in the language: " + missing);
	}

	private static boolean assigned(PortolanGrammarAccess grammar, EClass type, String feature) {
		for (AbstractRule rule : grammar.getGrammar().getRules()) {
			if (!(rule instanceof ParserRule p) || rule.getType() == null
					|| !(rule.getType().getClassifier() instanceof EClass ruleType)) {
				continue;
			}
			if (ruleType != type && !ruleType.isSuperTypeOf(type)) {
				continue;
			}
			for (Assignment a : GrammarUtil.containedAssignments(p)) {
				if (feature.equals(a.getFeature())) {
					return true;
				}
			}
		}
		return false;
	}

	@Test
	void commentsAndKeywordLikeNamesAreAccepted() {
		XtextResource r = parse("""
				// a comment
				topology t /* block */
				zone internal kind internal
				zone perimeter kind perimeter
				pool pool kind pool
				""");
		assertNoErrors(r);
		assertFalse(((Topology) r.getContents().get(0)).getZones().isEmpty());
	}
}
