package org.portolan.validation.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.portolan.testsupport.TopologyBuilder.F;
import static org.portolan.testsupport.TopologyBuilder.element;
import static org.portolan.testsupport.TopologyBuilder.install;
import static org.portolan.testsupport.TopologyBuilder.nic;
import static org.portolan.validation.tests.Oracle.assertNone;
import static org.portolan.validation.tests.Oracle.assertOne;

import org.junit.jupiter.api.Test;
import org.portolan.model.DnsZone;
import org.portolan.model.DnsZoneKind;
import org.portolan.model.Domain;
import org.portolan.model.FirewallRule;
import org.portolan.model.Forest;
import org.portolan.model.ForestTrust;
import org.portolan.model.InterfaceSide;
import org.portolan.model.IpsecExemption;
import org.portolan.model.IpsecPolicy;
import org.portolan.model.IpsecRule;
import org.portolan.model.NetworkZone;
import org.portolan.model.Product;
import org.portolan.model.RoleDefinition;
import org.portolan.model.RoleKind;
import org.portolan.model.RuleAction;
import org.portolan.model.Server;
import org.portolan.model.Transport;
import org.portolan.model.TrustDirection;
import org.portolan.model.TrustType;
import org.portolan.model.ZoneKind;
import org.portolan.testsupport.TopologyBuilder;
import org.portolan.validation.Finding;
import org.portolan.validation.Severity;

/** Oracle tests for EXCH2003-IPSEC-001/003, GALSYNC-001/002 and FW-HOST-001. */
class IpsecGalSyncHostFirewallRulesTest {

	/** Exchange 2003 front end and back end with the seed-002 data paths, protected by one IPsec policy. */
	private static final class FrontEndBackEnd {
		final TopologyBuilder b = new TopologyBuilder("fe-be");
		final Product exchange = b.product("Exchange Server 2000/2003", "2000/2003");
		final RoleDefinition frontEnd = b.role("FrontEnd", RoleKind.SERVER_ROLE, exchange);
		final RoleDefinition backEnd = b.role("BackEnd", RoleKind.SERVER_ROLE, exchange);
		final NetworkZone lan = b.zone("lan", ZoneKind.INTERNAL);
		final Server fe = b.server("fe1", "fe1.contoso.com");
		final Server be = b.server("be1", "be1.contoso.com");
		final IpsecPolicy policy = F.createIpsecPolicy();
		final IpsecRule secure = F.createIpsecRule();

		FrontEndBackEnd() {
			b.path(frontEnd, backEnd, "HTTP", Transport.TCP, "80", InterfaceSide.ANY, "002", "17");
			b.path(frontEnd, backEnd, "POP3", Transport.TCP, "110", InterfaceSide.ANY, "002", "17");
			b.path(frontEnd, backEnd, "IMAP4", Transport.TCP, "143", InterfaceSide.ANY, "002", "17");
			nic(fe, "10.0.0.5", lan);
			install(fe, frontEnd, "2003 SP2");
			nic(be, "10.0.0.6", lan);
			install(be, backEnd, "2003 SP2");
			policy.setName("fe-be");
			policy.getScope().add(fe);
			policy.getScope().add(be);
			secure.setName("secure");
			secure.setTransport(Transport.TCP);
			secure.setPorts(TopologyBuilder.ports("80,110,143"));
			policy.getRules().add(secure);
			b.topology.getIpsecPolicies().add(policy);
		}
	}

	@Test
	void exch2003Ipsec001FrontEndToBackEndTrafficNeedsIpsec() {
		FrontEndBackEnd m = new FrontEndBackEnd();
		assertNone(m.b.topology, "EXCH2003-IPSEC-001");
		m.secure.setPorts(TopologyBuilder.ports("110,143")); // the level-1 policy of KB 821839: HTTP left out
		Finding f = assertOne(m.b.topology, "EXCH2003-IPSEC-001", m.fe, Severity.WARNING);
		assertTrue(f.message().contains("'be1'") && f.message().contains("HTTP TCP 80") && !f.message().contains("POP3")
				&& f.message().contains("002 L19"), f.message());
		m.b.topology.getIpsecPolicies().clear();
		assertTrue(assertOne(m.b.topology, "EXCH2003-IPSEC-001", m.fe, Severity.WARNING).message().contains("IMAP4 TCP 143"));
	}

	@Test
	void exch2003Ipsec003PopImapPasswordsNeedIpsec() {
		FrontEndBackEnd m = new FrontEndBackEnd();
		assertNone(m.b.topology, "EXCH2003-IPSEC-003");
		m.secure.setPorts(TopologyBuilder.ports("80"));
		Finding f = assertOne(m.b.topology, "EXCH2003-IPSEC-003", m.fe, Severity.WARNING);
		assertTrue(f.message().contains("'be1'") && f.message().contains("Basic") && f.message().contains("002 L23"), f.message());
		m.secure.setPorts(TopologyBuilder.ports("80,110,143"));
		assertNone(m.b.topology, "EXCH2003-IPSEC-003");
		IpsecExemption exempt = F.createIpsecExemption();
		exempt.setName("pop3-exempt");
		exempt.setTransport(Transport.TCP);
		exempt.setPorts(TopologyBuilder.ports("110"));
		m.policy.getExemptions().add(exempt);
		assertOne(m.b.topology, "EXCH2003-IPSEC-003", m.fe, Severity.WARNING);
		m.policy.getScope().remove(m.be); // scope without the back end protects nothing either
		m.policy.getExemptions().clear();
		assertOne(m.b.topology, "EXCH2003-IPSEC-003", m.fe, Severity.WARNING);
	}

	/** micro.com and soft.com synchronize their GAL (000 L4994-5054): two-way trust, secondary zones both ways. */
	private static final class CrossForest {
		final TopologyBuilder b = new TopologyBuilder("gal-sync");
		final NetworkZone lan = b.zone("lan", ZoneKind.INTERNAL);
		final Domain micro = b.domain("micro", "micro.com");
		final Domain soft = b.domain("soft", "soft.com");
		final Forest microForest = (Forest) micro.eContainer();
		final Forest softForest = (Forest) soft.eContainer();
		final ForestTrust trust = F.createForestTrust();
		final DnsZone softInMicro = zone("soft-secondary", "soft.com", dc("dc-micro", "10.0.0.2", micro));
		final DnsZone microInSoft = zone("micro-secondary", "micro.com", dc("dc-soft", "10.1.0.2", soft));

		CrossForest() {
			microForest.getGalSyncWith().add(softForest);
			trust.setName("micro-soft");
			trust.setPartner(softForest);
			trust.setTrustType(TrustType.FOREST);
			trust.setDirection(TrustDirection.TWO_WAY);
			microForest.getTrusts().add(trust);
		}

		Server dc(String name, String ip, Domain domain) {
			Server s = b.server(name, name + "." + domain.getFqdn());
			s.setDomain(domain);
			nic(s, ip, lan);
			return s;
		}

		DnsZone zone(String name, String zoneName, Server host) {
			DnsZone z = F.createDnsZone();
			z.setName(name);
			z.setZoneName(zoneName);
			z.setKind(DnsZoneKind.SECONDARY);
			z.getServers().add(host);
			b.topology.getDnsZones().add(z);
			return z;
		}
	}

	@Test
	void galsync001CrossForestGalSyncNeedsATwoWayForestTrust() {
		CrossForest m = new CrossForest();
		assertNone(m.b.topology, "GALSYNC-001");
		m.trust.setDirection(TrustDirection.OUTGOING);
		Finding f = assertOne(m.b.topology, "GALSYNC-001", m.microForest, Severity.ERROR);
		assertTrue(f.message().contains("'soft'") && f.message().contains("outgoing") && f.message().contains("000 L5020-5022"), f.message());
		ForestTrust back = F.createForestTrust(); // soft trusts micro: the other direction, declared in soft
		back.setName("soft-micro");
		back.setPartner(m.microForest);
		back.setTrustType(TrustType.FOREST);
		back.setDirection(TrustDirection.OUTGOING);
		m.softForest.getTrusts().add(back);
		assertNone(m.b.topology, "GALSYNC-001");
		m.trust.setTrustType(TrustType.SHORTCUT); // not a forest trust
		assertOne(m.b.topology, "GALSYNC-001", m.microForest, Severity.ERROR);
		m.microForest.getGalSyncWith().clear(); // no GAL sync: no trust needed
		assertNone(m.b.topology, "GALSYNC-001");
	}

	@Test
	void galsync002EachForestResolvesTheOther() {
		CrossForest m = new CrossForest();
		assertNone(m.b.topology, "GALSYNC-002");
		m.b.topology.getDnsZones().remove(m.microInSoft);
		Finding f = assertOne(m.b.topology, "GALSYNC-002", m.softForest, Severity.ERROR);
		assertTrue(f.message().contains("'soft' cannot resolve") && f.message().contains("micro.com") && f.message().contains("000 L4994"),
				f.message());
		m.microInSoft.setKind(DnsZoneKind.CONDITIONAL_FORWARDER);
		m.b.topology.getDnsZones().add(m.microInSoft);
		assertNone(m.b.topology, "GALSYNC-002");
		m.softInMicro.getServers().clear(); // a zone no DNS server of micro hosts
		assertOne(m.b.topology, "GALSYNC-002", m.microForest, Severity.ERROR);
	}

	/** app1 -> web1 HTTPS 443 in one zone; web1's Windows Firewall allows it. */
	private static final class HostFirewall {
		final TopologyBuilder b = new TopologyBuilder("host-fw");
		final Product product = b.product("Line of business", "1");
		final RoleDefinition app = b.role("App", RoleKind.SERVER_ROLE, product);
		final RoleDefinition web = b.role("Web", RoleKind.SERVER_ROLE, product);
		final NetworkZone lan = b.zone("lan", ZoneKind.INTERNAL);
		final Server app1 = b.server("app1", "app1.contoso.com");
		final Server web1 = b.server("web1", "web1.contoso.com");
		final FirewallRule allowHttps;

		HostFirewall() {
			b.path(app, web, "HTTPS", Transport.TCP, "443", InterfaceSide.ANY, "gk", "1");
			nic(app1, "10.0.0.10", lan);
			install(app1, app, "1");
			nic(web1, "10.0.0.20", lan);
			install(web1, web, "1");
			allowHttps = hostRule(web1, "https-in", RuleAction.ALLOW, "443", null);
		}

		static FirewallRule hostRule(Server s, String name, RuleAction action, String ports, Server from) {
			FirewallRule r = F.createFirewallRule();
			r.setName(name);
			r.setAction(action);
			r.setTransport(Transport.TCP);
			r.setPorts(TopologyBuilder.ports(ports));
			if (from != null) {
				r.getSources().add(element(from));
			}
			s.getHostFirewallRules().add(r);
			return r;
		}
	}

	@Test
	void fwHost001HostFirewallLetsRequiredInboundFlowsIn() {
		HostFirewall m = new HostFirewall();
		assertNone(m.b.topology, "FW-HOST-001");
		FirewallRule deny = HostFirewall.hostRule(m.web1, "block-app", RuleAction.DENY, "443", m.app1);
		m.web1.getHostFirewallRules().move(0, deny); // before the allow rule: first match decides
		Finding f = assertOne(m.b.topology, "FW-HOST-001", m.web1, Severity.ERROR);
		assertTrue(f.message().contains("app1") && f.message().contains("TCP port(s) 443") && f.message().contains("'block-app'"),
				f.message());
		assertTrue(f.related().contains(deny), f.related().toString());
		m.web1.setHostFirewallEnabled(false);
		assertNone(m.b.topology, "FW-HOST-001");
		m.web1.setHostFirewallEnabled(true);
		m.web1.getHostFirewallRules().remove(deny);

		// only an unrelated rule: ports no modeled rule decides are left to setup-created rules...
		m.allowHttps.setPorts(TopologyBuilder.ports("80"));
		assertNone(m.b.topology, "FW-HOST-001");
		// ...unless the host rules are declared complete (Windows Firewall blocks inbound by default)
		m.web1.setHostFirewallRulesComplete(true);
		assertTrue(assertOne(m.b.topology, "FW-HOST-001", m.web1, Severity.ERROR).message().contains("declared complete"));
		m.allowHttps.setPorts(TopologyBuilder.ports("80,443"));
		assertNone(m.b.topology, "FW-HOST-001");
	}
}
