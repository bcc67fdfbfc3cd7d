#!/usr/bin/env python3
"""Labelled duplicates of a Polish small business's client spreadsheet (third, independent error model).

Usage::

    python3 spreadsheet_duplicates.py OUT.csv N_CLIENTS SEED LAYOUT [--stats] [--check]

LAYOUT is ``columns`` (one value a column, windows-1250, as Polish Excel saves "CSV (rozdzielany średnikami)") or
``cells`` (whole name in one cell, whole address in one cell, UTF-8 with a BOM). Both are ``;``-delimited with
CRLF line ends and end with the truth columns ``entity_id``, ``record_id``, ``hard_negative``,
``hard_negative_of``. One seed gives the same clients, rows and changes in both layouts: only the rendering of the
name and the address differs. Standard library only; everything random comes from one ``random.Random(seed)``.
A summary goes to stderr; ``--stats`` prints every count, ``--check`` re-reads the file and validates encoding,
line ends, and the checksums of every PESEL/NIP/REGON that no change touched (and that every touched one fails).

What is simulated
-----------------
A shop/wholesaler/service company kept clients in spreadsheets typed by six clerks over years; the sheets are now
one export. A *client* (entity) is a real person or firm; a *row* is one entry of it.

Clients: 70 % persons, 30 % companies.

* Persons: 94 % Polish (given names weighted by popularity; family names 25 % from ~130 common ones (Nowak
  ≈ 0.6 %), 75 % from a long tail of ~2,800 stem+suffix surnames with skewed weights; -ski/-cki/-dzki and
  adjectival names take the female form), 4 % Ukrainian (Polish transliteration, with an English-style
  variant), 1 % German, 1 % English. Half of the persons have a second given name (the first entry shows it 35 %
  of the time); 6 % of women carry a double-barrelled name. Birth year 1935–2006. Known on the first entry:
  PESEL 40 % (foreigners 20 %; valid, consistent with birth date and sex), birth date 60 % (95 % when the PESEL
  is), e-mail 60 %, phone 75 % (78 % mobile), address 80 %.
* Companies: sp. z o.o. 38 %, sole trader 30 % ("F.H.U. Budmax Jan Kowalski", "Usługi Remontowe Jan Kowalski"),
  s.c. 10 %, sp.j. 7 %, sp.k. 6 %, sp. z o.o. sp.k. 5 %, S.A. 4 %; legal forms in several spellings. NIP 85 %
  (valid), REGON 40 % (valid 9-digit, region prefix), e-mail 70 %, phone 85 % (55 % landline), address 90 %.
  A sole trader's owner, and half the other firms' contact person, is written in the person-name columns on 15 %
  of first entries (≈ 11 % of company rows); the importer reads no person from them beside a company name.
* Addresses: 140 real cities and towns, population-weighted, postal codes drawn from each one's real range, street
  prefixes ul. 85 % / al. 6 % / os. 6 % / pl. 3 %, patrons' streets with or without the given name, building
  numbers (8 % with a letter), flats (72 % in the big cities, 40 % elsewhere; 45 % for companies).

Clerks (formatting, not counted as changes): each row is typed by one of six clerks with habits for phone format,
date format, NIP format, street prefix, flat separator, and address order in one cell; a clerk keeps a habit 85 %
of the time. Clerk 6 (8 % of rows) is an old system's export: CAPITALS without diacritics, ISO dates. A re-entry
is typed by another clerk than the first entry about 80 % of the time. Dates: ~78 % dd.mm.yyyy, ~20 % yyyy-mm-dd,
~2 % dd-mm-yyyy or dd/mm/yyyy.

Re-entries: 30 % of clients have 2–4 rows (2: 65 %, 3: 25 %, 4: 10 %). Each extra row copies the first entry
(or, for the 3rd/4th, 40 % of the time the previous re-entry, so changes accumulate) and gets 1–4 changes
(1: 35 %, 2: 35 %, 3: 20 %, 4: 10 %), kinds drawn by relative weight (persons' weights sum to 103, companies' to 108; a
kind that does not apply, e.g. a diminutive of "Marek", is redrawn; ``--stats`` gives the counts that result):

=====================  ========  =========  ===============================================================
change                 persons   companies  what
=====================  ========  =========  ===============================================================
typo                   13        10         adjacent key 32 %, dropped 23 %, doubled 18 %, transposed 18 %,
                                            Polish spelling (ó/u, rz/ż, ch/h) 8 %; in a name (or brand/owner)
diacritics_lost        6         5          ą→a … on every text cell of the row
encoding               3         2          diacritics as '?' or UTF-8 read as cp1250 ("Ĺ‚"), whole row
case                   6         6          ALL CAPS name 50 %, ALL CAPS row 25 %, lower-case name 25 %
whitespace             2         2          double inner space, trailing space
name_swap              3         –          given and family name exchanged
diminutive             5         –          Kasia, Tomek, Gosia … (first given name, if it has one)
family_name_change     4         –          women: married name, double-barrelled, or one part dropped
second_given_name      4         –          second given name added or dropped
transliteration        2         –          foreigners: Ołeksandr/Oleksandr, Müller/Mueller
missing_field          9         9          one of PESEL/birth date/e-mail/phone/address/flat/postal code
                                            (companies: NIP/REGON/e-mail/phone/address/flat/postal code)
field_added            4         4          a value the first entry lacked (from the true client)
moved                  6         4          new address: same city 60 %, other city 40 %
new_phone              5         5          another number
new_email              4         4          another address
phone_format           6         5          other format than the clerk's (+48, 0048, spaces, dashes, tel.,
                                            (22), old 0-prefix, "wew." extension for firms)
email_typo             3         2          typo in the local part or domain (gmial.com, wp,pl …)
birth_date_typo        3         –          one digit, day/month swapped, year digits swapped, month ±1
date_format            3         –          other date format
pesel_typo             2         –          one wrong digit (checksum fails: the import rejects the row)
excel_leading_zero     1         1          Excel ate a PESEL's/REGON's leading zero (if it has one)
address_format         6         5          prefix dropped/"ulica"/"UL.", patron's given name on/off, flat
                                            separator, layout (city first; "ul. X 7" in one column)
address_typo           3         2          typo in street/city, or one postal-code digit
legal_form_variant     –         9          sp. z o.o. → Sp. z o. o. / spółka z ograniczoną odp. …
legal_form_dropped     –         6          "Budmax" for "Budmax sp. z o.o."
descriptor             –         7          trade descriptor added/dropped/abbreviated (PHU, F.H.U., Firma
                                            Handlowa, Przedsiębiorstwo Handlowo-Usługowe …)
word_order             –         4          owner first/last, "Kowalski Jan", partners omitted
quotes                 –         3          brand in „…” or "…" or none
nip_format             –         7          dashes 3-3-2-2/3-2-2-3, spaces, PL prefix
nip_typo               –         2          one wrong digit (checksum fails)
regon_typo             –         1          one wrong digit (checksum fails)
contact_person         –         3          a contact person appears or changes
=====================  ========  =========  ===============================================================

Hard negatives (12 % of clients; own entity, may themselves be re-entered; ``hard_negative`` names the kind on
every row of that entity and ``hard_negative_of`` the partner's entity id). Persons: spouse 30 % (same address,
family name in its gender form or her own, phone shared 30 %, a family e-mail shared 12 %), parent_child 16 %
(20–38 years apart, same family name, same address 80 %), namesake 22 % (same given and family name, other birth
date, other address: another city 85 %), twin 12 % (same family name, birth date, address 90 %; other given name),
father_son 20 % (same given and family name, same address 85 %, 20–38 years apart, phone shared 30 %).
Companies: group_company 45 % (brand + "Serwis"/"Development"…, same address 80 %, phone 40 %, e-mail domain 50 %,
own NIP/REGON), sole_trader_vs_company 35 % (a sole trader and a company of one brand, same city 60 %, same
address 30 %), namesake_company 20 % (same name in another city). Every client has its own PESEL/NIP/REGON.

Rows are shuffled; record ids follow file order.
"""

import argparse
import bisect
import copy
import csv
import datetime as dt
import io
import sys
import time

import random

# ----------------------------------------------------------------------------------------------------------------
# Reference data
# ----------------------------------------------------------------------------------------------------------------

MALE_GIVEN = (
    "Piotr Krzysztof Andrzej Tomasz Jan Paweł Michał Marcin Jakub Adam Łukasz Marek Grzegorz Mateusz Wojciech "
    "Mariusz Dariusz Zbigniew Jerzy Maciej Rafał Stanisław Kamil Robert Janusz Józef Ryszard Tadeusz Jacek "
    "Sławomir Roman Kazimierz Bartosz Dawid Szymon Mirosław Przemysław Artur Sebastian Daniel Henryk Wiesław "
    "Damian Patryk Karol Leszek Arkadiusz Bogdan Jarosław Waldemar Zdzisław Radosław Filip Kacper Adrian Hubert "
    "Dominik Konrad Norbert Bartłomiej Aleksander Eugeniusz Edward Władysław Czesław Bogusław Witold Zenon Antoni "
    "Franciszek Igor Oskar Wiktor Mikołaj Ignacy Emil Cezary Tymoteusz Krystian Grzegorz Łucjan Feliks").split()
FEMALE_GIVEN = (
    "Anna Katarzyna Maria Małgorzata Agnieszka Barbara Ewa Krystyna Elżbieta Magdalena Joanna Zofia Aleksandra "
    "Monika Teresa Danuta Natalia Julia Karolina Marta Beata Dorota Halina Jadwiga Janina Jolanta Iwona Grażyna "
    "Irena Bożena Urszula Paulina Justyna Renata Agata Helena Sylwia Patrycja Izabela Weronika Wiktoria Dominika "
    "Emilia Kinga Edyta Alicja Martyna Gabriela Marianna Stanisława Wanda Lucyna Wiesława Mirosława Genowefa "
    "Kazimiera Hanna Lena Oliwia Amelia Zuzanna Maja Klaudia Ewelina Kamila Anita Marzena Aneta Bogumiła "
    "Honorata Jagoda Żaneta").split()
MALE_GIVEN = list(dict.fromkeys(MALE_GIVEN))
FEMALE_GIVEN = list(dict.fromkeys(FEMALE_GIVEN))

DIMINUTIVES = {
    "Katarzyna": ["Kasia"], "Tomasz": ["Tomek"], "Małgorzata": ["Gosia", "Małgosia"], "Aleksandra": ["Ola"],
    "Agnieszka": ["Aga"], "Aleksander": ["Olek"], "Krzysztof": ["Krzysiek"], "Józef": ["Józek"],
    "Stanisław": ["Staszek"], "Władysław": ["Władek"], "Bartłomiej": ["Bartek"], "Bartosz": ["Bartek"],
    "Grzegorz": ["Grzesiek"], "Wojciech": ["Wojtek"], "Jan": ["Janek"], "Piotr": ["Piotrek"], "Jakub": ["Kuba"],
    "Dariusz": ["Darek"], "Zbigniew": ["Zbyszek"], "Jarosław": ["Jarek"], "Mirosław": ["Mirek"],
    "Sławomir": ["Sławek"], "Radosław": ["Radek"], "Przemysław": ["Przemek"], "Ryszard": ["Rysiek"],
    "Tadeusz": ["Tadek"], "Henryk": ["Heniek"], "Kazimierz": ["Kazik"], "Wiesław": ["Wiesiek"],
    "Arkadiusz": ["Arek"], "Maciej": ["Maciek"], "Mateusz": ["Mati"], "Michał": ["Michał"],
    "Anna": ["Ania"], "Maria": ["Marysia"], "Barbara": ["Basia"], "Elżbieta": ["Ela"], "Krystyna": ["Krysia"],
    "Joanna": ["Asia"], "Magdalena": ["Magda"], "Jadwiga": ["Jadzia"], "Zofia": ["Zosia"], "Jolanta": ["Jola"],
    "Izabela": ["Iza"], "Urszula": ["Ula"], "Alicja": ["Ala"], "Mirosława": ["Mirka"], "Stanisława": ["Stasia"],
    "Helena": ["Hela"], "Wiesława": ["Wiesia"], "Danuta": ["Danka"], "Teresa": ["Tereska"], "Halina": ["Halinka"],
    "Dorota": ["Dorotka"], "Weronika": ["Werka"], "Zuzanna": ["Zuzia"], "Genowefa": ["Gienia"],
    "Ołeksandr": ["Sasza"], "Wołodymyr": ["Wołodia"], "Dmytro": ["Dima"], "Mykoła": ["Kola"],
    "Ołena": ["Lena"], "Natalija": ["Natasza"], "Julija": ["Julia"], "Tetiana": ["Tania"],
    "William": ["Bill"], "Robert": ["Bob"], "Elizabeth": ["Liz"], "Michael": ["Mike"], "Thomas": ["Tom"],
}
DIMINUTIVES.pop("Michał")

COMMON_SURNAMES = (
    "Nowak Kowalski Wiśniewski Wójcik Kowalczyk Kamiński Lewandowski Zieliński Szymański Woźniak Dąbrowski "
    "Kozłowski Jankowski Mazur Wojciechowski Kwiatkowski Krawczyk Kaczmarek Piotrowski Grabowski Zając "
    "Pawłowski Michalski Król Wieczorek Jabłoński Wróbel Nowakowski Majewski Olszewski Stępień Malinowski "
    "Jaworski Adamczyk Dudek Nowicki Pawlak Górski Witkowski Walczak Sikora Baran Rutkowski Michalak Szewczyk "
    "Ostrowski Tomaszewski Pietrzak Zalewski Wróblewski Marciniak Jasiński Zawadzki Bąk Jakubowski Sadowski "
    "Duda Włodarczyk Wilk Chmielewski Borkowski Sokołowski Szczepański Sawicki Lis Kucharski Mazurek Kubiak "
    "Kalinowski Wysocki Maciejewski Czarnecki Kołodziej Urbański Kaźmierczak Sobczak Konieczny Głowacki "
    "Zakrzewski Krajewski Krupa Laskowski Ziółkowski Gajewski Szulc Makowski Mróz Przybylski Kowalewski "
    "Domański Kaczmarczyk Nowacki Tomczyk Borowski Czerwiński Jóźwiak Adamski Sowa Wasilewski Pietrzyk "
    "Kasprzak Cieślak Szymczak Marczak Kurek Kozieł Wawrzyniak Zięba Leśniak Żak Piątek Stachowiak Rudzki "
    "Czarny Biały Wesoły Mały Cichy Grudzki Brodzki Zagrodzki Śliwa Gołębiowski Rogalski Dziedzic").split()
ADJECTIVAL = {"Konieczny", "Czarny", "Biały", "Wesoły", "Mały", "Cichy", "Siwy", "Rudy", "Dziki", "Łysy",
              "Szary", "Zielony", "Dobry"}
SURNAME_ROOTS = (
    "Bar Biel Bor Brzez Buk Chmiel Cich Dąb Dobr Dług Gaj Głog Gór Grab Grod Gryb Jaw Jez Kal Kam Kos Koz "
    "Krzyw Las Lip Łęcz Łuk Mal Mił Mod Mokr Mros Nad Ols Orzech Pias Pod Pol Pot Prus Rad Ros Rud Ryb Sad "
    "Sit Sław Sok Sosn Star Strzel Such Szcz Trzcin Wal Wierzb Wil Wit Wod Wol Wrzos Zab Zaj Zal Zar Zbor "
    "Żab Żel Żuk Chod Czap Czer Dem Dom Drozd Dud Filip Gaw Gil Gołęb Grzyb Jagodz Jastrzęb Jelon Kacz Karp "
    "Kies Klim Kop Kuc Kur Lech Lew Lis Marc Mat Michn Mik Mosz Niedź Now Osm Pach Pawl Pietr Piot Pluc "
    "Przyb Rak Rog Sobk Stach Stef Szew Szym Tom Trusz Urb Wach Wasz Wawrz Wiecz Wiel Wojt Zawisz Zdun "
    "Żmud Bogd Brod Chlebd Ciesl Dziub Fij Gorz Hajd Jurk Kraw Krup Kul Lub Miech Ner Olech "
    "Pełk Pisk Rzep Sier Skowr Smol Świątk Tarn Tyl Wańk Zięt Żurk Bart Bies Cyb Dron").split()
SURNAME_ADJ_SUFFIXES = ["owski", "ewski", "iński", "ański", "ecki", "icki"]
SURNAME_NOUN_SUFFIXES = ["ak", "ek", "czyk", "uk", "owicz", "ewicz", "ik", "as", "ała", "uch", "ul", "ysz"]

UA_MALE = [("Ołeksandr", "Oleksandr"), ("Andrij", "Andriy"), ("Serhij", "Serhiy"), ("Wołodymyr", "Volodymyr"),
           ("Dmytro", "Dmitro"), ("Mykoła", "Mykola"), ("Iwan", "Ivan"), ("Taras", "Taras"), ("Jurij", "Yuriy"),
           ("Ihor", "Igor"), ("Wasyl", "Vasyl"), ("Bohdan", "Bohdan"), ("Maksym", "Maksim")]
UA_FEMALE = [("Ołena", "Olena"), ("Iryna", "Irina"), ("Natalija", "Nataliia"), ("Oksana", "Oksana"),
             ("Switłana", "Svitlana"), ("Tetiana", "Tetyana"), ("Julija", "Yuliia"), ("Hałyna", "Halyna"),
             ("Marija", "Mariia"), ("Anastazija", "Anastasiia")]
UA_FAMILY = [("Kowalenko", "Kovalenko"), ("Szewczenko", "Shevchenko"), ("Bondarenko", "Bondarenko"),
             ("Tkaczenko", "Tkachenko"), ("Kowalczuk", "Kovalchuk"), ("Melnyk", "Melnik"), ("Bojko", "Boyko"),
             ("Krawec", "Kravets"), ("Ołijnyk", "Oliinyk"), ("Łysenko", "Lysenko"), ("Moroz", "Moroz"),
             ("Petrenko", "Petrenko"), ("Sawczenko", "Savchenko"), ("Romanenko", "Romanenko"),
             ("Kłymenko", "Klymenko"), ("Marczenko", "Marchenko"), ("Poliszczuk", "Polishchuk"),
             ("Hrycenko", "Hrytsenko"), ("Szewczuk", "Shevchuk"), ("Kuzmenko", "Kuzmenko")]
DE_MALE = [("Hans",), ("Klaus",), ("Jürgen", "Juergen"), ("Stefan",), ("Michael",), ("Thomas",), ("Wolfgang",),
           ("Günter", "Guenter"), ("Uwe",), ("Dieter",)]
DE_FEMALE = [("Sabine",), ("Ursula",), ("Petra",), ("Monika",), ("Andrea",), ("Claudia",), ("Brigitte",)]
DE_FAMILY = [("Müller", "Mueller", "Muller"), ("Schmidt",), ("Schneider",), ("Fischer",), ("Weber",), ("Meyer",),
             ("Wagner",), ("Becker",), ("Schulz",), ("Hoffmann", "Hofmann"), ("Schäfer", "Schaefer"), ("Koch",),
             ("Bauer",), ("Richter",), ("Klein",), ("Wolf",), ("Schröder", "Schroeder"), ("Neumann",),
             ("Zimmermann",), ("Krüger", "Krueger"), ("Hartmann",), ("Köhler", "Koehler"), ("Weiß", "Weiss")]
EN_MALE = [("John",), ("David",), ("Michael",), ("James",), ("Robert",), ("Paul",), ("Mark",), ("Andrew",),
           ("Richard",), ("Thomas",), ("William",)]
EN_FEMALE = [("Sarah",), ("Emma",), ("Emily",), ("Jennifer",), ("Elizabeth",), ("Mary",), ("Laura",), ("Kate",)]
EN_FAMILY = [("Smith",), ("Jones",), ("Williams",), ("Brown",), ("Taylor",), ("Davies",), ("Wilson",), ("Evans",),
             ("Johnson",), ("Roberts",), ("Walker",), ("Wright",), ("Robinson",), ("Thompson",),
             ("O'Connor", "OConnor"), ("McDonald", "MacDonald"), ("Clarke", "Clark")]

# name, first postal code, last postal code, weight (thousands of inhabitants), landline area code, REGON region
CITIES = [
    ("Warszawa", "00-001", "04-999", 1860, "22", "14"), ("Kraków", "30-001", "31-999", 800, "12", "12"),
    ("Łódź", "90-001", "94-999", 660, "42", "10"), ("Wrocław", "50-001", "54-999", 670, "71", "02"),
    ("Poznań", "60-001", "61-999", 540, "61", "30"), ("Gdańsk", "80-001", "80-999", 486, "58", "22"),
    ("Szczecin", "70-001", "71-999", 395, "91", "32"), ("Bydgoszcz", "85-001", "85-999", 330, "52", "04"),
    ("Lublin", "20-001", "20-999", 334, "81", "06"), ("Białystok", "15-001", "15-999", 292, "85", "20"),
    ("Katowice", "40-001", "40-999", 286, "32", "24"), ("Gdynia", "81-001", "81-599", 243, "58", "22"),
    ("Częstochowa", "42-200", "42-226", 210, "34", "24"), ("Radom", "26-600", "26-617", 200, "48", "14"),
    ("Toruń", "87-100", "87-123", 196, "56", "04"), ("Sosnowiec", "41-200", "41-219", 193, "32", "24"),
    ("Kielce", "25-001", "25-900", 187, "41", "26"), ("Rzeszów", "35-001", "35-959", 197, "17", "18"),
    ("Gliwice", "44-100", "44-164", 175, "32", "24"), ("Zabrze", "41-800", "41-820", 170, "32", "24"),
    ("Olsztyn", "10-001", "10-900", 170, "89", "28"), ("Bielsko-Biała", "43-300", "43-382", 168, "33", "24"),
    ("Bytom", "41-900", "41-936", 160, "32", "24"), ("Zielona Góra", "65-001", "65-950", 140, "68", "08"),
    ("Rybnik", "44-200", "44-274", 136, "32", "24"), ("Ruda Śląska", "41-700", "41-717", 136, "32", "24"),
    ("Opole", "45-001", "45-950", 127, "77", "16"), ("Tychy", "43-100", "43-143", 127, "32", "24"),
    ("Gorzów Wielkopolski", "66-400", "66-416", 120, "95", "08"), ("Elbląg", "82-300", "82-315", 117, "55", "28"),
    ("Płock", "09-400", "09-421", 117, "24", "14"), ("Dąbrowa Górnicza", "41-300", "41-318", 118, "32", "24"),
    ("Wałbrzych", "58-300", "58-316", 110, "74", "02"), ("Włocławek", "87-800", "87-820", 107, "54", "04"),
    ("Tarnów", "33-100", "33-119", 107, "14", "12"), ("Chorzów", "41-500", "41-516", 107, "32", "24"),
    ("Koszalin", "75-001", "75-900", 106, "94", "32"), ("Kalisz", "62-800", "62-810", 99, "62", "30"),
    ("Legnica", "59-220", "59-223", 99, "76", "02"), ("Grudziądz", "86-300", "86-311", 93, "56", "04"),
    ("Słupsk", "76-200", "76-251", 89, "59", "22"), ("Jaworzno", "43-600", "43-618", 89, "32", "24"),
    ("Jastrzębie-Zdrój", "44-330", "44-338", 87, "32", "24"), ("Nowy Sącz", "33-300", "33-312", 83, "18", "12"),
    ("Jelenia Góra", "58-500", "58-573", 78, "75", "02"), ("Siedlce", "08-100", "08-110", 77, "25", "14"),
    ("Mysłowice", "41-400", "41-412", 74, "32", "24"), ("Konin", "62-500", "62-510", 73, "63", "30"),
    ("Piotrków Trybunalski", "97-300", "97-306", 72, "44", "10"), ("Piła", "64-920", "64-920", 72, "67", "30"),
    ("Inowrocław", "88-100", "88-101", 72, "52", "04"), ("Lubin", "59-300", "59-301", 72, "76", "02"),
    ("Ostrów Wielkopolski", "63-400", "63-401", 71, "62", "30"), ("Suwałki", "16-400", "16-402", 69, "87", "20"),
    ("Stargard", "73-110", "73-110", 68, "91", "32"), ("Gniezno", "62-200", "62-201", 68, "61", "30"),
    ("Pruszków", "05-800", "05-803", 62, "22", "14"), ("Ostrowiec Świętokrzyski", "27-400", "27-400", 68, "41", "26"),
    ("Siemianowice Śląskie", "41-100", "41-106", 66, "32", "24"), ("Głogów", "67-200", "67-200", 66, "76", "02"),
    ("Pabianice", "95-200", "95-200", 64, "42", "10"), ("Leszno", "64-100", "64-100", 62, "65", "30"),
    ("Zamość", "22-400", "22-400", 62, "84", "06"), ("Łomża", "18-400", "18-400", 62, "86", "20"),
    ("Żory", "44-240", "44-240", 62, "32", "24"), ("Pruszcz Gdański", "83-000", "83-000", 32, "58", "22"),
    ("Ełk", "19-300", "19-300", 61, "87", "28"), ("Tomaszów Mazowiecki", "97-200", "97-200", 62, "44", "10"),
    ("Chełm", "22-100", "22-100", 61, "82", "06"), ("Mielec", "39-300", "39-300", 60, "17", "18"),
    ("Kędzierzyn-Koźle", "47-200", "47-200", 60, "77", "16"), ("Przemyśl", "37-700", "37-700", 58, "16", "18"),
    ("Stalowa Wola", "37-450", "37-450", 58, "15", "18"), ("Tczew", "83-110", "83-110", 59, "58", "22"),
    ("Biała Podlaska", "21-500", "21-500", 57, "83", "06"), ("Bełchatów", "97-400", "97-400", 57, "44", "10"),
    ("Świdnica", "58-100", "58-100", 56, "74", "02"), ("Będzin", "42-500", "42-500", 56, "32", "24"),
    ("Zgierz", "95-100", "95-100", 56, "42", "10"), ("Piaseczno", "05-500", "05-500", 48, "22", "14"),
    ("Racibórz", "47-400", "47-400", 54, "32", "24"), ("Legionowo", "05-120", "05-120", 54, "22", "14"),
    ("Ostrołęka", "07-400", "07-400", 51, "29", "14"), ("Świętochłowice", "41-600", "41-600", 50, "32", "24"),
    ("Wejherowo", "84-200", "84-200", 47, "58", "22"), ("Zawiercie", "42-400", "42-400", 49, "32", "24"),
    ("Starachowice", "27-200", "27-200", 48, "41", "26"), ("Skierniewice", "96-100", "96-100", 47, "46", "10"),
    ("Puławy", "24-100", "24-100", 47, "81", "06"), ("Wodzisław Śląski", "44-300", "44-300", 48, "32", "24"),
    ("Tarnowskie Góry", "42-600", "42-600", 61, "32", "24"), ("Kołobrzeg", "78-100", "78-100", 46, "94", "32"),
    ("Otwock", "05-400", "05-400", 45, "22", "14"), ("Krosno", "38-400", "38-400", 46, "13", "18"),
    ("Radomsko", "97-500", "97-500", 46, "44", "10"), ("Kutno", "99-300", "99-300", 43, "24", "10"),
    ("Sopot", "81-701", "81-878", 35, "58", "22"), ("Zakopane", "34-500", "34-500", 27, "18", "12"),
    ("Wieliczka", "32-020", "32-020", 24, "12", "12"), ("Skawina", "32-050", "32-050", 24, "12", "12"),
    ("Swarzędz", "62-020", "62-020", 31, "61", "30"), ("Luboń", "62-030", "62-030", 32, "61", "30"),
    ("Żywiec", "34-300", "34-300", 31, "33", "24"), ("Oświęcim", "32-600", "32-600", 36, "33", "12"),
    ("Łomianki", "05-092", "05-092", 17, "22", "14"), ("Ząbki", "05-091", "05-091", 38, "22", "14"),
    ("Marki", "05-270", "05-270", 36, "22", "14"), ("Rumia", "84-230", "84-230", 49, "58", "22"),
    ("Reda", "84-240", "84-240", 27, "58", "22"), ("Września", "62-300", "62-300", 30, "61", "30"),
    ("Kłodzko", "57-300", "57-300", 26, "74", "02"), ("Oleśnica", "56-400", "56-400", 37, "71", "02"),
    ("Oława", "55-200", "55-200", 33, "71", "02"), ("Nysa", "48-300", "48-300", 43, "77", "16"),
    ("Brzeg", "49-300", "49-300", 35, "77", "16"), ("Sanok", "38-500", "38-500", 36, "13", "18"),
    ("Dębica", "39-200", "39-200", 45, "14", "18"), ("Augustów", "16-300", "16-300", 30, "87", "20"),
    ("Giżycko", "11-500", "11-500", 29, "87", "28"), ("Iława", "14-200", "14-200", 32, "89", "28"),
    ("Malbork", "82-200", "82-200", 38, "55", "22"), ("Chojnice", "89-600", "89-600", 39, "52", "22"),
    ("Świnoujście", "72-600", "72-600", 40, "91", "32"), ("Bolesławiec", "59-700", "59-700", 38, "75", "02"),
    ("Żary", "68-200", "68-200", 37, "68", "08"), ("Mińsk Mazowiecki", "05-300", "05-300", 40, "25", "14"),
    ("Grodzisk Mazowiecki", "05-825", "05-825", 32, "22", "14"), ("Wołomin", "05-200", "05-200", 37, "22", "14"),
    ("Nowy Targ", "34-400", "34-400", 33, "18", "12"), ("Bochnia", "32-700", "32-700", 30, "14", "12"),
    ("Myślenice", "32-400", "32-400", 18, "12", "12"), ("Sandomierz", "27-600", "27-600", 23, "15", "26"),
    ("Sieradz", "98-200", "98-200", 41, "43", "10"), ("Kościerzyna", "83-400", "83-400", 23, "58", "22"),
    ("Ciechanów", "06-400", "06-400", 43, "23", "14"), ("Kwidzyn", "82-500", "82-500", 38, "55", "22"),
    ("Starogard Gdański", "83-200", "83-200", 47, "58", "22"), ("Lębork", "84-300", "84-300", 35, "59", "22"),
    ("Mikołów", "43-190", "43-190", 40, "32", "24"), ("Olkusz", "32-300", "32-300", 36, "32", "12"),
    ("Chrzanów", "32-500", "32-500", 37, "32", "12"), ("Nowa Sól", "67-100", "67-100", 39, "68", "08"),
    ("Żagań", "68-100", "68-100", 25, "68", "08"), ("Świebodzin", "66-200", "66-200", 21, "68", "08"),
    ("Szczecinek", "78-400", "78-400", 40, "94", "32"), ("Police", "72-010", "72-010", 32, "91", "32"),
    ("Łowicz", "99-400", "99-400", 28, "46", "10"), ("Wieluń", "98-300", "98-300", 22, "43", "10"),
    ("Jarocin", "63-200", "63-200", 26, "62", "30"), ("Krotoszyn", "63-700", "63-700", 28, "62", "30"),
    ("Puck", "84-100", "84-100", 11, "58", "22"), ("Brodnica", "87-300", "87-300", 28, "56", "04"),
    ("Mrągowo", "11-700", "11-700", 21, "89", "28"), ("Ostróda", "14-100", "14-100", 32, "89", "28"),
    ("Hajnówka", "17-200", "17-200", 20, "85", "20"), ("Zambrów", "18-300", "18-300", 21, "86", "20"),
]

STREETS_UL = (
    "Długa Krótka Polna Leśna Słoneczna Kwiatowa Ogrodowa Lipowa Brzozowa Szkolna Kościelna Zielona Parkowa "
    "Łąkowa Akacjowa Klonowa Jesionowa Wrzosowa Różana Cicha Spacerowa Sportowa Graniczna Młyńska Piaskowa Górna "
    "Dolna Kolejowa Dworcowa Wiejska Modrzewiowa Sosnowa Dębowa Świerkowa Wąska Nowa Rzeczna Źródlana "
    "Przemysłowa Fabryczna Handlowa Kasztanowa Jaśminowa Bukowa Wiśniowa Czereśniowa Słowicza Orzechowa "
    "Ogrodnicza Zamkowa Targowa Rolna Strażacka Pocztowa Łąkowa Magazynowa Składowa Warszawska Krakowska "
    "Poznańska Gdańska Toruńska Lubelska Wrocławska Kaliska Mazowiecka Śląska Reymonta").split()
STREETS_UL = [(s, s) for s in dict.fromkeys(STREETS_UL)]
STREETS_UL += [
    ("Adama Mickiewicza", "Mickiewicza"), ("Henryka Sienkiewicza", "Sienkiewicza"),
    ("Juliusza Słowackiego", "Słowackiego"), ("Mikołaja Kopernika", "Kopernika"),
    ("Tadeusza Kościuszki", "Kościuszki"), ("Bolesława Prusa", "Prusa"), ("Marii Konopnickiej", "Konopnickiej"),
    ("Stefana Żeromskiego", "Żeromskiego"), ("Fryderyka Chopina", "Chopina"), ("Józefa Piłsudskiego", "Piłsudskiego"),
    ("Kazimierza Pułaskiego", "Pułaskiego"), ("Jana Kilińskiego", "Kilińskiego"),
    ("Ignacego Paderewskiego", "Paderewskiego"), ("Marii Skłodowskiej-Curie", "Skłodowskiej-Curie"),
    ("Stanisława Moniuszki", "Moniuszki"), ("Jana Matejki", "Matejki"), ("Elizy Orzeszkowej", "Orzeszkowej"),
    ("Józefa Bema", "Bema"), ("Romualda Traugutta", "Traugutta"), ("gen. Władysława Andersa", "Andersa"),
    ("Kardynała Stefana Wyszyńskiego", "Wyszyńskiego"), ("Jana Kochanowskiego", "Kochanowskiego"),
    ("Cypriana Kamila Norwida", "Norwida"), ("Jana Kasprowicza", "Kasprowicza"),
    ("Gabriela Narutowicza", "Narutowicza"), ("Wincentego Witosa", "Witosa"),
    ("3 Maja", "3 Maja"), ("11 Listopada", "11 Listopada"), ("1 Maja", "1 Maja"),
    ("Wojska Polskiego", "Wojska Polskiego"), ("Armii Krajowej", "Armii Krajowej"),
    ("Powstańców Wielkopolskich", "Powstańców Wielkopolskich"), ("Bohaterów Westerplatte", "Westerplatte"),
]
STREETS_AL = [("Jana Pawła II", "Jana Pawła II"), ("Niepodległości", "Niepodległości"),
              ("Solidarności", "Solidarności"), ("Wojska Polskiego", "Wojska Polskiego"),
              ("Grunwaldzka", "Grunwaldzka"), ("Armii Krajowej", "Armii Krajowej"), ("Zwycięstwa", "Zwycięstwa"),
              ("Józefa Piłsudskiego", "Piłsudskiego"), ("Tysiąclecia", "Tysiąclecia")]
STREETS_PL = [("Wolności", "Wolności"), ("Grunwaldzki", "Grunwaldzki"), ("Tadeusza Kościuszki", "Kościuszki"),
              ("Adama Mickiewicza", "Mickiewicza"), ("Konstytucji 3 Maja", "Konstytucji 3 Maja"),
              ("Jana Pawła II", "Jana Pawła II"), ("Zwycięstwa", "Zwycięstwa")]
STREETS_OS = [("Tysiąclecia", "Tysiąclecia"), ("Piastów", "Piastów"), ("Kosmonautów", "Kosmonautów"),
              ("Słoneczne", "Słoneczne"), ("Stefana Batorego", "Batorego"), ("Złotego Wieku", "Złotego Wieku"),
              ("Przyjaźni", "Przyjaźni"), ("Bolesława Chrobrego", "Chrobrego"), ("Jagiellońskie", "Jagiellońskie"),
              ("Kazimierza Wielkiego", "Kazimierza Wielkiego"), ("Zielone", "Zielone")]

MOBILE_PREFIXES = ["50", "51", "53", "57", "60", "66", "69", "72", "73", "78", "79", "88", "45"]

NIP_PREFIXES = ("525 526 527 521 522 524 113 118 951 952 676 677 679 779 778 781 782 894 895 896 897 898 899 583 "
                "584 585 586 587 588 589 851 852 853 954 955 634 635 641 642 643 644 645 646 647 648 712 713 714 "
                "715 716 717 542 543 966 967 968 813 814 815 816 817 739 741 742 743 744 754 755 756 929 973 927 "
                "657 658 661 662 663 664 665 666 667 668 669 671 672 673 674 675 682 683 684 685 686 687 688 689 "
                "691 692 693 694 695 696 697 698 699 731 732 733 734 735 761 762 763 764 765 766 767 768 771 772 "
                "773 774 775 776 777 783 784 785 786 787 788 789").split()

BRAND_A = ("Bud Trans Pol Agro Elektro Metal Drew Tech Inter Euro Med Eko Auto Info Stal Kom Hydro Term Dom Farm "
           "Geo Sol Mar Pro Max Net Gaz Wod San Plast Tex Lux Art Nova Rol Kar Bet Dach Mebl Opal Glob Vita Pak "
           "Print Chem Kam Rem Ster Tel Fin Log Vet Dent Opt Tap Ener Wel Bis Hurt Spec Mot Ogród Szkło Złom "
           "Elbud Instal Trak Dar").split()
BRAND_B = ("max pol ex mar bud trans tech rem med plast stal tex lux net soft col land com gaz san mix bis tor ral "
           "on ia ik ar et ma sta kom mex fox wit tom gum dar rol bau").split()
BRAND_WORD = ["Serwis", "Trans", "Plus", "System", "Projekt", "Import", "Bud", "Tech", "Med", "Pol"]
BRAND_WORDS = ("Arkada Atlas Orion Horyzont Jantar Perła Sokół Bursztyn Mazowsze Podhale Polonia Warmia Sudety "
               "Wisła Tatra Zefir Omega Delta Alfa Prima Optima Fenix Magnolia Stokrotka Bławatek Korona Dąbek "
               "Słonecznik Wrzos Pegaz Herkules Kometa Promyk Lazur Agat Rubin Granit Kwadrat Impuls Astra "
               "Wektor Galaktyka Merkury Jaskółka Zorza Mozaika Kaskada Bażant Kogut Iskra").split()
GROUP_SUFFIXES = ["Serwis", "Development", "Nieruchomości", "Logistics", "Consulting", "Invest", "Trade", "Holding",
                  "Service", "Technika", "Energia", "Plus", "Nord", "Południe", "Polska", "Group", "Transport",
                  "Produkcja", "Handel", "Budownictwo"]
TRADES = ["Hurtownia Budowlana", "Hurtownia Elektryczna", "Usługi Remontowe", "Usługi Transportowe",
          "Usługi Ogólnobudowlane", "Zakład Stolarski", "Zakład Ślusarski", "Zakład Fryzjerski", "Biuro Rachunkowe",
          "Biuro Podróży", "Warsztat Samochodowy", "Sklep Spożywczy", "Sklep Ogólnospożywczy", "Piekarnia",
          "Cukiernia", "Apteka", "Kwiaciarnia", "Gabinet Stomatologiczny", "Gabinet Fizjoterapii",
          "Pracownia Krawiecka", "Instalatorstwo Elektryczne", "Instalatorstwo Sanitarne", "Usługi Informatyczne",
          "Transport Ciężarowy", "Salon Kosmetyczny", "Kancelaria Radcy Prawnego", "Biuro Nieruchomości",
          "Agencja Reklamowa", "Pracownia Projektowa", "Zakład Pogrzebowy", "Ośrodek Szkolenia Kierowców",
          "Przychodnia Weterynaryjna", "Restauracja", "Pizzeria", "Pensjonat", "Usługi Dźwigowe", "Skład Opału",
          "Tartak", "Gospodarstwo Ogrodnicze", "Usługi Księgowe", "Mechanika Pojazdowa", "Handel Obwoźny"]
DESCRIPTORS = [
    ["F.H.U.", "FHU", "Firma Handlowo-Usługowa", "F.H.U"],
    ["P.H.U.", "PHU", "Przedsiębiorstwo Handlowo-Usługowe", "P.H.U", "Przeds. Handlowo-Usługowe"],
    ["P.P.H.U.", "PPHU", "Przedsiębiorstwo Produkcyjno-Handlowo-Usługowe", "P.P.H.U"],
    ["F.H.", "FH", "Firma Handlowa"],
    ["Z.U.H.", "ZUH", "Zakład Usługowo-Handlowy"],
    ["P.W.", "PW", "Przedsiębiorstwo Wielobranżowe"],
    ["F.U.", "FU", "Firma Usługowa"],
]
LEGAL_FORMS = {
    "spzoo": ["sp. z o.o.", "Sp. z o.o.", "Sp. z o. o.", "sp. z o. o.", "spółka z o.o.",
              "Spółka z ograniczoną odpowiedzialnością", "sp.z o.o.", "Sp.z.o.o.", "SP. Z O.O."],
    "sa": ["S.A.", "SA", "Spółka Akcyjna", "S. A.", "spółka akcyjna"],
    "spj": ["sp.j.", "Sp.j.", "sp. j.", "Sp. J.", "spółka jawna", "Spółka Jawna"],
    "spk": ["sp.k.", "Sp.k.", "sp. k.", "spółka komandytowa", "Sp. kom."],
    "spzoo_spk": ["sp. z o.o. sp.k.", "Sp. z o.o. Sp. k.", "sp. z o.o. sp. k.",
                  "spółka z ograniczoną odpowiedzialnością spółka komandytowa"],
    "sc": ["s.c.", "S.C.", "s. c.", "spółka cywilna", "Spółka Cywilna"],
}
COMPANY_FORMS = [("spzoo", 38), ("sole", 30), ("sc", 10), ("spj", 7), ("spk", 6), ("spzoo_spk", 5), ("sa", 4)]

FREEMAIL = [("gmail.com", 25), ("wp.pl", 18), ("o2.pl", 12), ("onet.pl", 12), ("interia.pl", 10), ("op.pl", 5),
            ("poczta.onet.pl", 2), ("gazeta.pl", 3), ("tlen.pl", 2), ("yahoo.com", 2), ("outlook.com", 3),
            ("hotmail.com", 2), ("vp.pl", 2), ("interia.eu", 2)]
DOMAIN_TYPOS = {"gmail.com": ["gmial.com", "gmail.pl", "gmail.con", "gmai.com", "gmal.com", "gmail,com"],
                "wp.pl": ["wp,pl", "wp.p", "wpl.pl", "wp.pl."], "o2.pl": ["o2,pl", "02.pl", "o2.p"],
                "onet.pl": ["onet,pl", "onte.pl", "onet.p", "one.pl"], "interia.pl": ["inetria.pl", "interia,pl",
                                                                                     "interia.p", "interai.pl"],
                "op.pl": ["op,pl", "o.pl"], "outlook.com": ["outlok.com", "outlook.pl"],
                "yahoo.com": ["yaho.com", "yahoo.pl"], "hotmail.com": ["hotmial.com", "hotmail.pl"]}

PL_STRIP = str.maketrans("ąćęłńóśźżĄĆĘŁŃÓŚŹŻäöüÄÖÜ", "acelnoszzACELNOSZZaouAOU")
PL_DIACRITICS = set("ąćęłńóśźżĄĆĘŁŃÓŚŹŻ")

# clerks: weight, phone, date, nip, street prefix, flat separator, address order in one cell, kind case, legacy
CLERKS = [
    dict(w=30, phone="sp3", date="dmy", nip="plain", prefix="ul.", flat="/", order="street_first", kind="lower"),
    dict(w=22, phone="plain", date="dmy", nip="dash3322", prefix="ul.", flat="/", order="street_first", kind="cap"),
    dict(w=16, phone="dash", date="dmy", nip="dash3223", prefix="", flat=" m. ", order="street_first", kind="lower"),
    dict(w=13, phone="plus48", date="iso", nip="pl", prefix="ul.", flat=" lok. ", order="city_first", kind="cap"),
    dict(w=11, phone="tel", date="dmy", nip="space", prefix="Ul.", flat="/", order="no_comma", kind="lower"),
    dict(w=8, phone="plain", date="iso", nip="plain", prefix="UL.", flat="/", order="street_first", kind="upper",
         legacy=True),
]
PHONE_FORMATS = [("sp3", 28), ("plain", 24), ("dash", 12), ("plus48", 10), ("plus48c", 4), ("0048", 3),
                 ("0048c", 2), ("tel", 8), ("kom", 2), ("paren", 4), ("zero", 3)]
DATE_FORMATS = [("dmy", 80), ("iso", 14), ("dmy_dash", 3), ("dmy_slash", 3)]
NIP_FORMATS = [("plain", 45), ("dash3322", 30), ("dash3223", 10), ("pl", 7), ("space", 5), ("plsp", 3)]
PREFIX_STYLES = [("ul.", 70), ("", 15), ("Ul.", 6), ("UL.", 3), ("ulica ", 6)]
FLAT_SEPS = [("/", 70), (" m. ", 15), (" m ", 5), (" lok. ", 10)]
ADDR_ORDERS = [("street_first", 80), ("city_first", 12), ("no_comma", 8)]

PERSON_CHANGES = [("typo", 13), ("diacritics_lost", 6), ("encoding", 3), ("case", 6), ("whitespace", 2),
                  ("name_swap", 3), ("diminutive", 5), ("family_name_change", 4), ("second_given_name", 4),
                  ("transliteration", 2), ("missing_field", 9), ("field_added", 4), ("moved", 6),
                  ("new_phone", 5), ("new_email", 4), ("phone_format", 6), ("email_typo", 3),
                  ("birth_date_typo", 3), ("date_format", 3), ("pesel_typo", 2), ("excel_leading_zero", 1),
                  ("address_format", 6), ("address_typo", 3)]
COMPANY_CHANGES = [("typo", 10), ("diacritics_lost", 5), ("encoding", 2), ("case", 6), ("whitespace", 2),
                   ("missing_field", 9), ("field_added", 4), ("moved", 4), ("new_phone", 5), ("new_email", 4),
                   ("phone_format", 5), ("email_typo", 2), ("excel_leading_zero", 1), ("address_format", 5),
                   ("address_typo", 2), ("legal_form_variant", 9), ("legal_form_dropped", 6), ("descriptor", 7),
                   ("word_order", 4), ("quotes", 3), ("nip_format", 7), ("nip_typo", 2), ("regon_typo", 1),
                   ("contact_person", 3)]
PERSON_HN = [("spouse", 30), ("parent_child", 16), ("namesake", 22), ("twin", 12), ("father_son", 20)]
COMPANY_HN = [("group_company", 45), ("sole_trader_vs_company", 35), ("namesake_company", 20)]

HEADERS_COLUMNS = ["Rodzaj", "Nazwa firmy", "Imiona", "Nazwisko", "PESEL", "NIP", "REGON", "Data urodzenia",
                   "E-mail", "Telefon", "Ulica", "Nr domu", "Nr lokalu", "Kod pocztowy", "Miejscowość"]
HEADERS_CELLS = ["Rodzaj", "Nazwa firmy", "Imię i nazwisko", "PESEL", "NIP", "REGON", "Data urodzenia", "E-mail",
                 "Telefon", "Adres"]
TRUTH = ["entity_id", "record_id", "hard_negative", "hard_negative_of"]

# ----------------------------------------------------------------------------------------------------------------
# Identifiers
# ----------------------------------------------------------------------------------------------------------------

PESEL_W = (1, 3, 7, 9, 1, 3, 7, 9, 1, 3)
NIP_W = (6, 5, 7, 2, 3, 4, 5, 6, 7)
REGON_W = (8, 9, 2, 3, 4, 5, 6, 7)


def pesel_valid(p):
    if len(p) != 11 or not p.isdigit():
        return False
    return (10 - sum(int(p[i]) * PESEL_W[i] for i in range(10)) % 10) % 10 == int(p[10])


def pesel_date(p):
    """Birth date and sex ('M'/'F') a PESEL encodes, or None."""
    y, m, d = int(p[0:2]), int(p[2:4]), int(p[4:6])
    century = {0: 1900, 20: 2000, 40: 2100, 60: 2200, 80: 1800}
    base = m - m % 20 if m <= 92 else None
    if base not in century:
        return None
    try:
        return dt.date(century[base] + y, m - base, d), ("M" if int(p[9]) % 2 else "F")
    except ValueError:
        return None


def nip_valid(n):
    if len(n) != 10 or not n.isdigit():
        return False
    c = sum(int(n[i]) * NIP_W[i] for i in range(9)) % 11
    return c != 10 and c == int(n[9])


def regon_valid(r):
    if len(r) != 9 or not r.isdigit():
        return False
    c = sum(int(r[i]) * REGON_W[i] for i in range(8)) % 11
    return (0 if c == 10 else c) == int(r[8])


def make_pesel(rng, birth, sex):
    y, m = birth.year, birth.month
    off = {1800: 80, 1900: 0, 2000: 20}[y // 100 * 100]
    head = f"{y % 100:02d}{m + off:02d}{birth.day:02d}{rng.randrange(1000):03d}"
    head += str(rng.choice("13579" if sex == "M" else "02468"))
    return head + str((10 - sum(int(head[i]) * PESEL_W[i] for i in range(10)) % 10) % 10)


def make_nip(rng):
    while True:
        head = rng.choice(NIP_PREFIXES) + "".join(str(rng.randrange(10)) for _ in range(6))
        c = sum(int(head[i]) * NIP_W[i] for i in range(9)) % 11
        if c != 10:
            return head + str(c)


def make_regon(rng, region):
    head = (region if rng.random() < 0.75 else rng.choice(["36", "38", "52", "12", "14"])) + \
        "".join(str(rng.randrange(10)) for _ in range(6))
    c = sum(int(head[i]) * REGON_W[i] for i in range(8)) % 11
    return head + str(0 if c == 10 else c)


def digits_only(text):
    t = text.strip()
    if t.upper().startswith("PL"):
        t = t[2:]
    return "".join(ch for ch in t if ch.isdigit())


# ----------------------------------------------------------------------------------------------------------------
# Text damage
# ----------------------------------------------------------------------------------------------------------------

def _keyboard():
    rows = ["qwertyuiop", "asdfghjkl", "zxcvbnm"]
    offs = [0.0, 0.25, 0.75]
    pos = {}
    for r, row in enumerate(rows):
        for c, ch in enumerate(row):
            pos[ch] = (r, c + offs[r])
    adj = {}
    for a, (ra, ca) in pos.items():
        adj[a] = "".join(b for b, (rb, cb) in pos.items() if b != a and abs(ra - rb) <= 1 and abs(ca - cb) <= 1.0)
    return adj


ADJ = _keyboard()
ORTHO = [("ó", "u"), ("u", "ó"), ("rz", "ż"), ("ż", "rz"), ("ch", "h"), ("h", "ch"), ("ę", "em"), ("ą", "om"),
         ("ś", "si"), ("ń", "ni"), ("ł", "l")]


def typo(rng, s):
    """One keyboard or spelling slip in s (letters only; keeps letter case)."""
    letters = [i for i, ch in enumerate(s) if ch.isalpha()]
    if len(letters) < 3:
        return s
    r = rng.random()
    if r < 0.08:
        low = s.lower()
        cands = [(i, a, b) for a, b in ORTHO for i in range(1, len(s)) if low.startswith(a, i)]
        if cands:
            i, a, b = rng.choice(cands)
            rep = b.upper() if s[i].isupper() else b
            return s[:i] + rep + s[i + len(a):]
    # the first letter is rarely mistyped, and then only by a neighbouring key
    i = rng.choice(letters[1:]) if rng.random() < 0.93 else letters[0]
    ch = s[i]
    r = rng.random() if i != letters[0] else 0.0
    if r < 0.35:
        base = ch.lower().translate(PL_STRIP)
        near = ADJ.get(base)
        if not near:
            return s[:i] + s[i + 1:]
        new = rng.choice(near)
        return s[:i] + (new.upper() if ch.isupper() else new) + s[i + 1:]
    if r < 0.60:
        return s[:i] + s[i + 1:]
    if r < 0.80:
        return s[:i] + ch + s[i:] if i > 0 else s[:i] + ch + ch.lower() + s[i + 1:]
    j = i + 1 if i + 1 < len(s) and s[i + 1].isalpha() else i - 1
    if j < 0 or not s[j].isalpha() or s[j].lower() == ch.lower():
        return s[:i] + s[i + 1:]
    a, b = min(i, j), max(i, j)
    x, y = s[a], s[b]
    if a == 0:  # keep the capital in front
        x, y = x.lower(), y.upper()
    return s[:a] + y + x + s[b + 1:]


def strip_pl(s):
    return s.translate(PL_STRIP).replace("ß", "ss")


def mojibake_utf8_as_cp1250(s):
    out = []
    for ch in s:
        if ord(ch) < 128:
            out.append(ch)
            continue
        for byte in ch.encode("utf-8"):
            try:
                out.append(bytes([byte]).decode("cp1250"))
            except UnicodeDecodeError:
                out.append("?")
    return "".join(out)


def question_marks(s):
    return "".join("?" if ch in PL_DIACRITICS else ch for ch in s)


def ascii_slug(s):
    s = strip_pl(s).lower()
    return "".join(ch for ch in s if ch.isalnum())


# ----------------------------------------------------------------------------------------------------------------
# Generator
# ----------------------------------------------------------------------------------------------------------------

class Picker:
    """Weighted choice with precomputed cumulative weights."""

    def __init__(self, items):
        self.values = [v for v, _ in items]
        self.cum = []
        t = 0.0
        for _, w in items:
            t += w
            self.cum.append(t)

    def __call__(self, rng):
        return self.values[bisect.bisect_right(self.cum, rng.random() * self.cum[-1])]


def fem(name):
    def one(p):
        if p.endswith(("ski", "cki", "dzki")) or p in ADJECTIVAL:
            return p[:-1] + "a"
        return p
    return "-".join(one(p) for p in name.split("-"))


class Generator:
    def __init__(self, seed):
        self.rng = random.Random(seed)
        rng = self.rng
        self.male = Picker([(n, 1.0 / (i + 4)) for i, n in enumerate(MALE_GIVEN)])
        self.female = Picker([(n, 1.0 / (i + 4)) for i, n in enumerate(FEMALE_GIVEN)])
        self.common = Picker([(n, 1.0 / (i + 20)) for i, n in enumerate(COMMON_SURNAMES)])
        tail = []
        for root in SURNAME_ROOTS:
            for suf in SURNAME_ADJ_SUFFIXES + SURNAME_NOUN_SUFFIXES:
                name = root + suf
                if name not in COMMON_SURNAMES:
                    tail.append((name, min(6.0, rng.paretovariate(2.0))))
        self.tail = Picker(tail)
        self.tail_size = len(tail)
        self.cities = Picker([(c, c[3] ** 0.85) for c in CITIES])
        self.streets = {"ul.": Picker([(s, 1) for s in STREETS_UL]), "al.": Picker([(s, 1) for s in STREETS_AL]),
                        "pl.": Picker([(s, 1) for s in STREETS_PL]), "os.": Picker([(s, 1) for s in STREETS_OS])}
        self.street_kind = Picker([("ul.", 85), ("al.", 6), ("os.", 6), ("pl.", 3)])
        self.freemail = Picker(FREEMAIL)
        self.company_form = Picker(COMPANY_FORMS)
        self.person_change = Picker(PERSON_CHANGES)
        self.company_change = Picker(COMPANY_CHANGES)
        self.person_hn = Picker(PERSON_HN)
        self.company_hn = Picker(COMPANY_HN)
        self.clerk = Picker([(i, c["w"]) for i, c in enumerate(CLERKS)])
        self.phone_fmt = Picker(PHONE_FORMATS)
        self.date_fmt = Picker(DATE_FORMATS)
        self.nip_fmt = Picker(NIP_FORMATS)
        self.prefix_style = Picker(PREFIX_STYLES)
        self.flat_sep = Picker(FLAT_SEPS)
        self.addr_order = Picker(ADDR_ORDERS)
        self.used = {"pesel": set(), "nip": set(), "regon": set(), "email": set(), "phone": set()}
        self.entities = []
        self.rows = []
        self.stats_changes = {}
        self.stats_hn = {}

    # -- small values --------------------------------------------------------------------------------------------

    def unique(self, kind, make):
        for _ in range(1000):
            v = make()
            if v not in self.used[kind]:
                self.used[kind].add(v)
                return v
        raise RuntimeError("cannot make a unique " + kind)

    def birth(self, lo=1935, hi=2006):
        rng = self.rng
        y = rng.randint(lo, hi)
        return dt.date(y, 1, 1) + dt.timedelta(days=rng.randrange(366 if y % 4 == 0 else 365))

    def phone(self, city=None, landline_share=0.22):
        rng = self.rng
        if city is not None and rng.random() < landline_share:
            area = city[4]
            return self.unique("phone", lambda: (area + str(rng.randint(2, 8)) +
                                                 "".join(str(rng.randrange(10)) for _ in range(6)), "land"))
        return self.unique("phone", lambda: (rng.choice(MOBILE_PREFIXES) +
                                             "".join(str(rng.randrange(10)) for _ in range(7)), "mobile"))

    def address(self, city=None, company=False):
        rng = self.rng
        city = city or self.cities(rng)
        kind = self.street_kind(rng)
        full, short = self.streets[kind](rng)
        lo, hi = int(city[1].replace("-", "")), int(city[2].replace("-", ""))
        pc = rng.randint(lo, hi)
        pc = f"{pc // 1000:02d}-{pc % 1000:03d}"
        big = city[3] >= 100
        building = str(rng.randint(1, 40) if rng.random() < 0.6 else rng.randint(1, 160))
        if rng.random() < 0.08:
            building += rng.choice("ABCD" if rng.random() < 0.7 else "abc")
        flat_p = 0.45 if company else (0.95 if kind == "os." else (0.72 if big else 0.40))
        flat = str(rng.randint(1, 12) if company else rng.randint(1, 120)) if rng.random() < flat_p else ""
        return dict(kind=kind, full=full, short=short, use_short=rng.random() < 0.55, building=building, flat=flat,
                    postcode=pc, city=city[0], city_ref=city)

    def email_person(self, given, family, birth, domain=None):
        rng = self.rng
        g, f = ascii_slug(given), ascii_slug(family)
        dim = DIMINUTIVES.get(given)
        nick = ascii_slug(dim[0]) if dim else g
        yy = f"{birth.year % 100:02d}"
        pats = [(f"{g}.{f}", 30), (f"{g}{f}", 12), (f"{g[0]}{f}", 10), (f"{g}_{f}", 5), (f"{f}.{g}", 6),
                (f"{g}{yy}", 6), (f"{g}.{f}{yy}", 6), (f"{nick}{rng.randint(1, 999)}", 8), (f"{f}{g[0]}", 5),
                (f"{g[0]}.{f}", 7), (f"{nick}.{f}", 5)]
        local = Picker(pats)(rng)
        dom = domain or self.freemail(rng)

        def make():
            nonlocal local
            e = f"{local}@{dom}"
            local = f"{local}{rng.randint(1, 99)}"
            return e
        return self.unique("email", make)

    def given_name(self, sex, nat):
        rng = self.rng
        if nat == "pl":
            return (self.male if sex == "M" else self.female)(rng), None
        table = {"ua": (UA_MALE, UA_FEMALE), "de": (DE_MALE, DE_FEMALE), "en": (EN_MALE, EN_FEMALE)}[nat]
        v = rng.choice(table[0] if sex == "M" else table[1])
        return v[0], list(v)

    def family_name(self, nat):
        rng = self.rng
        if nat == "pl":
            return (self.common(rng) if rng.random() < 0.25 else self.tail(rng)), None
        v = rng.choice({"ua": UA_FAMILY, "de": DE_FAMILY, "en": EN_FAMILY}[nat])
        return v[0], list(v)

    # -- entities ------------------------------------------------------------------------------------------------

    def person(self, sex=None, nat=None, given=None, family_m=None, birth=None, addr=None, city=None):
        rng = self.rng
        if nat is None:
            r = rng.random()
            nat = "pl" if r < 0.94 else "ua" if r < 0.98 else "de" if r < 0.99 else "en"
        sex = sex or rng.choice("MF")
        if given is None:
            g, gvar = self.given_name(sex, nat)
        else:
            g, gvar = given
        second = None
        if rng.random() < 0.5:
            for _ in range(5):
                second, _v = self.given_name(sex, nat)
                if second != g:
                    break
            if second == g:
                second = None
        if family_m is None:
            family_m, fvar = self.family_name(nat)
        else:
            family_m, fvar = family_m
        family = fem(family_m) if sex == "F" and nat == "pl" else family_m
        if sex == "F" and nat == "pl" and rng.random() < 0.06:
            family = family + "-" + fem(self.family_name("pl")[0])
        birth = birth or self.birth()
        pesel = self.unique("pesel", lambda: make_pesel(rng, birth, sex))
        addr = addr or self.address(city=city)
        has_pesel = rng.random() < (0.40 if nat == "pl" else 0.20)
        e = dict(kind="P", sex=sex, nat=nat, given=g, given_var=gvar, second=second, family_m=family_m,
                 family=family, family_var=fvar, birth=birth, pesel=pesel,
                 email=self.email_person(g, family, birth), phone=self.phone(addr["city_ref"]), addr=addr,
                 known=dict(pesel=has_pesel, birth=has_pesel and rng.random() < 0.95 or rng.random() < 0.35,
                            email=rng.random() < 0.60, phone=rng.random() < 0.75, addr=rng.random() < 0.80),
                 show_second=second is not None and rng.random() < 0.35)
        return e

    def brand(self):
        rng = self.rng
        r = rng.random()
        if r < 0.45:
            return rng.choice(BRAND_A) + rng.choice(BRAND_B)
        if r < 0.60:
            return rng.choice(BRAND_A) + "-" + rng.choice(BRAND_WORD)
        if r < 0.85:
            return rng.choice(BRAND_WORDS)
        if r < 0.93:
            return "".join(rng.choice("ABCDEGHJKLMPRSTWZ") for _ in range(rng.choice((2, 3))))
        a, b = rng.sample("ABDEGJKMPRSTW", 2)
        return f"{a}{b}-" + rng.choice(BRAND_WORD)

    def owner(self):
        sex = self.rng.choice("MM" + "F")  # owners: two thirds men
        g, _ = self.given_name(sex, "pl")
        f, _ = self.family_name("pl")
        return dict(given=g, family=fem(f) if sex == "F" else f, family_m=f, sex=sex)

    def company(self, form=None, brand=None, trade=None, addr=None, city=None, name_like=None):
        rng = self.rng
        form = form or self.company_form(rng)
        e = dict(kind="C", form=form, descr=None, trade=None, brand=None, owners=[], order=0, quotes=None,
                 lf_var=0, partners_style=0)
        if name_like is not None:
            for k in ("descr", "trade", "brand", "owners", "order", "quotes", "partners_style"):
                e[k] = copy.deepcopy(name_like[k])
        elif form == "sole":
            e["owners"] = [self.owner()]
            r = rng.random()
            if r < 0.40:
                e["descr"] = [rng.randrange(len(DESCRIPTORS)), 0]
                e["brand"] = self.brand()
            elif r < 0.70:
                e["trade"] = rng.choice(TRADES)
            elif r < 0.85:
                e["descr"] = [rng.randrange(len(DESCRIPTORS)), 0]
            else:
                e["brand"] = self.brand()
            e["order"] = 0 if rng.random() < 0.75 else 1
        elif form == "sc":
            e["owners"] = [self.owner(), self.owner()]
            e["brand"] = self.brand()
            if rng.random() < 0.6:
                e["descr"] = [rng.randrange(len(DESCRIPTORS)), 0]
            e["order"] = 0 if rng.random() < 0.6 else 1
            e["partners_style"] = rng.randrange(2)
        elif form in ("spj", "spk"):
            e["owners"] = [self.owner(), self.owner()]
            e["brand"] = self.brand() if rng.random() < 0.7 else None
            e["partners_style"] = rng.randrange(3)
        else:
            e["brand"] = self.brand()
            if form == "spzoo" and rng.random() < 0.25:
                e["trade"] = rng.choice(TRADES)
                e["order"] = rng.randrange(2)
            if form == "spzoo_spk" and rng.random() < 0.4:
                e["owners"] = [self.owner()]
            if form == "sa" and rng.random() < 0.3:
                e["brand"] += " Polska"
        if brand is not None:
            e["brand"] = brand
        if trade is not None:
            e["trade"] = trade
        if e["brand"] and (e["trade"] in ("Restauracja", "Pizzeria", "Pensjonat", "Apteka", "Kwiaciarnia")
                           or rng.random() < 0.08):
            e["quotes"] = "pl" if rng.random() < 0.6 else "ascii"
        if e["descr"] is not None and rng.random() < 0.25:
            e["descr"][1] = rng.randrange(len(DESCRIPTORS[e["descr"][0]]))
        if form != "sole":
            lfs = LEGAL_FORMS[form]
            e["lf_var"] = 0 if rng.random() < 0.55 else 1 if rng.random() < 0.6 else rng.randrange(len(lfs))
        addr = addr or self.address(city=city, company=True)
        e["addr"] = addr
        e["nip"] = self.unique("nip", lambda: make_nip(rng))
        e["regon"] = self.unique("regon", lambda: make_regon(rng, addr["city_ref"][5]))
        e["email"] = self.email_company(e)
        e["phone"] = self.phone(addr["city_ref"], landline_share=0.55)
        e["contact"] = e["owners"][0] if form == "sole" else (self.owner() if rng.random() < 0.5 else None)
        e["known"] = dict(nip=rng.random() < 0.85, regon=rng.random() < 0.40, email=rng.random() < 0.70,
                          phone=rng.random() < 0.85, addr=rng.random() < 0.90)
        return e

    def company_domain(self, e, suffix=""):
        rng = self.rng
        base = ascii_slug(e["brand"]) if e["brand"] else (
            ascii_slug(e["owners"][0]["family"]) if e["owners"] else ascii_slug(e["trade"] or "firma"))
        if e["trade"] and not e["brand"] and rng.random() < 0.5:
            base = ascii_slug(e["trade"].split()[-1]) + "-" + base
        tld = Picker([(".pl", 70), (".com.pl", 15), (".eu", 5), (".com", 10)])(rng)
        return base + suffix + tld

    def email_company(self, e, domain=None):
        rng = self.rng
        if domain is None and rng.random() < 0.25:
            base = ascii_slug(e["brand"]) if e["brand"] else ascii_slug(e["owners"][0]["family"]) \
                if e["owners"] else "firma"
            dom = Picker([("wp.pl", 30), ("o2.pl", 20), ("gmail.com", 30), ("interia.pl", 20)])(rng)

            def make():
                return f"{base}{rng.randint(1, 999) if rng.random() < 0.6 else ''}@{dom}"
            return self.unique("email", make)
        dom = domain or self.company_domain(e)
        boxes = Picker([("biuro", 40), ("kontakt", 20), ("info", 12), ("sekretariat", 6), ("office", 4),
                        ("firma", 3), ("zamowienia", 3), ("handlowy", 3), ("owner", 9)])

        def make():
            box = boxes(rng)
            if box == "owner":
                o = e["contact"] if e.get("contact") else (e["owners"][0] if e["owners"] else None)
                box = f"{ascii_slug(o['given'])}.{ascii_slug(o['family'])}" if o else "biuro"
            return f"{box}@{dom}" if rng.random() < 0.9 else f"{box}{rng.randint(1, 9)}@{dom}"
        return self.unique("email", make)

    # -- hard negatives ------------------------------------------------------------------------------------------

    @staticmethod
    def suits(kind, a):
        """Whether the client a can be the partner of a hard negative of the kind."""
        if kind == "father_son":
            return a["sex"] == "M"
        if kind == "spouse":
            return a["birth"].year <= 2000
        if kind in ("group_company", "sole_trader_vs_company"):
            return bool(a["brand"])
        return True

    def hard_negative_person(self, kind, anchor):
        rng = self.rng
        a = anchor
        nat = a["nat"]
        fam = (a["family_m"], a["family_var"])
        shared_addr = copy.deepcopy(a["addr"])
        if kind == "spouse":
            sex = "F" if a["sex"] == "M" else "M"
            by = min(2000, max(1935, a["birth"].year + rng.randint(-8, 8)))
            if rng.random() < 0.15:
                e = self.person(sex=sex, nat=nat, birth=self.birth(by, by), addr=shared_addr)
            else:
                e = self.person(sex=sex, nat=nat, family_m=fam, birth=self.birth(by, by), addr=shared_addr)
            if rng.random() < 0.30:
                e["phone"] = a["phone"]
            if rng.random() < 0.12:
                e["email"] = a["email"]
        elif kind in ("parent_child", "father_son"):
            gap = rng.randint(20, 38)
            if a["birth"].year + gap <= 2006:
                y = a["birth"].year + gap
            else:
                y = max(1935, a["birth"].year - gap)
            sex = "M" if kind == "father_son" else rng.choice("MF")
            given = (a["given"], a["given_var"]) if kind == "father_son" else None
            same = rng.random() < (0.85 if kind == "father_son" else 0.80)
            e = self.person(sex=sex, nat=nat, given=given, family_m=fam, birth=self.birth(y, y),
                            addr=shared_addr if same else None)
            if rng.random() < (0.30 if kind == "father_son" else 0.15):
                e["phone"] = a["phone"]
            if kind == "parent_child" and rng.random() < 0.08:
                e["email"] = a["email"]
        elif kind == "namesake":
            city = a["addr"]["city_ref"] if rng.random() < 0.15 else None
            e = self.person(sex=a["sex"], nat=nat, given=(a["given"], a["given_var"]), family_m=fam, city=city)
            if e["family"] != a["family"] and "-" not in a["family"]:
                e["family"] = a["family"]
        else:  # twin
            sex = rng.choice("MF")
            e = None
            for _ in range(10):
                e = self.person(sex=sex, nat=nat, family_m=fam, birth=a["birth"],
                                addr=shared_addr if rng.random() < 0.9 else None)
                if e["given"] != a["given"]:
                    break
            if a["sex"] == sex and "-" not in a["family"]:
                e["family"] = a["family"]
        if kind != "spouse" and e["sex"] == a["sex"] and "-" in a["family"] and rng.random() < 0.5:
            e["family"] = a["family"]
        e["known"]["addr"] = e["known"]["addr"] or rng.random() < 0.7
        return e

    def hard_negative_company(self, kind, anchor):
        rng = self.rng
        a = anchor
        if kind == "group_company":
            form = Picker([("spzoo", 60), ("spk", 10), ("spzoo_spk", 15), ("sa", 15)])(rng)
            brand = a["brand"]
            if " " in brand and brand.split()[-1] in GROUP_SUFFIXES and rng.random() < 0.5:
                brand = brand.rsplit(" ", 1)[0]
            else:
                brand = brand + " " + rng.choice(GROUP_SUFFIXES)
            addr = copy.deepcopy(a["addr"]) if rng.random() < 0.8 else None
            if addr is not None and rng.random() < 0.4:
                addr["flat"] = str(rng.randint(1, 20))
            e = self.company(form=form, brand=brand, addr=addr, city=a["addr"]["city_ref"])
            e["trade"] = None if form != "spzoo" else e["trade"]
            if rng.random() < 0.4:
                e["phone"] = a["phone"]
            if rng.random() < 0.5:
                dom = a["email"].split("@")[1]
                if dom not in dict(FREEMAIL) and dom not in ("wp.pl", "o2.pl", "gmail.com", "interia.pl"):
                    self.used["email"].discard(e["email"])
                    e["email"] = self.email_company(e, domain=dom)
        elif kind == "sole_trader_vs_company":
            r = rng.random()
            addr = copy.deepcopy(a["addr"]) if r < 0.30 else None
            city = a["addr"]["city_ref"] if r < 0.60 else None
            if a["form"] == "sole":
                form = Picker([("spzoo", 80), ("spj", 10), ("sc", 10)])(rng)
                e = self.company(form=form, brand=a["brand"], addr=addr, city=city)
                e["trade"] = a["trade"] if rng.random() < 0.3 else None
            else:
                e = self.company(form="sole", addr=addr, city=city)
                e["brand"] = a["brand"]
                if e["descr"] is None and e["trade"] is None and rng.random() < 0.5:
                    e["descr"] = [rng.randrange(len(DESCRIPTORS)), 0]
                e["trade"] = None if e["descr"] is not None else e["trade"]
                if a.get("contact") and rng.random() < 0.5:
                    e["owners"] = [copy.deepcopy(a["contact"])]
                    e["contact"] = e["owners"][0]
                self.used["email"].discard(e["email"])
                e["email"] = self.email_company(e)
        else:  # namesake_company: the same name in another town
            e = self.company(form=a["form"], name_like=a)
            e["lf_var"] = a["lf_var"]
            if e["owners"] and e["brand"] and rng.random() < 0.5:  # same name, other owners
                e["owners"] = [self.owner() for _ in e["owners"]]
            if a["form"] == "sole":
                e["contact"] = e["owners"][0]
            while e["addr"]["city"] == a["addr"]["city"]:
                e["addr"] = self.address(company=True)
            self.used["email"].discard(e["email"])
            e["email"] = self.email_company(e, domain=self.company_domain(e, "-" + ascii_slug(e["addr"]["city"])))
        return e

    # -- entries -------------------------------------------------------------------------------------------------

    def style(self):
        rng = self.rng
        ci = self.clerk(rng)
        c = CLERKS[ci]

        def keep(habit, picker):
            return habit if rng.random() < 0.85 else picker(rng)
        return dict(clerk=ci, legacy=c.get("legacy", False), kind=c["kind"],
                    phone=keep(c["phone"], self.phone_fmt), date=keep(c["date"], self.date_fmt),
                    nip=keep(c["nip"], self.nip_fmt), prefix=keep(c["prefix"], self.prefix_style),
                    flat=keep(c["flat"], self.flat_sep), order=keep(c["order"], self.addr_order))

    def first_entry(self, e):
        rng = self.rng
        k = e["known"]
        s = dict(kind=e["kind"], email=e["email"] if k["email"] else None, phone=e["phone"] if k["phone"] else None,
                 addr=copy.deepcopy(e["addr"]) if k["addr"] else None, over={}, fx=[], taint=set(), case=None,
                 ws=None, layout_alt=False, flat_in_building=False, street_with_number=False)
        if e["kind"] == "P":
            s.update(given=[e["given"]] + ([e["second"]] if e["show_second"] else []), family=e["family"],
                     swap=False, birth=e["birth"] if k["birth"] else None, pesel=e["pesel"] if k["pesel"] else None)
        else:
            s.update(name={x: copy.deepcopy(e[x]) for x in ("form", "descr", "trade", "brand", "owners", "order",
                                                             "quotes", "lf_var", "partners_style")},
                     lf=True, nip=e["nip"] if k["nip"] else None, regon=e["regon"] if k["regon"] else None,
                     contact=copy.deepcopy(e["contact"]) if e["contact"] and rng.random() < 0.15 else None)
        return s

    def make_rows(self, e):
        rng = self.rng
        n = 1
        if rng.random() < 0.30:
            n = Picker([(2, 65), (3, 25), (4, 10)])(rng)
        first = self.first_entry(e)
        snaps = [(first, [])]
        for j in range(1, n):
            src = snaps[-1][0] if j >= 2 and rng.random() < 0.4 else first
            s = copy.deepcopy(src)
            k = Picker([(1, 35), (2, 35), (3, 20), (4, 10)])(rng)
            applied = []
            tries = 0
            while len(applied) < k and tries < 60:
                tries += 1
                kind = (self.person_change if e["kind"] == "P" else self.company_change)(rng)
                if kind in [a.split(":")[0] for a in applied] and kind not in ("typo",):
                    continue
                sub = self.apply(kind, s, e)
                if sub:
                    applied.append(kind if sub is True else f"{kind}:{sub}")
            snaps.append((s, applied))
        for j, (s, applied) in enumerate(snaps):
            s["style"] = self.style()
            for a in applied:
                self.stats_changes[a] = self.stats_changes.get(a, 0) + 1
            self.rows.append(dict(entity=e, snap=s, changes=applied, entry=j))
        return n

    # -- changes -------------------------------------------------------------------------------------------------

    def apply(self, kind, s, e):
        """Apply one change of the kind to the entry s; returns a truthy label or False when inapplicable."""
        rng = self.rng
        P = e["kind"] == "P"
        if kind == "typo":
            if P:
                if rng.random() < 0.55:
                    s["family"] = typo(rng, s["family"])
                    return "family_name"
                i = 0 if len(s["given"]) == 1 or rng.random() < 0.8 else 1
                s["given"][i] = typo(rng, s["given"][i])
                return "given_name"
            nm = s["name"]
            parts = [p for p in ("brand", "trade") if nm[p]] + (["owner"] if nm["owners"] else [])
            p = rng.choice(parts)
            if p == "owner":
                o = nm["owners"][0]
                key = "family" if rng.random() < 0.6 else "given"
                new = typo(rng, o[key])
                if new == o[key]:
                    return False
                o[key] = new
            else:
                new = typo(rng, nm[p])
                if new == nm[p]:
                    return False
                nm[p] = new
            return p
        if kind in ("diacritics_lost", "encoding"):
            if not any(ch in PL_DIACRITICS for ch in self.row_text(s)) or any(f[0] in ("strip", "moji", "qm")
                                                                           for f in s["fx"]):
                return False
            if kind == "diacritics_lost":
                s["fx"].append(("strip",))
                return True
            sub = "utf8_as_cp1250" if rng.random() < 0.5 else "question_marks"
            s["fx"].append(("moji",) if sub == "utf8_as_cp1250" else ("qm",))
            return sub
        if kind == "case":
            if s["case"]:
                return False
            r = rng.random()
            s["case"] = "upper_name" if r < 0.5 else "upper_row" if r < 0.75 else "lower_name"
            return s["case"]
        if kind == "whitespace":
            s["ws"] = "double" if rng.random() < 0.6 else "trailing"
            return s["ws"]
        if kind == "name_swap":
            s["swap"] = not s["swap"]
            return True
        if kind == "diminutive":
            d = DIMINUTIVES.get(s["given"][0])
            if not d:
                return False
            s["given"][0] = rng.choice(d)
            return True
        if kind == "family_name_change":
            if e["sex"] != "F" or e["nat"] != "pl":
                return False
            f = s["family"]
            if "-" in f:
                parts = f.split("-")
                s["family"] = parts[0] if rng.random() < 0.5 else parts[-1]
                return "part_dropped"
            new = fem(self.family_name("pl")[0])
            if rng.random() < 0.6:
                s["family"] = f + "-" + new if rng.random() < 0.7 else new + "-" + f
                return "double_barrelled"
            s["family"] = new
            return "married_name"
        if kind == "second_given_name":
            if len(s["given"]) > 1:
                s["given"] = s["given"][:1]
                return "dropped"
            if e["second"]:
                s["given"].append(e["second"])
                return "added"
            return False
        if kind == "transliteration":
            opts = []
            if e["given_var"] and len(set(e["given_var"])) > 1:
                opts.append("given")
            if e["family_var"] and len(set(e["family_var"])) > 1:
                opts.append("family")
            if not opts:
                return False
            which = rng.choice(opts)
            if which == "given":
                cur = s["given"][0]
                s["given"][0] = rng.choice([v for v in e["given_var"] if v != cur] or [cur])
            else:
                cur = s["family"]
                s["family"] = rng.choice([v for v in e["family_var"] if v != cur] or [cur])
            return which
        if kind == "missing_field":
            opts = ["email", "phone", "address"]
            opts += ["pesel", "birth_date"] if P else ["nip", "regon"]
            if s["addr"]:
                opts += ["flat", "postal_code"]
            present = [o for o in opts if self.has(s, o)]
            if not present:
                return False
            o = rng.choice(present)
            self.drop(s, o)
            return o
        if kind == "field_added":
            opts = ["email", "phone", "address"] + (["pesel", "birth_date"] if P else ["nip", "regon"])
            absent = [o for o in opts if not self.has(s, o)]
            if not absent:
                return False
            o = rng.choice(absent)
            key = {"address": "addr", "birth_date": "birth"}.get(o, o)
            s[key] = copy.deepcopy(e[key])
            s["taint"].discard(key)
            return o
        if kind == "moved":
            city = e["addr"]["city_ref"] if rng.random() < 0.6 else None
            s["addr"] = self.address(city=city, company=not P)
            return "same_city" if city else "other_city"
        if kind == "new_phone":
            s["phone"] = self.phone(e["addr"]["city_ref"], landline_share=0.22 if P else 0.5)
            s["over"].pop("phone", None)
            return True
        if kind == "new_email":
            if P:
                s["email"] = self.email_person(s["given"][0] if rng.random() < 0.5 else e["given"], e["family"],
                                               e["birth"])
            else:
                s["email"] = self.email_company(e)
            return True
        if kind == "phone_format":
            if not s["phone"]:
                return False
            cur = s["over"].get("phone")
            while True:
                f = self.phone_fmt(rng)
                if f != cur:
                    break
            if not P and s["phone"][1] == "land" and rng.random() < 0.15:
                f = f + "+ext"
            s["over"]["phone"] = f
            return True
        if kind == "email_typo":
            if not s["email"]:
                return False
            local, dom = s["email"].split("@", 1)
            r = rng.random()
            if r < 0.4 and dom in DOMAIN_TYPOS:
                dom = rng.choice(DOMAIN_TYPOS[dom])
                sub = "domain"
            elif r < 0.55 and "." in local:
                local = local.replace(".", "", 1) if rng.random() < 0.6 else local.replace(".", "_", 1)
                sub = "separator"
            elif r < 0.65:
                local = local[:1].upper() + local[1:]
                sub = "capital"
            else:
                new = typo(rng, local)
                if new == local:
                    return False
                local = new
                sub = "local_part"
            s["email"] = local + "@" + dom
            return sub
        if kind == "birth_date_typo":
            b = s.get("birth")
            if not b:
                return False
            r = rng.random()
            new = None
            if r < 0.3 and b.day <= 12 and b.day != b.month:
                new, sub = b.replace(day=b.month, month=b.day), "day_month_swapped"
            elif r < 0.5:
                y = b.year % 100
                y2 = (y % 10) * 10 + y // 10
                if y2 != y:
                    try:
                        new, sub = b.replace(year=b.year - y + y2), "year_digits_swapped"
                    except ValueError:
                        new = None
            elif r < 0.65:
                m = b.month + rng.choice((-1, 1))
                if 1 <= m <= 12:
                    try:
                        new, sub = b.replace(month=m), "month_off"
                    except ValueError:
                        new = None
            if new is None:
                d = b.day
                for _ in range(10):
                    nd = int(rng.choice((f"{d // 10}{rng.randrange(10)}", f"{rng.randrange(3)}{d % 10}")))
                    if 1 <= nd <= 28 and nd != d:
                        new, sub = b.replace(day=nd), "day_digit"
                        break
                if new is None:
                    new, sub = b.replace(year=b.year + rng.choice((-1, 1))), "year_digit"
            s["birth"] = new
            s["taint"].add("birth")
            return sub
        if kind == "date_format":
            if not s.get("birth"):
                return False
            cur = s["over"].get("date")
            choices = [f for f, _ in DATE_FORMATS if f != cur]
            s["over"]["date"] = rng.choice(choices)
            return True
        if kind in ("pesel_typo", "nip_typo", "regon_typo"):
            key = kind.split("_")[0]
            v = s.get(key)
            if not v or key in s["taint"]:
                return False
            valid = {"pesel": pesel_valid, "nip": nip_valid, "regon": regon_valid}[key]
            for _ in range(20):
                i = rng.randrange(len(v))
                new = v[:i] + str((int(v[i]) + rng.randint(1, 9)) % 10) + v[i + 1:]
                if not valid(new):
                    s[key] = new
                    s["taint"].add(key)
                    return True
            return False
        if kind == "excel_leading_zero":
            for key in ("pesel", "regon"):
                v = s.get(key)
                if v and v.startswith("0") and key not in s["taint"]:
                    s[key] = v.lstrip("0")
                    s["taint"].add(key)
                    return key
            return False
        if kind == "address_format":
            a = s["addr"]
            if not a:
                return False
            r = rng.random()
            if r < 0.3:
                cur = s["over"].get("prefix")
                s["over"]["prefix"] = rng.choice([p for p, _ in PREFIX_STYLES if p != cur])
                return "street_prefix"
            if r < 0.5 and a["full"] != a["short"]:
                a["use_short"] = not a["use_short"]
                return "patron_name"
            if r < 0.7 and a["flat"]:
                s["flat_in_building"] = True  # columns: "7/3" in the building column; cells: the separator
                cur = s["over"].get("flat")
                s["over"]["flat"] = rng.choice([f for f, _ in FLAT_SEPS if f != cur])
                return "flat_separator"
            if r < 0.85:
                s["layout_alt"] = True
                return "layout"
            s["over"]["pc_nodash"] = True
            return "postal_code_no_dash"
        if kind == "address_typo":
            a = s["addr"]
            if not a:
                return False
            r = rng.random()
            if r < 0.5:
                k = "short" if a["use_short"] else "full"
                a[k] = typo(rng, a[k])
                return "street"
            if r < 0.75 or len(a["postcode"]) != 6:
                a["city"] = typo(rng, a["city"])
                return "city"
            pc = a["postcode"]
            i = rng.choice([0, 1, 3, 4, 5])
            a["postcode"] = pc[:i] + str((int(pc[i]) + rng.randint(1, 9)) % 10) + pc[i + 1:]
            return "postal_code"
        # companies
        nm = s.get("name")
        if kind == "legal_form_variant":
            if e["form"] == "sole" or not s["lf"]:
                return False
            n = len(LEGAL_FORMS[e["form"]])
            nm["lf_var"] = rng.choice([i for i in range(n) if i != nm["lf_var"]])
            return True
        if kind == "legal_form_dropped":
            if e["form"] == "sole" or not s["lf"]:
                return False
            if not nm["brand"] and not nm["owners"]:
                return False
            s["lf"] = False
            return True
        if kind == "descriptor":
            if nm["descr"]:
                if rng.random() < 0.5 and (nm["brand"] or nm["owners"] or nm["trade"]):
                    nm["descr"] = None
                    return "dropped"
                g = nm["descr"][0]
                nm["descr"][1] = rng.choice([i for i in range(len(DESCRIPTORS[g])) if i != nm["descr"][1]])
                return "abbreviated_differently"
            if e["form"] in ("sa", "spzoo_spk"):
                return False
            nm["descr"] = [rng.randrange(len(DESCRIPTORS)), rng.randrange(2)]
            return "added"
        if kind == "word_order":
            if e["form"] in ("sole", "sc", "spj", "spk") or nm["trade"]:
                nm["order"] = 1 - nm["order"]
                return True
            return False
        if kind == "quotes":
            if not nm["brand"]:
                return False
            nm["quotes"] = rng.choice([q for q in (None, "pl", "ascii") if q != nm["quotes"]])
            return nm["quotes"] or "removed"
        if kind == "nip_format":
            if not s.get("nip"):
                return False
            cur = s["over"].get("nip")
            s["over"]["nip"] = rng.choice([f for f, _ in NIP_FORMATS if f != cur])
            return True
        if kind == "contact_person":
            if s["contact"] is None:
                s["contact"] = copy.deepcopy(e["contact"]) if e["contact"] else self.owner()
                return "added"
            s["contact"] = self.owner()
            return "changed"
        raise ValueError(kind)

    @staticmethod
    def has(s, o):
        if o == "address":
            return bool(s["addr"])
        if o == "flat":
            return bool(s["addr"] and s["addr"]["flat"])
        if o == "postal_code":
            return bool(s["addr"] and s["addr"]["postcode"])
        return bool(s.get({"birth_date": "birth"}.get(o, o)))

    @staticmethod
    def drop(s, o):
        if o == "address":
            s["addr"] = None
        elif o == "flat":
            s["addr"]["flat"] = ""
        elif o == "postal_code":
            s["addr"]["postcode"] = ""
        else:
            key = {"birth_date": "birth"}.get(o, o)
            s[key] = None
            s["taint"].discard(key)

    def row_text(self, s):
        parts = []
        if s["kind"] == "P":
            parts += s["given"] + [s["family"]]
        else:
            parts.append(company_name(s["name"], s["lf"]))
        if s["addr"]:
            a = s["addr"]
            parts += [a["short"] if a["use_short"] else a["full"], a["city"]]
        return " ".join(parts)

    # -- whole run -----------------------------------------------------------------------------------------------

    def run(self, n):
        rng = self.rng
        persons, companies = [], []
        hn = {}
        for i in range(n):
            is_person = rng.random() < 0.70
            pool = persons if is_person else companies
            if rng.random() < 0.12 and len(pool) >= 20:
                kind = (self.person_hn if is_person else self.company_hn)(rng)
                for _ in range(50):
                    anchor = pool[rng.randrange(len(pool))]
                    if not anchor.get("hn") and self.suits(kind, anchor):
                        break
                else:
                    kind = "namesake" if is_person else "namesake_company"
                    while anchor.get("hn"):
                        anchor = pool[rng.randrange(len(pool))]
                e = (self.hard_negative_person if is_person else self.hard_negative_company)(kind, anchor)
                e["hn"] = (kind, anchor["id"])
                hn[kind] = hn.get(kind, 0) + 1
            else:
                e = self.person() if is_person else self.company()
            e["id"] = f"E{i + 1:06d}"
            pool.append(e)
            self.entities.append(e)
        self.stats_hn = hn
        sizes = {}
        for e in self.entities:
            k = self.make_rows(e)
            sizes[e["id"]] = k
        rng.shuffle(self.rows)
        for i, r in enumerate(self.rows):
            r["record_id"] = f"R{i + 1:07d}"
        return sizes


# ----------------------------------------------------------------------------------------------------------------
# Rendering
# ----------------------------------------------------------------------------------------------------------------

def company_name(nm, lf_shown):
    form = nm["form"]
    parts = []
    brand = nm["brand"]
    if brand and nm["quotes"] == "pl":
        brand = "„" + brand + "”"
    elif brand and nm["quotes"] == "ascii":
        brand = '"' + brand + '"'
    descr = DESCRIPTORS[nm["descr"][0]][nm["descr"][1]] if nm["descr"] else None
    owners = nm["owners"]
    trade = nm["trade"]
    lf = LEGAL_FORMS[form][nm["lf_var"]] if form != "sole" and lf_shown else None
    if form == "sole":
        o = owners[0]
        who = f"{o['given']} {o['family']}" if nm["order"] == 0 else f"{o['family']} {o['given']}"
        core = [x for x in (descr, trade, brand) if x]
        parts = core + [who] if nm["order"] == 0 else [who] + core
    elif form == "sc":
        if nm["partners_style"] == 0:
            who = ", ".join(f"{o['given']} {o['family']}" for o in owners)
        else:
            who = ", ".join(f"{o['given'][0]}. {o['family']}" for o in owners)
        parts = [x for x in (descr, brand, lf) if x] + ([who] if nm["order"] == 0 else [])
    elif form in ("spj", "spk"):
        f1, f2 = owners[0]["family"], owners[1]["family"]
        who = [f"{f1} i Wspólnicy", f"{f1}, {f2}", f"{f1} i Syn"][nm["partners_style"]]
        if nm["order"] == 0 or not brand:
            parts = [x for x in (descr, brand, who, lf) if x]
        else:
            parts = [x for x in (descr, brand, lf) if x]
    else:
        who = owners[0]["family"] if owners else None
        if trade and nm["order"] == 1:
            parts = [x for x in (descr, brand, trade, who, lf) if x]
        else:
            parts = [x for x in (descr, trade, brand, who, lf) if x]
    return " ".join(parts)


def fmt_phone(p, f):
    digits, kind = p
    ext = ""
    if f.endswith("+ext"):
        f = f[:-4]
        ext = f" wew. {int(digits[-3:]) % 90 + 10}"
    if kind == "mobile":
        a, b, c = digits[:3], digits[3:6], digits[6:]
        out = {"plain": digits, "sp3": f"{a} {b} {c}", "dash": f"{a}-{b}-{c}", "plus48": f"+48 {a} {b} {c}",
               "plus48c": "+48" + digits, "0048": f"0048 {a} {b} {c}", "0048c": "0048" + digits,
               "tel": f"tel. {a} {b} {c}", "kom": f"kom. {a}-{b}-{c}", "paren": f"(+48) {a} {b} {c}",
               "zero": f"{a} {b} {c}"}[f]
    else:
        ar, x, y, z = digits[:2], digits[2:5], digits[5:7], digits[7:]
        out = {"plain": digits, "sp3": f"{ar} {x} {y} {z}", "dash": f"{ar}-{x}-{y}-{z}",
               "plus48": f"+48 {ar} {x} {y} {z}", "plus48c": "+48" + digits, "0048": f"0048 {ar} {x} {y} {z}",
               "0048c": "0048" + digits, "tel": f"tel. ({ar}) {x} {y} {z}", "kom": f"tel. {ar} {x}-{y}-{z}",
               "paren": f"({ar}) {x}-{y}-{z}", "zero": f"0{ar} {x} {y} {z}"}[f]
    return out + ext


def fmt_date(d, f):
    return {"dmy": f"{d.day:02d}.{d.month:02d}.{d.year}", "iso": d.isoformat(),
            "dmy_dash": f"{d.day:02d}-{d.month:02d}-{d.year}", "dmy_slash": f"{d.day:02d}/{d.month:02d}/{d.year}"}[f]


def fmt_nip(n, f):
    if len(n) != 10:
        return n
    return {"plain": n, "dash3322": f"{n[:3]}-{n[3:6]}-{n[6:8]}-{n[8:]}",
            "dash3223": f"{n[:3]}-{n[3:5]}-{n[5:7]}-{n[7:]}", "pl": "PL" + n,
            "space": f"{n[:3]} {n[3:6]} {n[6:8]} {n[8:]}", "plsp": f"PL {n[:3]} {n[3:6]} {n[6:8]} {n[8:]}"}[f]


def street_prefix(kind, style):
    """The prefix of a street of the kind (ul./al./pl./os.) in the clerk's style (ul./''/Ul./UL./ulica)."""
    words = {"ul.": "ulica", "al.": "aleja", "pl.": "plac", "os.": "osiedle"}
    style = style.strip()
    if style == "":
        return "os." if kind == "os." else ""
    if style == "ulica":
        return words[kind]
    if style == "UL.":
        return kind.upper()
    if style == "Ul.":
        return kind.capitalize()
    return kind


def join_flat(building, sep, flat):
    return building + sep + flat if flat else building


def render(row, layout):
    """The cells of one row as the clerk typed them: a dict header → text."""
    e, s = row["entity"], row["snap"]
    st = dict(s["style"])
    st.update({k: v for k, v in s["over"].items() if k in ("phone", "date", "nip", "prefix", "flat")})
    P = e["kind"] == "P"
    out = {}
    kind_word = "osoba" if P else "firma"
    out["Rodzaj"] = {"lower": kind_word, "cap": kind_word.capitalize(), "upper": kind_word.upper()}[st["kind"]]
    # names
    if P:
        given, family = " ".join(s["given"]), s["family"]
        if s["swap"]:
            given, family = family, given
        company = ""
    else:
        company = company_name(s["name"], s["lf"])
        c = s["contact"]
        given, family = (c["given"], c["family"]) if c else ("", "")
    # address pieces
    a = s["addr"]
    street = building = flat = pc = city = ""
    if a:
        name = a["short"] if a["use_short"] else a["full"]
        pre = street_prefix(a["kind"], st["prefix"])
        street = (pre + " " + name) if pre else name
        building, flat, pc, city = a["building"], a["flat"], a["postcode"], a["city"]
        if s["over"].get("pc_nodash") and pc:
            pc = pc.replace("-", "")
    # text effects (case, diacritics, encoding, whitespace, the legacy system)
    def fx(t):
        if not t:
            return t
        for f in s["fx"]:
            if f[0] == "strip":
                t = strip_pl(t)
            elif f[0] == "moji":
                t = mojibake_utf8_as_cp1250(t)
            elif f[0] == "qm":
                t = question_marks(t)
        if st["legacy"]:
            t = strip_pl(t).upper()
        return t
    case = s["case"]

    def name_case(t):
        if case in ("upper_name", "upper_row"):
            return t.upper()
        if case == "lower_name":
            return t.lower()
        return t

    def row_case(t):
        return t.upper() if case == "upper_row" else t
    given, family, company = (fx(name_case(x)) for x in (given, family, company))
    street, city = fx(row_case(street)), fx(row_case(city))
    # stray spaces: a double space inside the name (a leading one in the family-name column), or a trailing one
    gap = " "
    if s["ws"] == "double":
        if company:
            company = company.replace(" ", "  ", 1)
        elif layout == "columns":
            family = " " + family
        else:
            gap = "  "
    elif s["ws"] == "trailing":
        if company:
            company += " "
        else:
            family += " "
    out["Nazwa firmy"] = company
    if layout == "columns":
        out["Imiona"], out["Nazwisko"] = given, family
    else:
        out["Imię i nazwisko"] = given + gap + family if given and family else given or family
    out["PESEL"] = (s.get("pesel") or "") if P else ""
    out["NIP"] = "" if P or not s.get("nip") else fmt_nip(s["nip"], st["nip"])
    out["REGON"] = "" if P or not s.get("regon") else s["regon"]
    out["Data urodzenia"] = fmt_date(s["birth"], st["date"]) if P and s.get("birth") else ""
    out["E-mail"] = s["email"] or ""
    out["Telefon"] = fmt_phone(s["phone"], st["phone"]) if s["phone"] else ""
    if layout == "columns":
        bld, fl, st_cell = building, flat, street
        if s["flat_in_building"] and flat:
            bld, fl = join_flat(building, st["flat"], flat), ""
        if s["layout_alt"] and a:
            st_cell, bld = street + " " + bld, ""
        out.update({"Ulica": st_cell, "Nr domu": bld, "Nr lokalu": fl, "Kod pocztowy": pc, "Miejscowość": city})
    else:
        if not a:
            out["Adres"] = ""
        else:
            line1 = f"{street} {join_flat(building, st['flat'], flat)}".strip()
            order = st["order"]
            if s["layout_alt"]:
                order = "city_first" if order != "city_first" else "street_first"
            place = f"{pc} {city}".strip()
            if order == "city_first":
                out["Adres"] = f"{place}, {line1}"
            elif order == "no_comma":
                out["Adres"] = f"{line1} {place}"
            else:
                out["Adres"] = f"{line1}, {place}"
    hn = e.get("hn")
    out["entity_id"] = e["id"]
    out["record_id"] = row["record_id"]
    out["hard_negative"] = hn[0] if hn else ""
    out["hard_negative_of"] = hn[1] if hn else ""
    return out


# ----------------------------------------------------------------------------------------------------------------
# Output, stats, check
# ----------------------------------------------------------------------------------------------------------------

def write(path, rows, layout):
    headers = (HEADERS_COLUMNS if layout == "columns" else HEADERS_CELLS) + TRUTH
    buf = io.StringIO()
    w = csv.writer(buf, delimiter=";", lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
    w.writerow(headers)
    for r in rows:
        cells = render(r, layout)
        w.writerow([cells[h] for h in headers])
    text = buf.getvalue()
    replaced = 0
    if layout == "columns":
        try:
            data = text.encode("cp1250")
        except UnicodeEncodeError:
            data = text.encode("cp1250", errors="replace")
            replaced = sum(1 for ch in text if ch.encode("cp1250", errors="replace") == b"?" and ch != "?")
    else:
        data = b"\xef\xbb\xbf" + text.encode("utf-8")
    with open(path, "wb") as f:
        f.write(data)
    return replaced


def parse_date(t):
    t = t.strip()
    for fmt in ("%d.%m.%Y", "%Y-%m-%d", "%d-%m-%Y", "%d/%m/%Y"):
        try:
            return dt.datetime.strptime(t, fmt).date()
        except ValueError:
            pass
    return None


def check(path, layout, gen):
    """Re-read the file; validate encoding, line ends and the identifiers against what the generator did."""
    problems = []
    raw = open(path, "rb").read()
    if layout == "cells":
        if not raw.startswith(b"\xef\xbb\xbf"):
            problems.append("no UTF-8 BOM")
        text = raw[3:].decode("utf-8")
    else:
        if raw.startswith(b"\xef\xbb\xbf"):
            problems.append("BOM in a cp1250 file")
        try:
            raw.decode("utf-8")
            problems.append("cp1250 file decodes as UTF-8 (no Polish letters?)")
        except UnicodeDecodeError:
            pass
        text = raw.decode("cp1250")
    if text.count("\n") != text.count("\r\n"):
        problems.append("bare LF line ends")
    reader = csv.DictReader(io.StringIO(text, newline=""), delimiter=";")
    by_id = {r["record_id"]: r for r in gen.rows}
    n = 0
    counts = {"pesel": [0, 0], "nip": [0, 0], "regon": [0, 0]}  # [valid untouched, invalid touched]
    pesel_date_ok = 0
    for rec in reader:
        n += 1
        row = by_id[rec["record_id"]]
        s, e = row["snap"], row["entity"]
        if rec["entity_id"] != e["id"]:
            problems.append(f"{rec['record_id']}: entity id")
        for key, col, valid in (("pesel", "PESEL", pesel_valid), ("nip", "NIP", nip_valid),
                                ("regon", "REGON", regon_valid)):
            cell = rec[col]
            if not cell:
                continue
            v = digits_only(cell)
            ok = valid(v)
            tainted = key in s["taint"]
            if ok == tainted:
                problems.append(f"{rec['record_id']}: {key} {cell} valid={ok} touched={tainted}")
            elif ok:
                counts[key][0] += 1
                if v != e[key]:
                    problems.append(f"{rec['record_id']}: {key} {cell} is not the client's")
            else:
                counts[key][1] += 1
            if key == "pesel" and ok:
                pd = pesel_date(v)
                if pd is None or pd[0] != e["birth"] or pd[1] != e["sex"]:
                    problems.append(f"{rec['record_id']}: PESEL does not match the true birth date/sex")
                bd = parse_date(rec["Data urodzenia"]) if rec["Data urodzenia"] else None
                if bd is not None and "birth" not in s["taint"]:
                    if bd != pd[0]:
                        problems.append(f"{rec['record_id']}: PESEL/birth date disagree")
                    else:
                        pesel_date_ok += 1
    if n != len(gen.rows):
        problems.append(f"read {n} rows, wrote {len(gen.rows)}")
    return n, counts, pesel_date_ok, problems


def stats(gen, sizes, elapsed):
    n = len(gen.entities)
    rows = len(gen.rows)
    dup = sum(1 for k in sizes.values() if k > 1)
    pairs = sum(k * (k - 1) // 2 for k in sizes.values())
    persons = sum(1 for e in gen.entities if e["kind"] == "P")
    hn_rows = {}
    for r in gen.rows:
        hn = r["entity"].get("hn")
        if hn:
            hn_rows[hn[0]] = hn_rows.get(hn[0], 0) + 1
    first_clerk = {}
    reentries = other_clerk = 0
    for r in sorted(gen.rows, key=lambda r: (r["entity"]["id"], r["entry"])):
        eid = r["entity"]["id"]
        if eid not in first_clerk:
            first_clerk[eid] = r["snap"]["style"]["clerk"]
        else:
            reentries += 1
            other_clerk += r["snap"]["style"]["clerk"] != first_clerk[eid]
    by_kind = {}
    for k, v in gen.stats_changes.items():
        base = k.split(":")[0]
        by_kind[base] = by_kind.get(base, 0) + v
    legacy = sum(1 for r in gen.rows if r["snap"]["style"]["legacy"])
    company_contact = sum(1 for r in gen.rows if r["entity"]["kind"] == "C" and r["snap"].get("contact"))
    return dict(clients=n, persons=persons, companies=n - persons, rows=rows, re_entries=rows - n,
                clients_with_re_entries=dup, true_pairs=pairs,
                hard_negative_clients=sum(gen.stats_hn.values()), hard_negatives_by_kind=dict(sorted(
                    gen.stats_hn.items())), hard_negative_rows_by_kind=dict(sorted(hn_rows.items())),
                changes_total=sum(by_kind.values()),
                changes_by_kind=dict(sorted(by_kind.items(), key=lambda kv: -kv[1])),
                changes_by_subkind=dict(sorted(gen.stats_changes.items())),
                re_entries_by_other_clerk=other_clerk, legacy_system_rows=legacy,
                company_rows_with_contact_person=company_contact, long_tail_surnames=gen.tail_size,
                seconds=round(elapsed, 2))


def main(argv=None):
    ap = argparse.ArgumentParser(description="Labelled duplicates of a Polish client spreadsheet.")
    ap.add_argument("out")
    ap.add_argument("clients", type=int)
    ap.add_argument("seed", type=int)
    ap.add_argument("layout", choices=["columns", "cells"])
    ap.add_argument("--stats", action="store_true", help="print every count to stderr")
    ap.add_argument("--check", action="store_true", help="re-read the file and validate it")
    args = ap.parse_args(argv)
    t0 = time.time()
    gen = Generator(args.seed)
    sizes = gen.run(args.clients)
    replaced = write(args.out, gen.rows, args.layout)
    st = stats(gen, sizes, time.time() - t0)
    st["unencodable_chars_replaced"] = replaced
    print(f"{args.out}: clients={st['clients']} rows={st['rows']} re-entries={st['re_entries']} "
          f"true_pairs={st['true_pairs']} hard_negatives={st['hard_negative_clients']} "
          f"changes={st['changes_total']} ({st['seconds']} s)", file=sys.stderr)
    if args.stats:
        for k, v in st.items():
            if isinstance(v, dict):
                print(f"  {k}:", file=sys.stderr)
                for kk, vv in v.items():
                    print(f"    {kk}: {vv}", file=sys.stderr)
            else:
                print(f"  {k}: {v}", file=sys.stderr)
    if args.check:
        n, counts, pd_ok, problems = check(args.out, args.layout, gen)
        enc = "UTF-8 with BOM" if args.layout == "cells" else "windows-1250"
        print(f"check: {n} rows re-read as {enc}, CRLF; valid untouched / invalid touched: "
              + ", ".join(f"{k} {v[0]}/{v[1]}" for k, v in counts.items())
              + f"; PESEL agrees with birth date in {pd_ok} rows; problems: {len(problems)}", file=sys.stderr)
        for p in problems[:20]:
            print("  " + p, file=sys.stderr)
        if problems:
            return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
