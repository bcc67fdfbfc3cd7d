"""Converts the public RLdata500 / RLdata10000 sets (R package RecordLinkage; TSV copies with a header
fname_c1 fname_c2 lname_c1 lname_c2 by bm bd, and identity.<name>.tsv holding each record's true id) into the
labelled CSV LabelledCsvEvaluation reads: one person per row, given names and family-name parts joined, birth date
ISO. "NA" is an empty part. Run in the folder holding the TSVs; writes <name>-labelled.csv. Standard library only.

    python3 rldata_to_labelled.py RLdata10000 && java -cp ... dev.kartoteka.benchmarks.LabelledCsvEvaluation \
        RLdata10000-labelled.csv
"""
import csv, sys
name = sys.argv[1]
rows = [l.rstrip('\n').split('\t') for l in open(name + '.tsv', encoding='utf-8')]
ids = [l.strip() for l in open('identity.' + name + '.tsv', encoding='utf-8')][1:]
assert len(ids) == len(rows) - 1, (len(ids), len(rows))
out = csv.writer(open(name + '-labelled.csv', 'w', encoding='utf-8', newline=''))
out.writerow(['record_id', 'entity_id', 'kind', 'given_names', 'family_name', 'birth_date', 'country'])
for i, r in enumerate(rows[1:]):
    f1, f2, l1, l2, by, bm, bd = [x.strip().strip('"') for x in r]
    given = ' '.join(x for x in (f1, f2) if x and x != 'NA')
    family = '-'.join(x for x in (l1, l2) if x and x != 'NA')
    out.writerow([i + 1, ids[i], 'PERSON', given, family, '%04d-%02d-%02d' % (int(by), int(bm), int(bd)), 'DE'])
