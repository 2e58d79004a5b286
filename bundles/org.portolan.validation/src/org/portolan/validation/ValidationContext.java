package org.portolan.validation;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.portolan.analysis.FirewallEvaluation;
import org.portolan.analysis.FlowAnalysis;
import org.portolan.analysis.RequiredFlows;
import org.portolan.analysis.RoleNames;
import org.portolan.model.Catalog;
import org.portolan.model.NetworkInterface;
import org.portolan.model.NetworkZone;
import org.portolan.model.RoleInstance;
import org.portolan.model.Server;
import org.portolan.model.Topology;

/**
 * What one validation run of one topology shares: the required flows and the firewall evaluation are computed once,
 * on first use, and reused by every rule.
 */
public final class ValidationContext {

	private final Topology topology;
	private final Collection<Catalog> catalogs;
	private RequiredFlows flows;
	private FirewallEvaluation firewallEvaluation;

	public ValidationContext(Topology topology, Collection<Catalog> catalogs) {
		this.topology = topology;
		this.catalogs = catalogs;
	}

	/** A context over flows (and optionally their firewall evaluation) computed elsewhere, e.g. by a report. */
	public ValidationContext(Topology topology, RequiredFlows flows, FirewallEvaluation firewallEvaluation) {
		this.topology = topology;
		this.catalogs = List.of();
		this.flows = flows;
		this.firewallEvaluation = firewallEvaluation;
	}

	public Topology topology() {
		return topology;
	}

	public synchronized RequiredFlows flows() {
		if (flows == null) {
			flows = FlowAnalysis.analyze(topology,
					catalogs == null || catalogs.isEmpty() ? FlowAnalysis.catalogsOf(topology) : catalogs);
		}
		return flows;
	}

	public synchronized FirewallEvaluation firewallEvaluation() {
		if (firewallEvaluation == null) {
			firewallEvaluation = FirewallEvaluation.evaluate(flows());
		}
		return firewallEvaluation;
	}

	/** The planned go-live date, or {@code null} if not set or malformed. */
	public LocalDate goLiveDate() {
		return parseDate(topology.getPlannedGoLiveDate());
	}

	public static LocalDate parseDate(String iso) {
		if (iso == null || iso.isBlank()) {
			return null;
		}
		try {
			return LocalDate.parse(iso.trim());
		} catch (DateTimeParseException e) {
			return null;
		}
	}

	/** Role instances of {@code server} that are {@code canonicalRole} (see {@link RoleNames}). */
	public static List<RoleInstance> roles(Server server, String canonicalRole) {
		List<RoleInstance> result = new ArrayList<>();
		for (RoleInstance ri : server.getRoles()) {
			if (RoleNames.is(ri, canonicalRole)) {
				result.add(ri);
			}
		}
		return result;
	}

	public static boolean has(Server server, String canonicalRole) {
		return !roles(server, canonicalRole).isEmpty();
	}

	/** Whether {@code server} has {@code canonicalRole} in a product version naming {@code year} ("2010"). */
	public static boolean has(Server server, String canonicalRole, String year) {
		for (RoleInstance ri : roles(server, canonicalRole)) {
			if (RoleNames.isVersion(ri, year)) {
				return true;
			}
		}
		return false;
	}

	public List<Server> serversWith(String canonicalRole, String year) {
		List<Server> result = new ArrayList<>();
		for (Server s : topology.getServers()) {
			if (year == null ? has(s, canonicalRole) : has(s, canonicalRole, year)) {
				result.add(s);
			}
		}
		return result;
	}

	/** Zone of the server's first interface that has one. */
	public static NetworkZone primaryZone(Server server) {
		for (NetworkInterface nic : server.getInterfaces()) {
			if (nic.getZone() != null) {
				return nic.getZone();
			}
		}
		return null;
	}
}
