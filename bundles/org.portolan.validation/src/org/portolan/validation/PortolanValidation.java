package org.portolan.validation;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.BasicDiagnostic;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EValidator;
import org.portolan.model.Catalog;
import org.portolan.model.PortolanPackage;
import org.portolan.model.Topology;
import org.portolan.validation.rules.CertCa001PublicCaOnExternalNames;
import org.portolan.validation.rules.CertMed002GatewayCertificate;
import org.portolan.validation.rules.CertMed004GatewayCertificateName;
import org.portolan.validation.rules.CertSan001PublishedNameCoverage;
import org.portolan.validation.rules.CertValid001ValidityAtGoLive;
import org.portolan.validation.rules.EdgeTransportPlacement;
import org.portolan.validation.rules.ExchDl001DistributionListName;
import org.portolan.validation.rules.Exch2007Install001ServicePackOnWs2008;
import org.portolan.validation.rules.Exch2007Install002DomainFunctionalLevel;
import org.portolan.validation.rules.Exch2007Transport002InternetSendConnector;
import org.portolan.validation.rules.Exch2007Transport003AnonymousReceive;
import org.portolan.validation.rules.Exch2010Cas004PopImapAuthentication;
import org.portolan.validation.rules.Exch2010Net001ClientAccessPerSite;
import org.portolan.validation.rules.Exch2010Net002NoRestrictionBetweenExchange;
import org.portolan.validation.rules.Exch2010Net003NoFirewallBetweenExchange;
import org.portolan.validation.rules.Exch2010Transport001HubTls;
import org.portolan.validation.rules.Exch2010Transport002EdgeSubscription;
import org.portolan.validation.rules.Exch2010Um004GatewayFqdn;
import org.portolan.validation.rules.FwPort001RequiredFlowAllowed;
import org.portolan.validation.rules.FwPort002RuleOpensMoreThanNeeded;
import org.portolan.validation.rules.MediationServerRules;
import org.portolan.validation.rules.PasswordPolicyRules;
import org.portolan.validation.rules.Sfb2015Client001MediaPortRange;
import org.portolan.validation.rules.Sfb2015Hlb001DnsPoolNeedsHlb;
import org.portolan.validation.rules.Sfb2015Ipsec001MediaExemptions;
import org.portolan.validation.rules.Sfb2015Net005WindowsFirewall;
import org.portolan.validation.rules.WinAd010UpnSuffix;

/**
 * Entry point of the validation: the rule set, plain-Java validation and registration as an EMF {@link EValidator}
 * for {@link PortolanPackage} (so the text editor, the diagram and the CLI all get the same diagnostics).
 */
public final class PortolanValidation {

	/** {@link Diagnostic#getSource()} of every diagnostic of these rules. */
	public static final String DIAGNOSTIC_SOURCE = "org.portolan.validation";

	/** Key under which a validation run's {@link ValidationContext}s are cached in the EMF validation context map. */
	public static final String CONTEXT_KEY = ValidationContext.class.getName();

	private static final List<RuleChecker> RULES = List.of(new FwPort001RequiredFlowAllowed(),
			new FwPort002RuleOpensMoreThanNeeded(), new Exch2010Net001ClientAccessPerSite(),
			new Exch2010Net002NoRestrictionBetweenExchange(), new Exch2010Net003NoFirewallBetweenExchange(),
			new Exch2010Transport001HubTls(), new Exch2010Transport002EdgeSubscription(),
			new Exch2010Cas004PopImapAuthentication(), new Exch2010Um004GatewayFqdn(),
			new Exch2007Install001ServicePackOnWs2008(), new Exch2007Install002DomainFunctionalLevel(),
			new Exch2007Transport002InternetSendConnector(), new Exch2007Transport003AnonymousReceive(),
			new EdgeTransportPlacement.NotDomainJoined(), new EdgeTransportPlacement.NotCollocated(),
			new MediationServerRules.X64Only(), new MediationServerRules.DomainMember(),
			new MediationServerRules.TlsTrunk(), new MediationServerRules.TwoNetworkAdapters(),
			new MediationServerRules.OneGateway(), new MediationServerRules.NotCollocated(),
			new MediationServerRules.Certificate(), new org.portolan.validation.rules.Ocs2007R2Ev002LineUri(),
			new CertMed002GatewayCertificate(), new CertMed004GatewayCertificateName(),
			new CertSan001PublishedNameCoverage(), new CertValid001ValidityAtGoLive(),
			new CertCa001PublicCaOnExternalNames(), new Sfb2015Hlb001DnsPoolNeedsHlb(),
			new Sfb2015Ipsec001MediaExemptions(), new Sfb2015Client001MediaPortRange(),
			new Sfb2015Net005WindowsFirewall(), new PasswordPolicyRules.History(), new PasswordPolicyRules.MaximumAge(),
			new PasswordPolicyRules.MinimumAge(), new PasswordPolicyRules.MinimumLength(),
			new PasswordPolicyRules.ReversibleEncryption(), new WinAd010UpnSuffix(),
			new ExchDl001DistributionListName(), new org.portolan.validation.rules.Sfb2015Hlb002HlbOnlyPoolPorts(),
			new org.portolan.validation.rules.Exch2003Ipsec009NlbsFlags(),
			new org.portolan.validation.rules.Exch2007Install008PublicFoldersForOutlook2003(),
			new org.portolan.validation.rules.Ocs2007R2Med011MediationDns(),
			new org.portolan.validation.rules.WindowsInfrastructureRules.DfsOnDomainControllers(),
			new org.portolan.validation.rules.WindowsInfrastructureRules.DomainControllerDns(),
			new org.portolan.validation.rules.WindowsInfrastructureRules.StaticAddressesExcluded(),
			new org.portolan.validation.rules.WindowsInfrastructureRules.DhcpHealth(),
			new org.portolan.validation.rules.Exch2010Um003GatewayObject(),
			new org.portolan.validation.rules.Ocs2007R2Med010TrunkConfiguration(),
			new org.portolan.validation.rules.Exch2010Mbx002ReplicationPort(),
			new org.portolan.validation.rules.Exch2010Um001GatewayAuthentication(),
			new MediationServerRules.OperatingSystem(), new MediationServerRules.Hardware(),
			new org.portolan.validation.rules.Exch2007Install004IisConsoleAndComPlus(),
			new org.portolan.validation.rules.Exch2007Install005Ws2008Prerequisites(),
			new org.portolan.validation.rules.Exch2010Cas003LegacyBackEndAuthentication(),
			new org.portolan.validation.rules.Exch2010Um002MtlsCertificateTrust(),
			new org.portolan.validation.rules.Ocs2007R2Med009ListeningAddresses(),
			new org.portolan.validation.rules.WinAd005DnsLocatesDomainControllers(),
			new org.portolan.validation.rules.WinSvc009WindowsTime(),
			new org.portolan.validation.rules.WinRdp001RdpPort(),
			new org.portolan.validation.rules.Exch2003Ipsec001FrontEndTrafficUnencrypted(),
			new org.portolan.validation.rules.Exch2003Ipsec003PopImapBasicAuthentication(),
			new org.portolan.validation.rules.Galsync001TwoWayForestTrust(),
			new org.portolan.validation.rules.Galsync002CrossForestDns(),
			new org.portolan.validation.rules.FwHost001HostFirewallAllowsInboundFlows(),
			new org.portolan.validation.rules.Ocs2007R2Ev001EnterpriseVoicePrerequisites());

	private PortolanValidation() {
	}

	/** Every rule, in the order they run. */
	public static List<RuleChecker> rules() {
		return RULES;
	}

	public static RuleInfo rule(String id) {
		for (RuleChecker r : RULES) {
			if (r.info().id().equals(id)) {
				return r.info();
			}
		}
		return null;
	}

	/** Validates a topology with the catalogs it refers to (plain Java, no registry needed). */
	public static List<Finding> validate(Topology topology) {
		return validate(new ValidationContext(topology, List.of()));
	}

	public static List<Finding> validate(Topology topology, Collection<Catalog> catalogs) {
		return validate(new ValidationContext(topology, catalogs));
	}

	/** Runs every rule the context's {@link ValidationSettings} do not ignore and applies their severities. */
	public static List<Finding> validate(ValidationContext context) {
		ValidationSettings settings = context.settings();
		Findings findings = new Findings();
		for (RuleChecker rule : RULES) {
			if (!settings.ignores(rule.info().id())) {
				rule.check(context, findings);
			}
		}
		return settings.apply(findings.all());
	}

	public static List<Finding> validate(Topology topology, ValidationSettings settings) {
		return validate(new ValidationContext(topology, List.of(), settings));
	}

	/**
	 * Registers the rules as EValidator for {@link PortolanPackage} in the global registry, composed with whatever is
	 * registered already (EMF's basic constraints by default). Idempotent.
	 */
	public static synchronized void register() {
		register(EValidator.Registry.INSTANCE);
	}

	public static synchronized void register(EValidator.Registry registry) {
		Object existing = registry.get(PortolanPackage.eINSTANCE);
		if (existing instanceof PortolanRuleValidator || existing instanceof ComposedPortolanValidator) {
			return;
		}
		EValidator delegate = existing instanceof EValidator v ? v
				: existing instanceof EValidator.Descriptor d ? d.getEValidator()
						: org.eclipse.emf.ecore.util.EObjectValidator.INSTANCE;
		registry.put(PortolanPackage.eINSTANCE, new ComposedPortolanValidator(delegate, new PortolanRuleValidator()));
	}

	/** The finding as EMF diagnostic: data = [target element, rule id, finding, related elements...]. */
	public static Diagnostic toDiagnostic(Finding f) {
		List<Object> data = new ArrayList<>();
		data.add(f.target());
		data.add(f.ruleId());
		data.add(f);
		data.addAll(f.related());
		return new BasicDiagnostic(f.severity().diagnosticSeverity(), DIAGNOSTIC_SOURCE, f.ruleId().hashCode(),
				f.message(), data.toArray());
	}

	/** The rule id of a diagnostic produced by these rules, or {@code null}. */
	public static String ruleId(Diagnostic d) {
		if (DIAGNOSTIC_SOURCE.equals(d.getSource()) && d.getData().size() > 1 && d.getData().get(1) instanceof String s) {
			return s;
		}
		return null;
	}

	/** The element a diagnostic of these rules is about, or {@code null}. */
	public static EObject target(Diagnostic d) {
		return DIAGNOSTIC_SOURCE.equals(d.getSource()) && !d.getData().isEmpty() && d.getData().get(0) instanceof EObject e
				? e
				: null;
	}

	/**
	 * Context per topology cached in a Diagnostician context map, so one run computes flows once. The settings are
	 * those under {@link ValidationSettings#CONTEXT_KEY} in the map, else {@link ValidationSettings#current()}.
	 */
	@SuppressWarnings("unchecked")
	static ValidationContext contextFor(Topology topology, Map<Object, Object> context) {
		if (context == null) {
			return new ValidationContext(topology, List.of(), ValidationSettings.current());
		}
		ValidationSettings settings = context.get(ValidationSettings.CONTEXT_KEY) instanceof ValidationSettings s ? s
				: ValidationSettings.current();
		Map<Topology, ValidationContext> cache = (Map<Topology, ValidationContext>) context.computeIfAbsent(CONTEXT_KEY,
				k -> new java.util.IdentityHashMap<Topology, ValidationContext>());
		return cache.computeIfAbsent(topology, t -> new ValidationContext(t, List.of(), settings));
	}
}
