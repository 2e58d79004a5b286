package org.portolan.validation.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.portolan.validation.tests.Oracle.assertNone;
import static org.portolan.validation.tests.Oracle.assertOn;
import static org.portolan.validation.tests.Oracle.assertOne;

import org.junit.jupiter.api.Test;
import org.portolan.model.CaKind;
import org.portolan.model.CertificateAuthority;
import org.portolan.model.IssuerKind;
import org.portolan.model.LoadBalancingKind;
import org.portolan.model.NameScope;
import org.portolan.model.Pool;
import org.portolan.model.PublishedName;
import org.portolan.model.PublishedNameKind;
import org.portolan.model.Server;
import org.portolan.testsupport.TopologyBuilder;
import org.portolan.validation.Finding;
import org.portolan.validation.PortolanValidation;
import org.portolan.validation.Severity;
import org.portolan.validation.rules.CertificateNames;

/** Oracle tests for CERT-SAN-001, CERT-VALID-001, CERT-CA-001, CERT-MED-002, CERT-MED-004. */
class CertificateRulesTest {

	@Test
	void wildcardCoversExactlyOneLabel() {
		assertTrue(CertificateNames.matches("*.contoso.com", "mail.contoso.com", true));
		assertEquals(false, CertificateNames.matches("*.contoso.com", "contoso.com", true));
		assertEquals(false, CertificateNames.matches("*.contoso.com", "a.b.contoso.com", true));
		assertEquals(false, CertificateNames.matches("*.contoso.com", "mail.contoso.com", false));
		assertTrue(CertificateNames.matches("DNS:Mail.Contoso.COM.", "mail.contoso.com", false));
	}

	@Test
	void certSan001PublishedUrlNotOnTheCertificate() {
		Scenarios.ClientAccessCertificates s = new Scenarios.ClientAccessCertificates();
		assertNone(s.b.topology, "CERT-SAN-001");

		PublishedName ews = s.b.published("ews", PublishedNameKind.EWS_URL, "https://webmail.contoso.com/EWS/Exchange.asmx",
				s.cas1);
		Finding f = assertOne(s.b.topology, "CERT-SAN-001", ews, Severity.ERROR);
		assertTrue(f.message().contains("webmail.contoso.com") && f.message().contains("cas-public"), f.message());
	}

	@Test
	void certSan001WildcardCertificateOnPoolMembers() {
		Scenarios.ClientAccessCertificates s = new Scenarios.ClientAccessCertificates();
		Server cas2 = s.b.server("cas2", "cas2.contoso.com");
		cas2.getCertificates().add(s.b.certificate("cas2-wildcard", IssuerKind.PUBLIC, "*.contoso.com"));
		Pool array = s.b.pool("cas-array", "outlook.contoso.com", LoadBalancingKind.HARDWARE, s.cas1, cas2);
		PublishedName outlook = s.b.published("outlook", PublishedNameKind.OUTLOOK_ANYWHERE_HOST,
				"outlook.contoso.com", array);
		// cas2's wildcard covers outlook.contoso.com; cas1's certificate does not: one finding, on cas1's serving
		Finding f = assertOne(s.b.topology, "CERT-SAN-001", outlook, Severity.ERROR);
		assertTrue(f.related().contains(s.cas1), f.toString());

		s.b.published("deep", PublishedNameKind.OTHER, "a.b.contoso.com", cas2);
		assertEquals(2, Oracle.findings(s.b.topology, "CERT-SAN-001").size(), "wildcard covers one label only");
	}

	@Test
	void certValid001ExpiredNotYetValidMalformedAndRevoked() {
		Scenarios.ClientAccessCertificates s = new Scenarios.ClientAccessCertificates();
		assertNone(s.b.topology, "CERT-VALID-001");

		s.b.topology.setPlannedGoLiveDate("2028-07-01");
		Finding expired = assertOne(s.b.topology, "CERT-VALID-001", s.casCert, Severity.ERROR);
		assertTrue(expired.message().contains("expired") && expired.message().contains("2028-06-01"));

		s.b.topology.setPlannedGoLiveDate("2026-05-01");
		assertTrue(assertOne(s.b.topology, "CERT-VALID-001", s.casCert, Severity.ERROR).message()
				.contains("not yet valid"));

		s.b.topology.setPlannedGoLiveDate("2027-01-15");
		s.casCert.setNotAfter("June 2028");
		assertTrue(assertOne(s.b.topology, "CERT-VALID-001", s.casCert, Severity.ERROR).message().contains("malformed"));

		s.casCert.setNotAfter("2028-06-01");
		s.casCert.setRevoked(true);
		assertTrue(assertOne(s.b.topology, "CERT-VALID-001", s.casCert, Severity.ERROR).message().contains("revoked"));
	}

	@Test
	void certCa001EnterpriseCertificateOnExternalNames() {
		Scenarios.ClientAccessCertificates s = new Scenarios.ClientAccessCertificates();
		assertNone(s.b.topology, "CERT-CA-001");

		CertificateAuthority enterprise = TopologyBuilder.F.createCertificateAuthority();
		enterprise.setName("contoso-ca");
		enterprise.setKind(CaKind.ENTERPRISE);
		s.b.topology.getCertificateAuthorities().add(enterprise);
		s.casCert.setIssuerKind(IssuerKind.ENTERPRISE);
		s.casCert.setIssuer(enterprise);
		assertOn(s.b.topology, "CERT-CA-001", s.owa, s.autodiscover);
		assertEquals(Severity.WARNING, Oracle.findings(s.b.topology, "CERT-CA-001").get(0).severity());

		s.owa.setScope(NameScope.INTERNAL);
		s.autodiscover.setScope(NameScope.INTERNAL);
		assertNone(s.b.topology, "CERT-CA-001");
	}

	@Test
	void edgeHubDirectTrustAcceptsSelfSignedCertificates() {
		Scenarios.Exchange2010 s = new Scenarios.Exchange2010();
		// edge1 and hub1 carry self-signed certificates; Edge-Hub mutual TLS uses direct trust (CERT-EX2010-002)
		for (Finding f : PortolanValidation.validate(s.b.topology)) {
			assertTrue(!f.ruleId().startsWith("CERT-"), f.toString());
		}
	}

	@Test
	void certMed002TlsGatewayWithoutCertificate() {
		Scenarios.Mediation s = new Scenarios.Mediation();
		assertNone(s.b.topology, "CERT-MED-002");
		s.gateway.getCertificates().clear();
		assertOne(s.b.topology, "CERT-MED-002", s.trunk, Severity.ERROR);
	}

	@Test
	void certMed004GatewayCertificateNameMustEqualConfiguredFqdnWithoutWildcard() {
		Scenarios.Mediation s = new Scenarios.Mediation();
		assertNone(s.b.topology, "CERT-MED-004");

		s.gatewayCert.setSubjectCommonName("gw2.contoso.com");
		assertOne(s.b.topology, "CERT-MED-004", s.trunk, Severity.ERROR);

		s.gatewayCert.getSubjectAlternativeNames().add("gw1.contoso.com");
		assertNone(s.b.topology, "CERT-MED-004");

		s.gatewayCert.getSubjectAlternativeNames().set(0, "*.contoso.com");
		assertOne(s.b.topology, "CERT-MED-004", s.trunk, Severity.ERROR);
	}
}
