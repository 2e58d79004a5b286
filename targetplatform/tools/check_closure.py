"""Authoring aid: checks that the closure computed by resolve_closure.py resolves (bundles, packages)."""
import json,zipfile,re,os,glob
c=json.load(open('chosen.json'))
drop={'com.google.guava:listenablefuture','antlr:antlr','org.antlr:stringtemplate','com.google.j2objc:j2objc-annotations','org.codehaus.mojo:animal-sniffer-annotations','org.jspecify:jspecify','org.osgi:osgi.annotation','com.google.errorprone:error_prone_annotations'}
def split(s):
    out=[];depth=0;cur=''
    for ch in s:
        if ch=='"': depth^=1
        if ch==',' and not depth: out.append(cur);cur=''
        else: cur+=ch
    if cur: out.append(cur)
    return [x.strip() for x in out if x.strip()]
def ver(s):
    p=(s.split('.')+['0','0','0'])[:3]
    return tuple(int(re.sub(r'\D.*','',x) or 0) for x in p)
def inrange(v,r):
    r=r.strip('"')
    if not r: return True
    if r[0] in '[(':
        lo,hi=r[1:-1].split(',')
        ok= ver(v)>=ver(lo) if r[0]=='[' else ver(v)>ver(lo)
        ok&= ver(v)<=ver(hi) if r[-1]==']' else ver(v)<ver(hi)
        return ok
    return ver(v)>=ver(r)
bundles={}; exports={}; caps=[]; mans={}
for ga,v in c.items():
    if ga in drop: continue
    g,a=ga.split(':')
    f=os.environ.get('CLOSURE_CACHE','cache')+f'/{g.replace(".","_")}_{a}_{v}_{a}-{v}.jar'
    if not os.path.exists(f): print('nojar',f); continue
    z=zipfile.ZipFile(f)
    try: m=z.read('META-INF/MANIFEST.MF').decode('utf8','replace').replace('\r\n ','').replace('\n ','')
    except KeyError: m=''
    hd=dict(re.findall(r'^([\w-]+):\s*(.*)$',m,re.M))
    if 'Bundle-SymbolicName' not in hd:
        pk={os.path.dirname(n).replace('/','.') for n in z.namelist() if n.endswith('.class')}
        bsn='wrapped.'+a; bv=v
        for p in pk: exports.setdefault(p,[]).append((bv,bsn))
        bundles[bsn]=bv; continue
    bsn=hd['Bundle-SymbolicName'].split(';')[0].strip(); bv=hd.get('Bundle-Version','0')
    bundles[bsn]=bv; mans[bsn]=hd
    for e in split(hd.get('Export-Package','')):
        parts=e.split(';'); names=[p for p in parts if '=' not in p]; vv=re.search(r'version="?([\d.]+)',e)
        for n in names: exports.setdefault(n.strip(),[]).append((vv.group(1) if vv else '0',bsn))
    for e in split(hd.get('Provide-Capability','')): caps.append((bsn,e))
bundles.update({'org.apache.batik.css':'1.19','org.antlr.runtime':'3.2.0','system.bundle':'3.23'})
probs=0
for bsn,hd in mans.items():
    for r in split(hd.get('Require-Bundle','')):
        if 'resolution:=optional' in r: continue
        n=r.split(';')[0].strip(); vr=re.search(r'bundle-version="([^"]+)"',r)
        if n not in bundles: print(bsn,'REQ-BUNDLE missing',n); probs+=1
        elif vr and not inrange(bundles[n],vr.group(1)): print(bsn,'REQ-BUNDLE version',n,bundles[n],vr.group(1)); probs+=1
    for r in split(hd.get('Import-Package','')):
        if 'resolution:=optional' in r: continue
        n=r.split(';')[0].strip(); vr=re.search(r'version="([^"]+)"',r)
        if n.startswith(('java.','javax.','org.w3c.','org.xml.','org.ietf','org.osgi.framework','org.osgi.service.packageadmin','org.osgi.service.startlevel','org.osgi.service.url','org.osgi.util.tracker','org.osgi.resource','org.osgi.service.condition','org.osgi.service.log','org.osgi.service.resolver','org.osgi.dto','org.osgi.annotation','sun.','com.sun','jdk.','org.osgi.service.condpermadmin','org.osgi.service.permissionadmin','org.osgi.service.security')) and n not in exports: continue
        if n not in exports: print(bsn,'IMPORT missing',n); probs+=1
        elif vr and not any(inrange(v,vr.group(1)) for v,_ in exports[n]): print(bsn,'IMPORT version',n,exports[n],vr.group(1)); probs+=1
    for r in split(hd.get('Require-Capability','')):
        if 'osgi.ee' in r or 'optional' in r or 'osgi.extender' in r or 'osgi.service' in r or 'osgi.implementation' in r or 'osgi.serviceloader' in r: continue
        print(bsn,'REQ-CAP',r[:150])
print('problems',probs)
