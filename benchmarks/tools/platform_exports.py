#!/usr/bin/env python3
"""Labelled test data: client lists exported from SaaS platforms (PL scenario).

Usage
-----
    python3 platform_exports.py OUT.csv CLIENTS SEED STYLE

    STYLE is one of: shopify, hubspot, mailchimp, fakturownia

Writes
    OUT.csv                    the export, in the style's own encoding, delimiter,
                               quoting and line endings, with two ground-truth
                               columns appended at the end of every row:
                               ``entity_id`` (E......, the true client) and
                               ``record_id`` (R......, the row).  A tool under test
                               must ignore both.
    OUT-hard-negatives.csv     UTF-8, ',', LF; header ``relation,group_id,entity_ids``;
                               ``entity_ids`` space separated.  Groups of DIFFERENT
                               clients that look alike (must not be merged).
and prints one line:
    clients=N rows=R re_entries=R-N true_pairs=P hard_negative_groups=G
where true_pairs counts unordered pairs of rows sharing an entity_id.

The output is a pure function of (CLIENTS, SEED, STYLE): one random.Random seeded
with an integer derived from the arguments; no hash() of strings, no set
iteration.  Same arguments -> byte-identical files.  Standard library only.

Scenario
--------
A Polish company (with some foreign clients from DE, UK, UA and CZ, and
Ukrainians living in Poland) moves its clients into a new registry from the
exports of SaaS platforms it used.  The same client often appears more than
once: re-registration, a second account, entered again by another clerk, data
that changed over time (moved house, new phone, married name, new e-mail, a
company that changed its legal form sp.j. -> sp. z o.o. keeping its NIP and
REGON, rebranding).  About 30 % of clients get 1-3 extra rows (1: 70 %,
2: 22 %, 3: 8 %), so CLIENTS=20000 gives about 28 000 rows.

Rows are written in the order of the platform's own record id, which grows
with the creation time; the first row of a client is its earliest one and
re-entries come later (days to years).

Population
----------
* Persons: Polish given names (about 150 per sex) and surnames (about 200 common
  ones with Zipf-like weights plus a long tail of generated stem+suffix
  surnames), correct feminine surnames (Kowalski/Kowalska, Konieczny/
  Konieczna), so unrelated namesakes occur naturally.  About 5 % of persons
  are Ukrainians living in Poland (names in Polish or passport
  transliteration: Ołeksandr/Oleksandr, Kowalenko/Kovalenko).
* Foreign clients about 7 %: DE, UK (with Polish emigrants among them), UA,
  CZ, with their own name lists, address layouts, postcodes and phone plans.
* Companies: sp. z o.o., S.A., sp.j., sp.k., sp. z o.o. sp.k., s.c., with
  valid NIP (weights 6,5,7,2,3,4,5,6,7 mod 11) and REGON-9 (weights
  8,9,2,3,4,5,6,7 mod 11, 10 -> 0), domains, switchboards, bank accounts
  (valid IBAN check digits).  Sole traders: trade name + owner's name + NIP.
* Addresses: about 44 real Polish cities with plausible postal codes (by the
  city's real range), area codes and voivodeships; streets with ul./al./pl./
  os. prefixes; flats.  Mobiles from real Polish mobile prefixes; landlines
  with the city's area code.  E-mail, mobile, landline, NIP and domain are
  drawn from registries so that unrelated clients never share them by chance
  (only members of one hard-negative group may share a landline, a domain, an
  address, a family e-mail).

Styles
------
shopify      Shopify admin "Customers" export (current layout): Customer ID,
             First Name, Last Name, Email, Accepts Email Marketing, Default
             Address Company, Default Address Address1, Default Address
             Address2, Default Address City, Default Address Province Code,
             Default Address Country Code, Default Address Zip, Default Address
             Phone, Phone, Accepts SMS Marketing, Total Spent, Total Orders,
             Note, Tax Exempt, Tags.  UTF-8, ',', LF, quoting only when needed,
             yes/no booleans, amounts like 1234.50.  On EVEN seeds the IDs,
             phones and zips are written with a leading apostrophe as Shopify
             does to stop spreadsheets mangling them ('7012345678901,
             '+48501234567, '00-950).  Customer e-mail and customer Phone
             (E.164) are unique per account, so a re-registration has a
             different e-mail and never the same customer phone; the address
             phone is free text and may repeat.
hubspot      HubSpot CRM contacts export (English UI): Record ID, First Name,
             Last Name, Email, Phone Number, Mobile Phone Number, Street
             Address, City, State/Region, Postal Code, Country/Region, Company
             Name, Job Title, Create Date, Last Activity Date, Lifecycle Stage,
             Contact owner, Marketing contact status, NIP (custom property).
             UTF-8, ',', every field quoted, CRLF, dates "YYYY-MM-DD HH:MM".
             Companies appear as the Company Name (+ NIP) of their contact
             person.  E-mail is unique; contacts without e-mail occur.
mailchimp    Mailchimp audience export (subscribed members): "Email Address",
             "First Name","Last Name","Address","Phone Number","Birthday",
             "Company", then MEMBER_RATING, OPTIN_TIME, OPTIN_IP, CONFIRM_TIME,
             CONFIRM_IP, LATITUDE, LONGITUDE, GMTOFF, DSTOFF, TIMEZONE, CC,
             REGION, LAST_CHANGED, LEID, EUID, NOTES, TAGS.  Merge fields are
             quoted, system fields are not; UTF-8, ',', LF.  Address is the
             single Mailchimp address field, components joined by two spaces
             ("ul. Długa 5/3  Warszawa  MZ  00-950  PL").  Birthday MM/DD.
             Mostly persons, few fields filled, e-mail always present and
             unique; LATITUDE/LONGITUDE/CC/REGION come from the opt-in IP
             (roughly the client's city, sometimes wrong).
fakturownia  Client list of a Polish invoicing SaaS (Fakturownia / inFakt /
             wFirma style): ID;Nazwa;Nazwa skrócona;Osoba prywatna;Imię;
             Nazwisko;NIP;REGON;Ulica;Nr budynku;Nr lokalu;Kod pocztowy;
             Miejscowość;Kraj;E-mail;Telefon;Telefon komórkowy;Fax;WWW;
             Nr konta bankowego;Osoba kontaktowa;Uwagi;Data utworzenia.  ';',
             CRLF; odd seeds UTF-8 with BOM, even seeds windows-1250.  "Osoba
             prywatna" is tak/nie on odd seeds and 1/0 on even seeds.  Mostly
             companies (NIP written 5261040828, 526-104-08-28, 526-10-40-828,
             PL5261040828, PL 526 104 08 28, 526 104 08 28), sole traders,
             some private persons (no NIP).  E-mail is not unique here.

Noise (rates are per re-entry row; original rows get the transient kinds at
roughly a third of the rate)
-----
permanent changes (the client's state evolves; later rows keep the change):
  moved house ~15 % (60 % within the same city), new mobile ~12 %,
  new landline ~5 %, married name ~8 % of women's re-entries (30 % of them
  double-barrelled Kowalska-Nowak), legal form change ~10 % of company
  re-entries (sp.j. -> sp. z o.o., s.c. -> sp.j., sp. z o.o. -> S.A., sp.k. ->
  sp. z o.o.; NIP/REGON kept), rebranding ~3 %, new e-mail (every re-entry on
  platforms with unique e-mail, ~20 % elsewhere).
transient, per row:
  typos (transposition, dropped, doubled or neighbouring-key letter) in last
  name ~5 %, first name ~4 %, street ~5 %, city ~2 %, e-mail ~2 %; lost Polish
  diacritics for the whole row ~15 %; UPPER/lower case ~7 % (companies
  upper case ~10 %); diminutives (Kasia, Tomek, Gosia, ...) ~12 % of Polish
  persons' re-entries; first/last name swapped ~2 %; Ukrainian
  transliteration switched ~30 % of their re-entries (Cyrillic ~5 % in the
  UTF-8 styles); street prefix variants (ul./Ul./ulica/none, al./Al./aleja,
  os./osiedle, pl./plac), short street names (Mickiewicza for Adama
  Mickiewicza); flats 5/3, 5 m. 3, 5 m 3, 5 lok. 3; postal codes 00-950,
  00950, 00 950; phones as +48 501 234 567, 501-234-567, 501234567,
  0048501234567, +48501234567, (22) 123 45 67, 22 123-45-67, 0 22 1234567;
  legal-form spellings (Sp. z o.o., SP. Z O.O., spółka z ograniczoną
  odpowiedzialnością, Sp.z o.o., omitted); quotes around trade names;
  missing fields at style-specific rates.
  ~7 % of re-entries are "hard": only the name, the city and a new
  non-name e-mail (or nothing else) survive.

Hard negatives (OUT-hard-negatives.csv)
-----------------------------------------
  spouses                  same surname (feminine form), same address and
                           landline, sometimes a shared family e-mail
                           (fakturownia only)
  father_son               same first and last name, same address and landline
  twins                    same surname, birth date and address
  namesakes_same_building  same first and last name, same street and number,
                           different flats, unrelated
  company_group            2-3 companies of one group at one address sharing a
                           switchboard and domain, different NIP/REGON
  owner_and_company        a sole trader and the sp. z o.o. he owns: same
                           owner, address, mobile; different NIP
  namesakes_same_city      (found after generation) unrelated clients with the
                           same first and last name in the same city
"""

import sys
import random
import bisect
import datetime
import unicodedata

# ---------------------------------------------------------------------------
# Name and place tables (ordered by rough popularity; weights are Zipf-like)
# ---------------------------------------------------------------------------

MALE_NAMES = """Piotr Krzysztof Andrzej Tomasz Paweł Jan Michał Marcin Jakub Adam
Łukasz Marek Grzegorz Mateusz Wojciech Mariusz Dariusz Zbigniew Jerzy Maciej
Rafał Robert Kamil Józef Janusz Jacek Kazimierz Stanisław Tadeusz Ryszard
Mirosław Sławomir Roman Bartosz Dawid Sebastian Henryk Przemysław Daniel
Artur Szymon Damian Wiesław Karol Leszek Patryk Kacper Filip Zdzisław Edward
Bogdan Waldemar Jarosław Mieczysław Czesław Arkadiusz Władysław Hubert
Dominik Adrian Jerzy Konrad Zenon Eugeniusz Antoni Franciszek Wiktor
Aleksander Bartłomiej Norbert Igor Oskar Emil Ireneusz Leon Marian Bolesław
Zygmunt Witold Lech Bronisław Cezary Eryk Gabriel Julian Kajetan Ksawery
Lucjan Maksymilian Miłosz Nikodem Olaf Radosław Remigiusz Robert Seweryn
Stefan Sylwester Tymon Wacław Walenty Wincenty Zbysław Alan Albert Alfred
Ambroży Anatol Bernard Borys Dariusz Dionizy Feliks Fryderyk Gerard Gustaw
Ignacy Jędrzej Joachim Kornel Krystian Lesław Ludwik Marcel Mikołaj
Natan Oliwer Paulin Rajmund Roch Rudolf Stanisław Teodor Tymoteusz Urban
Wawrzyniec Wiesław Zbigniew Zenon Wit Alojzy Benedykt Celestyn Dobromir
Fabian Florian Gracjan Hieronim Iwo""".split()

FEMALE_NAMES = """Anna Katarzyna Maria Małgorzata Agnieszka Barbara Ewa Krystyna
Magdalena Elżbieta Joanna Aleksandra Monika Zofia Teresa Danuta Natalia Julia
Karolina Marta Beata Dorota Halina Jadwiga Janina Alicja Jolanta Iwona
Grażyna Irena Bożena Urszula Justyna Renata Helena Agata Paulina Sylwia
Patrycja Wiesława Izabela Hanna Dominika Stanisława Weronika Emilia Kamila
Edyta Martyna Genowefa Wanda Marianna Mirosława Lucyna Bogumiła Jagoda
Gabriela Wioletta Zuzanna Oliwia Lena Maja Amelia Wiktoria Kinga Klaudia
Sandra Ilona Aneta Marzena Ewelina Żaneta Violetta Roksana Anita Daria
Adrianna Angelika Aurelia Bernadeta Celina Czesława Diana Eliza Emilia
Felicja Franciszka Gertruda Honorata Ida Irmina Jowita Judyta Kazimiera
Kornelia Laura Leokadia Lidia Ludmiła Łucja Marianna Marlena Michalina Milena
Nadia Nina Olga Pola Regina Rozalia Sabina Sara Seweryna Stefania Tamara
Urszula Wanda Zenona Zyta Antonina Apolonia Aldona Bogusława Cecylia
Dagmara Edyta Elwira Eugenia Fabiola Grażyna Halszka Ilona Iga Jaśmina
Karina Klara Lilianna Malwina Mariola Nikola Otylia Paula Róża Sonia
Tekla Teodora Wiesława Zdzisława Żaklina""".split()

# canonical name -> diminutives used by clerks and by the clients themselves
DIMINUTIVES = {
    "Katarzyna": ["Kasia", "Kaśka"], "Małgorzata": ["Gosia", "Małgosia"],
    "Tomasz": ["Tomek"], "Aleksandra": ["Ola", "Ala"], "Agnieszka": ["Aga"],
    "Magdalena": ["Magda"], "Elżbieta": ["Ela"], "Joanna": ["Asia"],
    "Barbara": ["Basia"], "Krzysztof": ["Krzysiek"], "Andrzej": ["Andrzejek"],
    "Jakub": ["Kuba"], "Wojciech": ["Wojtek"], "Grzegorz": ["Grzesiek"],
    "Stanisław": ["Staszek", "Stasiek"], "Józef": ["Józek"], "Zofia": ["Zosia"],
    "Dorota": ["Dorotka"], "Aleksander": ["Olek"], "Bartłomiej": ["Bartek"],
    "Bartosz": ["Bartek"], "Przemysław": ["Przemek"], "Mateusz": ["Mateo"],
    "Michał": ["Michu"], "Paweł": ["Pawełek"], "Łukasz": ["Łukaszek"],
    "Jarosław": ["Jarek"], "Mirosław": ["Mirek"], "Sławomir": ["Sławek"],
    "Radosław": ["Radek"], "Władysław": ["Władek"], "Zbigniew": ["Zbyszek"],
    "Maciej": ["Maciek"], "Jan": ["Janek"], "Franciszek": ["Franek"],
    "Anna": ["Ania", "Anka"], "Maria": ["Marysia"], "Ewa": ["Ewka"],
    "Justyna": ["Justa"], "Dominika": ["Domi"], "Weronika": ["Wera"],
    "Natalia": ["Nata"], "Karolina": ["Karola"], "Zuzanna": ["Zuzia", "Zuza"],
    "Wiktoria": ["Wika"], "Kamila": ["Kama"], "Patrycja": ["Pati"],
    "Krystyna": ["Krysia"], "Teresa": ["Tereska"], "Jadwiga": ["Jadzia"],
    "Janina": ["Janka"], "Halina": ["Hala"], "Danuta": ["Danka"],
    "Stefan": ["Stefek"], "Antoni": ["Antek"], "Dariusz": ["Darek"],
    "Mariusz": ["Maniek"], "Robert": ["Robcio"], "Leszek": ["Lesio"],
    "Wiesław": ["Wiesiek"], "Ryszard": ["Rysiek"], "Kazimierz": ["Kazik"],
    "Henryk": ["Heniek"], "Zdzisław": ["Zdzisiek"], "Czesław": ["Czesiek"],
}

SURNAMES = """Nowak Kowalski Wiśniewski Wójcik Kowalczyk Kamiński Lewandowski
Zieliński Szymański Woźniak Dąbrowski Kozłowski Jankowski Mazur Wojciechowski
Kwiatkowski Krawczyk Kaczmarek Piotrowski Grabowski Zając Pawłowski Michalski
Król Nowakowski Wieczorek Wróbel Jabłoński Wróblewski Majewski Olszewski
Jaworski Stępień Malinowski Górski Dudek Adamczyk Pawlak Sikora Walczak Baran
Rutkowski Michalak Szewczyk Ostrowski Tomaszewski Pietrzak Zalewski
Marciniak Jasiński Zawadzki Bąk Jakubowski Sadowski Duda Włodarczyk Wilk
Chmielewski Borkowski Sokołowski Szczepański Sawicki Lis Kucharski Mazurek
Kubiak Kalinowski Wysocki Maciejewski Czarnecki Kołodziej Urbański
Kaźmierczak Sobczak Konieczny Głowacki Zakrzewski Krajewski Wasilewski
Krupa Laskowski Adamski Ziółkowski Czerwiński Szulc Baranowski Kaczmarczyk
Brzeziński Makowski Przybylski Kowalewski Szymczak Borowski Kozieł Błaszczyk
Mróz Kaczor Milczarek Czerwonka Cieślak Górecki Kołodziejczyk Gajewski
Szczepaniak Leśniak Sowa Stasiak Zięba Kurek Bielecki Kasprzak Rogalski
Jaworek Nowicki Kubacki Wawrzyniak Kowal Markowski Sobolewski Pietrzyk
Kurowski Kaczyński Bednarek Żak Wilczyński Tomczak Dziedzic Grzelak Gołębiowski
Kwiatek Szczęsny Romanowski Bieniek Kubicki Fijałkowski Grzybowski Lewicki
Domański Banaś Jędrzejewski Kowalik Nowacki Wesoły Biały Orłowski
Dobrowolski Cichocki Gutowski Witkowski Janik Bartczak Stachowiak Mikołajczyk
Kopeć Sowiński Wojtczak Kozak Chojnacki Sadowy Skowroński Lipiński Łukasik
Augustyniak Rybak Kołakowski Falkowski Bogucki Kaczorowski Pająk Mucha Rak
Gil Pawlik Zawada Cieślik Lisowski Jurek Tkaczyk Pluta Kasprzyk
Wrona Dziubek Marczak Szewc Madej Wasiak Kruk Drozd Pająk Mikulski Kania
Janicki Żuk Ryba Siwiec Borek""".split()

# stems and suffixes for the long tail of rarer surnames
RARE_STEMS = """Grab Dęb Kruk Wilcz Sosn Brzoz Lip Klon Jaw Olsz Kal Mal Prus Krzew
Rosz Biel Czern Zielon Siw Rudn Modrz Jasn Grodz Kamien Pol Lask Borz Mied
Bron Dobr Gosz Hal Jarosz Kos Lesz Marsz Nieć Osm Pieg Rzep Skrzyp Smol Such
Trzos Wiek Zdun Żmud Chrom Gier Krep Łęcz Mosz Nadz Pęk Sław Stróż Tarn
Wadow Zadr Żelaz Bart Cyb Dziur Fal Gzow Kurp Lisz Mach Niedź Orz Pyrz Ryb Sęk
Ślus Wier Żyw""".split()
RARE_SUFFIXES = ["owski", "ewski", "ecki", "iński", "owicz", "czyk", "ak", "ek",
                 "iak", "uk", "ala", "ski"]

# Ukrainians: (passport/English transliteration, Polish transliteration)
UA_MALE = [("Oleksandr", "Ołeksandr"), ("Andriy", "Andrij"), ("Serhiy", "Serhij"),
           ("Volodymyr", "Wołodymyr"), ("Dmytro", "Dmytro"), ("Mykola", "Mykoła"),
           ("Ivan", "Iwan"), ("Vasyl", "Wasyl"), ("Yuriy", "Jurij"), ("Oleh", "Ołeh"),
           ("Taras", "Taras"), ("Bohdan", "Bohdan"), ("Maksym", "Maksym"),
           ("Vitaliy", "Witalij"), ("Roman", "Roman"), ("Ihor", "Ihor"),
           ("Petro", "Petro"), ("Pavlo", "Pawło"), ("Artem", "Artem"), ("Denys", "Denys")]
UA_FEMALE = [("Olena", "Ołena"), ("Natalia", "Natalia"), ("Iryna", "Iryna"),
             ("Tetiana", "Tetiana"), ("Oksana", "Oksana"), ("Svitlana", "Switłana"),
             ("Yulia", "Julia"), ("Mariia", "Marija"), ("Anastasiia", "Anastazija"),
             ("Kateryna", "Kateryna"), ("Halyna", "Hałyna"), ("Liudmyla", "Ludmyła"),
             ("Viktoriia", "Wiktorija"), ("Olha", "Olha"), ("Khrystyna", "Chrystyna"),
             ("Sofiia", "Sofija"), ("Daryna", "Daryna"), ("Valentyna", "Walentyna"),
             ("Larysa", "Łarysa"), ("Inna", "Inna")]
# (English m, English f, Polish m, Polish f)
UA_SURNAMES = [(e, e, p, p) for e, p in [
    ("Kovalenko", "Kowalenko"), ("Shevchenko", "Szewczenko"), ("Bondarenko", "Bondarenko"),
    ("Tkachenko", "Tkaczenko"), ("Melnyk", "Melnyk"), ("Kravchenko", "Krawczenko"),
    ("Oliynyk", "Olijnyk"), ("Shevchuk", "Szewczuk"), ("Polishchuk", "Poliszczuk"),
    ("Bondar", "Bondar"), ("Moroz", "Moroz"), ("Lysenko", "Łysenko"),
    ("Marchenko", "Marczenko"), ("Rudenko", "Rudenko"), ("Savchenko", "Sawczenko"),
    ("Petrenko", "Petrenko"), ("Klymenko", "Kłymenko"), ("Pavlenko", "Pawłenko"),
    ("Boyko", "Bojko"), ("Tkachuk", "Tkaczuk"), ("Kovalchuk", "Kowalczuk"),
    ("Ponomarenko", "Ponomarenko"), ("Zinchenko", "Zinczenko"), ("Kozak", "Kozak"),
    ("Romanenko", "Romanenko"), ("Vasylenko", "Wasylenko"), ("Kuzmenko", "Kuźmenko")]] + [
    ("Kovalskyi", "Kovalska", "Kowalski", "Kowalska"),
    ("Savytskyi", "Savytska", "Sawycki", "Sawycka"),
    ("Hrytsai", "Hrytsai", "Hryćaj", "Hryćaj")]

DE_MALE = "Thomas Michael Andreas Stefan Christian Markus Peter Klaus Jürgen Frank Lukas Jonas".split()
DE_FEMALE = "Sabine Petra Andrea Claudia Julia Anna Katrin Monika Susanne Lena".split()
DE_SURNAMES = """Müller Schmidt Schneider Fischer Weber Meyer Wagner Becker Schulz
Hoffmann Koch Richter Klein Wolf Schröder Neumann Schwarz Zimmermann Braun Krüger""".split()
UK_MALE = "James John David Michael Paul Andrew Mark Richard Daniel Thomas".split()
UK_FEMALE = "Sarah Emma Laura Claire Rachel Emily Sophie Helen Katherine Lucy".split()
UK_SURNAMES = """Smith Jones Taylor Brown Williams Wilson Johnson Davies Robinson
Wright Thompson Evans Walker White Roberts Green Hall Wood Jackson Clarke""".split()
EN_DIMINUTIVES = {"David": ["Dave"], "Michael": ["Mike"], "Andrew": ["Andy"],
                  "Richard": ["Rich", "Rick"], "Daniel": ["Dan"], "Thomas": ["Tom"],
                  "James": ["Jim"], "Katherine": ["Kate", "Katie"], "Emily": ["Em"]}
CZ_MALE = "Jiří Jan Petr Josef Pavel Martin Tomáš Jaroslav Miroslav Zdeněk".split()
CZ_FEMALE = "Jana Marie Eva Hana Anna Lenka Kateřina Lucie Věra Petra".split()
CZ_SURNAMES = [tuple(p.split("/")) for p in """Novák/Nováková Svoboda/Svobodová
Novotný/Novotná Dvořák/Dvořáková Černý/Černá Procházka/Procházková
Kučera/Kučerová Veselý/Veselá Horák/Horáková Němec/Němcová Pokorný/Pokorná
Marek/Marková""".split()]

MALE_NAMES = list(dict.fromkeys(MALE_NAMES))
FEMALE_NAMES = list(dict.fromkeys(FEMALE_NAMES))
SURNAMES = list(dict.fromkeys(SURNAMES))

# city | voivodeship code | postal range lo-hi | area code | lat | lon | weight
CITIES_RAW = """Warszawa|MZ|00001-04999|22|52.23|21.01|1800
Kraków|MA|30001-31999|12|50.06|19.94|780
Łódź|LD|90001-94999|42|51.76|19.46|670
Wrocław|DS|50001-54999|71|51.11|17.03|640
Poznań|WP|60001-61999|61|52.41|16.93|530
Gdańsk|PM|80001-80999|58|54.35|18.65|470
Szczecin|ZP|70001-71999|91|53.43|14.55|400
Bydgoszcz|KP|85001-85999|52|53.12|18.01|340
Lublin|LU|20001-20999|81|51.25|22.57|340
Białystok|PD|15001-15999|85|53.13|23.16|297
Katowice|SL|40001-40999|32|50.26|19.02|290
Gdynia|PM|81001-81999|58|54.52|18.53|245
Częstochowa|SL|42200-42299|34|50.81|19.12|220
Radom|MZ|26600-26699|48|51.40|21.15|210
Toruń|KP|87100-87199|56|53.01|18.60|200
Sosnowiec|SL|41200-41219|32|50.29|19.10|198
Kielce|SK|25001-25999|41|50.87|20.63|195
Rzeszów|PK|35001-35999|17|50.04|22.00|196
Gliwice|SL|44100-44199|32|50.29|18.67|178
Zabrze|SL|41800-41819|32|50.32|18.79|172
Olsztyn|WN|10001-10999|89|53.78|20.49|172
Bielsko-Biała|SL|43300-43399|33|49.82|19.04|170
Bytom|SL|41900-41949|32|50.35|18.92|166
Zielona Góra|LB|65001-65999|68|51.94|15.51|140
Rybnik|SL|44200-44299|32|50.10|18.55|138
Ruda Śląska|SL|41700-41719|32|50.26|18.86|137
Opole|OP|45001-45999|77|50.67|17.93|128
Tychy|SL|43100-43199|32|50.12|18.99|127
Gorzów Wielkopolski|LB|66400-66499|95|52.73|15.24|123
Elbląg|WN|82300-82399|55|54.16|19.40|119
Płock|MZ|09400-09499|24|52.55|19.71|119
Wałbrzych|DS|58300-58399|74|50.77|16.28|112
Włocławek|KP|87800-87899|54|52.65|19.07|110
Tarnów|MA|33100-33199|14|50.01|20.99|108
Chorzów|SL|41500-41599|32|50.30|18.95|108
Koszalin|ZP|75001-75999|94|54.19|16.17|107
Kalisz|WP|62800-62899|62|51.76|18.09|100
Legnica|DS|59200-59299|76|51.21|16.16|99
Grudziądz|KP|86300-86399|56|53.48|18.75|94
Słupsk|PM|76200-76299|59|54.46|17.03|90
Nowy Sącz|MA|33300-33399|18|49.62|20.69|83
Pruszków|MZ|05800-05899|22|52.17|20.80|62
Piaseczno|MZ|05500-05599|22|52.08|21.02|50
Zakopane|MA|34500-34599|18|49.30|19.95|27"""
CITIES = []
for _line in CITIES_RAW.splitlines():
    _n, _v, _pr, _ac, _la, _lo, _w = _line.split("|")
    _lo5, _hi5 = _pr.split("-")
    CITIES.append({"name": _n, "region": _v, "plo": int(_lo5), "phi": int(_hi5),
                   "area": _ac, "lat": float(_la), "lon": float(_lo), "w": int(_w)})

VOIVODESHIPS = {"DS": "dolnośląskie", "KP": "kujawsko-pomorskie", "LU": "lubelskie",
                "LB": "lubuskie", "LD": "łódzkie", "MA": "małopolskie", "MZ": "mazowieckie",
                "OP": "opolskie", "PK": "podkarpackie", "PD": "podlaskie", "PM": "pomorskie",
                "SL": "śląskie", "SK": "świętokrzyskie", "WN": "warmińsko-mazurskie",
                "WP": "wielkopolskie", "ZP": "zachodniopomorskie"}

# prefix | full street name | short form used colloquially
STREETS_RAW = """ul|Adama Mickiewicza|Mickiewicza;ul|Henryka Sienkiewicza|Sienkiewicza
ul|Juliusza Słowackiego|Słowackiego;ul|Tadeusza Kościuszki|Kościuszki
ul|Józefa Piłsudskiego|Piłsudskiego;ul|Fryderyka Chopina|Chopina
ul|Mikołaja Kopernika|Kopernika;ul|Marii Konopnickiej|Konopnickiej
ul|Bolesława Prusa|Prusa;ul|Stefana Żeromskiego|Żeromskiego
ul|Elizy Orzeszkowej|Orzeszkowej;ul|Władysława Reymonta|Reymonta
ul|Jana Kilińskiego|Kilińskiego;ul|Romualda Traugutta|Traugutta
ul|Kazimierza Pułaskiego|Pułaskiego;ul|Jana Kochanowskiego|Kochanowskiego
ul|Ignacego Krasickiego|Krasickiego;ul|Stanisława Moniuszki|Moniuszki
ul|Józefa Bema|Bema;ul|Jarosława Dąbrowskiego|Dąbrowskiego
ul|Marii Curie-Skłodowskiej|Curie-Skłodowskiej;ul|Jana Matejki|Matejki
ul|Kardynała Stefana Wyszyńskiego|Wyszyńskiego;ul|Ks. Jerzego Popiełuszki|Popiełuszki
ul|Szkolna|Szkolna;ul|Polna|Polna;ul|Leśna|Leśna;ul|Słoneczna|Słoneczna
ul|Krótka|Krótka;ul|Długa|Długa;ul|Ogrodowa|Ogrodowa;ul|Lipowa|Lipowa
ul|Kwiatowa|Kwiatowa;ul|Brzozowa|Brzozowa;ul|Łąkowa|Łąkowa;ul|Kolejowa|Kolejowa
ul|Parkowa|Parkowa;ul|Akacjowa|Akacjowa;ul|Klonowa|Klonowa;ul|Jasna|Jasna
ul|Cicha|Cicha;ul|Spacerowa|Spacerowa;ul|Szkolna|Szkolna;ul|Kościelna|Kościelna
ul|Wiejska|Wiejska;ul|Ogrodowa|Ogrodowa;ul|Zielona|Zielona;ul|Środkowa|Środkowa
ul|Graniczna|Graniczna;ul|Przemysłowa|Przemysłowa;ul|Fabryczna|Fabryczna
ul|Składowa|Składowa;ul|Marszałkowska|Marszałkowska;ul|Piotrkowska|Piotrkowska
ul|Grunwaldzka|Grunwaldzka;ul|Warszawska|Warszawska;ul|Krakowska|Krakowska
ul|Poznańska|Poznańska;ul|Gdańska|Gdańska;ul|Lubelska|Lubelska
ul|Wrocławska|Wrocławska;ul|Toruńska|Toruńska;ul|Żwirki i Wigury|Żwirki i Wigury
ul|3 Maja|3 Maja;ul|1 Maja|1 Maja;ul|11 Listopada|11 Listopada
ul|Armii Krajowej|Armii Krajowej;ul|Wojska Polskiego|Wojska Polskiego
ul|Powstańców Śląskich|Powstańców Śląskich;ul|Bohaterów Westerplatte|Westerplatte
ul|Ułańska|Ułańska;ul|Rzemieślnicza|Rzemieślnicza;ul|Handlowa|Handlowa
ul|Nowy Świat|Nowy Świat;ul|Wspólna|Wspólna;ul|Hoża|Hoża;ul|Złota|Złota
al|Jana Pawła II|Jana Pawła II;al|Niepodległości|Niepodległości
al|Solidarności|Solidarności;al|Jerozolimskie|Jerozolimskie
al|Wojska Polskiego|Wojska Polskiego;al|Zwycięstwa|Zwycięstwa
al|Księcia Józefa Poniatowskiego|Poniatowskiego;al|Róż|Róż
pl|Wolności|Wolności;pl|Grunwaldzki|Grunwaldzki;pl|Kościuszki|Kościuszki
pl|Konstytucji|Konstytucji;pl|Rynek|Rynek
os|Tysiąclecia|Tysiąclecia;os|Kościuszki|Kościuszki;os|Słoneczne|Słoneczne
os|Piastów|Piastów;os|Na Skarpie|Na Skarpie;os|Bohaterów|Bohaterów"""
STREETS = []
for _s in STREETS_RAW.replace("\n", ";").split(";"):
    _p, _f, _sh = _s.split("|")
    if (_p, _f) not in [(x[0], x[1]) for x in STREETS]:
        STREETS.append((_p, _f, _sh))

# foreign places: city | postcode pattern | area code | lat | lon | alt spellings
DE_CITIES = [("Berlin", "10115-14199", "30", 52.52, 13.40, []),
             ("Hamburg", "20095-22769", "40", 53.55, 9.99, []),
             ("München", "80331-81929", "89", 48.14, 11.58, ["Muenchen", "Monachium"]),
             ("Köln", "50667-51149", "221", 50.94, 6.96, ["Koeln", "Kolonia"]),
             ("Frankfurt am Main", "60306-60599", "69", 50.11, 8.68, ["Frankfurt"]),
             ("Leipzig", "04103-04357", "341", 51.34, 12.37, ["Lipsk"]),
             ("Dresden", "01067-01328", "351", 51.05, 13.74, ["Drezno"])]
DE_STREETS = ["Hauptstraße", "Bahnhofstraße", "Gartenstraße", "Schulstraße",
              "Berliner Straße", "Lindenstraße", "Friedrichstraße", "Goethestraße"]
UK_CITIES = [("London", "SW E N W SE NW EC", "20", 51.51, -0.13, []),
             ("Manchester", "M", "161", 53.48, -2.24, []),
             ("Birmingham", "B", "121", 52.49, -1.89, []),
             ("Leeds", "LS", "113", 53.80, -1.55, []),
             ("Glasgow", "G", "141", 55.86, -4.25, []),
             ("Bristol", "BS", "117", 51.45, -2.59, [])]
UK_STREETS = ["High Street", "Station Road", "Church Street", "Park Road",
              "Victoria Road", "Green Lane", "Manor Road", "Queen Street"]
UA_CITIES = [("Kyiv", "01001-04999", "44", 50.45, 30.52, ["Kijów", "Kiev", "Київ"]),
             ("Lviv", "79000-79099", "32", 49.84, 24.03, ["Lwów", "Lwiw", "Львів"]),
             ("Kharkiv", "61000-61999", "57", 49.99, 36.23, ["Charków", "Харків"]),
             ("Odesa", "65000-65999", "48", 46.48, 30.72, ["Odessa", "Одеса"]),
             ("Dnipro", "49000-49999", "56", 48.46, 35.05, ["Dniepr", "Дніпро"])]
UA_STREETS = ["vul. Shevchenka", "vul. Khreshchatyk", "prosp. Peremohy",
              "vul. Franka", "vul. Lesi Ukrainky", "vul. Hrushevskoho"]
CZ_CITIES = [("Praha", "11000-19900", "2", 50.08, 14.44, ["Praga", "Prague"]),
             ("Brno", "60200-66400", "5", 49.20, 16.61, []),
             ("Ostrava", "70030-72529", "59", 49.82, 18.26, []),
             ("Plzeň", "30100-32600", "37", 49.74, 13.37, ["Plzen", "Pilzno"]),
             ("Olomouc", "77900-77900", "58", 49.59, 17.25, ["Ołomuniec"])]
CZ_STREETS = ["Národní", "Vinohradská", "Masarykova", "Husova", "Palackého", "Nádražní"]
COUNTRY_NAMES_PL = {"PL": "Polska", "DE": "Niemcy", "GB": "Wielka Brytania",
                    "UA": "Ukraina", "CZ": "Czechy"}
COUNTRY_NAMES_EN = {"PL": "Poland", "DE": "Germany", "GB": "United Kingdom",
                    "UA": "Ukraine", "CZ": "Czech Republic"}

MOBILE_PREFIXES_PL = ["500", "501", "502", "503", "504", "505", "506", "507", "508",
                      "509", "510", "511", "512", "513", "514", "515", "516", "517",
                      "530", "531", "533", "535", "536", "537", "570", "571", "572",
                      "573", "577", "578", "600", "601", "602", "603", "604", "605",
                      "606", "607", "608", "609", "660", "661", "662", "663", "664",
                      "665", "666", "667", "668", "669", "690", "691", "692", "693",
                      "694", "695", "696", "697", "698", "720", "721", "722", "723",
                      "724", "725", "726", "727", "728", "729", "730", "731", "732",
                      "733", "734", "735", "780", "781", "782", "783", "784", "785",
                      "786", "787", "788", "789", "790", "791", "792", "793", "794",
                      "795", "796", "797", "798", "799", "880", "881", "882", "883",
                      "884", "885", "886", "887", "888", "889"]
MOBILE_PREFIXES = {"DE": ["151", "152", "160", "162", "170", "171", "172", "175",
                          "176", "177", "178", "179"],
                   "GB": ["74", "75", "77", "78", "79"],
                   "UA": ["50", "63", "66", "67", "68", "73", "93", "95", "96", "97",
                          "98", "99"],
                   "CZ": ["601", "602", "603", "604", "605", "606", "607", "608",
                          "720", "721", "722", "723", "724", "730", "731", "732",
                          "733", "734", "774", "775", "776", "777"]}
COUNTRY_CODES = {"PL": "48", "DE": "49", "GB": "44", "UA": "380", "CZ": "420"}

# company naming
STEM_A = """Pol Trans Bud Eko Agro Tech Med Inter Euro Mar Kom Stal Drew Elektro
Auto Net Info Hydro Term Farm Best Max Prim Nova Omega Alfa Delta Vita Bio Geo
Multi Pro Hand Mot Opti Print Dom Las Gaz Metal Kar Jan Zen Rol Tor Wik Ber""".split()
STEM_B = """pol bud mex tex trans med kom ex tech max serwis system net plast stal
lux tur chem druk land for gum mar art tom san vit dom ol ix""".split()
ACTIVITIES = ["Serwis", "Logistyka", "Handel", "Consulting", "Technologie",
              "Budownictwo", "Projekt", "Dystrybucja", "Polska", "Group",
              "Development", "Invest", "Instalacje", "Transport", "Systemy",
              "Nieruchomości", "Produkcja", "Usługi", "Media", "Energia"]
NAME_PREFIXES = ["Przedsiębiorstwo Handlowo-Usługowe", "Przedsiębiorstwo Produkcyjno-Handlowe",
                 "Firma Handlowa", "Zakład Usługowy", "Przedsiębiorstwo Wielobranżowe"]
PREFIX_ABBREV = {"Przedsiębiorstwo Handlowo-Usługowe": "PHU",
                 "Przedsiębiorstwo Produkcyjno-Handlowe": "PPH",
                 "Firma Handlowa": "FH", "Zakład Usługowy": "ZU",
                 "Przedsiębiorstwo Wielobranżowe": "PW"}
# sole-trader trade names; {o} = owner name
SOLE_PATTERNS = ["Usługi Remontowo-Budowlane {o}", "Usługi Hydrauliczne {o}",
                 "Zakład Stolarski {o}", "Usługi Transportowe {o}",
                 "Biuro Rachunkowe {o}", "Kancelaria Adwokacka adw. {o}",
                 "Gabinet Stomatologiczny lek. dent. {o}", "Usługi Informatyczne {o}",
                 "{o} Usługi Elektryczne", "{o} Firma Handlowa", "PHU {S} {o}",
                 "FHU {S} {o}", "{S} {o}", "Sklep Spożywczy {o}",
                 "Fotografia Ślubna {o}", "Pracownia Projektowa {o}",
                 "Auto-Naprawa {o}", "Salon Fryzjerski {S} {o}", "{o}"]
LEGAL_FORMS = [("sp. z o.o.", 52), ("sp.j.", 12), ("S.A.", 5), ("s.c.", 12),
               ("sp.k.", 6), ("sp. z o.o. sp.k.", 5)]
LEGAL_SPELLINGS = {
    "sp. z o.o.": ["Sp. z o.o.", "sp. z o.o.", "SP. Z O.O.", "Sp.z o.o.", "spółka z o.o.",
                   "spółka z ograniczoną odpowiedzialnością", "Sp. z o. o.", "sp.z.o.o."],
    "sp.j.": ["sp.j.", "Sp.j.", "Sp. J.", "sp. j.", "spółka jawna", "SPÓŁKA JAWNA"],
    "S.A.": ["S.A.", "SA", "S.A", "spółka akcyjna", "Spółka Akcyjna"],
    "s.c.": ["s.c.", "S.C.", "sc", "spółka cywilna", "s. c."],
    "sp.k.": ["sp.k.", "Sp.k.", "sp. k.", "spółka komandytowa", "Sp. K."],
    "sp. z o.o. sp.k.": ["sp. z o.o. sp.k.", "Sp. z o.o. Sp.k.", "sp. z o.o. sp. k.",
                         "spółka z ograniczoną odpowiedzialnością spółka komandytowa"],
}
FORM_CHANGES = {"sp.j.": "sp. z o.o.", "s.c.": "sp.j.", "sp. z o.o.": "S.A.",
                "sp.k.": "sp. z o.o.", "sp. z o.o. sp.k.": "sp. z o.o."}
FOREIGN_FORMS = {"DE": ["GmbH", "GmbH & Co. KG", "AG", "e.K."], "GB": ["Ltd", "Limited", "LLP"],
                 "UA": ["TOV", "PP", "FOP"], "CZ": ["s.r.o.", "a.s.", "spol. s r.o."]}

TAX_OFFICES = """526 521 525 527 113 118 701 951 952 676 677 679 894 895 898 779 778
782 583 584 585 955 851 852 554 953 712 713 946 542 543 966 634 645 631 969
739 624 657 959 796 799 813 816 774 771 618 968 522 534 532""".split()
BANK_CODES = ["1020", "1050", "1090", "1140", "1160", "1240", "1320", "1540",
              "1750", "1870", "1940", "2490", "1030", "1060", "1240", "2130"]

EMAIL_DOMAINS_PL = [("gmail.com", 35), ("wp.pl", 18), ("o2.pl", 12), ("onet.pl", 10),
                    ("interia.pl", 10), ("op.pl", 4), ("poczta.onet.pl", 2),
                    ("tlen.pl", 2), ("outlook.com", 3), ("yahoo.com", 2),
                    ("icloud.com", 2), ("vp.pl", 1), ("autograf.pl", 1), ("go2.pl", 1)]
EMAIL_DOMAINS_FOREIGN = {
    "DE": [("gmx.de", 30), ("web.de", 30), ("t-online.de", 15), ("gmail.com", 25)],
    "GB": [("gmail.com", 40), ("hotmail.co.uk", 25), ("btinternet.com", 15),
           ("outlook.com", 10), ("yahoo.co.uk", 10)],
    "UA": [("ukr.net", 40), ("gmail.com", 40), ("i.ua", 10), ("meta.ua", 10)],
    "CZ": [("seznam.cz", 50), ("email.cz", 20), ("centrum.cz", 15), ("gmail.com", 15)],
}
NICK_WORDS = """kotek misiek tygrys smok orzel wilk ptaszek sloneczko aniolek biedronka
motylek jezyk zabka lisek kropka gwiazdka bratek pirat rycerz skrzat mysza
dzik sowa kruk rumianek""".split()

STAFF = ["Anna Mazur", "Piotr Zawadzki", "Katarzyna Wróbel", "Michał Lis",
         "Joanna Sikora", "Tomasz Kubiak", "Agata Duda", "Marek Czarnecki"]
JOB_TITLES = ["Prezes Zarządu", "Właściciel", "Dyrektor handlowy", "Kierownik zakupów",
              "Specjalista ds. zakupów", "Główna księgowa", "Office Manager", "CEO",
              "Owner", "Procurement Specialist", "Członek Zarządu", "Kierownik biura",
              "Dyrektor finansowy", "Asystentka zarządu", "Manager"]
LIFECYCLE = [("Subscriber", 15), ("Lead", 30), ("Marketing Qualified Lead", 10),
             ("Sales Qualified Lead", 8), ("Opportunity", 7), ("Customer", 28),
             ("Other", 2)]
SHOPIFY_TAGS = ["", "", "", "VIP", "newsletter", "hurt", "B2B", "stały klient",
                "Login with Shop", "reklamacja", "allegro", "promocja2022"]


# ---------------------------------------------------------------------------
# Small utilities
# ---------------------------------------------------------------------------

class Weighted:
    """Deterministic weighted choice over a fixed list."""

    def __init__(self, pairs):
        self.items = [p[0] for p in pairs]
        self.cum = []
        total = 0.0
        for _, w in pairs:
            total += w
            self.cum.append(total)
        self.total = total

    def pick(self, rng):
        i = bisect.bisect_right(self.cum, rng.random() * self.total)
        return self.items[min(i, len(self.items) - 1)]


def zipf(items, s):
    return Weighted([(x, 1.0 / (i + 1) ** s) for i, x in enumerate(items)])


def chance(rng, p):
    return rng.random() < p


PL_DIACRITICS = str.maketrans("ąćęłńóśźżĄĆĘŁŃÓŚŹŻ", "acelnoszzACELNOSZZ")


def strip_diacritics(s):
    s = s.translate(PL_DIACRITICS)
    out = []
    for ch in unicodedata.normalize("NFKD", s):
        if not unicodedata.combining(ch):
            out.append(ch)
    return "".join(out)


def german_ascii(s):
    for a, b in (("ä", "ae"), ("ö", "oe"), ("ü", "ue"), ("Ä", "Ae"), ("Ö", "Oe"),
                 ("Ü", "Ue"), ("ß", "ss")):
        s = s.replace(a, b)
    return s


def email_token(s):
    """Name -> e-mail local-part token (ascii, lower case, no spaces)."""
    s = strip_diacritics(german_ascii(s)).lower()
    return "".join(ch for ch in s if ch.isalnum())


def feminine(surname):
    """Polish feminine form of a surname (Kowalski -> Kowalska)."""
    if surname.endswith("ski") or surname.endswith("cki") or surname.endswith("dzki"):
        return surname[:-1] + "a"
    if len(surname) > 3 and surname.endswith("y") and surname[-2] not in "aeiouy":
        return surname[:-1] + "a"
    return surname


CYR = [("shch", "щ"), ("kh", "х"), ("zh", "ж"), ("ts", "ц"), ("ch", "ч"),
       ("sh", "ш"), ("yu", "ю"), ("ya", "я"), ("ye", "є"), ("yi", "ї"),
       ("iy", "ій"), ("ii", "ії"), ("a", "а"), ("b", "б"), ("v", "в"), ("h", "г"),
       ("g", "ґ"), ("d", "д"), ("e", "е"), ("z", "з"), ("y", "и"), ("i", "і"),
       ("k", "к"), ("l", "л"), ("m", "м"), ("n", "н"), ("o", "о"), ("p", "п"),
       ("r", "р"), ("s", "с"), ("t", "т"), ("u", "у"), ("f", "ф")]


def to_cyrillic(s):
    """Rough reverse of the Ukrainian passport transliteration."""
    out, i, low = [], 0, s.lower()
    while i < len(low):
        for lat, cyr in CYR:
            if low.startswith(lat, i):
                out.append(cyr)
                i += len(lat)
                break
        else:
            out.append(low[i])
            i += 1
    r = "".join(out)
    return r[:1].upper() + r[1:]


KEY_NEIGHBOURS = {
    "q": "wa", "w": "qes", "e": "wrd", "r": "etf", "t": "ryg", "y": "tuh", "u": "yij",
    "i": "uok", "o": "ipl", "p": "ol", "a": "qsz", "s": "adwx", "d": "sfe", "f": "dgr",
    "g": "fht", "h": "gjy", "j": "hku", "k": "jli", "l": "kop", "z": "asx", "x": "zcs",
    "c": "xvd", "v": "cbf", "b": "vng", "n": "bmh", "m": "nj"}


def typo(s, rng):
    """One keyboard/spelling slip: transposition, drop, double or neighbour key."""
    if len(s) < 4:
        return s
    letters = [i for i in range(1, len(s) - 1) if s[i].isalpha()]
    if not letters:
        return s
    i = rng.choice(letters)
    kind = rng.random()
    if kind < 0.3 and s[i + 1].isalpha() and s[i] != s[i + 1]:
        return s[:i] + s[i + 1] + s[i] + s[i + 2:]
    if kind < 0.55:
        return s[:i] + s[i + 1:]
    if kind < 0.7:
        return s[:i] + s[i] + s[i:]
    low = s[i].lower()
    if low in KEY_NEIGHBOURS:
        rep = rng.choice(KEY_NEIGHBOURS[low])
        if s[i].isupper():
            rep = rep.upper()
        return s[:i] + rep + s[i + 1:]
    return s[:i] + s[i + 1:]


def case_variant(s, rng):
    r = rng.random()
    if r < 0.55:
        return s.upper()
    if r < 0.9:
        return s.lower()
    return s.title()


# ---------------------------------------------------------------------------
# Identifiers
# ---------------------------------------------------------------------------

NIP_W = (6, 5, 7, 2, 3, 4, 5, 6, 7)
REGON9_W = (8, 9, 2, 3, 4, 5, 6, 7)


def make_nip(rng):
    while True:
        d = [int(c) for c in rng.choice(TAX_OFFICES)] + [rng.randrange(10) for _ in range(6)]
        c = sum(a * b for a, b in zip(d, NIP_W)) % 11
        if c != 10:
            return "".join(map(str, d)) + str(c)


def make_regon(rng):
    d = [rng.randrange(10) for _ in range(8)]
    c = sum(a * b for a, b in zip(d, REGON9_W)) % 11
    return "".join(map(str, d)) + str(0 if c == 10 else c)


def make_iban_pl(rng):
    bank = rng.choice(BANK_CODES) + "".join(str(rng.randrange(10)) for _ in range(3))
    w = (3, 9, 7, 1, 3, 9, 7)
    bank += str((10 - sum(int(a) * b for a, b in zip(bank, w)) % 10) % 10)
    bban = bank + "".join(str(rng.randrange(10)) for _ in range(16))
    check = 98 - int(bban + "2521" + "00") % 97          # P=25, L=21
    return "%02d%s" % (check, bban)                        # 26 digits, no "PL"


def format_nip(nip, rng):
    r = rng.random()
    if r < 0.45:
        return nip
    if r < 0.68:
        return "%s-%s-%s-%s" % (nip[:3], nip[3:6], nip[6:8], nip[8:])
    if r < 0.76:
        return "%s-%s-%s-%s" % (nip[:3], nip[3:5], nip[5:7], nip[7:])
    if r < 0.88:
        return "PL" + nip
    if r < 0.93:
        return "PL %s %s %s %s" % (nip[:3], nip[3:6], nip[6:8], nip[8:])
    return "%s %s %s %s" % (nip[:3], nip[3:6], nip[6:8], nip[8:])


def format_iban(iban, rng):
    r = rng.random()
    if r < 0.45:
        return "%s %s" % (iban[:2], " ".join(iban[i:i + 4] for i in range(2, 26, 4)))
    if r < 0.75:
        return iban
    if r < 0.9:
        return "PL" + iban
    return "PL%s %s" % (iban[:2], " ".join(iban[i:i + 4] for i in range(2, 26, 4)))


# ---------------------------------------------------------------------------
# Client model: context with registries, names, addresses, phones, e-mails
# ---------------------------------------------------------------------------

COUNTRY_MIX = Weighted([("PL", 93.0), ("DE", 2.5), ("GB", 1.5), ("UA", 2.0), ("CZ", 1.0)])
FOREIGN_CITIES = {"DE": DE_CITIES, "GB": UK_CITIES, "UA": UA_CITIES, "CZ": CZ_CITIES}
FOREIGN_STREETS = {"DE": DE_STREETS, "GB": UK_STREETS, "UA": UA_STREETS, "CZ": CZ_STREETS}


class Ctx:
    def __init__(self, rng, style, seed):
        self.rng = rng
        self.style = style
        self.seed = seed
        # value -> owner key; owner key is an entity index or a group key
        self.owner = {"email": {}, "mobile": {}, "landline": {}, "nip": {},
                      "regon": {}, "domain": {}}
        self.male = zipf(MALE_NAMES, 0.9)
        self.female = zipf(FEMALE_NAMES, 0.9)
        self.surname = zipf(SURNAMES, 0.7)
        self.ua_male = zipf(UA_MALE, 0.6)
        self.ua_female = zipf(UA_FEMALE, 0.6)
        self.ua_surname = zipf(UA_SURNAMES, 0.5)
        self.city = Weighted([(c, c["w"]) for c in CITIES])
        self.street = zipf(STREETS, 0.35)
        self.mail_pl = Weighted(EMAIL_DOMAINS_PL)
        self.mail_foreign = {k: Weighted(v) for k, v in EMAIL_DOMAINS_FOREIGN.items()}
        self.forms = Weighted(LEGAL_FORMS)
        self.clients = []
        self.groups = []            # (relation, [client, ...])
        self.next_owner = 0

    def claim(self, kind, value, owner):
        """Reserve value for owner; False if another owner already has it."""
        reg = self.owner[kind]
        key = value.lower()
        cur = reg.get(key)
        if cur is None:
            reg[key] = owner
            return True
        return cur == owner

    def taken_by_other(self, kind, value, owner):
        cur = self.owner[kind].get(value.lower())
        return cur is not None and cur != owner

    def new_owner(self):
        self.next_owner += 1
        return self.next_owner


def pick_surname(ctx):
    rng = ctx.rng
    if chance(rng, 0.62):
        return ctx.surname.pick(rng)
    return rng.choice(RARE_STEMS) + rng.choice(RARE_SUFFIXES)


def person_name(ctx, sex, country, ua=False):
    """Returns dict(first, first_alt, last, last_alt)."""
    rng = ctx.rng
    if ua or country == "UA":
        f = (ctx.ua_male if sex == "M" else ctx.ua_female).pick(rng)
        s = ctx.ua_surname.pick(rng)
        s_en, s_pl = (s[0], s[2]) if sex == "M" else (s[1], s[3])
        if country == "UA":          # living in Ukraine: passport spelling first
            return {"first": f[0], "first_alt": f[1], "last": s_en, "last_alt": s_pl}
        return {"first": f[1], "first_alt": f[0], "last": s_pl, "last_alt": s_en}
    if country in ("DE", "GB") and chance(rng, 0.4):
        country = "PL"               # Polish emigrants
    if country == "DE":
        return {"first": rng.choice(DE_MALE if sex == "M" else DE_FEMALE),
                "first_alt": None, "last": rng.choice(DE_SURNAMES), "last_alt": None}
    if country == "GB":
        return {"first": rng.choice(UK_MALE if sex == "M" else UK_FEMALE),
                "first_alt": None, "last": rng.choice(UK_SURNAMES), "last_alt": None}
    if country == "CZ":
        s = rng.choice(CZ_SURNAMES)
        return {"first": rng.choice(CZ_MALE if sex == "M" else CZ_FEMALE),
                "first_alt": None, "last": s[0] if sex == "M" else s[1], "last_alt": None}
    first = (ctx.male if sex == "M" else ctx.female).pick(rng)
    last = pick_surname(ctx)
    return {"first": first, "first_alt": None,
            "last": last if sex == "M" else feminine(last), "last_alt": None}


def house_number(rng):
    r = rng.random()
    n = rng.randint(1, 40) if r < 0.7 else rng.randint(41, 120) if r < 0.95 else rng.randint(121, 250)
    s = str(n)
    if chance(rng, 0.06):
        s += rng.choice("ABCD")
    return s


def new_address(ctx, country="PL", flat_p=0.55, city=None):
    rng = ctx.rng
    if country == "PL":
        c = city or ctx.city.pick(rng)
        sp, street, short = ctx.street.pick(rng)
        postal = "%05d" % rng.randint(c["plo"], c["phi"])
        flat = None
        if sp == "os." or sp == "os":
            flat = str(rng.randint(1, 90))
        elif chance(rng, flat_p * (1.0 if c["w"] > 150 else 0.6)):
            flat = str(rng.randint(1, 120 if c["w"] > 300 else 40))
        return {"country": "PL", "city": c["name"], "alts": [], "region": c["region"],
                "sp": sp + ".", "street": street, "short": short,
                "house": house_number(rng), "flat": flat, "postal": postal,
                "lat": c["lat"], "lon": c["lon"], "area": c["area"]}
    name, prange, area, lat, lon, alts = rng.choice(FOREIGN_CITIES[country])
    if country == "GB":
        out = rng.choice(prange.split())
        postal = "%s%d %d%s%s" % (out, rng.randint(1, 20), rng.randint(1, 9),
                                  rng.choice("ABDEFGHJLNPQRSTUWXYZ"),
                                  rng.choice("ABDEFGHJLNPQRSTUWXYZ"))
    else:
        lo, hi = prange.split("-")
        postal = "%05d" % rng.randint(int(lo), int(hi))
        if country == "CZ":
            postal = postal[:3] + " " + postal[3:]
    house = str(rng.randint(1, 120))
    if country == "CZ":
        house = "%d/%d" % (rng.randint(100, 2999), rng.randint(1, 80))
    flat = str(rng.randint(1, 60)) if chance(rng, 0.4) else None
    return {"country": country, "city": name, "alts": alts, "region": "",
            "sp": "", "street": rng.choice(FOREIGN_STREETS[country]), "short": None,
            "house": house, "flat": flat, "postal": postal, "lat": lat, "lon": lon,
            "area": area}


def new_mobile(ctx, country, owner):
    rng = ctx.rng
    while True:
        if country == "PL":
            num = rng.choice(MOBILE_PREFIXES_PL) + "%06d" % rng.randrange(10 ** 6)
        elif country == "GB":
            num = "7" + rng.choice(MOBILE_PREFIXES["GB"])[1:] + "%08d" % rng.randrange(10 ** 8)
        elif country == "DE":
            num = rng.choice(MOBILE_PREFIXES["DE"]) + "%07d" % rng.randrange(10 ** 7)
        elif country == "UA":
            num = rng.choice(MOBILE_PREFIXES["UA"]) + "%07d" % rng.randrange(10 ** 7)
        else:
            num = rng.choice(MOBILE_PREFIXES["CZ"]) + "%06d" % rng.randrange(10 ** 6)
        if ctx.claim("mobile", country + num, owner):
            return (country, num)


def new_landline(ctx, addr, owner):
    rng = ctx.rng
    country = addr["country"]
    while True:
        if country == "PL":
            num = addr["area"] + str(rng.randint(2, 8)) + "%06d" % rng.randrange(10 ** 6)
        elif country == "CZ":
            num = addr["area"] + "%0*d" % (9 - len(addr["area"]), rng.randrange(10 ** (9 - len(addr["area"]))))
        elif country == "GB":
            num = addr["area"] + "%0*d" % (10 - len(addr["area"]), rng.randrange(10 ** (10 - len(addr["area"]))))
        else:
            num = addr["area"] + "%07d" % rng.randrange(10 ** 7)
        if ctx.claim("landline", country + num, owner):
            return (country, num)


def email_domain(ctx, country):
    if country in ctx.mail_foreign and chance(ctx.rng, 0.8):
        return ctx.mail_foreign[country].pick(ctx.rng)
    return ctx.mail_pl.pick(ctx.rng)


def person_email(ctx, first, last, country, birth, owner, nonname=False, avoid=()):
    """A personal e-mail not used by any other owner (nor listed in avoid)."""
    rng = ctx.rng
    f, l = email_token(first), email_token(last)
    yy = "%02d" % (birth.year % 100) if birth else str(rng.randint(70, 99))
    for attempt in range(40):
        r = rng.random()
        if nonname or attempt > 30:
            local = rng.choice(NICK_WORDS) + rng.choice(["", "_", "."]) + str(rng.randint(1, 999))
        elif r < 0.30:
            local = f + "." + l
        elif r < 0.42:
            local = f + l
        elif r < 0.52:
            local = f[0] + l
        elif r < 0.58:
            local = f[0] + "." + l
        elif r < 0.66:
            local = l + "." + f
        elif r < 0.72:
            local = f + "_" + l
        elif r < 0.82:
            local = f + "." + l + yy
        elif r < 0.88:
            local = f + l + (str(birth.year) if birth else yy)
        elif r < 0.94:
            local = l + f[0] + str(rng.randint(1, 99))
        else:
            local = f + str(rng.randint(1, 999))
        if attempt > 10:
            local += str(rng.randint(1, 99))
        addr = local + "@" + email_domain(ctx, country)
        if addr.lower() in avoid:
            continue
        if ctx.claim("email", addr, owner):
            return addr
    raise RuntimeError("cannot find a free e-mail")


def company_domain(ctx, token, owner, city=None):
    rng = ctx.rng
    tld = rng.choice([".pl", ".pl", ".pl", ".com.pl", ".eu", ".com"])
    cands = [token + tld]
    if city:
        cands.append(token + "-" + email_token(city) + tld)
    cands += [token + "24" + tld, token + "-" + str(rng.randint(2, 999)) + tld]
    for d in cands:
        if ctx.claim("domain", d, owner):
            return d
    while True:
        d = token + str(rng.randint(1000, 99999)) + ".pl"
        if ctx.claim("domain", d, owner):
            return d


def work_email(ctx, local, domain, owner):
    addr = local + "@" + domain
    if ctx.claim("email", addr, owner):
        return addr
    return None
