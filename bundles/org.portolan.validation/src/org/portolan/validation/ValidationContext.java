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
	private ValidationSettings settings = ValidationSettings.current();

	/** A context with the {@linkplain ValidationSettings#current() current} settings. */
	public ValidationContext(Topology topology, Collection<Catalog> catalogs) {
		this.topology = topology;
		this.catalogs = catalogs;
	}

	public ValidationContext(Topology topology, Collection<Catalog> catalogs, ValidationSettings settings) {
		this(topology, catalogs);
		this.settings = settings == null ? ValidationSettings.DEFAULTS : settings;
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

	/** The severity overrides and go-live date of this run. */
	public ValidationSettings settings() {
		return settings;
	}

	/** Replaces the settings of this run (e.g. a report's context validated with the CLI's settings). */
	public ValidationContext withSettings(ValidationSettings newSettings) {
		this.settings = newSettings == null ? ValidationSettings.DEFAULTS : newSettings;
		return this;
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

	/**
	 * The planned go-live date: the topology's; when the topology has none, the settings' (preferences, CLI);
	 * {@code null} if neither is set or the topology's is malformed.
	 */
	public LocalDate goLiveDate() {
		if (goLiveFromSettings()) {
			return settings.goLiveDate();
		}
		return parseDate(topology.getPlannedGoLiveDate());
	}

	/** Whether {@link #goLiveDate()} comes from the settings because the topology states none. */
	public boolean goLiveFromSettings() {
		String own = topology.getPlannedGoLiveDate();
		return (own == null || own.isBlank()) && settings.goLiveDate() != null;
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
