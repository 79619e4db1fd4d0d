#!/usr/bin/env python3
"""Minimal structural validator for test-data/ud/hadath-news.conllu.
Checks: 10 columns; sequential integer IDs; every FORM is found in '# text' left to right
with only whitespace between consecutive tokens; exactly one root (HEAD 0, DEPREL root);
heads in range; no cycles; known UPOS and DEPREL labels; PUNCT <-> punct; unique sent_ids.
Usage: python3 validate.py [file.conllu]   (exit status 1 on any error)"""
import sys, os
UPOS = set('ADJ ADP ADV AUX CCONJ DET INTJ NOUN NUM PART PRON PROPN PUNCT SCONJ SYM VERB X'.split())
DEPRELS = set('''acl advcl advmod amod appos aux case cc ccomp clf compound conj cop csubj dep det
discourse dislocated expl fixed flat goeswith iobj list mark nmod nsubj nummod obj obl orphan
parataxis punct reparandum root vocative xcomp'''.split())

def check(path):
    errs = []
    blocks = open(path, encoding='utf-8').read().strip('\n').split('\n\n')
    ids = set(); ntok = 0
    for b in blocks:
        lines = b.split('\n')
        meta = {l[2:].split(' = ', 1)[0]: l[2:].split(' = ', 1)[1] for l in lines if l.startswith('# ') and ' = ' in l}
        sid = meta.get('sent_id', '?'); text = meta.get('text')
        def err(m): errs.append('%s: %s' % (sid, m))
        if sid in ids: err('duplicate sent_id')
        ids.add(sid)
        if text is None: err('no # text'); continue
        rows = [l.split('\t') for l in lines if not l.startswith('#')]
        pos = 0; heads = {}
        for i, r in enumerate(rows, 1):
            if len(r) != 10: err('line %d: %d columns' % (i, len(r))); continue
            if r[0] != str(i): err('token %d has ID %s' % (i, r[0]))
            form, upos, head, rel = r[1], r[3], r[6], r[7]
            j = text.find(form, pos)
            if j < 0 or text[pos:j].strip(): err('FORM %r (token %d) not contiguous in text' % (form, i))
            else: pos = j + len(form)
            if upos not in UPOS: err('token %d bad UPOS %s' % (i, upos))
            if rel.split(':')[0] not in DEPRELS: err('token %d bad DEPREL %s' % (i, rel))
            if (upos == 'PUNCT') != (rel == 'punct'): err('token %d PUNCT/punct mismatch' % i)
            try: h = int(head)
            except ValueError: err('token %d bad HEAD %s' % (i, head)); continue
            if h < 0 or h > len(rows) or h == i: err('token %d HEAD %d out of range' % (i, h))
            if (h == 0) != (rel == 'root'): err('token %d root/HEAD 0 mismatch' % i)
            heads[i] = h
        ntok += len(rows)
        if text[pos:].strip(): err('text not fully covered: %r' % text[pos:])
        roots = [i for i, h in heads.items() if h == 0]
        if len(roots) != 1: err('%d roots' % len(roots))
        for i in heads:
            seen = set(); k = i
            while k != 0 and k in heads:
                if k in seen: err('cycle through token %d' % i); break
                seen.add(k); k = heads[k]
    return errs, len(blocks), ntok

if __name__ == '__main__':
    p = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(os.path.abspath(__file__)), 'hadath-news.conllu')
    errs, ns, nt = check(p)
    for e in errs: print(e)
    print('%s: %d sentences, %d tokens, %d errors' % (p, ns, nt, len(errs)))
    sys.exit(1 if errs else 0)
