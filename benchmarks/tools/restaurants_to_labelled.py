"""Converts the public Fodors-Zagat restaurant set (restaurant.csv: "id","name","addr","city","phone","type","class",
as published by the HPI DuDe project and mirrored on GitHub, the class being the restaurant's identity) into the
labelled CSV LabelledCsvEvaluation reads: one company per row, entity_id = class, the building number split off the
street. Run in the folder holding restaurant.csv; writes restaurants-labelled.csv. Standard library only.

    python3 restaurants_to_labelled.py && java -cp ... dev.kartoteka.benchmarks.LabelledCsvEvaluation --region=US \
        restaurants-labelled.csv
"""
import csv, re, sys
rows = list(csv.reader(open('restaurant.csv', encoding='utf-8'), skipinitialspace=True))
out = csv.writer(open('restaurants-labelled.csv', 'w', encoding='utf-8', newline=''))
out.writerow(['record_id', 'entity_id', 'kind', 'legal_name', 'street', 'building', 'city', 'country', 'phone'])
for r in rows[1:]:
    rid, name, addr, city, phone, typ, cls = r
    cls = cls.strip().strip("'")
    m = re.match(r'^\s*(\d+[a-z]?(?:-\d+)?)\s+(.*)$', addr)
    building, street = (m.group(1), m.group(2)) if m else ('', addr)
    out.writerow([rid, cls, 'COMPANY', name, street, building, city, 'US', phone])
