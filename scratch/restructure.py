L=open('README.md').read().split('\n')
def idx(prefix, start=0):
    for i in range(start,len(L)):
        if L[i].startswith(prefix): return i
    raise SystemExit('missing '+prefix)
rq=idx('### Reading quality')
blind=idx('**Blind side-by-side reading.**', rq)
who=idx('### Who said what', blind)
fifth=idx('**Fifth session.** The dispute code', who)
upd=idx('### Update summaries', fifth)
scal=idx('#### Scaling out, measured')
rows=idx('started. Measured on main 6d6aab7', scal)
links=idx('### Links, feeds, digests', scal)
reading_hist=L[blind:who]
disp_hist=L[fifth:upd]
scal_hist=L[rows:links]
hdr=lambda t,intro: [t,'',intro,'']
open('docs/reading-quality.md','w').write('\n'.join(hdr('# Reading quality: every blind reading, session by session',
 'The log behind README\'s "Reading quality": each session\'s rules, the blind readings that judged them, and what was tried and not kept. Figures are as measured at the time (2-core AMD EPYC, Go 1.26); packets, keys and judges\' files stay outside the repository because they hold dataset text. Commands are in README.')+reading_hist).rstrip()+'\n')
open('docs/voices-disputes.md','w').write('\n'.join(hdr('# Who said what and disputes: the log',
 'Session-by-session changes to Voices and Disputed and their measurements, as measured at the time; README\'s "Who said what" holds the current figures and commands.')+disp_hist).rstrip()+'\n')
scal_hist[0]=scal_hist[0].replace('started. Measured on main','Measured on main')
open('docs/scaling.md','w').write('\n'.join(hdr('# Scaling out: the log',
 'Every `scripts/scaleout` measurement since the first, with what each session changed; README\'s "Scaling out, measured" holds the commands and the current figures. All on the shared 2-core AMD EPYC; load averages are stated where they were recorded.')+scal_hist).rstrip()+'\n')
reading_new=open('scratch/reading_new.md').read().rstrip('\n').split('\n')
disp_new=open('scratch/disp_new.md').read().rstrip('\n').split('\n')
scal_new=open('scratch/scal_new.md').read().rstrip('\n').split('\n')
out=L[:blind]+reading_new+['']+L[who:fifth]+disp_new+['']+L[upd:rows]+scal_new+['']+L[links:]
open('README.md','w').write('\n'.join(out))
