package org.portolan.analysis.tests;

import static org.portolan.testsupport.TopologyBuilder.install;
import static org.portolan.testsupport.TopologyBuilder.nic;

import org.portolan.model.DataPathDefinition;
import org.portolan.model.Firewall;
import org.portolan.model.InterfaceSide;
import org.portolan.model.LoadBalancingKind;
import org.portolan.model.NetworkZone;
import org.portolan.model.Pool;
import org.portolan.model.Product;
import org.portolan.model.RoleDefinition;
import org.portolan.model.RoleKind;
import org.portolan.model.Server;
import org.portolan.model.Transport;
import org.portolan.model.VirtualIp;
import org.portolan.model.ZoneKind;
import org.portolan.testsupport.TopologyBuilder;

/**
 * Lync 2013 consolidated Edge behind NAT (003): Internet | fw-ext | dmz-ext ... Edge ... dmz-int | fw-int | corp
 * with a two-member Front End pool behind a hardware load balancer VIP.
 */
final class LyncEdgeScenario {

	final TopologyBuilder b = new TopologyBuilder("lync-edge");
	final Product lync = b.product("Lync Server 2013", "2013");
	final RoleDefinition any = b.role("Any", RoleKind.ANY, null);
	final RoleDefinition accessEdge = b.role("Access Edge", RoleKind.SERVER_ROLE, lync);
	final RoleDefinition edgeRole = b.role("Edge", RoleKind.SERVER_ROLE, lync, accessEdge);
	final RoleDefinition frontEnd = b.role("Front End", RoleKind.SERVER_ROLE, lync);

	final NetworkZone internet = b.zone("internet", ZoneKind.EXTERNAL);
	final NetworkZone dmzExt = b.zone("dmz-ext", ZoneKind.PERIMETER);
	final NetworkZone dmzInt = b.zone("dmz-int", ZoneKind.PERIMETER);
	final NetworkZone corp = b.zone("corp", ZoneKind.INTERNAL);
	final Firewall fwExt = b.firewall("fw-ext", internet, dmzExt);
	final Firewall fwInt = b.firewall("fw-int", dmzInt, corp);

	final Server edge = b.server("edge1", "edge1.corp.example.com");
	final Server fe1 = b.server("fe1", "fe1.corp.example.com");
	final Server fe2 = b.server("fe2", "fe2.corp.example.com");
	final Pool fePool;
	final VirtualIp feVip;

	/** 003 L80-85: Any (external client) to Access Edge, SIP TCP 443, external interface. */
	final DataPathDefinition clientToAccessEdge = b.path(any, accessEdge, "SIP", Transport.TCP, "443",
			InterfaceSide.EXTERNAL, "003", "80-85");
	/** 003 internal interface: Front End to Edge internal, SIP/MTLS TCP 5061. */
	final DataPathDefinition frontEndToEdge = b.path(frontEnd, edgeRole, "SIP", Transport.TCP, "5061",
			InterfaceSide.INTERNAL, "003", "192-197");
	/** 003 internal interface: Edge internal to Front End pool, SIP/MTLS TCP 5061. */
	final DataPathDefinition edgeToFrontEnd = b.path(edgeRole, frontEnd, "SIP", Transport.TCP, "5061",
			InterfaceSide.INTERNAL, "003", "186-191");

	LyncEdgeScenario() {
		nic(edge, "10.0.1.10", dmzExt, InterfaceSide.EXTERNAL, "203.0.113.10");
		nic(edge, "172.16.0.10", dmzInt, InterfaceSide.INTERNAL, null);
		install(edge, edgeRole, "2013");
		nic(fe1, "10.0.0.11", corp);
		nic(fe2, "10.0.0.12", corp);
		install(fe1, frontEnd, "2013");
		install(fe2, frontEnd, "2013");
		fePool = b.pool("fe-pool", "pool.corp.example.com", LoadBalancingKind.HARDWARE, fe1, fe2);
		feVip = b.vip(fePool, "10.0.0.10", corp);
	}
}
