#!/usr/bin/env python3
"""AUTHORING AID ONLY - not part of the product, not run by the build.

Turns the rows of the domain port tables (shared/domain/ports/*.csv) into first-draft catalog
files in the Portolan language (bundles/org.portolan.catalog/catalogs/*.portolan). The product never
reads the CSVs; the generated catalogs are curated and committed, and they are the data. This
script records how the first draft was made (role normalisation, conditions, ambiguity choices) so
that a reviewer can reproduce it.

usage: draft_catalogs.py <ports-dir> <out-dir>
"""
import csv
import glob
import os
import re
import sys
from collections import OrderedDict

sys.path.insert(0, os.path.dirname(__file__))
from roles import CATALOGS, ROLES  # noqa: E402

# CSV file -> catalog the rows belong to
FILE_CATALOG = {
    "000_exchange2000_2003_outlook_ports.csv": "exchange2003",
    "000_ocs2007_component_ports.csv": "ocs2007",
    "000_ocs2007r2_mediation_server_ports.csv": "ocs2007r2",
    "000_windows_ports_and_protocols_summary.csv": "windows",
    "000_windows_ports_from_prose.csv": "windows",
    "000_windows_system_services_ports.csv": "windows",
    "002_exchange2003_fe_be_ipsec_ports.csv": "exchange2003",
}
# product catalogs searched (in this order) for a role value, besides the file's own catalog
SHARED = ["windows", "exchange2003", "common"]

DOCS = {
    "000_5c193ae0bbd517b7.txt": "000",
    "001_7c9d646da2c6bbb4.txt": "001",
    "002_ce0ee0cddc2adce3.txt": "002",
    "003_6d4d06de69146f55.txt": "003",
    "004_c0e97c8529d31862.txt": "004",
}


def catalog_of(fname):
    if fname in FILE_CATALOG:
        return FILE_CATALOG[fname]
    return {"001": "exchange2010", "003": "lync2013", "004": "sfb2015"}[fname[:3]]


ALIAS = {}  # catalog -> alias -> [role ids]
for cat, roles in ROLES.items():
    for rid, label, kind, aliases, inc in roles:
        for a in aliases:
            ALIAS.setdefault(cat, {}).setdefault(a, []).append(rid)


def resolve(cat, value):
    """role value -> list of qualified role ids (own catalog first, then shared catalogs)."""
    parts = value.split(";") if ";" in value else [value]
    out = []
    for p in parts:
        found = []
        for c in [cat] + [s for s in SHARED if s != cat and (s != "exchange2003" or cat == "windows")]:
            found += [c + "." + r for r in ALIAS.get(c, {}).get(p, [])]
        if not found:
            raise SystemExit("no role for %r in %s" % (p, cat))
        out += found
    return out


# ---------------------------------------------------------------- ambiguity choices (README §6)
# (csv file, csv line) -> overrides and the note recorded next to the entry. Only the first six
# change a compared field (transport/ports); they are listed in docs/catalog.md and in the test
# bundle's resources/ambiguity-resolutions.csv.
A = "Ambiguity README §6.%s: "
RESOLUTIONS = {
    ("000_windows_system_services_ports.csv", 11): dict(
        ports=("RANGE", [], [(1024, 65535)], None),
        note=A % 7 + "the source prints '1024 - 65536'; 65536 is not a port, the catalog uses 1024-65535."),
    ("000_windows_system_services_ports.csv", 53): dict(
        ports=("NOT_APPLICABLE", [], [], None),
        note=A % 7 + "the source prints port '20' for ICMP (ping); ICMP has no ports, the catalog records n/a (ICMP allowed)."),
    ("000_windows_ports_from_prose.csv", 12): dict(
        transport="UDP",
        note=A % 7 + "the RRAS prose says NAT-T on TCP 4500; the LSASS and summary tables (L1353-1357, L4580-4586) say UDP; the catalog uses UDP."),
    ("000_windows_ports_from_prose.csv", 13): dict(
        transport="UDP",
        note=A % 7 + "the RRAS prose says ISAKMP on TCP 500; the LSASS and summary tables (L1347-1351, L4140-4146) say UDP; the catalog uses UDP."),
    ("001_exchange2010_mailbox_data_paths.csv", 14): dict(
        transport="TCP", ports=("SINGLE", [445], [], None),
        note=A % 11 + "the VSS backup row gives 'SMB (Local Message Block)' without a port; the catalog uses SMB = TCP 445 as stated by the administrator SMB row of the same table (001 L203-213)."),
    ("004_sfb2015_server_ports_by_role.csv", 42): dict(
        transport="TCP", appProtocol="HTTPS",
        note=A % 14 + "the Office Web Apps row has empty service and protocol cells and a garbled sentence; the catalog records an HTTPS listener on TCP 443 of the Office Web Apps Server, reached by Skype for Business servers and clients."),
    # choices that do not change a compared field
    ("000_windows_system_services_ports.csv", 85): dict(serviceName="MSSQL$UDDI",
        note=A % 7 + "the MSSQL$UDDI section prints system service name 'MSSQLSERVER'; the catalog names the service MSSQL$UDDI (section heading, summary table)."),
    ("000_windows_system_services_ports.csv", 86): dict(serviceName="MSSQL$UDDI",
        note=A % 7 + "the MSSQL$UDDI section prints system service name 'MSSQLSERVER'; the catalog names the service MSSQL$UDDI (section heading, summary table)."),
    ("000_windows_system_services_ports.csv", 128): dict(appProtocol="Quotd",
        note=A % 7 + "cell reads 'Quoted' (UDP) vs 'Quotd' (TCP); both are Quote of the Day (RFC 865), the catalog writes Quotd."),
    ("000_windows_system_services_ports.csv", 174): dict(
        note=A % 7 + "unlabeled HTTP/HTTPS table printed after the W3SVC table; the catalog attributes it to W3SVC."),
    ("000_windows_system_services_ports.csv", 175): dict(
        note=A % 7 + "unlabeled HTTP/HTTPS table printed after the W3SVC table; the catalog attributes it to W3SVC."),
    ("000_windows_ports_and_protocols_summary.csv", 144): dict(
        note=A % 7 + "the summary prints protocol 'UPD'; read as UDP."),
    ("000_ocs2007_component_ports.csv", 2): dict(
        note=A % 3 + "'5060/5061' with protocol cells TCP and MTLS read as 5060 = TCP, 5061 = MTLS."),
    ("000_ocs2007_component_ports.csv", 3): dict(
        note=A % 3 + "'5060/5061' with protocol cells TCP and MTLS read as 5060 = TCP, 5061 = MTLS."),
    ("000_ocs2007_component_ports.csv", 24): dict(
        note=A % 3 + "protocol cell says 'TCP (HTTP)', the note says SIP; the catalog follows the note (SIP over TCP 443)."),
    ("000_ocs2007r2_mediation_server_ports.csv", 2): dict(
        note=A % 6 + "'TCP or TLS port (5060)' gives one port for both transports; the catalog keeps one entry on TCP 5060 whose security is TLS (recommended) or none (TCP)."),
    ("000_ocs2007r2_mediation_server_ports.csv", 6): dict(
        note=A % 4 + "the SRTP option 'Required' is translated like 'Optional'; the catalog keeps the wording and models the mode on the gateway (SrtpMode), not here."),
    ("001_exchange2010_windows_firewall_rules.csv", 10): dict(serviceName="MSExchange - POP3(GFW)(TCP-In)",
        note=A % 11 + "rule name printed 'MSExchange - POP3(FGW)(TCP-In)'; the catalog uses (GFW) like every other compatibility rule of the table."),
    ("001_exchange2010_windows_firewall_rules.csv", 19): dict(serviceName="MSExchangeRPC - RPCEPMap(TCP-In)",
        note=A % 11 + "rule name printed 'MSExchangeRPC - PRCEPMap(TCP-In)'; the catalog uses RPCEPMap."),
    ("001_exchange2010_transport_data_paths.csv", 15): dict(
        note=A % 11 + "'Yes*' has no footnote in the source; kept verbatim."),
    ("001_exchange2010_ports_from_notes.csv", 8): dict(
        note=A % 11 + "the note names client ports 443/995 for IMAP4; the catalog follows the tables (client IMAP4 143 TLS / 993 SSL), CAS-to-CAS proxy on 993."),
    ("001_exchange2010_mailbox_data_paths.csv", 12): dict(encryptionSupported="No",
        note=A % 11 + "one encryption cell ('No') where two are expected; the catalog reads it as not supported and not default."),
    ("001_exchange2010_mailbox_data_paths.csv", 13): dict(encryptionSupported="No",
        note=A % 11 + "one encryption cell ('No') where two are expected; the catalog reads it as not supported and not default."),
    ("003_lync2013_federation.csv", 2): dict(
        note=A % 13 + "the federation table lists only this outbound 5061 row; the inbound partner-to-Access-Edge 5061 entries come from the external-interface table (L86-91)."),
    ("004_sfb2015_server_ports_by_role.csv", 33): dict(serviceName="",
        note=A % 14 + "service name cell 'Not applicable' left empty."),
    ("004_sfb2015_server_ports_by_role.csv", 39): dict(
        note=A % 14 + "the sentence is garbled ('to the server running the Central Management Store'); the catalog records the push from the Front End holding the Central Management Store to all servers."),
    ("004_sfb2015_client_ports.csv", 7): dict(security="TLS",
        note=A % 14 + "client-to-server SIP is labeled TCP(MTLS); the server table (L58) says client-server SIP uses TLS, the catalog records TLS."),
}
# rows listed twice in one source table: merged into the entry of the first row
MERGE_INTO = {
    ("004_sfb2015_server_ports_by_role.csv", 40): (("004_sfb2015_server_ports_by_role.csv", 2),
        A % 14 + "SQL Browser 1434/UDP is listed twice for all servers (L56, L94); one entry."),
    ("004_sfb2015_server_ports_by_role.csv", 51): (("004_sfb2015_server_ports_by_role.csv", 48),
        A % 14 + "5070 is listed twice for the Mediation Server (TCP at L102, TCP (MTLS) at L105); one entry, secured by MTLS."),
}
GENERIC_NOTES = [
    ("encryption_default: cell empty", A % 11 + "empty 'encrypted by default' cell kept empty (not stated by the Korean page)."),
    ("perspective", ""),
]


def parse_transport(t):
    t = t.strip()
    m = re.match(r"(ESP|AH|GRE) \(IP protocol (\d+)\)", t)
    if m:
        return ("IP_PROTOCOL", int(m.group(2)))
    if t.startswith("TCP (as printed"):
        t = "TCP"
    return ({"TCP": "TCP", "UDP": "UDP", "TCP/UDP": "TCP_UDP", "ICMP": "ICMP", "": "UNSPECIFIED"}[t], None)


def parse_ports(p):
    """-> (kind, [ports], [(start,end)], text)"""
    s = p.strip()
    if s == "dynamic RPC":
        return ("DYNAMIC_RPC", [], [], None)
    if s == "135,dynamic RPC":
        return ("DYNAMIC_RPC", [135], [], None)
    if s == "dynamic":
        return ("DYNAMIC", [], [], None)
    if s == "any":
        return ("ANY", [], [], None)
    if s == "n/a":
        return ("NOT_APPLICABLE", [], [], None)
    if re.fullmatch(r"[0-9,\- ]+", s):
        ports, ranges = [], []
        for item in s.split(","):
            item = item.strip()
            if "-" in item:
                a, b = item.split("-")
                ranges.append((int(a), int(b)))
            else:
                ports.append(int(item))
        if len(ports) == 1 and not ranges:
            kind = "SINGLE"
        elif len(ranges) == 1 and not ports:
            kind = "RANGE"
        else:
            kind = "LIST"
        return (kind, ports, ranges, None)
    kind = "UNSPECIFIED"
    if "random" in s or "dynamic" in s or "above 1024" in s:
        kind = "DYNAMIC_RPC" if "RPC" in s or "above 1024" in s else "DYNAMIC"
    return (kind, [], [], s)


def conditions_for(fname, line, r, frm, to):
    """Conditions (feature names, all must hold) under which the row applies."""
    c = []
    note = r["note_en"]
    sec = r["section"]
    if fname.startswith("003"):
        for role in (frm, to):
            if role.endswith("FederatedPartner"):
                c.append("federation")
                if "only for federation with partners running Office Communications Server 2007" in note:
                    c.append("partnerVersion=OCS 2007")
            if role.endswith("PublicImPartner"):
                c.append("publicIM")
            if role.endswith("XmppPartner") or role.endswith("XmppProxy"):
                c.append("xmpp")
        if "XMPP" in r["app_protocol"]:
            c.append("xmpp")
        if "Central Management store" in r["from_role"]:
            c.append("cms")
        if r["from_role"] == "Any (external client)" or (frm.endswith(".Client") and "external user access" in note):
            c.append("remoteAccess")
    if fname == "004_sfb2015_hlb_ports_hlb_only.csv":
        c += ["hardwareLoadBalancing", "!dnsLoadBalancing"]
        if "also running Mediation" in r["to_role"]:
            c.append("collocatedMediation")
    if fname == "004_sfb2015_hlb_ports_with_dns_lb.csv":
        c += ["dnsLoadBalancing"]
    if fname == "004_sfb2015_ipsec_exceptions.csv":
        c += ["ipsec"]
        if "Conferencing Attendant" in r["from_role"] + r["to_role"]:
            c.append("conferencing")
    if fname == "004_sfb2015_server_ports_by_role.csv":
        if "collocated Mediation" in r["from_role"] + r["to_role"]:
            c.append("collocatedMediation")
        if "static routes" in note:
            c.append("staticRoutes")
        if "with Central Management Store" in r["from_role"]:
            c.append("cms")
    if fname == "002_exchange2003_fe_be_ipsec_ports.csv":
        if r["app_protocol"].startswith("IPsec"):
            c.append("ipsec")
    if fname.startswith("001") and "firewall_rules" not in fname:
        ap = r["app_protocol"]
        if "EdgeSync" in ap or "EdgeSync" in r["service_name"] or ("Edge Transport" in r["from_role"] + r["to_role"] and "SMTP" in ap and "Hub" in r["from_role"] + r["to_role"]):
            c.append("edgeSubscription")
        if "SIP (unsecured)" in ap or ("none (unsecured)" in r["security"]):
            c.append("umUnsecured")
        if "SIP (secured)" in ap or "MTLS (secured)" in r["security"]:
            c.append("umSecured")
        if "with IIS installed" in r["to_role"]:
            c.append("iisInstalled")
        if r["from_role"] == "Office Communications Server" or r["to_role"] == "Office Communications Server":
            c.append("ocsIntegration")
        if "Outlook Anywhere" in ap:
            c.append("outlookAnywhere")
        if r["from_role"] == "Mailbox (cluster node)" or "clustering" in ap or "Log shipping" in ap or "Seeding" in ap:
            c.append("dag")
    if fname == "000_windows_ports_from_prose.csv":
        if "filtering router" in r["from_role"] or "(VPN)" in r["to_role"]:
            c.append("l2tpIpsecVpn")
        if "active mode" in r["to_role"]:
            c.append("ftpActiveMode")
        if "passive mode" in r["from_role"]:
            c.append("ftpPassiveMode")
        if "administration web site" in r["to_role"]:
            c.append("adminWebSite")
    if fname == "000_ocs2007r2_mediation_server_ports.csv":
        pass
    out = []
    for x in c:
        if x not in out:
            out.append(x)
    return out


FILE_ORDER = [
    # primary tables first so that a summary row merges into the per-service entry
    "000_windows_system_services_ports.csv", "000_windows_ports_from_prose.csv",
    "000_exchange2000_2003_outlook_ports.csv", "000_windows_ports_and_protocols_summary.csv",
]


def file_key(path):
    n = os.path.basename(path)
    return (FILE_ORDER.index(n) if n in FILE_ORDER else len(FILE_ORDER), n)


def build(ports_dir):
    rows = []
    for f in sorted(glob.glob(os.path.join(ports_dir, "*.csv")), key=file_key):
        fname = os.path.basename(f)
        with open(f, encoding="utf-8", newline="") as fh:
            for i, r in enumerate(csv.DictReader(fh)):
                rows.append((fname, i + 2, r))
    entries = []
    by_row = {}
    for fname, line, r in rows:
        cat = catalog_of(fname)
        to_roles = resolve(cat, r["to_role"])
        frm_roles = resolve(cat, r["from_role"])
        tr, ipp = parse_transport(r["transport"])
        ports = parse_ports(r["ports"])
        res = RESOLUTIONS.get((fname, line), {})
        notes = [r["note_en"]] if r["note_en"] else []
        for pat, txt in GENERIC_NOTES:
            if pat in r["note_en"] and txt:
                notes.append(txt)
        if "note" in res:
            notes.append(res["note"])
        made = []
        for t in to_roles:
            ecat = cat
            if t.startswith("exchange2003.") and cat == "windows":
                ecat = "exchange2003"
            for fr in frm_roles:
                if fr == t and r["from_role"] != r["to_role"] and fname.startswith("002"):
                    continue  # 'front-end / back-end' to 'DC / back-end': no back-end to itself
                endpoint = fr == "common.Any"
                e = OrderedDict(
                    kind="endpoint" if endpoint else "path",
                    catalog=ecat, frm=None if endpoint else fr, to=t,
                    interface=r["interface"].upper() or None,
                    appProtocol=res.get("appProtocol", r["app_protocol"]),
                    transport=res.get("transport", tr), ipProtocol=ipp,
                    ports=res.get("ports", ports), security=res.get("security", r["security"]),
                    serviceName=res.get("serviceName", r["service_name"]),
                    direction=r["direction"], defaultAuth=r["default_auth"],
                    supportedAuth=r["supported_auth"],
                    encryptionSupported=res.get("encryptionSupported", r["encryption_supported"]),
                    encryptionDefault=r["encryption_default"],
                    notes=list(notes),
                    conditions=conditions_for(fname, line, r, fr, t),
                    doc=DOCS[r["source_file"]], file=r["source_file"],
                    sections=[r["section"]], lines=[r["source_lines"]], data=[fname],
                    generalKnowledge="general-knowledge" in r["note_en"],
                    rows=[(fname, line)],
                )
                if (fname, line) in MERGE_INTO:
                    target_row, note = MERGE_INTO[(fname, line)]
                    for te in by_row[target_row]:
                        if te["to"] == e["to"] and te["frm"] == e["frm"]:
                            absorb(te, e, note)
                            if not te["security"]:
                                te["security"] = e["security"]
                            break
                    else:
                        raise SystemExit("merge target missing for %s:%d" % (fname, line))
                    continue
                made.append(e)
        by_row[(fname, line)] = made
        entries += made
    # merge the same entry listed in several tables of one document (e.g. KB 832017 service tables and
    # its summary table; Lync external-interface and federation/public IM/XMPP tables)
    merged, index = [], {}
    for e in entries:
        k = (e["catalog"], e["kind"], e["frm"], e["to"], e["interface"], e["transport"], e["ipProtocol"],
             repr(e["ports"]), tuple(e["conditions"]), e["doc"])
        prev = index.get(k)
        if prev is not None and e["sections"][0] not in prev["sections"]:
            absorb(prev, e, None)
            continue
        if prev is None:
            index[k] = e
        merged.append(e)
    return merged


def absorb(target, e, note):
    target["lines"] += [l for l in e["lines"] if l not in target["lines"]]
    for s in e["sections"]:
        if s not in target["sections"]:
            target["sections"].append(s)
    for d in e["data"]:
        if d not in target["data"]:
            target["data"].append(d)
    target["rows"] += e["rows"]
    target["generalKnowledge"] = target["generalKnowledge"] or e["generalKnowledge"]
    if note:
        target["notes"].append(note)
    else:
        extra = [n for n in e["notes"] if n and n not in target["notes"]]
        target["notes"].append("Also listed in '%s' (L%s)%s" % (
            e["sections"][0], e["lines"][0], (": " + " ".join(extra)) if extra else "."))


# ------------------------------------------------------------------------------------ emit text
def q(s):
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'


def ports_text(p):
    kind, ports, ranges, text = p
    items = [str(x) for x in ports] + ["%d-%d" % r for r in ranges]
    if kind in ("SINGLE", "LIST", "RANGE"):
        return ",".join(items)
    if kind == "DYNAMIC_RPC":
        s = (",".join(items) + ",dynamic-rpc") if items else "dynamic-rpc"
        return s + ((" " + q(text)) if text else "")
    if kind == "DYNAMIC":
        return "dynamic" + ((" " + q(text)) if text else "")
    if kind == "ANY":
        return "any"
    if kind == "NOT_APPLICABLE":
        return "n/a"
    return q(text)


TRANSPORT = {"TCP": "tcp", "UDP": "udp", "TCP_UDP": "tcp/udp", "ICMP": "icmp", "ANY": "any", "UNSPECIFIED": "unspecified"}
KIND = {"SERVER_ROLE": "server-role", "SYSTEM_SERVICE": "system-service", "CLIENT": "client",
        "EXTERNAL_PARTY": "external-party", "NETWORK_DEVICE": "network-device", "ANY": "any"}


def local(cat, rid):
    c, r = rid.split(".")
    return r if c == cat else rid


def slug(s):
    s = re.sub(r"[^A-Za-z0-9]+", "_", s).strip("_").lower()
    return s[:24].strip("_") or "traffic"


def emit(cat, entries, docs_meta):
    title, pname, vendor, version, family = CATALOGS[cat]
    out = []
    out.append("// %s" % title)
    out.append("// Product catalog shipped with Portolan. Every entry cites its source document and lines")
    out.append("// (shared/seeds, see docs/catalog.md); 'note' keeps the source's remarks and the recorded")
    out.append("// choice where the source is ambiguous (README §6 numbering).")
    out.append("catalog %s %s version \"1.0\"" % (cat, q(title)))
    refs = sorted({x.split(".")[0] for e in entries for x in (e["frm"], e["to"]) if x} |
                  {i.split(".")[0] for rid, l, k, a, inc in ROLES.get(cat, []) for i in inc if "." in i})
    for c in refs:
        if c != cat:
            out.append("import %s" % q(c + ".portolan"))
    out.append("")
    used_docs = sorted({e["doc"] for e in entries})
    for d in used_docs:
        m = docs_meta[d]
        out.append("document d%s id %s file %s title %s covers %s language %s%s" % (
            d, q(d), q(m[0]), q(m[1]), q(m[2]), q(m[3]), (" date " + q(m[4])) if m[4] else ""))
    if pname:
        out.append("product %s %s vendor %s version %s family %s" % (
            PRODUCT_IDS[cat], q(pname), q(vendor), q(version), q(family)))
    out.append("")
    for rid, label, kind, aliases, inc in ROLES[cat]:
        s = "role %s %s" % (rid, q(label))
        if pname:
            s += " of %s" % PRODUCT_IDS[cat]
        s += " kind %s" % KIND[kind]
        if aliases:
            s += "\n\taliases " + ", ".join(q(a) for a in aliases)
        if inc:
            s += "\n\tincludes " + ", ".join(inc)
        out.append(s)
    names = set(r[0] for r in ROLES[cat])
    section = None
    for e in entries:
        sec = e["sections"][0]
        if sec != section:
            out.append("")
            out.append("// ---- %s (%s)" % (sec, e["data"][0]))
            section = sec
        tr = "ip %d" % e["ipProtocol"] if e["transport"] == "IP_PROTOCOL" or e["ipProtocol"] else TRANSPORT[e["transport"]]
        traffic = (q(e["appProtocol"]) + " " if e["appProtocol"] else "") + tr
        if not e["ipProtocol"]:
            pt = ports_text(e["ports"])
            if e["ports"][0] != "NOT_APPLICABLE" or e["transport"] != "UNSPECIFIED":
                traffic += " " + pt
        side = (" " + e["interface"].lower()) if e["interface"] else ""
        if e["kind"] == "endpoint":
            role = local(cat, e["to"])
            base = "%s_%s_%s" % (role.split(".")[-1], slug(e["appProtocol"] or e["transport"]),
                                 "_".join(str(x) for x in e["ports"][1][:1] + [r[0] for r in e["ports"][2]][:1]) or e["ports"][0].lower())
            name, n = base, 2
            while name in names:
                name, n = "%s_%d" % (base, n), n + 1
            names.add(name)
            head = "endpoint %s on %s%s %s" % (name, role, side, traffic)
        else:
            head = "path from %s to %s%s %s" % (local(cat, e["frm"]), local(cat, e["to"]), side, traffic)
        props = []
        if e["security"]:
            props.append("security " + q(e["security"]))
        if e["serviceName"]:
            props.append("service " + q(e["serviceName"]))
        if e["direction"]:
            props.append("direction " + q(e["direction"]))
        if e["conditions"]:
            props.append("when " + ", ".join(q(c) for c in e["conditions"]))
        if e["kind"] == "path":
            if e["defaultAuth"]:
                props.append("default-auth " + q(e["defaultAuth"]))
            if e["supportedAuth"]:
                props.append("supported-auth " + ", ".join(q(x.strip()) for x in split_auth(e["supportedAuth"])))
            if e["encryptionSupported"]:
                props.append("encryption-supported " + q(e["encryptionSupported"]))
            if e["encryptionDefault"]:
                props.append("encryption-default " + q(e["encryptionDefault"]))
        note = " ".join(n for n in e["notes"] if n)
        if note:
            props.append("note " + q(note))
        src = "source %s lines %s section %s data %s" % (
            q(e["doc"]), q(";".join(e["lines"])), q("; ".join(e["sections"])), q(";".join(e["data"])))
        if e["generalKnowledge"]:
            src += " general-knowledge"
        props.append(src)
        out.append(head + "".join("\n\t" + p for p in props))
    return "\n".join(out) + "\n"


def split_auth(s):
    # keep "Negotiate (Kerberos with fallback to NTLM or optionally Basic)" together
    parts, depth, cur = [], 0, ""
    for ch in s:
        if ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
        if ch == "," and depth == 0:
            parts.append(cur)
            cur = ""
        else:
            cur += ch
    parts.append(cur)
    return [p for p in parts if p.strip()]


PRODUCT_IDS = {"windows": "WindowsServer", "exchange2003": "Exchange2003", "exchange2007": "Exchange2007",
               "exchange2010": "Exchange2010", "ocs2007": "Ocs2007", "ocs2007r2": "Ocs2007R2",
               "lync2013": "LyncServer2013", "sfb2015": "SkypeForBusiness2015"}

DOCS_META = {
    "000": ("000_5c193ae0bbd517b7.txt", "Korean blog: Exchange 2007 lab, OCS 2007 (R2) Mediation Server and ports, KB 832017 'Service overview and network port requirements for the Windows Server system'",
            "Exchange 2000/2003/2007, OCS 2007 and 2007 R2, Windows 2000 Server / Windows Server 2003 / 2008", "ko", None),
    "001": ("001_7c9d646da2c6bbb4.txt", "Exchange Network Port Reference (Exchange Server 2010)", "Exchange Server 2010 SP2/SP3", "ko", "2016-11-28"),
    "002": ("002_ce0ee0cddc2adce3.txt", "KB 821839: IPsec between Exchange 2003 front-end and clustered back-end servers", "Exchange Server 2003 on Windows Server 2003 server cluster", "ko", "2007-10-25"),
    "003": ("003_6d4d06de69146f55.txt", "Port summary - scaled consolidated Edge, DNS load balancing with NAT (Lync Server 2013)", "Lync Server 2013", "ko", "2015-03-09"),
    "004": ("004_c0e97c8529d31862.txt", "Port and protocol requirements for servers (Skype for Business Server 2015)", "Skype for Business Server 2015", "ko", "2018"),
}


def main(ports_dir, out_dir):
    entries = build(ports_dir)
    os.makedirs(out_dir, exist_ok=True)
    for cat in ROLES:
        mine = [e for e in entries if e["catalog"] == cat]
        if cat in ("common", "exchange2007"):
            continue  # written by hand
        with open(os.path.join(out_dir, cat + ".portolan"), "w", encoding="utf-8") as fh:
            fh.write(emit(cat, mine, DOCS_META))
        print("%-13s %4d entries (%d endpoints, %d paths)" % (
            cat, len(mine), sum(e["kind"] == "endpoint" for e in mine), sum(e["kind"] == "path" for e in mine)))
    import json
    with open(os.path.join(out_dir, "entries.json.tmp"), "w") as fh:
        json.dump(entries, fh, indent=1)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
