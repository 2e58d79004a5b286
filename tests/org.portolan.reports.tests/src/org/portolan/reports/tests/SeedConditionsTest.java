package org.portolan.reports.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.portolan.analysis.RequiredFlow;
import org.portolan.model.CommunicationsDeployment;
import org.portolan.model.ExternalParty;
import org.portolan.model.Topology;
import org.portolan.model.Transport;
import org.portolan.model.ZoneKind;
import org.portolan.reports.PortolanReports;
import org.portolan.tests.support.Models;

/**
 * The conditional seed 003 rows with the shipped lync2013 catalog on examples/12: present when the model states the
 * condition (a federated partner with {@code version "OCS 2007"}, the deployment feature {@code centralizedLogging}),
 * absent when it does not; STUN from any host on both Edge interfaces.
 */
class SeedConditionsTest {

	static List<RequiredFlow> flows(Topology t, String lines) {
		return PortolanReports.analyze(t).flows().all().stream()
				.filter(f -> f.citation() != null && f.citation().startsWith("003 L" + lines)).toList();
	}

	static Topology edgeExample() {
		return Models.load(Models.example("12-"));
	}

	static ExternalParty party(Topology t, String name) {
		return t.getExternalParties().stream().filter(e -> name.equals(e.getName())).findFirst().orElseThrow();
	}

	@Test
	void ocs2007MediaOnlyWithAPartnerMarkedOcs2007() {
		Topology t = edgeExample();
		ExternalParty ocs = party(t, "ocs2007-partners");
		for (String lines : List.of("110-115", "116-121", "122-127")) {
			List<RequiredFlow> on = flows(t, lines);
			assertEquals(2, on.size(), "003 L" + lines + ": one flow per Edge node: " + on);
			for (RequiredFlow f : on) {
				boolean outbound = f.to().party() == ocs;
				assertTrue(outbound || f.from().party() == ocs, "only the OCS 2007 partner: " + f);
				assertEquals("RTP", f.appProtocol());
				assertEquals(lines.equals("116-121") ? Transport.TCP : Transport.UDP, f.transport(), f.toString());
				assertEquals("50000-59999", f.ports().toString());
				String av = (outbound ? f.from() : f.to()).address();
				assertTrue(av.equals("131.107.155.12") || av.equals("131.107.155.22"), "A/V Edge public address: " + f);
			}
		}
		ocs.setProductVersion("OCS 2007 R2");
		for (String lines : List.of("110-115", "116-121", "122-127")) {
			assertEquals(List.of(), flows(t, lines), "003 L" + lines + " only for OCS 2007, not R2");
		}
		ocs.setProduct("OCS");
		ocs.setProductVersion("2007");
		assertEquals(2, flows(t, "122-127").size(), "product 'OCS' with version '2007' is OCS 2007 as well");
		ocs.setProduct(null);
		ocs.setProductVersion(null);
		assertEquals(List.of(), flows(t, "110-115"), "no version stated: not derived");
	}

	@Test
	void centralizedLoggingOnlyWhenTheDeploymentEnablesIt() {
		Topology t = edgeExample();
		for (String lines : List.of("222-227", "228-233", "234-239")) {
			List<RequiredFlow> on = flows(t, lines);
			assertEquals(2, on.size(), "003 L" + lines + ": one flow per Edge node: " + on);
			for (RequiredFlow f : on) {
				assertTrue(f.from().isAnyInternal(), "from any internal host: " + f);
				assertEquals(ZoneKind.INTERNAL, f.from().zone().getKind());
				assertTrue(f.to().address().startsWith("10.45.16."), "Edge internal interface: " + f);
				assertEquals(Transport.TCP, f.transport());
				assertEquals("MTLS", f.security());
				assertEquals(1, f.firewalls().size(), "crosses the internal firewall only: " + f);
				assertEquals("internal-fw", f.firewalls().get(0).getName());
			}
		}
		CommunicationsDeployment lync = t.getOrganizations().stream().filter(CommunicationsDeployment.class::isInstance)
				.map(CommunicationsDeployment.class::cast).findFirst().orElseThrow();
		assertTrue(lync.getFeatures().remove("centralizedLogging"));
		for (String lines : List.of("222-227", "228-233", "234-239")) {
			assertEquals(List.of(), flows(t, lines), "003 L" + lines + " without centralizedLogging");
		}
	}

	@Test
	void stunFromAnyHostOnBothEdgeInterfaces() {
		Topology t = edgeExample();
		List<RequiredFlow> external = flows(t, "140-145");
		assertEquals(2, external.size(), external.toString());
		for (RequiredFlow f : external) {
			assertTrue(f.from().isAnyExternal() && !f.from().isAnyInternal(), "from any external host: " + f);
			assertEquals("443", f.ports().toString());
			assertEquals("external-fw", f.firewalls().get(0).getName());
		}
		for (String lines : List.of("204-209", "210-215")) {
			List<RequiredFlow> internal = flows(t, lines);
			assertEquals(2, internal.size(), internal.toString());
			for (RequiredFlow f : internal) {
				assertTrue(f.from().isAnyInternal(), "from any internal host: " + f);
				assertEquals(List.of("internal-fw"), f.firewalls().stream().map(fw -> fw.getName()).toList());
			}
		}
	}
}
