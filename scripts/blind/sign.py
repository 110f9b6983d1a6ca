#!/usr/bin/env python3
"""sign.py KEY.tsv JUDGE.tsv...: per-cluster sign tests of chorus-new against every other system
(mean of the five scores over judges), and how often all judges picked the same best system."""
import sys, collections, math
key={}
for l in open(sys.argv[1]):
    n,i,sid,name=l.rstrip('\n').split('\t'); key[sid]=(int(n),name)
tot=collections.defaultdict(list); best=[]
for jf in sys.argv[2:]:
    b={}
    for l in open(jf):
        p=l.rstrip('\n').split('\t')
        if p[0]=='BEST': b[int(p[1])]=key.get(p[2].strip(),(0,'?'))[1]; continue
        if p[0] in key and len(p)>=6: tot[key[p[0]]].append(sum(map(float,p[1:6]))/5)
    best.append(b)
m={k:sum(v)/len(v) for k,v in tot.items()}
clusters=sorted({k[0] for k in m}); systems=sorted({k[1] for k in m})
def binom_two(w,l):
    n=w+l
    if n==0: return 1
    k=min(w,l); p=sum(math.comb(n,i) for i in range(k+1))/2**n
    return min(1,2*p)
for s in systems:
    if s=='chorus-new': continue
    w=sum(m[(c,'chorus-new')]>m[(c,s)] for c in clusters); l=sum(m[(c,'chorus-new')]<m[(c,s)] for c in clusters)
    print(f'chorus-new vs {s}: better on {w}, worse on {l}, ties {len(clusters)-w-l}; sign test p={binom_two(w,l):.3f}')
# best agreement
agree=sum(len(set(b[c] for b in best))==1 for c in clusters); print(f'all judges picked the same system as best in {agree}/{len(clusters)} clusters')
