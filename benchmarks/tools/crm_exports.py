#!/usr/bin/env python3
"""crm_exports.py - labelled client exports from systems a Polish company migrates from.

Independent test-data generator for CSV import / client-registry tests.
Python 3.11, standard library only.  The output depends only on
(CLIENTS, SEED, STYLE): same arguments -> byte-identical files.

Usage
-----
    python3 crm_exports.py OUT.csv CLIENTS SEED STYLE      STYLE = subiekt | salesforce | shop

Writes OUT.csv, plus OUT-hard-negatives.csv (OUT without ".csv" + "-hard-negatives.csv"),
and prints one line:
    clients=N rows=R re_entries=R-N true_pairs=P hard_negative_groups=G
(true_pairs = number of unordered row pairs that share an entity_id).

Styles
------
subiekt     "Kontrahenci" export of a small-business ERP (InsERT Subiekt GT / Comarch Optima).
            windows-1250, ';'-separated, CRLF, quoted only when needed (QUOTE_MINIMAL: a value
            holding ';', '"' or a line break - multi-line Uwagi exist).  Columns:
            Symbol; Nazwa; Nazwa pełna; NIP; REGON; PESEL; Ulica; Nr domu; Nr lokalu;
            Kod pocztowy; Miejscowość; Kraj; Telefon; Telefon 2; Fax; E-mail; WWW;
            Osoba kontaktowa; Uwagi; Typ (Odbiorca/Dostawca); Osoba fizyczna (Tak/Nie).
            A person: Nazwa = "Nazwisko Imię" or "Imię Nazwisko", Osoba fizyczna=Tak, PESEL
            sometimes.  A company: short name with a legal form in Nazwa, registered
            (KRS-like, sometimes upper-case) name in Nazwa pełna, NIP written
            123-456-32-18 / 1234563218 / PL1234563218 / 123-45-63-218 / 123 456 32 18 ...,
            REGON (9 digits).  ~3 % of companies are German suppliers (Kraj=Niemcy,
            NIP column = valid DE USt-IdNr).  Symbol is the ERP's unique short code, derived
            from the name; a re-entry therefore gets a suffixed symbol (KOWALSKI_JAN1).
salesforce  English CRM "Contacts" export.  UTF-8 with BOM, ',' separated, every field
            quoted, CRLF (line breaks inside Description are bare LF).  Columns:
            Contact ID (18-char Salesforce id with its case-checksum suffix), Salutation,
            First Name, Last Name, Title, Account Name, NIP__c (custom field), Email, Phone,
            Mobile, Mailing Street (street and number in one cell: "ul. Długa 5/3",
            "Hauptstraße 12", "10 Downing Street", "vul. Sadova, 3, kv. 7"), Mailing City,
            Mailing State/Province, Mailing Zip/Postal Code, Mailing Country (names:
            Poland/Polska/PL, Germany/Deutschland, United Kingdom/UK, Ukraine/Ukraina...),
            Birthdate, Lead Source, Description.
            Date format per file: odd SEED -> M/D/YYYY, even SEED -> YYYY-MM-DD.
            Account Name of a private person per file: SEED % 3 == 0 -> "<Last> Household",
            1 -> "<First> <Last>", 2 -> empty.  A company client is a contact row whose
            Account Name is the company.  ~80 % Polish residents, the rest from DE, UK, UA.
shop        E-commerce customers export (WooCommerce / PrestaShop / Shoper).  UTF-8 without
            BOM, ',' separated, QUOTE_MINIMAL, LF.  Columns: customer_id, first_name,
            last_name, email, billing_phone, billing_company, billing_nip (odd SEED) or
            vat_number (even SEED), billing_address_1, billing_address_2, billing_postcode,
            billing_city, billing_country (ISO code, PL), date_created (YYYY-MM-DD HH:MM:SS),
            orders_count, total_spent, newsletter (yes/no when (SEED//2) is even, else 1/0).
            Rows are in customer_id order (= registration order).  Shops never have PESEL.
            An e-mail is a login, so two rows never share an e-mail: every re-entry has
            another e-mail (a new address or a mistyped one).

Every file ends with two ground-truth columns: entity_id (E..., the true client; the rows
of one client share it) and record_id (R..., the row).  A tool under test must drop them.

Clients
-------
CLIENTS distinct clients: ~75 % persons / 25 % companies (subiekt, salesforce) or 95 % /
5 % (shop).  Persons: sex-matched Polish given names and surnames with feminine forms
(Kowalski/Kowalska, Biały/Biała), Zipf-like frequencies, plus Ukrainians living in Poland
(names in Polish or English transliteration, in the shop also in Cyrillic) and, in
salesforce, Germans, Britons and Ukrainians living abroad.  Addresses: 64 real Polish
cities with their real postal-code prefixes/ranges (ranges of the small towns are
approximate), real area codes and voivodeships; ~6 % rural addresses (village, no street;
postal code taken from the nearby town's range - an approximation).  Companies: sp. z o.o.,
S.A., sp.j., s.c. (with owners), sp.k., sp. z o.o. sp.k., sole traders (JDG: trade + owner
name), GmbH/AG, Ltd/plc, TOV.  Identifiers are valid: NIP (weights 6,5,7,2,3,4,5,6,7 mod
11), REGON-9 (8,9,2,3,4,5,6,7 mod 11, 10->0), PESEL (birth date with the century month
offset, sex digit, 1,3,7,9 weights), DE USt-IdNr (ISO 7064 MOD 11,10).  Mobiles use
prefixes 50x 51x 53x 57x 60x 66x 69x 72x 73x 78x 79x 88x; landlines the city's area code.
Cyrillic appears only in UTF-8 files: shop names, salesforce names of people living in
Ukraine, "ТОВ" legal form, "Україна".  Fields are often missing (persons mostly lack PESEL / birth date, many lack e-mail...).
Accidental look-alikes (two unrelated "Jan Nowak" in Warszawa) occur naturally and are
NOT listed as hard negatives.

Re-entries (true duplicates)
----------------------------
~30 % of clients get 1-3 extra rows (2-4 rows in all; 65/25/10 %): a second registration,
a duplicate card typed by another clerk, an import from another branch.  Each re-entry is
a copy of the client's first row with 1-3 changes (50/35/15 %); two re-entries of one
client can therefore differ by up to 6 changes from each other.  In the shop one of the
changes is always new_email (80 %) or email_typo (20 %), because an e-mail is a login.  At most 2 changes per
re-entry are "life changes" (moved, new phone, new e-mail, married name, new contact
person).  The change kinds (weights depend on style and person/company):
  name_typo         keyboard-neighbour substitution, deletion, doubled letter, transposition,
                    a lost AltGr diacritic (Łukasz->Lukasz), Polish spelling error
                    (rz/ż, ó/u, ch/h) - in a surname, given name or company core name
  addr_typo         the same typo in a street or city name
  ascii             all Polish diacritics lost (ł->l, ą->a ...), quotes „” -> ""
  case              UPPER surname, ALL UPPER, all lower; company core upper/title case
  spaces            double space inside, leading or trailing space in a name/street/city cell
  swap_names        first/last name swapped (subiekt: the other name order in Nazwa)
  diminutive        Katarzyna<->Kasia, Tomasz<->Tomek ...
  married           (women 20-55) surname replaced, or double-barrelled Kowalska-Nowak
  translit          Ukrainian name in another transliteration (Ołeksandr/Oleksandr/Олександр)
  new_phone         another phone number (company: new switchboard or contact mobile)
  new_email         another e-mail (other provider or pattern; company: other mailbox)
  email_typo        gmial.com, wp.p, dropped dot, mistyped letter ...
  phone_typo        one digit wrong or two digits swapped (never the first two)
  id_typo           (shop, salesforce only; ERPs validate NIP) NIP with a swapped/wrong
                    digit - the only identifiers written that fail their checksum
  moved             a new address (60 % same city); a landline follows the area code
  phone_format      the same number written otherwise: 501234567, 501 234 567,
                    +48 501 234 567, 0048501234567, 48501234567, (22) 123-45-67,
                    0-22 123 45 67 ...; or two numbers in one cell
  nip_format        the same NIP written otherwise
  postcode_format   00-950 / 00950 / 00 950 / 950 (leading zeros lost in a spreadsheet)
  street_format     ul./ulica/Ul./none, short vs full patron (Mickiewicza / Adama
                    Mickiewicza), 5/3 vs 5 m. 3 vs 5 lok. 3, 12A/12a/12 A, Straße/Str.,
                    number in the street cell (subiekt), flat in address_2 (shop)
  city_variant      W-wa, Krakow, Gorzów Wlkp., WARSZAWA, (salesforce: Warsaw, Cracow)
  country_variant   Poland/Polska/PL/empty
  lf_variant        the legal form spelled otherwise (sp. z o.o./Sp. z o. o./spółka z
                    ograniczoną odpowiedzialnością ...)
  lf_drop           company name with/without its legal form
  quotes            company core name with/without quotes („Marex”, "Marex", 'Marex')
  descriptor        PHU / P.H.U. / Przedsiębiorstwo Handlowo-Usługowe / left out
  contact_change    another contact person of the same company
  osoba_flag        (subiekt) a person saved with Osoba fizyczna=Nie
  branch_note       a note like "import z oddziału Kraków" / "Imported from old CRM"
  missing           1-2 fields left empty - or a field the first row lacked filled in
Not counted as changes (they always differ between rows): Symbol, Contact ID, Lead Source
(redrawn for half of the salesforce re-entries), customer_id, date_created, orders_count,
total_spent, newsletter.

Hard negatives
--------------
~10 % of clients are in groups of different clients who look alike, each client with its
own entity_id: household (spouses at one address sharing a landline, sometimes a family
e-mail - not in the shop), namesake (same first and last name, other cities), father_son
(same surname, often the same given name, usually same address and landline),
mother_daughter, company_group (companies of one group: same core name, same seat, same
e-mail domain, sometimes one switchboard, different NIP/REGON), company_namesake (same core
name, other city).  OUT-hard-negatives.csv (UTF-8, ',', LF): relation,group_id,entity_ids
with the entity ids separated by spaces.  No groups are made when CLIENTS < 20.

Python API (for checks): generate(CLIENTS, SEED, STYLE) returns a Result with .header,
.rows (dicts), .groups and .meta (per row: record_id, entity_id, first, mutations, nip_typo,
kind, res, sex, birth); write(result, OUT) writes both files.
"""

import copy
import csv
import datetime as dt
import os
import random
import re
import sys
import unicodedata

STYLES = ("subiekt", "salesforce", "shop")
TODAY = dt.date(2024, 12, 31)

# --------------------------------------------------------------------------- names

MALE_FIRST = """
Piotr Krzysztof Andrzej Tomasz Paweł Jan Michał Marcin Jakub Adam Łukasz Marek Grzegorz
Mateusz Wojciech Stanisław Mariusz Dariusz Zbigniew Kamil Rafał Robert Jerzy Józef Ryszard
Tadeusz Dawid Maciej Jacek Bartosz Szymon Sebastian Kacper Damian Janusz Roman Artur Daniel
Przemysław Sławomir Filip Patryk Kazimierz Henryk Mirosław Adrian Zdzisław Waldemar Leszek
Hubert Dominik Mikołaj Karol Edward Bogdan Czesław Ireneusz Jarosław Radosław Wiesław
Aleksander Antoni Franciszek Wiktor Igor Oskar Zenon Bogusław Eugeniusz Arkadiusz Konrad
Norbert Emil Witold
""".split()

FEMALE_FIRST = """
Anna Katarzyna Maria Małgorzata Agnieszka Barbara Ewa Krystyna Magdalena Elżbieta Joanna
Aleksandra Monika Zofia Teresa Danuta Natalia Julia Karolina Marta Beata Dorota Halina
Jadwiga Janina Jolanta Iwona Grażyna Irena Bożena Renata Urszula Justyna Paulina Agata
Sylwia Helena Alicja Wiktoria Zuzanna Izabela Ewelina Stanisława Hanna Weronika Emilia
Lucyna Wanda Dominika Patrycja Edyta Aneta Kinga Genowefa Marianna Kamila Gabriela Martyna
Oliwia Lena Maja Wiesława Bogumiła
""".split()

DIMINUTIVES = {
    "Piotr": ["Piotrek"], "Krzysztof": ["Krzysiek", "Krzyś"], "Andrzej": ["Jędrek"],
    "Tomasz": ["Tomek"], "Jan": ["Janek", "Jasiek"], "Jakub": ["Kuba"],
    "Grzegorz": ["Grzesiek"], "Wojciech": ["Wojtek"], "Stanisław": ["Staszek", "Stasiek"],
    "Dariusz": ["Darek"], "Zbigniew": ["Zbyszek"], "Jerzy": ["Jurek"], "Józef": ["Józek"],
    "Ryszard": ["Rysiek"], "Tadeusz": ["Tadek"], "Maciej": ["Maciek"], "Bartosz": ["Bartek"],
    "Szymon": ["Szymek"], "Przemysław": ["Przemek"], "Sławomir": ["Sławek"],
    "Kazimierz": ["Kazek"], "Henryk": ["Heniek"], "Mirosław": ["Mirek"], "Waldemar": ["Waldek"],
    "Edward": ["Edek"], "Czesław": ["Czesiek"], "Ireneusz": ["Irek"], "Jarosław": ["Jarek"],
    "Radosław": ["Radek"], "Wiesław": ["Wiesiek"], "Aleksander": ["Olek"], "Antoni": ["Antek"],
    "Franciszek": ["Franek"], "Eugeniusz": ["Gienek"], "Arkadiusz": ["Arek"], "Witold": ["Witek"],
    "Zdzisław": ["Zdzisiek"], "Mateusz": ["Mati"], "Sebastian": ["Seba"],
    "Anna": ["Ania", "Anka"], "Katarzyna": ["Kasia", "Kaśka"], "Maria": ["Marysia"],
    "Małgorzata": ["Gosia", "Małgosia"], "Agnieszka": ["Aga"], "Barbara": ["Basia"],
    "Ewa": ["Ewka"], "Krystyna": ["Krysia"], "Magdalena": ["Magda"], "Elżbieta": ["Ela"],
    "Joanna": ["Asia"], "Aleksandra": ["Ola"], "Zofia": ["Zosia"], "Teresa": ["Tereska"],
    "Danuta": ["Danka"], "Natalia": ["Natka"], "Julia": ["Julka"], "Dorota": ["Dorotka"],
    "Halina": ["Halinka"], "Jadwiga": ["Jadzia"], "Janina": ["Janka"], "Jolanta": ["Jola"],
    "Grażyna": ["Grażka"], "Irena": ["Irenka"], "Bożena": ["Bożenka"], "Urszula": ["Ula"],
    "Paulina": ["Paula"], "Agata": ["Agatka"], "Helena": ["Hela"], "Alicja": ["Ala"],
    "Wiktoria": ["Wika"], "Zuzanna": ["Zuzia"], "Izabela": ["Iza"], "Stanisława": ["Stasia"],
    "Hanna": ["Hania"], "Weronika": ["Wera"], "Emilia": ["Emilka"], "Wanda": ["Wandzia"],
    "Gabriela": ["Gabrysia"], "Genowefa": ["Gienia"], "Wiesława": ["Wiesia"],
    "Bogumiła": ["Bogusia"], "Lucyna": ["Lucynka"],
}

_SURNAMES_RAW = """
Nowak Kowalski Wiśniewski Wójcik Kowalczyk Kamiński Lewandowski Zieliński Szymański Woźniak
Dąbrowski Kozłowski Jankowski Mazur Wojciechowski Kwiatkowski Krawczyk Kaczmarek Piotrowski
Grabowski Zając Pawłowski Michalski Król Wieczorek Jabłoński Wróbel Nowakowski Majewski
Olszewski Jaworski Stępień Malinowski Dudek Adamczyk Górski Nowicki Pawlak Sikora Witkowski
Rutkowski Walczak Baran Michalak Szewczyk Ostrowski Tomaszewski Pietrzak Zalewski Wróblewski
Marciniak Jasiński Zawadzki Bąk Jakubowski Sadowski Duda Włodarczyk Wilk Chmielewski
Borkowski Sokołowski Szczepański Sawicki Lis Kucharski Mazurek Kalinowski Wysocki Adamski
Kaźmierczak Wasilewski Sobczak Czerwiński Andrzejewski Cieślak Głowacki Zakrzewski Kołodziej
Sikorski Krajewski Gajewski Szymczak Szulc Baranowski Laskowski Brzeziński Makowski
Ziółkowski Przybylski Domański Nowacki Borowski Błaszczyk Chojnacki Ciesielski Mróz
Szczepaniak Wesołowski Górecki Krupa Kaczmarczyk Leszczyński Lipiński Kowalewski Urbański
Kozak Kania Mikołajczyk Czarnecki Sobczyk Konieczny Wawrzyniak Kubiak Biały Cichy
Gołębiowski Żak Żukowski Śliwiński Łuczak Kurek Grzelak Kwiatek Urban Bielecki Rogalski
Jędrzejewski Orłowski Sobolewski Bednarek Pająk Kołodziejczyk Marczak Milczarek Kurowski
Dziedzic Stasiak Maciejewski Zawisza Wrona Chmiel Kruk Sowa Nowaczyk Szczęsny Wesoły
""".split()
SURNAMES = list(dict.fromkeys(_SURNAMES_RAW))
ADJ_Y = {"Biały", "Cichy", "Konieczny", "Szczęsny", "Wesoły"}

DE_MALE = "Hans Klaus Jürgen Stefan Thomas Michael Andreas Wolfgang Frank Markus Uwe Matthias".split()
DE_FEMALE = "Petra Sabine Monika Claudia Ursula Katrin Andrea Susanne Birgit Anja Julia Heike".split()
DE_SURN = ("Müller Schmidt Schneider Fischer Weber Meyer Wagner Becker Schulz Hoffmann Schäfer "
           "Koch Bauer Richter Klein Wolf Schröder Neumann Schwarz Zimmermann Krüger Hartmann "
           "Lange Werner Krause Lehmann Köhler").split()
GB_MALE = "James John David Michael Oliver George Harry Thomas William Daniel Richard Paul Mark".split()
GB_FEMALE = "Sarah Emma Olivia Charlotte Elizabeth Emily Sophie Jessica Rebecca Laura Hannah Amy".split()
GB_SURN = ("Smith Jones Williams Taylor Brown Davies Evans Wilson Thomas Johnson Roberts Walker "
           "Wright Robinson Thompson White Hughes Edwards Green Hall Wood Harris Clarke Jackson "
           "O'Brien").split()
# Ukrainian names: (Cyrillic, English transliteration, Polish transliteration)
UA_MALE = [("Олександр", "Oleksandr", "Ołeksandr"), ("Андрій", "Andriy", "Andrij"),
           ("Сергій", "Serhiy", "Serhij"), ("Володимир", "Volodymyr", "Wołodymyr"),
           ("Дмитро", "Dmytro", "Dmytro"), ("Микола", "Mykola", "Mykoła"),
           ("Іван", "Ivan", "Iwan"), ("Юрій", "Yuriy", "Jurij"), ("Віталій", "Vitaliy", "Witalij"),
           ("Богдан", "Bohdan", "Bohdan"), ("Тарас", "Taras", "Taras")]
UA_FEMALE = [("Олена", "Olena", "Ołena"), ("Оксана", "Oksana", "Oksana"), ("Ірина", "Iryna", "Iryna"),
             ("Наталія", "Nataliia", "Natalija"), ("Тетяна", "Tetiana", "Tetiana"),
             ("Юлія", "Yuliia", "Julija"), ("Світлана", "Svitlana", "Switłana"),
             ("Марія", "Mariia", "Marija"), ("Людмила", "Liudmyla", "Ludmyła"),
             ("Галина", "Halyna", "Hałyna")]
UA_SURN = [("Шевченко", "Shevchenko", "Szewczenko"), ("Коваленко", "Kovalenko", "Kowalenko"),
           ("Бондаренко", "Bondarenko", "Bondarenko"), ("Ткаченко", "Tkachenko", "Tkaczenko"),
           ("Кравченко", "Kravchenko", "Krawczenko"), ("Мельник", "Melnyk", "Melnyk"),
           ("Бойко", "Boiko", "Bojko"), ("Коваль", "Koval", "Kowal"), ("Олійник", "Oliinyk", "Olijnyk"),
           ("Лисенко", "Lysenko", "Łysenko"), ("Марченко", "Marchenko", "Marczenko"),
           ("Савченко", "Savchenko", "Sawczenko"), ("Руденко", "Rudenko", "Rudenko"),
           ("Петренко", "Petrenko", "Petrenko"), ("Мороз", "Moroz", "Moroz"),
           ("Поліщук", "Polishchuk", "Poliszczuk"), ("Ткачук", "Tkachuk", "Tkaczuk")]
TRANSLIT_IDX = {"cyr": 0, "en": 1, "pl": 2}


def zipf(n, s=0.85, k=2.0):
    return [1.0 / (i + k) ** s for i in range(n)]


W_MALE, W_FEMALE, W_SURN = zipf(len(MALE_FIRST)), zipf(len(FEMALE_FIRST)), zipf(len(SURNAMES), 0.7, 3.0)


def fem(surname):
    """Feminine form of a Polish surname given in its masculine form."""
    out = []
    for part in surname.split("-"):
        if part.endswith(("ski", "cki", "dzki")) or part in ADJ_Y:
            part = part[:-1] + "a"
        out.append(part)
    return "-".join(out)


def plural_surname(base):
    if base.endswith("ski"):
        return base[:-3] + "scy"
    if base.endswith("cki"):
        return base[:-3] + "ccy"
    return base + "owie"

# --------------------------------------------------------------------------- places
# (city, voivodeship, area code, weight ~ population/1000, postal-code ranges as ints)
CITIES = [
    ("Warszawa", "mazowieckie", "22", 1860, [(1, 4999)]),
    ("Kraków", "małopolskie", "12", 800, [(30001, 31999)]),
    ("Wrocław", "dolnośląskie", "71", 670, [(50001, 54699)]),
    ("Łódź", "łódzkie", "42", 660, [(90001, 94399)]),
    ("Poznań", "wielkopolskie", "61", 540, [(60001, 61899)]),
    ("Gdańsk", "pomorskie", "58", 490, [(80001, 80999)]),
    ("Szczecin", "zachodniopomorskie", "91", 390, [(70001, 71899)]),
    ("Bydgoszcz", "kujawsko-pomorskie", "52", 330, [(85001, 85899)]),
    ("Lublin", "lubelskie", "81", 330, [(20001, 20999)]),
    ("Białystok", "podlaskie", "85", 290, [(15001, 15999)]),
    ("Katowice", "śląskie", "32", 285, [(40001, 40999)]),
    ("Gdynia", "pomorskie", "58", 245, [(81001, 81599)]),
    ("Częstochowa", "śląskie", "34", 210, [(42200, 42299)]),
    ("Radom", "mazowieckie", "48", 200, [(26600, 26699)]),
    ("Rzeszów", "podkarpackie", "17", 198, [(35001, 35399)]),
    ("Toruń", "kujawsko-pomorskie", "56", 196, [(87100, 87199)]),
    ("Sosnowiec", "śląskie", "32", 195, [(41200, 41219)]),
    ("Kielce", "świętokrzyskie", "41", 190, [(25001, 25999)]),
    ("Gliwice", "śląskie", "32", 175, [(44100, 44164)]),
    ("Olsztyn", "warmińsko-mazurskie", "89", 170, [(10001, 10999)]),
    ("Zabrze", "śląskie", "32", 170, [(41800, 41819)]),
    ("Bielsko-Biała", "śląskie", "33", 170, [(43300, 43382)]),
    ("Bytom", "śląskie", "32", 160, [(41900, 41949)]),
    ("Zielona Góra", "lubuskie", "68", 140, [(65001, 65999)]),
    ("Rybnik", "śląskie", "32", 135, [(44200, 44273)]),
    ("Opole", "opolskie", "77", 127, [(45001, 45999)]),
    ("Tychy", "śląskie", "32", 127, [(43100, 43143)]),
    ("Gorzów Wielkopolski", "lubuskie", "95", 122, [(66400, 66415)]),
    ("Elbląg", "warmińsko-mazurskie", "55", 118, [(82300, 82316)]),
    ("Płock", "mazowieckie", "24", 118, [(9400, 9421)]),
    ("Wałbrzych", "dolnośląskie", "74", 110, [(58300, 58316)]),
    ("Włocławek", "kujawsko-pomorskie", "54", 108, [(87800, 87821)]),
    ("Tarnów", "małopolskie", "14", 108, [(33100, 33119)]),
    ("Chorzów", "śląskie", "32", 107, [(41500, 41519)]),
    ("Koszalin", "zachodniopomorskie", "94", 107, [(75001, 75999)]),
    ("Kalisz", "wielkopolskie", "62", 100, [(62800, 62821)]),
    ("Legnica", "dolnośląskie", "76", 100, [(59200, 59220)]),
    ("Grudziądz", "kujawsko-pomorskie", "56", 94, [(86300, 86311)]),
    ("Słupsk", "pomorskie", "59", 90, [(76200, 76216)]),
    ("Nowy Sącz", "małopolskie", "18", 83, [(33300, 33310)]),
    ("Jelenia Góra", "dolnośląskie", "75", 79, [(58500, 58573)]),
    ("Siedlce", "mazowieckie", "25", 77, [(8100, 8110)]),
    ("Konin", "wielkopolskie", "63", 73, [(62500, 62510)]),
    ("Piotrków Trybunalski", "łódzkie", "44", 72, [(97300, 97310)]),
    ("Inowrocław", "kujawsko-pomorskie", "52", 72, [(88100, 88110)]),
    ("Lubin", "dolnośląskie", "76", 72, [(59300, 59305)]),
    ("Piła", "wielkopolskie", "67", 72, [(64920, 64935)]),
    ("Suwałki", "podlaskie", "87", 69, [(16400, 16404)]),
    ("Gniezno", "wielkopolskie", "61", 67, [(62200, 62210)]),
    ("Pruszków", "mazowieckie", "22", 62, [(5800, 5804)]),
    ("Leszno", "wielkopolskie", "65", 62, [(64100, 64115)]),
    ("Łomża", "podlaskie", "86", 62, [(18400, 18404)]),
    ("Zamość", "lubelskie", "84", 61, [(22400, 22410)]),
    ("Chełm", "lubelskie", "82", 60, [(22100, 22110)]),
    ("Stalowa Wola", "podkarpackie", "15", 59, [(37450, 37464)]),
    ("Przemyśl", "podkarpackie", "16", 58, [(37700, 37720)]),
    ("Legionowo", "mazowieckie", "22", 54, [(5120, 5126)]),
    ("Ostrołęka", "mazowieckie", "29", 51, [(7400, 7410)]),
    ("Piaseczno", "mazowieckie", "22", 50, [(5500, 5510)]),
    ("Skierniewice", "łódzkie", "46", 47, [(96100, 96101)]),
    ("Krosno", "podkarpackie", "13", 46, [(38400, 38404)]),
    ("Sopot", "pomorskie", "58", 35, [(81701, 81899)]),
    ("Zakopane", "małopolskie", "18", 27, [(34500, 34504)]),
    ("Gorlice", "małopolskie", "18", 27, [(38300, 38304)]),
]
CITY_BY_NAME = {c[0]: c for c in CITIES}
VOIV_EN = {"mazowieckie": "Masovian", "małopolskie": "Lesser Poland", "dolnośląskie": "Lower Silesian",
           "łódzkie": "Łódź", "wielkopolskie": "Greater Poland", "pomorskie": "Pomeranian",
           "zachodniopomorskie": "West Pomeranian", "kujawsko-pomorskie": "Kuyavian-Pomeranian",
           "lubelskie": "Lublin", "podlaskie": "Podlaskie", "śląskie": "Silesian",
           "podkarpackie": "Subcarpathian", "świętokrzyskie": "Holy Cross",
           "warmińsko-mazurskie": "Warmian-Masurian", "opolskie": "Opole", "lubuskie": "Lubusz"}
CITY_ALIASES = {
    "Warszawa": ["W-wa", "Warsaw"], "Kraków": ["Krakow", "Cracow"], "Łódź": ["Lodz"],
    "Wrocław": ["Wroclaw"], "Poznań": ["Poznan"], "Gdańsk": ["Gdansk"],
    "Gorzów Wielkopolski": ["Gorzów Wlkp.", "Gorzów"], "Piotrków Trybunalski": ["Piotrków Tryb."],
    "Bielsko-Biała": ["Bielsko Biała", "Bielsko"], "Jelenia Góra": ["Jel. Góra"],
    "Nowy Sącz": ["N. Sącz"], "Stalowa Wola": ["St. Wola"], "Zielona Góra": ["Zielona Gora"],
    "Frankfurt am Main": ["Frankfurt/Main", "Frankfurt a.M."], "München": ["Munich", "Muenchen"],
    "Köln": ["Cologne", "Koeln"], "Kyiv": ["Kiev", "Kijów"], "Lviv": ["Lwów", "Lvov"],
    "Kharkiv": ["Kharkov", "Charków"], "Odesa": ["Odessa"],
}
EN_EXONYMS = {"Warsaw", "Cracow", "Munich", "Cologne", "Kiev", "Lvov", "Kharkov", "Odessa"}
VILLAGES = ("Zalesie Wola Dąbrowa Nowa_Wieś Michałowice Kamionka Łęki Brzezinka Wólka Stara_Wieś "
            "Borowa Górki Józefów Rudnik Zakrzewo Lipniki Jabłonna Marianów Podgórze Olszyny").split()
VILLAGES = [v.replace("_", " ") for v in VILLAGES]

STREETS_PLAIN = ("Długa Krótka Polna Leśna Słoneczna Ogrodowa Lipowa Kwiatowa Szkolna Kolejowa Brzozowa "
                 "Parkowa Łąkowa Zielona Akacjowa Klonowa Dębowa Wiejska Spacerowa Cicha Jasna Sosnowa "
                 "Topolowa Wiśniowa Modrzewiowa Świerkowa Jodłowa Kasztanowa Jarzębinowa Różana Miła "
                 "Spokojna Graniczna Nowa Młyńska Kościelna Zamkowa Mostowa Rzeczna Wodna Piaskowa Górna "
                 "Dolna Boczna Południowa Północna Wschodnia Zachodnia Warszawska Krakowska Poznańska "
                 "Gdańska Toruńska Lubelska Wrocławska Łódzka Kaliska Grunwaldzka Sportowa Targowa "
                 "Jaskółcza Piękna").split()
STREETS_MULTI = ["Armii Krajowej", "Wojska Polskiego", "3 Maja", "11 Listopada", "1 Maja",
                 "Powstańców Śląskich", "Powstańców Wielkopolskich", "Bohaterów Westerplatte",
                 "Żwirki i Wigury", "Polnych Kwiatów", "Legionów", "Obrońców Pokoju"]
PATRONS = [("Mickiewicza", "Adama Mickiewicza"), ("Kościuszki", "Tadeusza Kościuszki"),
           ("Sienkiewicza", "Henryka Sienkiewicza"), ("Słowackiego", "Juliusza Słowackiego"),
           ("Piłsudskiego", "Marszałka Józefa Piłsudskiego"), ("Kopernika", "Mikołaja Kopernika"),
           ("Reymonta", "Władysława Reymonta"), ("Żeromskiego", "Stefana Żeromskiego"),
           ("Konopnickiej", "Marii Konopnickiej"), ("Prusa", "Bolesława Prusa"),
           ("Chopina", "Fryderyka Chopina"), ("Wyszyńskiego", "kard. Stefana Wyszyńskiego"),
           ("Curie-Skłodowskiej", "Marii Curie-Skłodowskiej"), ("Sobieskiego", "Jana III Sobieskiego"),
           ("Narutowicza", "Gabriela Narutowicza"), ("Moniuszki", "Stanisława Moniuszki"),
           ("Kasprowicza", "Jana Kasprowicza"), ("Traugutta", "Romualda Traugutta"),
           ("Pułaskiego", "Kazimierza Pułaskiego"), ("Kilińskiego", "Jana Kilińskiego"),
           ("Matejki", "Jana Matejki"), ("Staszica", "Stanisława Staszica"),
           ("Wyspiańskiego", "Stanisława Wyspiańskiego"), ("Orzeszkowej", "Elizy Orzeszkowej"),
           ("Bema", "gen. Józefa Bema"), ("Sikorskiego", "gen. Władysława Sikorskiego"),
           ("Andersa", "gen. Władysława Andersa"), ("Popiełuszki", "ks. Jerzego Popiełuszki"),
           ("Dąbrowskiego", "Jana Henryka Dąbrowskiego"), ("Batorego", "Stefana Batorego")]
ALEJE = ["Jerozolimskie", "Niepodległości", "Solidarności", "Jana Pawła II", "Armii Krajowej",
         "Wojska Polskiego", "Grunwaldzka", "Zwycięstwa"]
PLACE = ["Wolności", "Grunwaldzki", "Konstytucji", "Kościuszki", "Zwycięstwa", "Rynek"]
OSIEDLA = ["Tysiąclecia", "Piastowskie", "Słoneczne", "Kościuszkowskie", "Zielone", "Batorego",
           "Młodych", "Jagiellońskie", "Przyjaźni", "Kalinowe"]
INDUSTRIAL = ("Przemysłowa Fabryczna Składowa Magazynowa Handlowa Rzemieślnicza Transportowa "
              "Logistyczna Produkcyjna Techniczna Energetyków Hutnicza").split()
# prefix "slots": 0 abbreviation, 1 none, 2 full word, 3 capitalised abbr., 4 no dot, 5 capitalised word
PREFIX_SLOTS = {
    "ul": ["ul.", "", "ulica", "Ul.", "ul", "Ulica"],
    "al": ["al.", "", "aleja", "Al.", "al", "Aleja"],
    "pl": ["pl.", "", "plac", "Pl.", "pl", "Plac"],
    "os": ["os.", "", "osiedle", "Os.", "os", "Osiedle"],
    "vul": ["vul.", "", "vulytsia", "Vul.", "vul", "Vulytsia"],
    "prosp": ["prosp.", "", "prospekt", "Prosp.", "prosp", "Prospekt"],
}
FLAT_SEP = {"slash": "/{}", "m": " m. {}", "m_nodot": " m {}", "lok": " lok. {}"}
ADDR2_FMT = {"m": "m. {}", "bare": "{}", "lok": "lok. {}", "m_nodot": "m {}", "full": "mieszkanie {}"}

DE_CITIES = [("Berlin", (10115, 14199), "Berlin", "30"), ("Hamburg", (20095, 22769), "Hamburg", "40"),
             ("München", (80331, 81929), "Bayern", "89"), ("Köln", (50667, 51149), "Nordrhein-Westfalen", "221"),
             ("Frankfurt am Main", (60306, 60599), "Hessen", "69"), ("Leipzig", (4103, 4357), "Sachsen", "341"),
             ("Dresden", (1067, 1328), "Sachsen", "351"), ("Görlitz", (2826, 2829), "Sachsen", "3581"),
             ("Frankfurt (Oder)", (15230, 15236), "Brandenburg", "335"),
             ("Stuttgart", (70173, 70629), "Baden-Württemberg", "711")]
DE_STREETS = ["Hauptstraße", "Bahnhofstraße", "Gartenstraße", "Schillerstraße", "Goethestraße",
              "Berliner Straße", "Lindenstraße", "Dorfstraße", "Kirchstraße", "Friedrichstraße",
              "Am Markt", "Schulweg"]
GB_CITIES = [("London", ["SW1A", "SW3", "W1D", "W2", "EC1A", "EC2V", "N1", "E14", "SE1", "NW3"], "Greater London", "20", 8),
             ("Manchester", ["M1", "M4", "M14", "M20"], "Greater Manchester", "161", 7),
             ("Birmingham", ["B1", "B5", "B15"], "West Midlands", "121", 7),
             ("Edinburgh", ["EH1", "EH3", "EH10"], "Scotland", "131", 7),
             ("Leeds", ["LS1", "LS6"], "West Yorkshire", "113", 7),
             ("Bristol", ["BS1", "BS8"], "Bristol", "117", 7)]
GB_STREETS = ["High Street", "Station Road", "Church Lane", "Victoria Road", "Park Avenue", "King Street",
              "Queen's Road", "Mill Lane", "Green Lane", "Manor Road", "London Road", "The Crescent",
              "Albert Street", "Oxford Road"]
UA_CITIES = [("Kyiv", (1001, 4655), "Kyiv City", "44"), ("Lviv", (79000, 79491), "Lviv Oblast", "32"),
             ("Kharkiv", (61000, 61499), "Kharkiv Oblast", "57"), ("Odesa", (65000, 65498), "Odesa Oblast", "48"),
             ("Dnipro", (49000, 49489), "Dnipropetrovsk Oblast", "56")]
UA_STREETS = [("vul", "Khreshchatyk"), ("vul", "Shevchenka"), ("vul", "Ivana Franka"), ("prosp", "Peremohy"),
              ("vul", "Sadova"), ("vul", "Hrushevskoho"), ("vul", "Lesi Ukrainky"), ("prosp", "Svobody"),
              ("vul", "Naukova"), ("vul", "Zelena")]

COUNTRY_NAMES = {  # salesforce Mailing Country spellings (weights in draw_fmt)
    "PL": ["Poland", "Polska", "PL", "POLAND"],
    "DE": ["Germany", "Deutschland", "DE", "Niemcy"],
    "GB": ["United Kingdom", "UK", "Great Britain", "England", "GB"],
    "UA": ["Ukraine", "Ukraina", "UA", "Україна"],
}
COUNTRY_PL = {"PL": "Polska", "DE": "Niemcy", "UA": "Ukraina", "GB": "Wielka Brytania"}

# --------------------------------------------------------------------------- phones / mail

MOBILE_PREFIXES = ["50", "51", "53", "57", "60", "66", "69", "72", "73", "78", "79", "88"]
DE_MOBILE = ["151", "152", "160", "162", "170", "171", "172", "175", "176", "177", "178", "179"]
GB_MOBILE = ["7400", "7500", "7700", "7800", "7900", "7911", "7956", "7723"]
UA_MOBILE = ["50", "63", "66", "67", "68", "73", "93", "95", "96", "97", "98", "99"]
CC = {"PL": "48", "DE": "49", "GB": "44", "UA": "380"}

MAIL_DOMAINS = {
    "PL": {"gmail.com": 30, "wp.pl": 18, "o2.pl": 12, "onet.pl": 10, "interia.pl": 10, "op.pl": 5,
           "poczta.onet.pl": 2, "gazeta.pl": 2, "tlen.pl": 2, "outlook.com": 3, "hotmail.com": 2,
           "yahoo.com": 1, "icloud.com": 2, "vp.pl": 2, "interia.eu": 1, "poczta.fm": 1},
    "DE": {"gmail.com": 20, "web.de": 25, "gmx.de": 25, "t-online.de": 15, "outlook.de": 5, "yahoo.de": 5},
    "GB": {"gmail.com": 35, "outlook.com": 15, "hotmail.co.uk": 15, "btinternet.com": 10,
           "yahoo.co.uk": 10, "icloud.com": 8, "sky.com": 5},
    "UA": {"gmail.com": 50, "ukr.net": 30, "i.ua": 10, "meta.ua": 5, "outlook.com": 5},
}
DOMAIN_TYPOS = {
    "gmail.com": ["gmial.com", "gmai.com", "gmail.co", "gmail.con", "gamil.com", "gmail.pl"],
    "wp.pl": ["wp.p", "wp.lp", "w.pl", "wpp.pl"], "o2.pl": ["02.pl", "o2.p", "o2pl"],
    "onet.pl": ["onet.p", "omet.pl", "onet.ppl"], "interia.pl": ["intreia.pl", "interia.p", "interai.pl"],
    "op.pl": ["o.pl", "op.p"], "outlook.com": ["outlok.com", "outloook.com"],
    "hotmail.com": ["hotmial.com", "hotmail.co"], "yahoo.com": ["yaho.com", "yahoo.co"],
    "web.de": ["web.d", "wep.de"], "gmx.de": ["gmx.d", "gmx.com"], "ukr.net": ["ukr.ner", "urk.net"],
}

# --------------------------------------------------------------------------- companies

CORE_PRE = ("Bud Pol Trans Elektro Agro Drew Stal Instal Auto Mebel Med Eko Euro Inter Tech Hydro Term "
            "Kom Dom Meta Farm Print Net Soft Data Log Fin Pro Max Bio Geo Opti Vita Art Mar Kar Rol Chem "
            "Plast Gaz Energo Tele Kabel Okno Dach Lak Tex Moto Rem Vis Nova Ada Wik Jan Tom Kros Mal").split()
CORE_SUF = "mex pol bud met tex trans tech serwis plast mar ex ix on com soft med land gaz stal rol max net dom".split()
EN_ADJ = ("Nordic Baltic Green Smart Blue Prime Global Silver Digital Vistula Silesia Mazovia Carpathian "
          "Amber Central Eastern Royal Solid").split()
EN_NOUN = ("Solutions Logistics Systems Trade Consulting Energy Software Media Partners Development Group "
           "Invest Labs Services Foods Distribution").split()
GROUP_SUFFIX = ["Logistics", "Nieruchomości", "Serwis", "Development", "Invest", "Trade", "Holding",
                "Consulting", "Produkcja", "Dystrybucja", "Finanse", "Technologie"]
DESCRIPTORS = [("Przedsiębiorstwo Handlowo-Usługowe", "PHU", "P.H.U."),
               ("Firma Handlowo-Usługowa", "FHU", "F.H.U."),
               ("Przedsiębiorstwo Produkcyjno-Handlowo-Usługowe", "PPHU", "P.P.H.U."),
               ("Przedsiębiorstwo Produkcyjno-Handlowe", "PPH", "P.P.H."),
               ("Zakład Usługowo-Handlowy", "ZUH", "Z.U.H."),
               ("Przedsiębiorstwo Wielobranżowe", "PW", "P.W."),
               ("Przedsiębiorstwo Budowlane", "PB", "P.B."),
               ("Przedsiębiorstwo Usługowo-Handlowe", "PUH", "P.U.H."),
               ("Przedsiębiorstwo Handlowe", "PH", "P.H.")]
DESC_COL = {"full": 0, "abbr": 1, "dots": 2}
TRADES = ["Usługi Remontowo-Budowlane", "Sklep Spożywczy", "Gabinet Stomatologiczny", "Biuro Rachunkowe",
          "Transport Drogowy", "Auto Naprawa", "Zakład Fryzjerski", "Usługi Elektryczne",
          "Kancelaria Adwokacka", "Gabinet Weterynaryjny", "Usługi Transportowe", "Pracownia Krawiecka",
          "Studio Fotografii", "Usługi Informatyczne", "Instalacje Hydrauliczne", "Warsztat Samochodowy",
          "Kwiaciarnia", "Piekarnia", "Stolarstwo", "Agroturystyka", "Biuro Projektowe", "Kancelaria Notarialna"]
PARTNER_TAIL = ["i Wspólnicy", "i Syn", "i Synowie", "& Partnerzy", "i Partnerzy"]
DE_BRANCH = "Logistik Bau Handel Technik Metallbau Elektro Transporte Maschinenbau Holz Systeme".split()
DE_COINED = "Nordwind Elbe Rhein Spree Alpen Hansa Lausitz Oder Saxonia Isar".split()
GB_PLACE = "Thames Northern Albion Pennine Brightline Kingsway Highland Coastal Meridian Oakwood".split()
GB_NOUN = "Trading Supplies Engineering Consulting Logistics Solutions Foods Packaging".split()
UA_CORES = ["Kyivbud", "Lvivtrans", "Agroprom", "Dniprometal", "Techno-Servis", "Ukrtorg",
            "Zakhid-Agro", "Polissya", "Karpaty", "Slobozhanshchyna Trade"]

LEGAL_FORMS = {
    "spzoo": ["{} sp. z o.o.", "{} Sp. z o.o.", "{} SP. Z O.O.", "{} Spółka z o.o.",
              "{} spółka z ograniczoną odpowiedzialnością", "{} Sp. z o. o.", "{} sp.z o.o.",
              "{} Sp.z o.o.", "{} sp. z.o.o.", "{}, sp. z o.o."],
    "sa": ["{} S.A.", "{} SA", "{} S.A", "{} Spółka Akcyjna", "{} spółka akcyjna"],
    "spj": ["{} sp.j.", "{} Sp.j.", "{} sp. j.", "{} Sp. J.", "{} spółka jawna", "{} Spółka Jawna"],
    "sc": ["{} s.c.", "{} S.C.", "{} s. c.", "{} spółka cywilna", "{} Spółka Cywilna", "{} sc"],
    "spk": ["{} sp.k.", "{} Sp.k.", "{} sp. k.", "{} spółka komandytowa", "{} Spółka Komandytowa"],
    "spzoospk": ["{} sp. z o.o. sp.k.", "{} Sp. z o.o. Sp.k.", "{} sp. z o.o. sp. k.",
                 "{} spółka z ograniczoną odpowiedzialnością spółka komandytowa",
                 "{} Sp. z o.o. Spółka Komandytowa"],
    "jdg": ["{}"],
    "gmbh": ["{} GmbH", "{} Gmbh", "{} GMBH", "{} G.m.b.H."],
    "gmbhcokg": ["{} GmbH & Co. KG", "{} GmbH & Co KG", "{} GmbH&Co.KG"],
    "ag": ["{} AG", "{} Aktiengesellschaft"],
    "ltd": ["{} Ltd", "{} Ltd.", "{} Limited", "{} LTD"],
    "plc": ["{} plc", "{} PLC", "{} Plc"],
    "tov": ["TOV {}", "{} LLC", "{}, TOV", "ТОВ {}", "{} Ltd"],
}
LEGAL_FULL = {"spzoo": "{} spółka z ograniczoną odpowiedzialnością", "sa": "{} spółka akcyjna",
              "spj": "{} spółka jawna", "sc": "{} spółka cywilna", "spk": "{} spółka komandytowa",
              "spzoospk": "{} spółka z ograniczoną odpowiedzialnością spółka komandytowa", "jdg": "{}",
              "gmbh": "{} GmbH", "gmbhcokg": "{} GmbH & Co. KG", "ag": "{} Aktiengesellschaft",
              "ltd": "{} Limited", "plc": "{} plc", "tov": "{} LLC"}
PL_LF_W = {"spzoo": 45, "jdg": 18, "sc": 11, "spj": 9, "spzoospk": 7, "sa": 5, "spk": 5}
QUOTES = {"none": "{}", "pl": "„{}”", "ascii": '"{}"', "single": "'{}'", "mixed": '„{}"'}
MAILBOX = {"PL": {"biuro": 40, "info": 15, "kontakt": 15, "sekretariat": 8, "office": 7, "firma": 3,
                  "handlowy": 4, "zamowienia": 4, "ksiegowosc": 4},
           "DE": {"info": 50, "kontakt": 20, "office": 15, "verkauf": 15},
           "GB": {"info": 40, "office": 20, "sales": 20, "enquiries": 10, "accounts": 10},
           "UA": {"info": 50, "office": 30, "sales": 20}}
TITLES_PL = {"Prezes Zarządu": 12, "Członek Zarządu": 5, "Dyrektor Handlowy": 8, "Dyrektor Finansowy": 4,
             "Kierownik Zakupów": 8, "Specjalista ds. Zakupów": 8, "KSIEG": 8, "OWNER": 8,
             "Office Manager": 6, "Kierownik Biura": 4, "Purchasing Manager": 5, "CEO": 5, "CFO": 2,
             "Sales Manager": 4, "Key Account Manager": 3}
TITLES_FOREIGN = {"DE": ["Geschäftsführer", "Einkaufsleiter", "Head of Purchasing", "Sales Manager"],
                  "GB": ["Managing Director", "Procurement Manager", "Director", "Office Manager"],
                  "UA": ["Director", "Head of Sales", "Purchasing Manager", "Dyrektor"]}

NOTES_SUBIEKT_P = ["stały klient", "płaci gotówką", "rabat 5%", "kontakt tylko mailowy",
                   "zadzwonić przed dostawą", "Klient z Allegro", "odbiór osobisty",
                   "faktura na firmę męża?", "prosi o kontakt po 16; nie wysyłać SMS",
                   "tel. w godz. 8-16\r\nbrama od ul. Polnej"]
NOTES_SUBIEKT_C = ["płatność przelewem 14 dni", "rabat 5%", "nie wysyłać faktur pocztą",
                   "faktury na adres e-mail", "uwaga: zaległości; blokada sprzedaży",
                   'dostawa: magazyn "B"', "stały klient od 2015", "limit kredytowy 20 000 zł",
                   "płatnik VAT UE", "kontakt: dział zakupów\r\nzamówienia do 12:00", "przedpłata"]
NOTES_SF_P = ["Contacted via website form", "Prefers phone contact", "Newsletter subscriber",
              "Met at trade fair in Poznań", "Referral from existing client", "Interested in premium plan",
              "Zainteresowany ofertą", "Call back after 5pm", "VIP", "Requested quote, see e-mail",
              "Niepełne dane - uzupełnić", 'Said: "call me next week"', "Complaint 2022 resolved.\nKeep an eye."]
NOTES_SF_C = ["Key account", "Payment terms 30 days", "Umowa ramowa do 2025", "Potential upsell",
              'Ask for "purchasing dept."', "Distributor, north region", "Annual review in March",
              "Tender participant, 2023", "Two sites: HQ and warehouse.\nInvoices to HQ."]
BRANCH_NOTES_SUBIEKT = ["import z oddziału Kraków", "karta założona w oddziale Gdańsk",
                        "przeniesiony z programu Symfonia", "import z oddziału Poznań", "założone przez sklep"]
BRANCH_NOTES_SF = ["Imported from old CRM (2019)", "Created from web-to-lead form",
                   "Migrated from HubSpot", "Imported from trade show scanner", "Created by branch office Kraków"]
LEAD_SOURCES = {"Web": 30, "Phone Inquiry": 15, "Partner Referral": 10, "Purchased List": 5,
                "Trade Show": 8, "Word of mouth": 10, "Employee Referral": 4, "Other": 8, "": 10}

SUBIEKT_COLS = ["Symbol", "Nazwa", "Nazwa pełna", "NIP", "REGON", "PESEL", "Ulica", "Nr domu", "Nr lokalu",
                "Kod pocztowy", "Miejscowość", "Kraj", "Telefon", "Telefon 2", "Fax", "E-mail", "WWW",
                "Osoba kontaktowa", "Uwagi", "Typ", "Osoba fizyczna"]
SF_COLS = ["Contact ID", "Salutation", "First Name", "Last Name", "Title", "Account Name", "NIP__c", "Email",
           "Phone", "Mobile", "Mailing Street", "Mailing City", "Mailing State/Province",
           "Mailing Zip/Postal Code", "Mailing Country", "Birthdate", "Lead Source", "Description"]
SHOP_COLS = ["customer_id", "first_name", "last_name", "email", "billing_phone", "billing_company", "NIPCOL",
             "billing_address_1", "billing_address_2", "billing_postcode", "billing_city", "billing_country",
             "date_created", "orders_count", "total_spent", "newsletter"]
NOT_COUNTED = {"subiekt": {"Symbol"}, "salesforce": {"Contact ID", "Lead Source"},
               "shop": {"customer_id", "date_created", "orders_count", "total_spent", "newsletter"}}
TEXT_COLS = {"subiekt": ["Nazwa", "Nazwa pełna", "Ulica", "Miejscowość", "Osoba kontaktowa", "Uwagi"],
             "salesforce": ["First Name", "Last Name", "Title", "Account Name", "Mailing Street",
                            "Mailing City", "Mailing State/Province", "Description"],
             "shop": ["first_name", "last_name", "billing_company", "billing_address_1",
                      "billing_address_2", "billing_city"]}
SPACE_COLS = {"subiekt": ["Nazwa", "Ulica", "Miejscowość"],
              "salesforce": ["First Name", "Last Name", "Account Name", "Mailing Street", "Mailing City"],
              "shop": ["first_name", "last_name", "billing_address_1", "billing_city"]}

# --------------------------------------------------------------------------- identifiers

NIP_W = (6, 5, 7, 2, 3, 4, 5, 6, 7)
REGON9_W = (8, 9, 2, 3, 4, 5, 6, 7)
PESEL_W = (1, 3, 7, 9, 1, 3, 7, 9, 1, 3)


def nip_checkdigit(d9):
    s = sum(int(a) * w for a, w in zip(d9, NIP_W)) % 11
    return None if s == 10 else s


def nip_valid(text):
    d = re.sub(r"\D", "", text)
    return len(d) == 10 and nip_checkdigit(d[:9]) == int(d[9])


def regon_checkdigit(d8):
    return sum(int(a) * w for a, w in zip(d8, REGON9_W)) % 11 % 10


def regon_valid(text):
    return len(text) == 9 and text.isdigit() and regon_checkdigit(text[:8]) == int(text[8])


def pesel_checkdigit(d10):
    return (10 - sum(int(a) * w for a, w in zip(d10, PESEL_W)) % 10) % 10


def pesel_birth(text):
    """Birth date encoded in a PESEL (None when impossible)."""
    yy, mm, dd = int(text[:2]), int(text[2:4]), int(text[4:6])
    century = {0: 1900, 1: 1900, 2: 2000, 3: 2000, 4: 2100, 5: 2100, 6: 2200, 7: 2200, 8: 1800, 9: 1800}[mm // 10]
    month = mm - {1800: 80, 1900: 0, 2000: 20, 2100: 40, 2200: 60}[century]
    try:
        return dt.date(century + yy, month, dd)
    except ValueError:
        return None


def pesel_valid(text):
    return (len(text) == 11 and text.isdigit() and pesel_checkdigit(text[:10]) == int(text[10])
            and pesel_birth(text) is not None)


def de_vat_checkdigit(d8):
    product = 10
    for ch in d8:
        s = (int(ch) + product) % 10
        s = 10 if s == 0 else s
        product = (2 * s) % 11
    c = 11 - product
    return 0 if c == 10 else c


def de_vat_valid(text):
    d = text.replace(" ", "")
    return (len(d) == 11 and d[:2] == "DE" and d[2:].isdigit()
            and de_vat_checkdigit(d[2:10]) == int(d[10]))


def fmt_nip(nip, f):
    if not nip.isdigit():          # foreign VAT id, written as is
        return nip
    a = nip
    dash = f"{a[:3]}-{a[3:6]}-{a[6:8]}-{a[8:]}"
    return {"dash": dash, "plain": a, "PL": "PL" + a, "old": f"{a[:3]}-{a[3:5]}-{a[5:7]}-{a[7:]}",
            "spaces": f"{a[:3]} {a[3:6]} {a[6:8]} {a[8:]}", "PLsp": "PL " + a, "PLdash": "PL " + dash}[f]


def fmt_postcode(pc, f, country):
    if country != "PL":
        return pc
    if f == "dash":
        return pc[:2] + "-" + pc[2:]
    if f == "space":
        return pc[:2] + " " + pc[2:]
    if f == "excel":
        return str(int(pc))
    return pc


def fmt_pl_mobile(d, f):
    a, b, c = d[:3], d[3:6], d[6:]
    return {"plain": d, "sp3": f"{a} {b} {c}", "dash3": f"{a}-{b}-{c}", "p48sp": f"+48 {a} {b} {c}",
            "p48": "+48" + d, "0048": "0048" + d, "0048sp": f"0048 {a} {b} {c}", "48": "48" + d,
            "p48paren": f"(+48) {a}-{b}-{c}", "p48dash": f"+48-{a}-{b}-{c}"}[f]


def fmt_pl_landline(d, f):
    ac, n = d[:2], d[2:]
    a, b, c = n[:3], n[3:5], n[5:]
    return {"plain": d, "sp": f"{ac} {a} {b} {c}", "paren": f"({ac}) {a} {b} {c}",
            "paren_dash": f"({ac}) {a}-{b}-{c}", "zero": f"0{ac} {a} {b} {c}",
            "zero_dash": f"0-{ac} {a}-{b}-{c}", "paren_zero": f"(0-{ac}) {n}",
            "p48": f"+48 {ac} {a} {b} {c}", "p48plain": "+48" + d, "0048": f"0048 {ac} {n}",
            "sp7": f"{ac} {n}"}[f]


def fmt_foreign_phone(ph, f):
    cc, a, s = ph["cc"], ph["a"], ph["n"]
    return {"intl_sp": f"+{cc} {a} {s}", "intl": f"+{cc}{a}{s}", "nat": f"0{a} {s}",
            "00": f"00{cc} {a} {s}", "intl0": f"+{cc} (0){a} {s}"}[f]


def sf_id(counter):
    """18-character Salesforce Contact id (prefix 003) with the case-checksum suffix."""
    alphabet = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"
    tail = ""
    for _ in range(5):
        counter, r = divmod(counter, 62)
        tail = alphabet[r] + tail
    id15 = "0035g00000" + tail
    suffix = ""
    for i in range(3):
        chunk = id15[i * 5:(i + 1) * 5]
        bits = sum(1 << j for j, ch in enumerate(chunk) if "A" <= ch <= "Z")
        suffix += "ABCDEFGHIJKLMNOPQRSTUVWXYZ012345"[bits]
    return id15 + suffix

# --------------------------------------------------------------------------- text noise

PL_BASE = dict(zip("ąćęłńóśźżĄĆĘŁŃÓŚŹŻ", "acelnoszzACELNOSZZ"))
_PL_TABLE = str.maketrans(PL_BASE)


def strip_diacritics(s):
    s = s.translate(_PL_TABLE).replace("ß", "ss").replace("„", '"').replace("”", '"')
    if s.isascii():
        return s
    out = []
    for ch in s:
        if ord(ch) < 128:
            out.append(ch)
            continue
        base = "".join(c for c in unicodedata.normalize("NFKD", ch) if not unicodedata.combining(c))
        out.append(base if base and base.isascii() else ch)      # Cyrillic stays Cyrillic
    return "".join(out)


def has_diacritics(s):
    return strip_diacritics(s) != s


def slug(s):
    for a, b in (("ä", "ae"), ("ö", "oe"), ("ü", "ue"), ("Ä", "Ae"), ("Ö", "Oe"), ("Ü", "Ue")):
        s = s.replace(a, b)
    return re.sub(r"[^a-z0-9]+", "", strip_diacritics(s).lower())


KB_ROWS = ("qwertyuiop", "asdfghjkl", "zxcvbnm")
KB_NEIGH = {}
for _r, _row in enumerate(KB_ROWS):
    for _i, _ch in enumerate(_row):
        _nb = [_row[j] for j in (_i - 1, _i + 1) if 0 <= j < len(_row)]
        if _r > 0:
            _nb += [KB_ROWS[_r - 1][j] for j in (_i, _i + 1) if 0 <= j < len(KB_ROWS[_r - 1])]
        if _r < 2:
            _nb += [KB_ROWS[_r + 1][j] for j in (_i - 1, _i) if 0 <= j < len(KB_ROWS[_r + 1])]
        KB_NEIGH[_ch] = _nb
ORTHO = (("rz", "ż"), ("ż", "rz"), ("ó", "u"), ("u", "ó"), ("ch", "h"), ("h", "ch"),
         ("ą", "on"), ("ę", "en"), ("ii", "i"), ("ji", "i"))


def typo(s, rng, ascii_only=False):
    """One realistic typing error; the first character is kept."""
    n = len(s)
    if n < 2:
        return s + s
    letters = [i for i in range(1, n) if s[i].isalpha()] or list(range(1, n))
    ops = ["sub", "del", "dup", "swap"] + ([] if ascii_only else ["altgr", "ortho"])
    wts = [30, 22, 14, 22] + ([] if ascii_only else [12, 10])
    for _ in range(20):
        op = rng.choices(ops, wts)[0]
        i = rng.choice(letters)
        if op == "sub":
            c = s[i]
            nb = KB_NEIGH.get(PL_BASE.get(c.lower(), c.lower()))
            if not nb:
                continue
            r = rng.choice(nb)
            out = s[:i] + (r.upper() if c.isupper() else r) + s[i + 1:]
        elif op == "del":
            if n <= 2:
                continue
            out = s[:i] + s[i + 1:]
        elif op == "dup":
            out = s[:i] + s[i] + s[i:]
        elif op == "swap":
            if i + 1 >= n or not s[i + 1].isalpha() or s[i] == s[i + 1]:
                continue
            out = s[:i] + s[i + 1] + s[i] + s[i + 2:]
        elif op == "altgr":
            pos = [j for j in range(n) if s[j] in PL_BASE]
            if not pos:
                continue
            j = rng.choice(pos)
            out = s[:j] + PL_BASE[s[j]] + s[j + 1:]
        else:
            low = s.lower()
            cands = [(a, b) for a, b in ORTHO if a in low[1:]]
            if not cands:
                continue
            a, b = rng.choice(cands)
            j = low.index(a, 1)
            out = s[:j] + (b.upper() if s[j].isupper() else b) + s[j + len(a):]
        if out != s and out.strip():
            return out
    return s + s[-1]


def email_typo(e, rng):
    local, _, dom = e.partition("@")
    r = rng.random()
    if r < 0.35 and dom in DOMAIN_TYPOS:
        return local + "@" + rng.choice(DOMAIN_TYPOS[dom])
    if r < 0.5 and "." in local:
        i = local.index(".")
        return local[:i] + local[i + 1:] + "@" + dom
    if r < 0.56:
        return local + "@" + dom.replace(".", ",", 1)
    return typo(local, rng, ascii_only=True) + "@" + dom


def smart_title(s):
    return "-".join(" ".join(w[:1].upper() + w[1:].lower() for w in part.split(" ")) for part in s.split("-"))


def age_at(birth, today=TODAY):
    return today.year - birth.year - ((today.month, today.day) < (birth.month, birth.day))

# --------------------------------------------------------------------------- mutation weights

MUT_P = {"translit": 12, "married": 4, "diminutive": 5, "moved": 5, "new_phone": 6, "new_email": 6,
         "name_typo": 12, "addr_typo": 3, "email_typo": 4, "phone_typo": 2, "swap_names": 4, "case": 5,
         "ascii": 8, "spaces": 4, "phone_format": 8, "postcode_format": 4, "street_format": 7,
         "city_variant": 3, "country_variant": 2, "osoba_flag": 2, "branch_note": 2, "missing": 10}
MUT_C = {"contact_change": 3, "moved": 3, "new_phone": 4, "new_email": 4, "name_typo": 7, "addr_typo": 2,
         "email_typo": 3, "phone_typo": 2, "id_typo": 2, "lf_variant": 12, "lf_drop": 10, "quotes": 7,
         "descriptor": 5, "case": 6, "ascii": 5, "spaces": 4, "phone_format": 6, "nip_format": 9,
         "postcode_format": 3, "street_format": 6, "city_variant": 2, "country_variant": 2,
         "branch_note": 2, "missing": 10}
MUT_STYLE = {  # multiplicative adjustments per style
    "subiekt": {"id_typo": 0, "case": 1.2},
    "salesforce": {"osoba_flag": 0, "country_variant": 2, "city_variant": 1.5},
    "shop": {"osoba_flag": 0, "branch_note": 0, "new_email": 3, "case": 1.6, "ascii": 1.3, "swap_names": 1.5,
             "country_variant": 0.5},
}
APPLY_ORDER = ["translit", "married", "diminutive", "contact_change", "moved", "new_phone", "new_email",
               "name_typo", "addr_typo", "email_typo", "phone_typo", "id_typo", "swap_names", "lf_variant",
               "lf_drop", "quotes", "descriptor", "case", "ascii", "spaces", "phone_format", "nip_format",
               "postcode_format", "street_format", "city_variant", "country_variant", "osoba_flag",
               "branch_note", "missing"]
LIFE = {"moved", "new_phone", "new_email", "married", "contact_change"}
MISSING_FIELDS = {
    ("subiekt", "P"): ["email", "mobile", "landline", "pesel", "postcode", "country", "flat", "notes"],
    ("subiekt", "C"): ["nip", "regon", "email", "www", "landline", "mobile", "fax", "contact", "postcode",
                       "notes", "fullname", "country"],
    ("salesforce", "P"): ["email", "mobile", "landline", "birth", "street", "postcode", "state", "country",
                          "salutation", "notes", "flat"],
    ("salesforce", "C"): ["nip", "email", "mobile", "landline", "title", "postcode", "state", "country", "notes"],
    ("shop", "P"): ["phone", "postcode", "flat", "country", "street"],
    ("shop", "C"): ["nip", "company", "phone", "postcode", "flat"],
}
PRES_KEYS = ["email", "mobile", "landline", "phone", "pesel", "birth", "nip", "regon", "fax", "www", "contact",
             "fullname", "street", "flat", "postcode", "city", "country", "state", "notes", "salutation",
             "title", "company"]

# format weights per style
FMT_W = {
    "subiekt": {
        "mfmt": {"plain": 25, "sp3": 30, "dash3": 22, "p48sp": 8, "p48": 5, "0048": 3, "48": 2,
                 "p48paren": 2, "0048sp": 2, "p48dash": 1},
        "lfmt": {"plain": 12, "sp": 22, "paren": 12, "paren_dash": 14, "zero": 8, "zero_dash": 8,
                 "paren_zero": 8, "p48": 6, "p48plain": 3, "0048": 3, "sp7": 4},
        "ffmt": {"intl_sp": 50, "intl": 15, "00": 25, "intl0": 10},
        "pc": {"dash": 93, "plain": 4, "space": 2, "excel": 1},
        "prefix": [60, 22, 4, 8, 4, 2],
        "nip": {"dash": 45, "plain": 28, "PL": 10, "old": 7, "spaces": 4, "PLsp": 3, "PLdash": 3},
        "ascii": 0.05, "case_p": {None: 84, "upper_last": 5, "upper": 11},
        "case_c": {None: 80, "upper_core": 14, "upper": 6},
    },
    "salesforce": {
        "mfmt": {"p48sp": 35, "p48": 15, "sp3": 20, "plain": 10, "dash3": 5, "0048sp": 5, "p48dash": 5,
                 "48": 3, "p48paren": 2},
        "lfmt": {"p48": 35, "p48plain": 10, "sp": 20, "paren": 10, "paren_dash": 8, "plain": 7, "0048": 5,
                 "zero": 5},
        "ffmt": {"intl_sp": 55, "intl": 20, "00": 10, "intl0": 10, "nat": 5},
        "pc": {"dash": 92, "plain": 5, "space": 2, "excel": 1},
        "prefix": [65, 20, 3, 7, 3, 2],
        "nip": {"plain": 40, "PL": 25, "dash": 25, "PLsp": 5, "spaces": 5},
        "ascii": 0.05, "case_p": {None: 95, "upper_last": 3, "upper": 2},
        "case_c": {None: 85, "upper_core": 10, "upper": 5},
    },
    "shop": {
        "mfmt": {"plain": 35, "sp3": 20, "p48": 15, "p48sp": 8, "48": 6, "0048": 5, "dash3": 8, "0048sp": 2,
                 "p48dash": 1},
        "lfmt": {"plain": 35, "sp": 20, "p48plain": 10, "p48": 10, "paren": 5, "zero": 10, "sp7": 10},
        "ffmt": {"intl": 40, "intl_sp": 30, "00": 15, "nat": 15},
        "pc": {"dash": 88, "plain": 8, "space": 3, "excel": 1},
        "prefix": [45, 35, 3, 10, 5, 2],
        "nip": {"plain": 55, "PL": 20, "dash": 20, "spaces": 5},
        "ascii": 0.2, "case_p": {None: 88, "lower": 8, "upper": 3, "upper_last": 1},
        "case_c": {None: 75, "upper_core": 10, "upper": 10, "title_core": 5},
    },
}


class Row:
    __slots__ = ("client", "rec", "fmt", "pres", "mutations", "data", "extra", "first", "order_key")

    def __init__(self, client, rec, fmt, pres, mutations, first):
        self.client, self.rec, self.fmt, self.pres = client, rec, fmt, pres
        self.mutations, self.first = mutations, first
        self.data, self.extra, self.order_key = None, {}, None


class Result:
    def __init__(self, style, header, rows, groups, n_clients, encoding, delimiter, quoting, lineterminator):
        self.style, self.header, self.rows, self.groups = style, header, rows, groups
        self.n_clients = n_clients
        self.encoding, self.delimiter, self.quoting, self.lineterminator = encoding, delimiter, quoting, lineterminator

    def counts(self):
        per = {}
        for r in self.rows:
            per[r["entity_id"]] = per.get(r["entity_id"], 0) + 1
        pairs = sum(k * (k - 1) // 2 for k in per.values())
        return dict(clients=self.n_clients, rows=len(self.rows), re_entries=len(self.rows) - self.n_clients,
                    true_pairs=pairs, hard_negative_groups=len(self.groups))

    def summary(self):
        c = self.counts()
        return ("clients={clients} rows={rows} re_entries={re_entries} true_pairs={true_pairs} "
                "hard_negative_groups={hard_negative_groups}").format(**c)


class Generator:
    def __init__(self, n_clients, seed, style):
        if style not in STYLES:
            raise ValueError(f"STYLE must be one of {', '.join(STYLES)}")
        if n_clients < 1:
            raise ValueError("CLIENTS must be >= 1")
        self.n, self.seed, self.style = n_clients, seed, style
        self.rng = random.Random(f"crm_exports|{style}|{seed}")
        self.used = {k: set() for k in ("nip", "regon", "pesel", "phone", "email", "domain", "symbol")}
        self.city_w = [c[3] for c in CITIES]
        self.W = FMT_W[style]
        self.sf_date = "mdy" if seed % 2 else "iso"
        self.sf_account = ("household", "name", "blank")[seed % 3]
        self.shop_nip_col = "billing_nip" if seed % 2 else "vat_number"
        self.shop_news = ("yes", "no") if (seed // 2) % 2 == 0 else ("1", "0")

    # ------------------------------------------------------------------ random helpers
    def ch(self, p):
        return self.rng.random() < p

    def wpick(self, d):
        keys = list(d)
        return self.rng.choices(keys, [d[k] for k in keys])[0]

    def pick_city(self):
        return self.rng.choices(CITIES, self.city_w)[0]

    # ------------------------------------------------------------------ identifiers
    def new_nip(self):
        while True:
            d9 = str(self.rng.randint(101, 999)) + f"{self.rng.randrange(10 ** 6):06d}"
            c = nip_checkdigit(d9)
            if c is not None and d9 + str(c) not in self.used["nip"]:
                self.used["nip"].add(d9 + str(c))
                return d9 + str(c)

    def new_regon(self):
        while True:
            d8 = f"{self.rng.randrange(10 ** 8):08d}"
            r = d8 + str(regon_checkdigit(d8))
            if r not in self.used["regon"]:
                self.used["regon"].add(r)
                return r

    def new_pesel(self, birth, sex):
        mm = birth.month + {18: 80, 19: 0, 20: 20, 21: 40, 22: 60}[birth.year // 100]
        while True:
            d10 = (f"{birth.year % 100:02d}{mm:02d}{birth.day:02d}{self.rng.randrange(1000):03d}"
                   + self.rng.choice("13579" if sex == "M" else "02468"))
            p = d10 + str(pesel_checkdigit(d10))
            if p not in self.used["pesel"]:
                self.used["pesel"].add(p)
                return p

    def new_de_vat(self):
        while True:
            d8 = str(self.rng.randint(1, 9)) + f"{self.rng.randrange(10 ** 7):07d}"
            v = "DE" + d8 + str(de_vat_checkdigit(d8))
            if v not in self.used["nip"]:
                self.used["nip"].add(v)
                return v

    # ------------------------------------------------------------------ phones
    def _reg_phone(self, ph):
        key = (ph["cc"], ph.get("a", ""), ph["n"])
        if key in self.used["phone"]:
            return False
        self.used["phone"].add(key)
        return True

    def mobile(self, country="PL"):
        rng = self.rng
        while True:
            if country == "PL":
                ph = {"cc": "48", "t": "m",
                      "n": rng.choice(MOBILE_PREFIXES) + str(rng.randrange(10)) + f"{rng.randrange(10 ** 6):06d}"}
            elif country == "DE":
                ph = {"cc": "49", "t": "f", "a": rng.choice(DE_MOBILE), "n": f"{rng.randrange(10 ** 7, 10 ** 8)}"}
            elif country == "GB":
                ph = {"cc": "44", "t": "f", "a": rng.choice(GB_MOBILE), "n": f"{rng.randrange(10 ** 5, 10 ** 6)}"}
            else:
                ph = {"cc": "380", "t": "f", "a": rng.choice(UA_MOBILE), "n": f"{rng.randrange(10 ** 6, 10 ** 7)}"}
            if self._reg_phone(ph):
                return ph

    def landline(self, addr):
        rng = self.rng
        c = addr["country"]
        while True:
            if c == "PL":
                ph = {"cc": "48", "t": "l", "n": addr["area"] + str(rng.randint(2, 8)) + f"{rng.randrange(10 ** 6):06d}"}
            else:
                area = addr["area"]
                length = addr.get("sublen") or (10 - len(area) if c == "DE" else 7)
                ph = {"cc": CC[c], "t": "f", "a": area,
                      "n": str(rng.randint(2, 9)) + f"{rng.randrange(10 ** (length - 1)):0{length - 1}d}"}
            if self._reg_phone(ph):
                return ph

    def phone_str(self, ph, f):
        if not ph:
            return ""
        if ph["cc"] == "48":
            return fmt_pl_mobile(ph["n"], f["mfmt"]) if ph["t"] == "m" else fmt_pl_landline(ph["n"], f["lfmt"])
        return fmt_foreign_phone(ph, f["ffmt"])

    # ------------------------------------------------------------------ addresses
    def house_no(self):
        r = self.rng.random()
        n = self.rng.randint(1, 30) if r < 0.6 else self.rng.randint(31, 120) if r < 0.95 else self.rng.randint(121, 260)
        return str(n) + (self.rng.choice("ABCD") if self.ch(0.07) else "")

    def flat_no(self):
        r = self.rng.random()
        return str(self.rng.randint(1, 20) if r < 0.55 else self.rng.randint(21, 80) if r < 0.9 else self.rng.randint(81, 200))

    def postcode(self, city):
        ranges = city[4]
        lo, hi = self.rng.choices(ranges, [h - l + 1 for l, h in ranges])[0]
        return f"{self.rng.randint(lo, hi):05d}"

    def pl_address(self, company=False, city=None, rural_ok=True):
        rng = self.rng
        c = city or self.pick_city()
        base = dict(country="PL", city=c[0], post_city=c[0], region=c[1], area=c[2], rural=False,
                    kind=None, short=None, full=None, house=self.house_no(), flat="", postcode=self.postcode(c))
        if not company and rural_ok and c[3] < 250 and self.ch(0.08):
            base.update(rural=True, city=rng.choice(VILLAGES))
            return base
        r = rng.random()
        if company and r < 0.35:
            kind, short, full = "ul", rng.choice(INDUSTRIAL), None
        elif r < 0.55:
            kind, short, full = "ul", rng.choice(STREETS_PLAIN), None
        elif r < 0.80:
            kind, (short, full) = "ul", rng.choice(PATRONS)
        elif r < 0.88:
            kind, short, full = "ul", rng.choice(STREETS_MULTI), None
        elif r < 0.93:
            kind, short, full = "al", rng.choice(ALEJE), None
        elif r < 0.96:
            kind, short, full = "pl", rng.choice(PLACE), None
        else:
            kind, short, full = "os", rng.choice(OSIEDLA), None
        base.update(kind=kind, short=short, full=full)
        if company:
            base["flat"] = str(rng.randint(1, 25)) if self.ch(0.25) else ""
        else:
            base["flat"] = self.flat_no() if self.ch(0.9 if kind == "os" else 0.6) else ""
        return base

    def foreign_address(self, country, company=False):
        rng = self.rng
        if country == "DE":
            city, (lo, hi), region, area = rng.choice(DE_CITIES)
            return dict(country="DE", city=city, region=region, area=area, street=rng.choice(DE_STREETS),
                        house=str(rng.randint(1, 120)), flat="", postcode=f"{rng.randint(lo, hi):05d}",
                        rural=False, kind=None)
        if country == "GB":
            city, outs, region, area, sublen = rng.choice(GB_CITIES)
            pc = f"{rng.choice(outs)} {rng.randint(1, 9)}{rng.choice('ABDEFGHJLNPQRSTUWXYZ')}{rng.choice('ABDEFGHJLNPQRSTUWXYZ')}"
            return dict(country="GB", city=city, region=region, area=area, sublen=sublen,
                        street=rng.choice(GB_STREETS), house=str(rng.randint(1, 200)),
                        flat=str(rng.randint(1, 30)) if (not company and self.ch(0.25)) else "",
                        postcode=pc, rural=False, kind=None)
        city, (lo, hi), region, area = rng.choice(UA_CITIES)
        kind, street = rng.choice(UA_STREETS)
        return dict(country="UA", city=city, region=region, area=area, kind=kind, street=street,
                    house=str(rng.randint(1, 150)), flat=str(rng.randint(1, 180)) if (not company and self.ch(0.6)) else "",
                    postcode=f"{rng.randint(lo, hi):05d}", rural=False)

    def address(self, country, company=False, city=None):
        return self.pl_address(company, city) if country == "PL" else self.foreign_address(country, company)

    # ------------------------------------------------------------------ persons
    def random_age(self):
        lo, hi = self.rng.choices([(18, 29), (30, 44), (45, 59), (60, 74), (75, 90)], [18, 30, 25, 20, 7])[0]
        return self.rng.randint(lo, hi)

    def birth_for_age(self, age):
        d = TODAY - dt.timedelta(days=int(age * 365.25) + self.rng.randint(1, 364))
        return d

    def pick_first(self, sex, nat):
        rng = self.rng
        if nat == "PL":
            return (rng.choices(MALE_FIRST, W_MALE)[0] if sex == "M" else rng.choices(FEMALE_FIRST, W_FEMALE)[0]), None
        if nat == "UA":
            forms = rng.choice(UA_MALE if sex == "M" else UA_FEMALE)
            return forms[2], forms
        if nat == "DE":
            return rng.choice(DE_MALE if sex == "M" else DE_FEMALE), None
        return rng.choice(GB_MALE if sex == "M" else GB_FEMALE), None

    def pick_last(self, nat):
        rng = self.rng
        if nat == "PL":
            return rng.choices(SURNAMES, W_SURN)[0], None
        if nat == "UA":
            forms = rng.choice(UA_SURN)
            return forms[2], forms
        return rng.choice(DE_SURN if nat == "DE" else GB_SURN), None

    def person_email(self, first, last, birth, country, avoid=None):
        rng = self.rng
        f, l = slug(first), slug(last)
        yy, yyyy = f"{birth.year % 100:02d}", str(birth.year)
        dims = DIMINUTIVES.get(first)
        pats = {f"{f}.{l}": 30, f"{f}{l}": 10, f"{f[0]}{l}": 10, f"{f[0]}.{l}": 8, f"{l}.{f}": 6,
                f"{l}{f[0]}": 4, f"{f}_{l}": 4, f"{f}.{l}{yy}": 6, f"{f}{yy}": 5, f"{l}{yyyy}": 3,
                f"{f}{l[:3]}": 2, f"{l}{rng.randint(1, 99)}": 3}
        if dims:
            pats[f"{slug(rng.choice(dims))}{yy}"] = 4
        doms = MAIL_DOMAINS.get(country, MAIL_DOMAINS["PL"])
        for attempt in range(50):
            local = self.wpick(pats)
            dom = self.wpick(doms)
            if attempt > 3:
                local += str(rng.randint(1, 999))
            e = f"{local}@{dom}"
            if e not in self.used["email"] and e != avoid:
                self.used["email"].add(e)
                return e
        raise RuntimeError("e-mail space exhausted")

    def salutation(self, sex, nat):
        rng = self.rng
        if self.ch(0.03):
            return rng.choice(["Dr.", "Prof."])
        if nat == "PL" and self.ch(0.12):
            return "Pan" if sex == "M" else "Pani"
        if nat == "DE" and self.ch(0.3):
            return "Herr" if sex == "M" else "Frau"
        return "Mr." if sex == "M" else rng.choice(["Ms.", "Ms.", "Mrs."])

    def new_person(self, nat="PL", res=None, sex=None, first=None, last_base=None, birth=None, age=None,
                   addr=None, landline="auto", city=None):
        rng = self.rng
        res = res or ("PL" if nat in ("PL", "UA") else nat)
        sex = sex or ("F" if rng.random() < 0.52 else "M")
        first_forms = last_forms = None
        if first is None:
            first, first_forms = self.pick_first(sex, nat)
        if last_base is None:
            last_base, last_forms = self.pick_last(nat)
        last = fem(last_base) if (nat == "PL" and sex == "F") else last_base
        birth = birth or self.birth_for_age(age if age is not None else self.random_age())
        a = age_at(birth)
        addr = addr or self.address(res, city=city)
        if landline == "auto":
            landline = self.landline(addr) if self.ch(0.55 if a >= 60 else 0.3 if a >= 40 else 0.1) else None
        mobile = self.mobile(res) if (self.ch(0.96 if a < 75 else 0.75) or landline is None) else None
        email_first = first_forms[1] if first_forms else first
        email_last = last_forms[1] if last_forms else last
        p = dict(kind="P", sex=sex, nat=nat, res=res, first=first, truth_first=first, first_forms=first_forms,
                 last=last, last_base=last_base, last_forms=last_forms, birth=birth,
                 pesel=self.new_pesel(birth, sex) if res == "PL" else None, addr=addr, mobile=mobile,
                 landline=landline, salutation=self.salutation(sex, nat), title=None,
                 email=self.person_email(email_first, email_last, birth, res), note=self.note("P"),
                 prefer_landline=False, nip=None)
        return p

    def note(self, kind):
        rng = self.rng
        if self.style == "subiekt":
            return rng.choice(NOTES_SUBIEKT_P if kind == "P" else NOTES_SUBIEKT_C)
        if self.style == "salesforce":
            return rng.choice(NOTES_SF_P if kind == "P" else NOTES_SF_C)
        return None

    # ------------------------------------------------------------------ companies
    def coined_core(self):
        rng = self.rng
        p, s = rng.choice(CORE_PRE), rng.choice(CORE_SUF)
        form = self.wpick({"join": 60, "hyphen": 25, "upper": 15})
        if form == "hyphen":
            return f"{p}-{s.capitalize()}"
        if form == "upper":
            return (p + s).upper()
        return p + s

    def owner(self, nat="PL"):
        sex = "F" if self.ch(0.35) else "M"
        first, _ = self.pick_first(sex, nat)
        base, _ = self.pick_last(nat)
        return dict(first=first, last=fem(base) if sex == "F" and nat == "PL" else base, sex=sex, nat=nat)

    def company_domain(self, c):
        rng = self.rng
        country = c["country"]
        stem = slug(c["core"]) if c["core"] else (slug(c["owners"][0]["last"]) + "-" + slug(c["trade"].split()[0]))
        stem = stem[:20] or "firma"
        tld = self.wpick({"PL": {".pl": 60, ".com.pl": 25, ".com": 8, ".eu": 4, ".net.pl": 3},
                          "DE": {".de": 85, ".com": 15}, "GB": {".co.uk": 80, ".com": 20},
                          "UA": {".com.ua": 50, ".ua": 30, ".com": 20}}[country])
        city_slug = slug(c["addr"]["city"])[:10]
        for cand in [stem + tld, f"{stem}-{city_slug}{tld}", f"{stem}24{tld}", f"{stem}-{rng.randint(2, 99)}{tld}"]:
            if cand not in self.used["domain"]:
                self.used["domain"].add(cand)
                return cand
        while True:
            cand = f"{stem}{rng.randint(100, 9999)}{tld}"
            if cand not in self.used["domain"]:
                self.used["domain"].add(cand)
                return cand

    def unique_email(self, local, domain):
        e = f"{local}@{domain}"
        k = 2
        while e in self.used["email"]:
            e = f"{local}{k}@{domain}"
            k += 1
        self.used["email"].add(e)
        return e

    def company_mailbox(self, c, avoid=()):
        box = self.wpick(MAILBOX[c["country"]])
        for _ in range(10):
            if f"{box}@{c['domain']}" not in avoid:
                break
            box = self.wpick(MAILBOX[c["country"]])
        return self.unique_email(box, c["domain"])

    def free_company_email(self, c):
        base = slug(c["core"]) if c["core"] else slug(c["owners"][0]["last"]) + "." + slug(c["trade"].split()[0])
        if c["desc"] is not None and self.ch(0.4):
            base = slug(DESCRIPTORS[c["desc"]][1]) + "." + base
        return self.unique_email(base or "firma", self.wpick(MAIL_DOMAINS[c["country"]]))

    def contact_email(self, c, ct):
        if not c["domain"]:
            return c["email"]
        f, l = slug(ct["first"]), slug(ct["last"])
        local = self.wpick({f"{f}.{l}": 50, f"{f[0]}.{l}": 25, f"{f[0]}{l}": 15, f: 10})
        return self.unique_email(local, c["domain"])

    def title_for(self, ct, country):
        if country != "PL":
            return self.rng.choice(TITLES_FOREIGN[country])
        t = self.wpick(TITLES_PL)
        if t == "KSIEG":
            return "Główna Księgowa" if ct["sex"] == "F" else "Główny Księgowy"
        if t == "OWNER":
            return "Właścicielka" if ct["sex"] == "F" else "Właściciel"
        return t

    def new_company(self, country="PL", lf=None, core=None, addr=None, domain=None, own_domain=False,
                    landline="auto", city=None, avoid_mail=()):
        rng = self.rng
        c = dict(kind="C", country=country, res=country, nat=country, desc=None, trade=None, core=None,
                 quotable=False, owners=[], full_upper=self.ch(0.3), prefer_landline=False, first_forms=None)
        if country == "PL":
            lf = lf or self.wpick(PL_LF_W)
            if core is not None:
                c["core"], c["quotable"] = core, True
                if lf == "sc" or self.ch(0.12):
                    c["desc"] = rng.randrange(len(DESCRIPTORS))
                if lf == "jdg":
                    c["owners"] = [self.owner()]
                elif lf == "sc":
                    c["owners"] = [self.owner(), self.owner()]
            elif lf == "jdg":
                c["owners"] = [self.owner()]
                st = self.wpick({"trade": 50, "desc": 30, "core": 20})
                if st == "trade":
                    c["trade"] = rng.choice(TRADES)
                else:
                    c["core"], c["quotable"] = self.coined_core(), True
                    if st == "desc":
                        c["desc"] = rng.randrange(len(DESCRIPTORS))
            elif lf in ("spj", "spk", "spzoospk") and self.ch(0.5):
                c["core"] = f"{rng.choices(SURNAMES, W_SURN)[0]} {rng.choice(PARTNER_TAIL)}"
                if self.ch(0.3):
                    c["trade"] = rng.choice(["Kancelaria Prawna", "Biuro Projektowe", "Auto-Serwis",
                                             "Kancelaria Doradztwa Podatkowego", "Hurtownia"])
            elif lf == "sc":
                c["core"], c["quotable"] = self.coined_core(), True
                c["desc"] = rng.randrange(len(DESCRIPTORS)) if self.ch(0.6) else None
                c["owners"] = [self.owner(), self.owner()]
            else:
                k = self.wpick({"coined": 72, "english": 18, "surname": 10})
                if k == "coined":
                    c["core"], c["quotable"] = self.coined_core(), True
                    if self.ch(0.15 if lf == "spzoo" else 0.05):
                        c["desc"] = rng.randrange(len(DESCRIPTORS))
                elif k == "english":
                    c["core"], c["quotable"] = f"{rng.choice(EN_ADJ)} {rng.choice(EN_NOUN)}", True
                else:
                    c["core"] = f"{rng.choices(SURNAMES, W_SURN)[0]} {rng.choice(PARTNER_TAIL)}"
        elif country == "DE":
            lf = lf or self.wpick({"gmbh": 65, "gmbhcokg": 20, "ag": 15})
            c["core"] = (f"{rng.choice(DE_SURN)} {rng.choice(DE_BRANCH)}" if self.ch(0.6)
                         else f"{rng.choice(DE_COINED)} {rng.choice(DE_BRANCH)}")
        elif country == "GB":
            lf = lf or self.wpick({"ltd": 90, "plc": 10})
            c["core"] = (f"{rng.choice(GB_SURN)} & Sons" if self.ch(0.3)
                         else f"{rng.choice(GB_PLACE)} {rng.choice(GB_NOUN)}")
        else:
            lf = "tov"
            c["core"], c["quotable"] = rng.choice(UA_CORES), True
        c["lf"] = lf
        c["addr"] = addr or self.address(country, company=True, city=city)
        if country == "PL":
            c["nip"], c["regon"] = self.new_nip(), self.new_regon()
        else:
            c["nip"] = self.new_de_vat() if (country == "DE" and self.ch(0.8)) else None
            c["regon"] = None
        c["landline"] = self.landline(c["addr"]) if landline == "auto" else landline
        c["fax"] = None
        if country == "PL" and c["landline"] and self.ch(0.25):
            n = c["landline"]["n"]
            fax = dict(c["landline"], n=n[:-1] + str((int(n[-1]) + 1) % 10))
            c["fax"] = fax if self._reg_phone(fax) else None
        ct = c["owners"][0] if (lf == "jdg" and self.ch(0.8)) else self.owner(country if country != "GB" else "GB")
        c["contact"] = ct
        c["title"] = self.title_for(ct, country)
        c["mobile"] = self.mobile(country)
        free_p = {"jdg": 0.65, "sc": 0.4, "spj": 0.2}.get(lf, 0.06) if country == "PL" else 0.05
        if domain:
            c["domain"] = domain
        elif own_domain or not self.ch(free_p):
            c["domain"] = self.company_domain(c)
        else:
            c["domain"] = None
        c["email"] = self.company_mailbox(c, avoid_mail) if c["domain"] else self.free_company_email(c)
        c["cemail"] = self.contact_email(c, ct) if (c["domain"] and self.ch(0.75)) else c["email"]
        c["www"] = ("www." + c["domain"]) if (c["domain"] and self.ch(0.8)) else None
        c["typ"] = "Dostawca" if self.ch(0.8 if country != "PL" else 0.18) else "Odbiorca"
        c["note"] = self.note("C")
        c["pesel"] = None
        return c

    # ------------------------------------------------------------------ hard negatives
    def hn_household(self):
        rng = self.rng
        addr = self.pl_address()
        h_age = rng.randint(28, 80)
        ll = self.landline(addr) if self.ch(0.75) else None
        husband = self.new_person(sex="M", age=h_age, addr=addr, landline=ll)
        w_age = max(20, h_age + rng.randint(-8, 4))
        r = rng.random()
        if r < 0.85:
            wl = husband["last_base"]
        else:
            own = self.pick_last("PL")[0]
            wl = own if r < 0.93 else f"{own}-{husband['last_base']}"
        wife = self.new_person(sex="F", age=w_age, addr=copy.deepcopy(addr), landline=ll, last_base=wl)
        if self.style != "shop" and self.ch(0.15):
            local = self.wpick({slug(plural_surname(husband["last_base"])): 40,
                                f"{slug(husband['first'])}.{slug(wife['first'])}": 30,
                                f"dom.{slug(plural_surname(husband['last_base']))}": 30})
            fam = self.unique_email(local, self.wpick(MAIL_DOMAINS["PL"]))
            husband["email"] = wife["email"] = fam
        if self.style == "shop" and ll and self.ch(0.5):
            husband["prefer_landline"] = wife["prefer_landline"] = True
        return "household", [husband, wife]

    def hn_namesake(self):
        rng = self.rng
        sex = "F" if self.ch(0.5) else "M"
        first = rng.choice(MALE_FIRST[:12] if sex == "M" else FEMALE_FIRST[:12])
        last_base = rng.choice(SURNAMES[:25])
        k = 3 if self.ch(0.2) else 2
        cities = []
        while len(cities) < k:
            c = self.pick_city()
            if c not in cities:
                cities.append(c)
        close = self.ch(0.3)
        age0 = self.random_age()
        members = [self.new_person(sex=sex, first=first, last_base=last_base, city=c,
                                   age=min(90, max(18, age0 + rng.randint(-2, 2))) if close else None)
                   for c in cities]
        return "namesake", members

    def hn_parent_child(self, rel):
        rng = self.rng
        sex = "M" if rel == "father_son" else "F"
        p_age = rng.randint(48, 82)
        c_age = max(18, p_age - rng.randint(22, 36))
        same = self.ch(0.65 if sex == "M" else 0.55)
        addr = self.pl_address(rural_ok=True)
        ll = self.landline(addr) if self.ch(0.6) else None
        parent = self.new_person(sex=sex, age=p_age, addr=addr, landline=ll)
        base = parent["last_base"]
        if sex == "F" and self.ch(0.2):
            base = self.pick_last("PL")[0]              # a married daughter
        first = parent["first"] if self.ch(0.35 if sex == "M" else 0.1) else None
        if same:
            child = self.new_person(sex=sex, age=c_age, addr=copy.deepcopy(addr), landline=ll,
                                    last_base=base, first=first)
        else:
            child = self.new_person(sex=sex, age=c_age, last_base=base, first=first,
                                    city=CITY_BY_NAME[addr["post_city"]])
        return rel, [parent, child]

    def hn_company_group(self):
        rng = self.rng
        core = self.coined_core()
        parent = self.new_company(lf=rng.choice(["spzoo", "spzoo", "sa"]), core=core, own_domain=True)
        k = 3 if self.ch(0.15) else 2
        members = [parent]
        suffixes = rng.sample(GROUP_SUFFIX, k - 1)
        for sfx in suffixes:
            addr = copy.deepcopy(parent["addr"])
            if self.ch(0.3):
                addr["flat"] = str(rng.randint(1, 25))
            ll = parent["landline"] if self.ch(0.5) else "auto"
            sib = self.new_company(lf=self.wpick({"spzoo": 60, "sa": 10, "spk": 10, "spzoospk": 20}),
                                   core=f"{core} {sfx}", addr=addr, domain=parent["domain"], landline=ll,
                                   avoid_mail=[m["email"] for m in members])
            sib["www"] = parent["www"]
            members.append(sib)
        return "company_group", members

    def hn_company_namesake(self):
        core = self.coined_core()
        a = self.new_company(core=core)
        while True:
            city = self.pick_city()
            if city[0] != a["addr"]["city"]:
                break
        lf = a["lf"] if self.ch(0.5) else None
        b = self.new_company(core=core, city=city, lf=lf)
        return "company_namesake", [a, b]

    # ------------------------------------------------------------------ record drawing
    def draw_fmt(self, r):
        rng, W, s = self.rng, self.W, self.style
        P = r["kind"] == "P"
        f = dict(swap=False, spaces=None, combined=False, comb_sep=rng.choice([", ", "; ", " / ", " lub "]),
                 city_alias=None, osoba_wrong=False, lf_drop=False)
        f["order"] = "LF" if self.ch(0.65) else "FL"
        f["pelna"] = self.wpick({"FL": 40, "same": 30, "blank": 30})
        f["ascii"] = self.ch(W["ascii"])
        f["case"] = self.wpick(W["case_p"] if P else W["case_c"])
        if s == "shop" and self.ch(0.03):
            f["spaces"] = (rng.random(), "trail")
        if s == "shop" and P and self.ch(0.01):
            f["swap"] = True
        if r.get("first_forms"):
            if s == "subiekt":
                f["translit"] = "pl" if self.ch(0.7) else "en"
            elif s == "salesforce":
                f["translit"] = self.wpick({"en": 55, "pl": 40, "cyr": 5 if r["res"] == "UA" else 0})
            else:
                f["translit"] = self.wpick({"pl": 45, "en": 40, "cyr": 15})
        else:
            f["translit"] = None
        f["mfmt"], f["lfmt"], f["ffmt"] = self.wpick(W["mfmt"]), self.wpick(W["lfmt"]), self.wpick(W["ffmt"])
        f["pc"] = self.wpick(W["pc"])
        f["prefix_slot"] = rng.choices(range(6), W["prefix"])[0]
        f["full_street"] = self.ch(0.2)
        f["flat_fmt"] = (self.wpick({"slash": 70, "m": 15, "m_nodot": 5, "lok": 10}) if P
                         else self.wpick({"lok": 50, "slash": 40, "m": 10}))
        f["house_fmt"] = self.wpick({"A": 75, "a": 20, "sp": 5})
        f["addr_split"] = self.wpick({"split": 85, "house_flat": 8, "street_all": 7})
        f["de_str"] = self.ch(0.25)
        f["addr2"] = self.ch(0.45)
        f["addr2_fmt"] = self.wpick({"m": 40, "bare": 30, "lok": 10, "m_nodot": 15, "full": 5})
        f["nip_fmt"] = self.wpick(W["nip"])
        f["lf_i"] = rng.choices(range(10), [50, 20, 6, 6, 5, 4, 3, 3, 2, 1])[0]
        f["lf_drop"] = (not P) and self.ch(0.05)
        f["quotes"] = self.wpick({"none": 50, "pl": 18, "ascii": 25, "single": 3, "mixed": 4})
        f["desc_fmt"] = self.wpick({"abbr": 45, "dots": 25, "full": 20, "none": 10})
        f["owners"] = self.ch(0.5)
        f["country_i"] = rng.choices(range(4), [60, 25, 10, 5])[0]
        f["state_fmt"] = self.wpick({"lower": 60, "title": 30, "en": 10})
        f["contact_fmt"] = self.wpick({"FL": 75, "LF": 20, "title": 5})
        f["lead"] = self.wpick(LEAD_SOURCES)
        if s == "shop" and P and r["truth_first"] in DIMINUTIVES and self.ch(0.04):
            f["dim_base"] = True
        return f

    def draw_pres(self, r):
        ch, s = self.ch, self.style
        P = r["kind"] == "P"
        p = dict.fromkeys(PRES_KEYS, False)
        p.update(street=ch(0.97), flat=True, postcode=ch(0.95), city=ch(0.995), country=ch(0.85))
        if s == "subiekt":
            if P:
                p.update(email=ch(0.5), mobile=ch(0.85), landline=ch(0.6), pesel=ch(0.3), notes=ch(0.15))
            else:
                p.update(nip=ch(0.96), regon=ch(0.6), email=ch(0.8), www=ch(0.6), landline=ch(0.9),
                         mobile=ch(0.35), fax=ch(0.8), contact=ch(0.5), fullname=ch(0.7), notes=ch(0.3))
        elif s == "salesforce":
            if P:
                p.update(email=ch(0.85), mobile=ch(0.8), landline=ch(0.5), birth=ch(0.35), state=ch(0.4),
                         country=ch(0.88), salutation=ch(0.6), notes=ch(0.25), street=ch(0.85), postcode=ch(0.82))
            else:
                p.update(nip=ch(0.45), email=ch(0.92), landline=ch(0.85), mobile=ch(0.5), title=ch(0.75),
                         salutation=ch(0.5), state=ch(0.4), country=ch(0.9), notes=ch(0.3))
        else:
            p.update(email=True, phone=ch(0.93), country=ch(0.97), company=not P, nip=(not P) and ch(0.85),
                     postcode=ch(0.97), street=ch(0.98), city=True)
        return p

    def base_record(self, client):
        rec = copy.deepcopy(client)
        fmt = self.draw_fmt(rec)
        pres = self.draw_pres(rec)
        if fmt["translit"]:
            self._resolve_translit(rec, fmt["translit"])
        if fmt.get("dim_base"):
            rec["first"] = self.rng.choice(DIMINUTIVES[rec["truth_first"]])
        return rec, fmt, pres

    @staticmethod
    def _resolve_translit(rec, tr):
        i = TRANSLIT_IDX[tr]
        rec["first"] = rec["first_forms"][i]
        rec["last"] = rec["last_forms"][i]

    # ------------------------------------------------------------------ rendering
    def names(self, r, f):
        fi, la = r["first"], r["last"]
        case = f["case"]
        if case == "upper_last":
            la = la.upper()
        elif case == "upper":
            fi, la = fi.upper(), la.upper()
        elif case == "lower":
            fi, la = fi.lower(), la.lower()
        return fi, la

    def company_name(self, r, f, full=False):
        parts = []
        if r["desc"] is not None:
            df = "full" if full else f["desc_fmt"]
            if df != "none":
                parts.append(DESCRIPTORS[r["desc"]][DESC_COL[df]])
        if r["trade"]:
            parts.append(r["trade"])
        if r["core"]:
            core = r["core"]
            if not full:
                if f["case"] == "upper_core":
                    core = core.upper()
                elif f["case"] == "title_core":
                    core = smart_title(core)
            if r["quotable"]:
                core = QUOTES["pl" if full else f["quotes"]].format(core) if (not full or r["desc"] is not None or r["trade"]) else core
            parts.append(core)
        owners = " ".join(f"{o['first']} {o['last']}" for o in r["owners"])
        if r["lf"] == "jdg" and owners:
            parts.append(owners)
        main = " ".join(parts)
        if full:
            name = LEGAL_FULL[r["lf"]].format(main)
        elif f["lf_drop"]:
            name = main
        else:
            forms = LEGAL_FORMS[r["lf"]]
            name = forms[f["lf_i"] % len(forms)].format(main)
        if r["lf"] == "sc" and owners and (full or f["owners"]):
            name += " " + ", ".join(f"{o['first']} {o['last']}" for o in r["owners"])
        if (full and r["full_upper"]) or (not full and f["case"] == "upper"):
            name = name.upper()
        return name

    def street_name(self, a, f):
        if a["country"] == "PL":
            name = a["full"] if (f["full_street"] and a["full"]) else a["short"]
        elif a["country"] == "DE":
            name = a["street"]
            if f["de_str"]:
                name = name.replace("straße", "str.").replace("Straße", "Str.")
            return name
        else:
            name = a["street"]
        if a.get("kind"):
            pfx = PREFIX_SLOTS[a["kind"]][f["prefix_slot"]]
            return f"{pfx} {name}" if pfx else name
        return name

    @staticmethod
    def house_str(h, hf):
        if h[-1].isalpha():
            if hf == "a":
                return h[:-1] + h[-1].lower()
            if hf == "sp":
                return h[:-1] + " " + h[-1]
        return h

    def street_cell(self, a, f, p, include_flat=True):
        if not p["street"]:
            return ""
        house = self.house_str(a["house"], f["house_fmt"])
        flat = a["flat"] if p["flat"] else ""
        c = a["country"]
        if c == "PL":
            s = f"{a['city'] if a['rural'] else self.street_name(a, f)} {house}"
            if flat and include_flat:
                s += FLAT_SEP[f["flat_fmt"]].format(flat)
        elif c == "DE":
            s = f"{self.street_name(a, f)} {house}"
        elif c == "GB":
            s = (f"Flat {flat}, " if flat and include_flat else "") + f"{house} {a['street']}"
        else:
            s = f"{self.street_name(a, f)}, {house}" + (f", kv. {flat}" if flat and include_flat else "")
        return s

    def city_str(self, a, f):
        if f["city_alias"] and f["city_alias"][0] == a["city"]:
            return f["city_alias"][1]
        return a["city"]

    def contact_str(self, r, f):
        ct = r["contact"]
        if f["contact_fmt"] == "LF":
            return f"{ct['last']} {ct['first']}"
        if f["contact_fmt"] == "title" and r.get("title"):
            return f"{ct['first']} {ct['last']} - {r['title'].lower()}"
        return f"{ct['first']} {ct['last']}"

    def shown_phones(self, r, p):
        """(key, phone) pairs shown on the row, in display order."""
        s, P = self.style, r["kind"] == "P"
        if s == "shop":
            if not p["phone"]:
                return []
            if P:
                ph = r["landline"] if (r["prefer_landline"] and r["landline"]) else (r["mobile"] or r["landline"])
                key = "landline" if ph is r["landline"] else "mobile"
            else:
                ph = r["mobile"] or r["landline"]
                key = "mobile" if ph is r["mobile"] else "landline"
            return [(key, ph)] if ph else []
        order = ["mobile", "landline"] if P else ["landline", "mobile"]
        return [(k, r[k]) for k in order if p[k] and r[k]]

    def render(self, r, f, p):
        s = self.style
        row = getattr(self, "render_" + s)(r, f, p)
        if f["ascii"]:
            for k in TEXT_COLS[s]:
                row[k] = strip_diacritics(row[k])
        if f["spaces"]:
            x, kind = f["spaces"]
            cands = [k for k in SPACE_COLS[s] if row[k]]
            if cands:
                k = cands[int(x * len(cands))]
                v = row[k]
                if kind == "double" and " " in v.strip():
                    i = v.index(" ", 1)
                    row[k] = v[:i] + " " + v[i:]
                elif kind == "lead":
                    row[k] = " " + v
                else:
                    row[k] = v + " "
        return row

    def render_subiekt(self, r, f, p):
        P = r["kind"] == "P"
        row = {}
        if P:
            fi, la = self.names(r, f)
            order = f["order"]
            if f["swap"]:
                order = "FL" if order == "LF" else "LF"
            nazwa = f"{la} {fi}" if order == "LF" else f"{fi} {la}"
            row["Nazwa"] = nazwa
            row["Nazwa pełna"] = {"FL": f"{fi} {la}", "same": nazwa, "blank": ""}[f["pelna"]]
            row["NIP"] = row["REGON"] = row["Osoba kontaktowa"] = row["Fax"] = row["WWW"] = ""
            row["PESEL"] = r["pesel"] if (p["pesel"] and r["pesel"]) else ""
            row["Osoba fizyczna"] = "Nie" if f["osoba_wrong"] else "Tak"
        else:
            row["Nazwa"] = self.company_name(r, f)
            row["Nazwa pełna"] = self.company_name(r, f, full=True) if p["fullname"] else ""
            row["NIP"] = fmt_nip(r["nip"], f["nip_fmt"]) if (p["nip"] and r["nip"]) else ""
            row["REGON"] = r["regon"] if (p["regon"] and r["regon"]) else ""
            row["PESEL"] = ""
            row["Osoba kontaktowa"] = self.contact_str(r, f) if p["contact"] else ""
            row["Fax"] = self.phone_str(r["fax"], f) if (p["fax"] and r["fax"]) else ""
            row["WWW"] = r["www"] if (p["www"] and r["www"]) else ""
            row["Osoba fizyczna"] = "Nie"
        a = r["addr"]
        ul = nd = nl = ""
        if p["street"]:
            house = self.house_str(a["house"], f["house_fmt"])
            flat = a["flat"] if p["flat"] else ""
            if a["rural"]:
                nd, nl = house, flat
            else:
                st = self.street_name(a, f)
                if f["addr_split"] == "split":
                    ul, nd, nl = st, house, flat
                else:
                    hf = house + (FLAT_SEP[f["flat_fmt"]].format(flat) if flat else "")
                    if f["addr_split"] == "house_flat":
                        ul, nd = st, hf
                    else:
                        ul = f"{st} {hf}"
        row["Ulica"], row["Nr domu"], row["Nr lokalu"] = ul, nd, nl
        row["Kod pocztowy"] = fmt_postcode(a["postcode"], f["pc"], a["country"]) if p["postcode"] else ""
        row["Miejscowość"] = self.city_str(a, f) if p["city"] else ""
        row["Kraj"] = COUNTRY_PL[a["country"]] if p["country"] else ""
        nums = [self.phone_str(ph, f) for _, ph in self.shown_phones(r, p)]
        if f["combined"] and len(nums) == 2:
            row["Telefon"], row["Telefon 2"] = f["comb_sep"].join(nums), ""
        else:
            row["Telefon"] = nums[0] if nums else ""
            row["Telefon 2"] = nums[1] if len(nums) > 1 else ""
        row["E-mail"] = r["email"] if p["email"] else ""
        row["Uwagi"] = r["note"] if (p["notes"] and r["note"]) else ""
        row["Typ"] = r["typ"] if not P else "Odbiorca"
        return row

    def fmt_date(self, d):
        return f"{d.month}/{d.day}/{d.year}" if self.sf_date == "mdy" else d.isoformat()

    def render_salesforce(self, r, f, p):
        P = r["kind"] == "P"
        row = {}
        a = r["addr"]
        if P:
            fi, la = self.names(r, f)
            if f["swap"]:
                fi, la = la, fi
            row["Salutation"] = r["salutation"] if p["salutation"] else ""
            row["Title"] = ""
            row["Account Name"] = {"household": f"{la} Household", "name": f"{fi} {la}",
                                   "blank": ""}[self.sf_account]
            row["NIP__c"] = ""
            row["Email"] = r["email"] if p["email"] else ""
            row["Birthdate"] = self.fmt_date(r["birth"]) if p["birth"] else ""
        else:
            ct = r["contact"]
            fi, la = ct["first"], ct["last"]
            row["Salutation"] = ("Mr." if ct["sex"] == "M" else "Ms.") if p["salutation"] else ""
            row["Title"] = r["title"] if (p["title"] and r["title"]) else ""
            row["Account Name"] = self.company_name(r, f)
            row["NIP__c"] = fmt_nip(r["nip"], f["nip_fmt"]) if (p["nip"] and r["nip"]) else ""
            row["Email"] = r["cemail"] if p["email"] else ""
            row["Birthdate"] = ""
        row["First Name"], row["Last Name"] = fi, la
        row["Phone"] = self.phone_str(r["landline"], f) if (p["landline"] and r["landline"]) else ""
        row["Mobile"] = self.phone_str(r["mobile"], f) if (p["mobile"] and r["mobile"]) else ""
        if f["combined"] and row["Phone"] and row["Mobile"]:
            row["Phone"], row["Mobile"] = row["Phone"] + f["comb_sep"] + row["Mobile"], ""
        row["Mailing Street"] = self.street_cell(a, f, p)
        row["Mailing City"] = self.city_str(a, f) if p["city"] else ""
        st = ""
        if p["state"] and a.get("region"):
            st = a["region"]
            if a["country"] == "PL":
                st = {"lower": st, "title": st[:1].upper() + st[1:], "en": VOIV_EN[st]}[f["state_fmt"]]
        row["Mailing State/Province"] = st
        row["Mailing Zip/Postal Code"] = fmt_postcode(a["postcode"], f["pc"], a["country"]) if p["postcode"] else ""
        names = COUNTRY_NAMES[a["country"]]
        row["Mailing Country"] = names[f["country_i"] % len(names)] if p["country"] else ""
        row["Lead Source"] = f["lead"]
        row["Description"] = r["note"] if (p["notes"] and r["note"]) else ""
        return row

    def render_shop(self, r, f, p):
        P = r["kind"] == "P"
        row = {}
        if P:
            fi, la = self.names(r, f)
            row["email"] = r["email"]
        else:
            ct = r["contact"]
            fi, la = self.names({"first": ct["first"], "last": ct["last"]},
                                dict(f, case=f["case"] if f["case"] in ("lower",) else None))
            row["email"] = r["cemail"]
        if f["swap"]:
            fi, la = la, fi
        row["first_name"], row["last_name"] = fi, la
        ph = self.shown_phones(r, p)
        row["billing_phone"] = self.phone_str(ph[0][1], f) if ph else ""
        row["billing_company"] = self.company_name(r, f) if (not P and p["company"]) else ""
        row["NIPCOL"] = fmt_nip(r["nip"], f["nip_fmt"]) if (not P and p["nip"] and r["nip"]) else ""
        a = r["addr"]
        flat = a["flat"] if (p["flat"] and p["street"]) else ""
        if f["addr2"] and flat and a["country"] == "PL":
            row["billing_address_1"] = self.street_cell(a, f, p, include_flat=False)
            row["billing_address_2"] = ADDR2_FMT[f["addr2_fmt"]].format(flat)
        else:
            row["billing_address_1"] = self.street_cell(a, f, p)
            row["billing_address_2"] = ""
        row["billing_postcode"] = fmt_postcode(a["postcode"], f["pc"], a["country"]) if p["postcode"] else ""
        row["billing_city"] = self.city_str(a, f) if p["city"] else ""
        row["billing_country"] = a["country"] if p["country"] else ""
        return row

    # ------------------------------------------------------------------ mutations
    def _avail(self, r, field):
        if field in ("street", "postcode", "city", "country"):
            return True
        if field == "flat":
            return bool(r["addr"].get("flat"))
        if field == "state":
            return bool(r["addr"].get("region"))
        if field == "phone":
            return bool(r.get("mobile") or r.get("landline"))
        if field == "birth":
            return r["kind"] == "P"
        if field in ("contact", "fullname", "company"):
            return r["kind"] == "C"
        if field == "notes":
            return bool(r.get("note"))
        if field == "salutation":
            return True
        return bool(r.get(field))

    def can(self, name, r, f, p):
        s, P = self.style, r["kind"] == "P"
        a = r["addr"]
        if name == "translit":
            return P and bool(r.get("first_forms"))
        if name == "married":
            return (P and r["sex"] == "F" and r["nat"] == "PL" and 20 <= age_at(r["birth"]) <= 55
                    and "-" not in r["last"] and r["last"] == fem(r["last_base"]))
        if name == "diminutive":
            return P and (r["first"] != r["truth_first"] or r["truth_first"] in DIMINUTIVES)
        if name == "contact_change":
            return (not P) and (s != "subiekt" or p["contact"])
        if name in ("moved", "name_typo", "case", "spaces", "swap_names"):
            return P or name not in ("swap_names",)
        if name == "new_phone":
            return True
        if name == "new_email":
            return s == "shop" or p["email"] or not P
        if name == "addr_typo":
            return (p["street"] and a["country"] == "PL" and not a["rural"]) or p["city"]
        if name == "email_typo":
            return s == "shop" or p["email"]
        if name == "phone_typo":
            return any(ph["cc"] == "48" for _, ph in self.shown_phones(r, p))
        if name == "id_typo":
            return s != "subiekt" and not P and p["nip"] and bool(r["nip"]) and r["nip"].isdigit()
        if name in ("lf_variant", "lf_drop"):
            return (not P) and r["lf"] != "jdg" and (name == "lf_drop" or len(LEGAL_FORMS[r["lf"]]) > 1)
        if name == "quotes":
            return (not P) and r["quotable"]
        if name == "descriptor":
            return (not P) and r["desc"] is not None
        if name == "ascii":
            txt = " ".join([r.get("first") or "", r.get("last") or "", r.get("core") or "", r.get("trade") or "",
                            a["city"], a.get("short") or a.get("street") or ""])
            return f["ascii"] or has_diacritics(txt)
        if name == "phone_format":
            return bool(self.shown_phones(r, p))
        if name == "nip_format":
            return (not P) and p["nip"] and bool(r["nip"]) and r["nip"].isdigit() and (s != "shop" or p["nip"])
        if name == "postcode_format":
            return p["postcode"] and a["country"] == "PL"
        if name == "street_format":
            return p["street"] and bool(self._street_options(r, f, p))
        if name == "city_variant":
            return p["city"]
        if name == "country_variant":
            return True
        if name == "osoba_flag":
            return s == "subiekt" and P
        if name == "branch_note":
            return s != "shop"
        if name == "missing":
            return bool(MISSING_FIELDS[(s, r["kind"])])
        return False

    def _street_options(self, r, f, p):
        a, s = r["addr"], self.style
        opts = []
        if a["country"] == "PL" and not a["rural"]:
            opts.append("prefix")
            if a["full"]:
                opts.append("full")
            if s == "subiekt":
                opts.append("split")
        if a.get("kind") and a["country"] == "UA":
            opts.append("prefix")
        if a["flat"] and p["flat"] and (s != "subiekt" or f["addr_split"] != "split") and a["country"] == "PL":
            if not (s == "shop" and f["addr2"]):
                opts.append("flat")
        if a["flat"] and p["flat"] and s == "shop" and a["country"] == "PL":
            opts.append("addr2")
        if a["house"][-1].isalpha():
            opts.append("house")
        if a["country"] == "DE" and "traße" in a["street"]:
            opts.append("de_str")
        return opts

    def _other(self, current, choices):
        keys = [k for k in choices if k != current]
        if isinstance(choices, dict):
            return self.rng.choices(keys, [choices[k] for k in keys])[0]
        return self.rng.choice(keys)

    def apply(self, name, r, f, p, touched):
        rng, s, P = self.rng, self.style, r["kind"] == "P"
        a = r["addr"]
        if name == "translit":
            opts = ["pl", "en"] + (["cyr"] if (s == "shop" or (s == "salesforce" and r["res"] == "UA")) else [])
            f["translit"] = self._other(f["translit"], opts)
            self._resolve_translit(r, f["translit"])
            touched.update({"first", "last"})
        elif name == "married":
            while True:
                new = fem(self.pick_last("PL")[0])
                if new != r["last"]:
                    break
            r["last"] = new if self.ch(0.55) else f"{r['last']}-{new}"
            touched.add("last")
        elif name == "diminutive":
            if r["first"] != r["truth_first"]:
                r["first"] = r["truth_first"]
            else:
                r["first"] = rng.choice(DIMINUTIVES[r["truth_first"]])
            touched.add("first")
        elif name == "contact_change":
            ct = self.owner(r["country"] if r["country"] != "GB" else "GB")
            r["contact"] = ct
            if s != "subiekt":
                r["mobile"] = self.mobile(r["country"])
                r["title"] = self.title_for(ct, r["country"])
                if r["domain"]:
                    r["cemail"] = self.contact_email(r, ct)
                touched.update({"email", "mobile", "title", "phone"})
            touched.add("contact")
        elif name == "moved":
            if a["country"] == "PL":
                same = self.ch(0.6)
                city = CITY_BY_NAME[a["post_city"]] if same else None
                for _ in range(20):
                    new = self.pl_address(company=not P, city=city)
                    if (new["short"], new["house"], new["city"]) != (a.get("short"), a["house"], a["city"]):
                        break
            else:
                new = self.foreign_address(a["country"], company=not P)
            if r.get("landline") and new["area"] != a["area"]:
                r["landline"] = self.landline(new) if self.ch(0.7) else None
            r["addr"] = new
            f["city_alias"] = None
            touched.update({"street", "postcode", "city", "flat", "landline", "state"})
        elif name == "new_phone":
            if P or s == "shop" and self.ch(0.5) or not r.get("landline") or self.ch(0.4):
                r["mobile"] = self.mobile(r["res"])
                p["mobile"] = True
                r["prefer_landline"] = False
                touched.add("mobile")
            else:
                r["landline"] = self.landline(a)
                p["landline"] = True
                touched.add("landline")
            p["phone"] = True
            touched.add("phone")
        elif name == "new_email":
            if P:
                ff = r["first_forms"][1] if r.get("first_forms") else r["truth_first"]
                ll = r["last_forms"][1] if r.get("last_forms") else r["last"]
                r["email"] = self.person_email(ff, ll, r["birth"], r["res"], avoid=r["email"])
            elif s == "subiekt":
                r["email"] = (self.company_mailbox(r, [r["email"]]) if r["domain"] and self.ch(0.7)
                              else self.free_company_email(r))
            else:
                r["cemail"] = (self.contact_email(r, r["contact"]) if r["domain"] and self.ch(0.6)
                               else self.free_company_email(r))
            p["email"] = True
            touched.add("email")
        elif name == "name_typo":
            if P:
                key = "last" if self.ch(0.65) else "first"
                r[key] = typo(r[key], rng)
                touched.add(key)
            elif s == "shop" and self.ch(0.5):
                ct = dict(r["contact"])
                ct["last"] = typo(ct["last"], rng)
                r["contact"] = ct
                touched.add("contact")
            elif r["core"]:
                r["core"] = typo(r["core"], rng)
            elif r["trade"]:
                r["trade"] = typo(r["trade"], rng)
            else:
                o = dict(r["owners"][0])
                o["last"] = typo(o["last"], rng)
                r["owners"] = [o] + r["owners"][1:]
        elif name == "addr_typo":
            a = r["addr"] = dict(a)
            if p["street"] and a["country"] == "PL" and not a["rural"] and (self.ch(0.6) or not p["city"]):
                a["short"] = typo(a["short"], rng)
                if a["full"]:
                    a["full"] = a["full"].rsplit(" ", 1)[0] + " " + typo(a["full"].rsplit(" ", 1)[-1], rng)
                touched.add("street")
            else:
                a["city"] = typo(a["city"], rng)
                f["city_alias"] = None
                touched.add("city")
        elif name == "email_typo":
            key = "email" if (P or s == "subiekt") else "cemail"
            for _ in range(10):
                e = email_typo(r[key], rng)
                if e not in self.used["email"]:
                    break
            self.used["email"].add(e)
            r[key] = e
            p["email"] = True
            touched.add("email")
        elif name == "phone_typo":
            key, ph = rng.choice([x for x in self.shown_phones(r, p) if x[1]["cc"] == "48"])
            d = list(ph["n"])
            i = rng.randrange(2, len(d) - 1)
            if self.ch(0.5) and d[i] != d[i + 1]:
                d[i], d[i + 1] = d[i + 1], d[i]
            else:
                d[i] = rng.choice([x for x in "0123456789" if x != d[i]])
            r[key] = dict(ph, n="".join(d))
            touched.update({key, "phone"})
        elif name == "id_typo":
            d = list(r["nip"])
            i = rng.randrange(0, 9)
            if self.ch(0.6) and d[i] != d[i + 1]:
                d[i], d[i + 1] = d[i + 1], d[i]
            else:
                d[i] = rng.choice([x for x in "0123456789" if x != d[i] and not (i == 0 and x == "0")])
            r["nip"] = "".join(d)
            r["_nip_typo"] = True
            touched.add("nip")
        elif name == "swap_names":
            if s == "subiekt":
                f["order"] = "FL" if f["order"] == "LF" else "LF"
            else:
                f["swap"] = not f["swap"]
            touched.update({"first", "last"})
        elif name == "lf_variant":
            if f["lf_drop"]:
                f["lf_drop"] = False
            else:
                n = len(LEGAL_FORMS[r["lf"]])
                f["lf_i"] = self._other(f["lf_i"] % n, list(range(n)))
        elif name == "lf_drop":
            f["lf_drop"] = not f["lf_drop"]
        elif name == "quotes":
            f["quotes"] = self._other(f["quotes"], {"none": 50, "pl": 18, "ascii": 25, "single": 3, "mixed": 4})
        elif name == "descriptor":
            f["desc_fmt"] = self._other(f["desc_fmt"], {"abbr": 35, "dots": 25, "full": 20, "none": 20})
        elif name == "case":
            if P:
                opts = {None: 30, "upper_last": 20, "upper": 25, "lower": 25 if s == "shop" else 5}
            else:
                opts = {None: 30, "upper_core": 30, "upper": 20, "title_core": 20}
                if r["core"] and r["core"] == smart_title(r["core"]):
                    opts.pop("title_core")
                if r["core"] and r["core"].isupper():
                    opts.pop("upper_core")
            f["case"] = self._other(f["case"], opts)
        elif name == "ascii":
            f["ascii"] = not f["ascii"]
        elif name == "spaces":
            f["spaces"] = None if f["spaces"] else (rng.random(), self.wpick({"double": 50, "trail": 35, "lead": 15}))
        elif name == "phone_format":
            shown = self.shown_phones(r, p)
            if s != "shop" and len(shown) == 2 and self.ch(0.15):
                f["combined"] = not f["combined"]
            else:
                for _, ph in shown:
                    if ph["cc"] == "48":
                        k = "mfmt" if ph["t"] == "m" else "lfmt"
                    else:
                        k = "ffmt"
                    old = self.phone_str(ph, f)
                    for _ in range(10):
                        f[k] = self._other(f[k], self.W[k])
                        if self.phone_str(ph, f) != old:
                            break
            touched.update({"mobile", "landline", "phone"})
        elif name == "nip_format":
            old = fmt_nip(r["nip"], f["nip_fmt"])
            for _ in range(10):
                f["nip_fmt"] = self._other(f["nip_fmt"], self.W["nip"])
                if fmt_nip(r["nip"], f["nip_fmt"]) != old:
                    break
            touched.add("nip")
        elif name == "postcode_format":
            old = fmt_postcode(a["postcode"], f["pc"], "PL")
            opts = [k for k in ("dash", "plain", "space", "excel")
                    if fmt_postcode(a["postcode"], k, "PL") != old]
            f["pc"] = rng.choices(opts, [{"dash": 60, "plain": 25, "space": 10, "excel": 5}[k] for k in opts])[0]
            touched.add("postcode")
        elif name == "street_format":
            opt = rng.choice(self._street_options(r, f, p))
            if opt == "prefix":
                f["prefix_slot"] = self._other(f["prefix_slot"], list(range(6)))
            elif opt == "full":
                f["full_street"] = not f["full_street"]
            elif opt == "split":
                f["addr_split"] = self._other(f["addr_split"], {"split": 50, "house_flat": 25, "street_all": 25})
            elif opt == "flat":
                f["flat_fmt"] = self._other(f["flat_fmt"], ["slash", "m", "m_nodot", "lok"])
            elif opt == "addr2":
                f["addr2"] = not f["addr2"]
            elif opt == "house":
                f["house_fmt"] = self._other(f["house_fmt"], ["A", "a", "sp"])
            else:
                f["de_str"] = not f["de_str"]
            touched.update({"street", "flat"})
        elif name == "city_variant":
            if f["city_alias"] and f["city_alias"][0] == a["city"]:
                f["city_alias"] = None
            else:
                alts = [x for x in CITY_ALIASES.get(a["city"], []) if s == "salesforce" or x not in EN_EXONYMS]
                alts.append(a["city"].upper())
                f["city_alias"] = (a["city"], rng.choice(alts))
            touched.add("city")
        elif name == "country_variant":
            if s == "salesforce" and p["country"] and self.ch(0.6):
                f["country_i"] = self._other(f["country_i"] % len(COUNTRY_NAMES[a["country"]]),
                                             list(range(len(COUNTRY_NAMES[a["country"]]))))
            else:
                p["country"] = not p["country"]
            touched.add("country")
        elif name == "osoba_flag":
            f["osoba_wrong"] = not f["osoba_wrong"]
        elif name == "branch_note":
            r["note"] = rng.choice(BRANCH_NOTES_SUBIEKT if s == "subiekt" else BRANCH_NOTES_SF)
            p["notes"] = True
            touched.add("notes")
        elif name == "missing":
            fields = [x for x in MISSING_FIELDS[(s, r["kind"])] if self._avail(r, x) and x not in touched]
            present = [x for x in fields if p[x]]
            absent = [x for x in fields if not p[x]]
            if present and (not absent or self.ch(0.65)):
                for x in rng.sample(present, 2 if (len(present) > 2 and self.ch(0.25)) else 1):
                    p[x] = False
            elif absent:
                p[rng.choice(absent)] = True
            else:
                return False
        return True

    def reentry(self, orig):
        c, r0, f0, p0 = orig.client, orig.rec, orig.fmt, orig.pres
        rng, s = self.rng, self.style
        for _attempt in range(10):
            r, f, p = copy.deepcopy(r0), copy.deepcopy(f0), dict(p0)
            r.pop("_nip_typo", None)
            if s == "salesforce" and self.ch(0.5):
                f["lead"] = self.wpick(LEAD_SOURCES)
            k = rng.choices([1, 2, 3], [50, 35, 15])[0]
            weights = dict(MUT_P if r["kind"] == "P" else MUT_C)
            for m, mult in MUT_STYLE[s].items():
                if m in weights:
                    weights[m] *= mult
            chosen = []
            if s == "shop":   # an e-mail is a login: a new account needs another e-mail
                chosen.append("new_email" if self.ch(0.8) else "email_typo")
            cands = [m for m in weights if weights[m] > 0 and m not in chosen and self.can(m, r, f, p)]
            while len(chosen) < k and cands:
                life = sum(1 for m in chosen if m in LIFE)
                pool = [m for m in cands if not (m in LIFE and life >= 2)]
                if not pool:
                    break
                m = rng.choices(pool, [weights[x] for x in pool])[0]
                chosen.append(m)
                cands.remove(m)
            touched = set()
            applied = []
            for m in sorted(chosen, key=APPLY_ORDER.index):
                if self.can(m, r, f, p) and self.apply(m, r, f, p, touched):
                    applied.append(m)
            data0 = orig.data
            data = self.render(r, f, p)
            if applied and self._differs(data0, data):
                return Row(c, r, f, p, applied, False), data
        raise RuntimeError("could not build a differing re-entry")

    def _differs(self, d0, d1):
        skip = NOT_COUNTED[self.style]
        return any(d0.get(k) != d1.get(k) for k in d1 if k not in skip)

    # ------------------------------------------------------------------ build
    def origin(self):
        s = self.style
        if s == "salesforce":
            return self.wpick({("PL", "PL"): 80, ("UA", "PL"): 4, ("DE", "DE"): 6, ("GB", "GB"): 4, ("UA", "UA"): 6})
        return self.wpick({("PL", "PL"): 96, ("UA", "PL"): 4})

    def company_country(self):
        return self.wpick({"subiekt": {"PL": 97, "DE": 3},
                           "salesforce": {"PL": 85, "DE": 8, "GB": 4, "UA": 3},
                           "shop": {"PL": 100}}[self.style])

    def build(self):
        rng, s, N = self.rng, self.style, self.n
        target_c = round(N * (0.05 if s == "shop" else 0.25))
        hn_target = round(N * 0.10) if N >= 20 else 0
        hn_w = ({"household": 40, "namesake": 32, "father_son": 15, "mother_daughter": 10,
                 "company_group": 2, "company_namesake": 1} if s == "shop" else
                {"household": 30, "namesake": 25, "father_son": 15, "mother_daughter": 5,
                 "company_group": 15, "company_namesake": 10})
        clients, groups = [], []
        n_comp = 0
        while len(clients) < hn_target:
            rel = self.wpick(hn_w)
            if rel.startswith("company") and n_comp + 3 > target_c:
                rel = "household"
            if rel == "household":
                rel, members = self.hn_household()
            elif rel == "namesake":
                rel, members = self.hn_namesake()
            elif rel in ("father_son", "mother_daughter"):
                rel, members = self.hn_parent_child(rel)
            elif rel == "company_group":
                rel, members = self.hn_company_group()
            else:
                rel, members = self.hn_company_namesake()
            if len(clients) + len(members) > N:
                break
            n_comp += sum(1 for m in members if m["kind"] == "C")
            clients.extend(members)
            groups.append((rel, members))
        n_rest_c = min(max(0, target_c - n_comp), N - len(clients))
        for _ in range(n_rest_c):
            clients.append(self.new_company(country=self.company_country()))
        while len(clients) < N:
            nat, res = self.origin()
            clients.append(self.new_person(nat=nat, res=res))
        rng.shuffle(clients)
        width = max(6, len(str(N)))
        for i, c in enumerate(clients):
            c["eid"] = f"E{i + 1:0{width}d}"

        counts = [1] * N
        for i in rng.sample(range(N), round(0.30 * N)):
            counts[i] = 1 + rng.choices([1, 2, 3], [65, 25, 10])[0]

        rows = []
        for c, k in zip(clients, counts):
            rec, fmt, pres = self.base_record(c)
            first = Row(c, rec, fmt, pres, [], True)
            first.data = self.render(rec, fmt, pres)
            rows.append(first)
            for _ in range(k - 1):
                row, data = self.reentry(first)
                row.data = data
                rows.append(row)
        return self.finalize(rows, groups)

    def finalize(self, rows, groups):
        rng, s = self.rng, self.style
        if s == "shop":
            start = dt.datetime(2016, 1, 1)
            span = int((dt.datetime(2024, 6, 30) - start).total_seconds())
            first_time = {}
            for row in rows:
                if row.first:
                    t = start + dt.timedelta(seconds=rng.randrange(span))
                    first_time[row.client["eid"]] = t
                else:
                    t0 = first_time[row.client["eid"]]
                    t = min(t0 + dt.timedelta(days=rng.randint(1, 1200), seconds=rng.randrange(86400)),
                            dt.datetime(2024, 12, 31, 23, 59, 59))
                orders = min(60, int(rng.expovariate(1 / (3.0 if row.first else 1.0))))
                spent = sum(rng.uniform(25, 450) for _ in range(orders))
                row.order_key = (t, rng.random())
                row.extra = {"date_created": t.strftime("%Y-%m-%d %H:%M:%S"), "orders_count": str(orders),
                             "total_spent": f"{spent:.2f}",
                             "newsletter": self.shop_news[0] if self.ch(0.35) else self.shop_news[1]}
            rows.sort(key=lambda x: x.order_key)
            cid = rng.randint(1, 500)
            for row in rows:
                cid += 1 if self.ch(0.93) else rng.randint(2, 6)
                row.extra["customer_id"] = str(cid)
            header = [self.shop_nip_col if h == "NIPCOL" else h for h in SHOP_COLS]
        elif s == "subiekt":
            rng.shuffle(rows)
            for row in rows:
                row.extra["Symbol"] = self.symbol(row.data["Nazwa"])
            header = list(SUBIEKT_COLS)
        else:
            rng.shuffle(rows)
            counter = rng.randrange(62 ** 4, 62 ** 4 * 20)
            for row in rows:
                counter += rng.randint(1, 40)
                row.extra["Contact ID"] = sf_id(counter)
            header = list(SF_COLS)
        width = max(7, len(str(len(rows))))
        out = []
        meta = []
        for i, row in enumerate(rows):
            d = dict(row.data)
            d.update(row.extra)
            if "NIPCOL" in d:
                d[self.shop_nip_col] = d.pop("NIPCOL")
            d["entity_id"] = row.client["eid"]
            d["record_id"] = f"R{i + 1:0{width}d}"
            out.append(d)
            meta.append({"record_id": d["record_id"], "entity_id": d["entity_id"], "first": row.first,
                         "mutations": list(row.mutations), "nip_typo": bool(row.rec.get("_nip_typo")),
                         "kind": row.client["kind"], "res": row.client["res"], "sex": row.client.get("sex"),
                         "birth": row.client.get("birth")})
        header = header + ["entity_id", "record_id"]
        grp = [(rel, f"G{i + 1:05d}", [m["eid"] for m in members]) for i, (rel, members) in enumerate(groups)]
        enc = {"subiekt": ("cp1250", ";", csv.QUOTE_MINIMAL, "\r\n"),
               "salesforce": ("utf-8-sig", ",", csv.QUOTE_ALL, "\r\n"),
               "shop": ("utf-8", ",", csv.QUOTE_MINIMAL, "\n")}[s]
        res = Result(s, header, out, grp, self.n, *enc)
        res.meta = meta
        return res

    def symbol(self, nazwa):
        tokens = re.findall(r"[A-Za-z0-9]+", strip_diacritics(nazwa).upper())
        base = "_".join(tokens)[:16].rstrip("_") or "KH"
        sym, k = base, 1
        while sym in self.used["symbol"]:
            sym = f"{base}{k}"
            k += 1
        self.used["symbol"].add(sym)
        return sym


def generate(n_clients, seed, style):
    """Build the export in memory; returns a Result (header, rows as dicts, groups, meta)."""
    return Generator(n_clients, seed, style).build()


def hard_negative_path(out):
    return (out[:-4] if out.lower().endswith(".csv") else out) + "-hard-negatives.csv"


def write(res, out):
    d = os.path.dirname(os.path.abspath(out))
    os.makedirs(d, exist_ok=True)
    with open(out, "w", encoding=res.encoding, newline="") as fh:
        w = csv.writer(fh, delimiter=res.delimiter, quoting=res.quoting, lineterminator=res.lineterminator)
        w.writerow(res.header)
        for row in res.rows:
            w.writerow([row[h] for h in res.header])
    with open(hard_negative_path(out), "w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh, lineterminator="\n")
        w.writerow(["relation", "group_id", "entity_ids"])
        for rel, gid, eids in res.groups:
            w.writerow([rel, gid, " ".join(eids)])


def main(argv):
    if len(argv) != 5 or argv[4] not in STYLES:
        print(__doc__.split("Styles")[0].strip(), file=sys.stderr)
        return 2
    out, n, seed, style = argv[1], int(argv[2]), int(argv[3]), argv[4]
    res = generate(n, seed, style)
    write(res, out)
    print(res.summary())
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
