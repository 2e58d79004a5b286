"""Authoring aid for targetplatform/portolan-*.target (not part of the build).

Computes a pinned bundle closure from roots.txt: for each artifact without an exact version it takes
the newest release whose OSGi manifest requires Java <= 17; fixed.json forces versions (SWT 3.132.0,
Xtext 2.42.0's own dependency versions, ...). Then check_closure.py verifies Require-Bundle /
Import-Package of the result. The resulting list is pasted into the .target with exact versions.
Usage: MAVEN_REGISTRY_BASE=<base address of your Maven registry or mirror> python3 resolve_closure.py
"""
import urllib.request, re, os, sys, json, zipfile, io, xml.etree.ElementTree as ET
BASE=os.environ['MAVEN_REGISTRY_BASE']
CACHE=os.environ.get('CLOSURE_CACHE','cache'); os.makedirs(CACHE,exist_ok=True)
def get(path):
    f=os.path.join(CACHE,path.replace('/','_'))
    if os.path.exists(f): return open(f,'rb').read()
    try: d=urllib.request.urlopen(BASE+path,timeout=60).read()
    except Exception as e: d=b''
    open(f,'wb').write(d); return d
def gp(g): return g.replace('.','/')
def key(v):
    parts=re.split(r'[.-]',v); out=[]
    for x in parts: out.append((1,int(x)) if x.isdigit() else (0,0))
    return out
def versions(g,a):
    d=get(f'{gp(g)}/{a}/maven-metadata.xml').decode()
    return sorted(set(re.findall(r'<version>([^<]+)</version>',d)),key=key)
def javaver(g,a,v):
    d=get(f'{gp(g)}/{a}/{v}/{a}-{v}.jar')
    try: m=zipfile.ZipFile(io.BytesIO(d)).read('META-INF/MANIFEST.MF').decode('utf8','replace')
    except Exception: return -1
    m=m.replace('\r\n ','').replace('\n ','')
    vs=[int(x) for x in re.findall(r'osgi\.ee=JavaSE\)\(version=(\d+)',m)]
    vs+=[int(x) for x in re.findall(r'JavaSE-(\d+)(?![.\d])',m)]
    return max(vs) if vs else 0
NS='{http://maven.apache.org/POM/4.0.0}'
def pomdeps(g,a,v):
    d=get(f'{gp(g)}/{a}/{v}/{a}-{v}.pom')
    if not d: return []
    t=ET.fromstring(d); out=[]
    deps=t.find(NS+'dependencies')
    if deps is None: return []
    for dep in deps.findall(NS+'dependency'):
        f=lambda n:(dep.findtext(NS+n) or '').strip()
        if f('scope') in ('test','provided','system') or f('optional')=='true': continue
        pg=t.findtext(NS+'groupId') or t.findtext(NS+'parent/'+NS+'groupId')
        gg=f('groupId').replace('${project.groupId}',pg); vv=f('version').replace('${project.version}',v)
        if '${' in vv: vv=''
        out.append((gg,f('artifactId'),vv))
    return out
fixed=json.load(open('fixed.json'))
roots=[l.strip() for l in open('roots.txt') if l.strip()]
maxv=json.load(open('maxv.json')) if os.path.exists('maxv.json') else {}
chosen={}; queue=[]
for r in roots:
    ga,_,v=r.partition('@'); queue.append((ga,v))
skipped=[]
while queue:
    ga,v=queue.pop(0)
    if ga in chosen or '${' in ga: 
        if '${' in ga: skipped.append(ga)
        continue
    g,a=ga.split(':')
    if ga in fixed: v=fixed[ga]
    if v=='[range': v=''
    if not v or v.startswith('[') or v.startswith('('):
        vs=versions(g,a)
        if ga in maxv: vs=[x for x in vs if key(x)<=key(maxv[ga])]
        v=None
        for cand in reversed(vs):
            if 'SNAPSHOT' in cand: continue
            jv=javaver(g,a,cand)
            if jv<=17 and jv>=0: v=cand; break
        if v is None: print('NO VERSION',ga); continue
    chosen[ga]=v
    jv=javaver(g,a,v)
    if jv>17: print('WARN java',jv,ga,v)
    for dg,da,dv in pomdeps(g,a,v):
        queue.append((f'{dg}:{da}',dv))
json.dump(chosen,open('chosen.json','w'),indent=1,sort_keys=True)
for k in sorted(chosen): print(k,chosen[k])
print('skipped',set(skipped)); print(len(chosen))
