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
  new landline ~5 %, married name ~8 % of re-entries of women born after
  1975 (30 % of them
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
  transliteration switched ~30 % of their re-entries (Cyrillic in ~5 % of
  the rows of clients living in Ukraine, UTF-8 styles only); street prefix
  variants (ul./Ul./ulica/none, al./Al./aleja,
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
                 "iak", "uk", "ski", "owiak"]

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


def fmt_taxid(nip, rng):
    """Polish NIP in one of its spellings; foreign VAT / EDRPOU ids as they are."""
    if len(nip) == 10 and nip.isdigit():
        return format_nip(nip, rng)
    return nip


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

    def claim(self, kind, value, keys):
        """Reserve value for keys[0]; False if an owner outside keys has it.

        keys is a tuple of owner keys: the client's own key and the keys of
        the hard-negative groups whose shared values it may reuse."""
        if not isinstance(keys, tuple):
            keys = (keys,)
        reg = self.owner[kind]
        key = value.lower()
        cur = reg.get(key)
        if cur is None:
            reg[key] = keys[0]
            return True
        return cur in keys

    def taken_by_other(self, kind, value, keys):
        if not isinstance(keys, tuple):
            keys = (keys,)
        cur = self.owner[kind].get(value.lower())
        return cur is not None and cur not in keys

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


# ---------------------------------------------------------------------------
# Client model: persons, sole traders, companies and hard-negative groups
# ---------------------------------------------------------------------------

def rand_birth(rng, lo=1945, hi=2004):
    return datetime.date(rng.randint(lo, hi), rng.randint(1, 12), rng.randint(1, 28))


def blank_state(kind, keys):
    return {"kind": kind, "keys": keys, "country": "PL", "ua": False, "sex": None,
            "first": None, "first_alt": None, "last": None, "last_alt": None,
            "birth": None, "addr": None, "mobile": None, "landline": None, "fax": None,
            "email": None, "family_email": None, "co": None, "nip": None, "regon": None,
            "domain": None, "www": None, "iban": None, "contact": None, "job": None}


def make_person(ctx, keys, sex=None, country=None, ua=None, name=None, addr=None,
                birth=None, landline=None):
    rng = ctx.rng
    st = blank_state("person", keys)
    sex = sex or rng.choice("MF")
    country = country or COUNTRY_MIX.pick(rng)
    if ua is None:
        ua = country == "PL" and chance(rng, 0.05)
    st.update(name or person_name(ctx, sex, country, ua))
    st["sex"], st["country"], st["ua"] = sex, country, bool(ua or country == "UA")
    st["birth"] = birth or rand_birth(rng)
    st["addr"] = addr or new_address(ctx, country)
    mob_country = "UA" if (ua and chance(rng, 0.2)) else country
    if chance(rng, 0.93):
        st["mobile"] = new_mobile(ctx, mob_country, keys)
    if landline is not None:
        st["landline"] = landline
    elif chance(rng, 0.15 if st["birth"].year > 1975 else 0.45):
        st["landline"] = new_landline(ctx, st["addr"], keys)
    st["email"] = person_email(ctx, st["first"], st["last"], country, st["birth"], keys)
    return st


def make_stem(ctx):
    rng = ctx.rng
    a, b = rng.choice(STEM_A), rng.choice(STEM_B)
    r = rng.random()
    if r < 0.5:
        return a + b
    if r < 0.7:
        return (a + b).upper()
    if r < 0.85:
        return a + "-" + b.capitalize()
    return a + b.capitalize()


def foreign_tax_id(rng, country):
    if country == "DE":
        return "DE%09d" % rng.randrange(10 ** 8, 10 ** 9)
    if country == "GB":
        return "GB%09d" % rng.randrange(10 ** 8, 10 ** 9)
    if country == "CZ":
        return "CZ%08d" % rng.randrange(10 ** 7, 10 ** 8)
    return "%08d" % rng.randrange(10 ** 7, 10 ** 8)         # UA: EDRPOU


def make_ids(ctx, st, keys):
    rng = ctx.rng
    if st["country"] == "PL":
        while True:
            nip = make_nip(rng)
            if ctx.claim("nip", nip, keys):
                break
        while True:
            regon = make_regon(rng)
            if ctx.claim("regon", regon, keys):
                break
        st["nip"], st["regon"] = nip, regon
    else:
        while True:
            nip = foreign_tax_id(rng, st["country"])
            if ctx.claim("nip", nip, keys):
                break
        st["nip"] = nip
    if chance(rng, 0.6 if st["country"] == "PL" else 0.15):
        st["iban"] = make_iban_pl(rng)


def contact_person(ctx, keys, domain, country):
    rng = ctx.rng
    sex = rng.choice("MF")
    nm = person_name(ctx, sex, country if country != "PL" else "PL")
    c = {"first": nm["first"], "last": nm["last"], "sex": sex, "email": None,
         "mobile": None, "job": rng.choice(JOB_TITLES)}
    if domain:
        c["email"] = work_email(ctx, email_token(nm["first"]) + "." + email_token(nm["last"]),
                                domain, keys)
    if not c["email"]:
        c["email"] = person_email(ctx, nm["first"], nm["last"], country, None, keys)
    if chance(rng, 0.5):
        c["mobile"] = new_mobile(ctx, country, keys)
    return c


def make_company(ctx, keys, country=None, stem=None, addr=None, landline=None,
                 domain=None, form=None, activity=None, owner=None):
    rng = ctx.rng
    st = blank_state("company", keys)
    country = country or Weighted([("PL", 94), ("DE", 2), ("GB", 1), ("UA", 1.5),
                                   ("CZ", 1.5)]).pick(rng)
    st["country"] = country
    stem = stem or make_stem(ctx)
    co = {"stem": stem, "activity": activity, "prefix": None, "partners": [],
          "form": form or ctx.forms.pick(rng), "sj_partners": False}
    if activity is None and chance(rng, 0.35):
        co["activity"] = rng.choice(ACTIVITIES)
    if co["activity"] is None and country == "PL" and chance(rng, 0.15):
        co["prefix"] = rng.choice(NAME_PREFIXES)
    if country != "PL":
        co["form"] = rng.choice(FOREIGN_FORMS[country])
    elif co["form"] in ("sp.j.", "s.c.", "sp.k."):
        for _ in range(2 if chance(rng, 0.8) else 3):
            sx = rng.choice("MF")
            nm = person_name(ctx, sx, "PL")
            co["partners"].append((nm["first"], nm["last"]))
        co["sj_partners"] = chance(rng, 0.5)
    st["co"] = co
    st["addr"] = addr or new_address(ctx, country, flat_p=0.25)
    st["domain"] = domain or company_domain(ctx, email_token(stem), keys, st["addr"]["city"])
    st["www"] = ("www." + st["domain"]) if chance(rng, 0.75) else st["domain"]
    make_ids(ctx, st, keys)
    st["landline"] = landline or (new_landline(ctx, st["addr"], keys) if chance(rng, 0.75) else None)
    if st["landline"] and chance(rng, 0.15):
        c_, n_ = st["landline"]
        fax = (c_, n_[:-1] + str((int(n_[-1]) + 1) % 10))
        if ctx.claim("landline", c_ + fax[1], keys):
            st["fax"] = fax
    if chance(rng, 0.35):
        st["mobile"] = new_mobile(ctx, country, keys)
    for box in rng.sample(["biuro", "kontakt", "info", "office", "sekretariat", "firma"], 3):
        st["email"] = work_email(ctx, box, st["domain"], keys)
        if st["email"]:
            break
    if not st["email"]:
        st["email"] = work_email(ctx, "biuro" + str(rng.randint(2, 99)), st["domain"], keys)
    if owner is not None:
        st["contact"] = {"first": owner["first"], "last": owner["last"], "sex": owner["sex"],
                         "email": work_email(ctx, email_token(owner["first"]), st["domain"], keys)
                         or owner["email"], "mobile": owner["mobile"], "job": "Prezes Zarządu"}
    else:
        st["contact"] = contact_person(ctx, keys, st["domain"], country)
    return st


def make_sole(ctx, keys, person=None):
    """Sole trader (jednoosobowa działalność gospodarcza): person + trade name."""
    rng = ctx.rng
    st = person or make_person(ctx, keys, country="PL" if chance(rng, 0.97) else None)
    st["kind"] = "sole"
    st["keys"] = keys
    first, last = st["first"], st["last"]
    acr = (first[:2] + last[:3]).upper() if chance(rng, 0.5) else (
        last[:3] + "-" + rng.choice(["BUD", "POL", "MEX", "TRANS", "TECH", "MAR"])).upper()
    st["co"] = {"pattern": rng.choice(SOLE_PATTERNS), "S": strip_diacritics(acr)}
    if chance(rng, 0.3):
        tok = email_token(last) + rng.choice(["", "-uslugi", "-serwis", "-firma", "-bud"])
        st["domain"] = company_domain(ctx, tok, keys, st["addr"]["city"])
        st["www"] = "www." + st["domain"] if chance(rng, 0.7) else None
        em = work_email(ctx, rng.choice(["biuro", "kontakt", email_token(first)]), st["domain"], keys)
        if em:
            st["email"] = em
    if st["country"] == "PL" or chance(rng, 0.5):
        st["country_tax"] = st["country"]
        make_ids(ctx, st, keys)
    if st["mobile"] is None:
        st["mobile"] = new_mobile(ctx, st["country"], keys)
    return st


def add_client(ctx, st):
    c = {"idx": len(ctx.clients), "st": st, "group": None}
    ctx.clients.append(c)
    return c


def add_group(ctx, relation, members):
    ctx.groups.append((relation, members))
    for m in members:
        m["group"] = relation


def g_spouses(ctx):
    rng = ctx.rng
    gk = ctx.new_owner()
    kh, kw = (ctx.new_owner(), gk), (ctx.new_owner(), gk)
    country = "PL" if chance(rng, 0.95) else COUNTRY_MIX.pick(rng)
    addr = new_address(ctx, country, flat_p=0.6)
    land = new_landline(ctx, addr, (gk,)) if chance(rng, 0.55) else None
    y = rng.randint(1948, 1995)
    h = make_person(ctx, kh, sex="M", country=country, addr=addr, landline=land,
                    birth=rand_birth(rng, y, y + 1))
    r = rng.random()
    wname = person_name(ctx, "F", country, h["ua"])
    if h["country"] == "PL" and not h["ua"] and not h["first_alt"]:
        if r < 0.85:
            wname["last"] = feminine(h["last"])
        elif r < 0.93:
            wname["last"] = wname["last"] + "-" + feminine(h["last"])
    elif r < 0.8:
        wname["last"], wname["last_alt"] = h["last"], h["last_alt"]
        if h["last"].endswith("yi"):
            wname["last"] = h["last"][:-2] + "a"
    w = make_person(ctx, kw, sex="F", country=country, name=wname, addr=dict(addr),
                    landline=land, birth=rand_birth(rng, y - 4, y + 3))
    if ctx.style == "fakturownia" and chance(rng, 0.15):
        fam = email_token(feminine(h["last"])[:-1] + "cy" if h["last"].endswith("ski")
                          else h["last"]) + rng.choice(["", ".rodzina", str(rng.randint(1, 99))])
        fam += "@" + email_domain(ctx, country)
        if ctx.claim("email", fam, (gk,)):
            h["family_email"] = w["family_email"] = fam
    if chance(rng, 0.5):
        w["mobile"] = w["mobile"] or new_mobile(ctx, country, kw)
    return "spouses", [h, w]


def g_father_son(ctx):
    rng = ctx.rng
    gk = ctx.new_owner()
    kf, ks = (ctx.new_owner(), gk), (ctx.new_owner(), gk)
    addr = new_address(ctx, "PL", flat_p=0.35)
    land = new_landline(ctx, addr, (gk,)) if chance(rng, 0.6) else None
    y = rng.randint(1945, 1972)
    f = make_person(ctx, kf, sex="M", country="PL", ua=False, addr=addr, landline=land,
                    birth=rand_birth(rng, y, y))
    name = {"first": f["first"], "first_alt": None, "last": f["last"], "last_alt": None}
    s = make_person(ctx, ks, sex="M", country="PL", ua=False, name=name, addr=dict(addr),
                    landline=land, birth=rand_birth(rng, y + 22, min(y + 36, 2004)))
    if ctx.style in ("fakturownia", "hubspot") and chance(rng, 0.6):
        f = make_sole(ctx, kf, f)
        if chance(rng, 0.4):
            s = make_sole(ctx, ks, s)
    return "father_son", [f, s]


def g_twins(ctx):
    rng = ctx.rng
    gk = ctx.new_owner()
    country = "PL"
    addr = new_address(ctx, country, flat_p=0.5)
    land = new_landline(ctx, addr, (gk,)) if chance(rng, 0.4) else None
    birth = rand_birth(rng, 1970, 2004)
    sexes = rng.choice(["MM", "FF", "MF"])
    first = make_person(ctx, (ctx.new_owner(), gk), sex=sexes[0], country=country, ua=False,
                        addr=addr, landline=land, birth=birth)
    nm = person_name(ctx, sexes[1], country)
    while nm["first"] == first["first"]:
        nm = person_name(ctx, sexes[1], country)
    base = first["last"]
    if base.endswith("ska") or base.endswith("cka"):
        base = base[:-1] + "i"
    nm["last"] = base if sexes[1] == "M" else feminine(base)
    if sexes[0] == "F" and first["last"] != feminine(base):
        nm["last"] = first["last"]
    second = make_person(ctx, (ctx.new_owner(), gk), sex=sexes[1], country=country,
                         name=nm, addr=dict(addr), landline=land, birth=birth)
    return "twins", [first, second]


def g_namesakes_building(ctx):
    rng = ctx.rng
    sex = rng.choice("MF")
    first = (MALE_NAMES if sex == "M" else FEMALE_NAMES)[rng.randrange(15)]
    last = SURNAMES[rng.randrange(25)]
    name = {"first": first, "first_alt": None, "last": last if sex == "M" else feminine(last),
            "last_alt": None}
    addr = new_address(ctx, "PL", flat_p=1.0)
    if not addr["flat"]:
        addr["flat"] = str(rng.randint(1, 60))
    a2 = dict(addr)
    while a2["flat"] == addr["flat"]:
        a2["flat"] = str(rng.randint(1, 80))
    p1 = make_person(ctx, (ctx.new_owner(),), sex=sex, country="PL", ua=False, name=dict(name),
                     addr=addr)
    p2 = make_person(ctx, (ctx.new_owner(),), sex=sex, country="PL", ua=False, name=dict(name),
                     addr=a2)
    return "namesakes_same_building", [p1, p2]


def g_company_group(ctx):
    rng = ctx.rng
    gk = ctx.new_owner()
    stem = make_stem(ctx)
    addr = new_address(ctx, "PL", flat_p=0.0)
    domain = company_domain(ctx, email_token(stem), (gk,), addr["city"])
    land = new_landline(ctx, addr, (gk,))
    acts = rng.sample(ACTIVITIES, 3)
    n = 3 if chance(rng, 0.25) else 2
    members = []
    for i in range(n):
        form = "S.A." if (i == 0 and chance(rng, 0.2)) else "sp. z o.o."
        act = None if (i == 0 and chance(rng, 0.5)) else acts[i]
        a = dict(addr)
        if chance(rng, 0.3):
            a["flat"] = str(rng.randint(1, 30))          # another office in the building
        members.append(make_company(ctx, (ctx.new_owner(), gk), country="PL", stem=stem,
                                    addr=a, landline=land, domain=domain, form=form,
                                    activity=act))
    return "company_group", members


def g_owner_and_company(ctx):
    rng = ctx.rng
    gk = ctx.new_owner()
    ks, kc = (ctx.new_owner(), gk), (ctx.new_owner(), gk)
    owner = make_person(ctx, (gk,), country="PL", ua=False)
    owner["keys"] = ks
    sole = make_sole(ctx, ks, owner)
    stem = owner["last"] if chance(rng, 0.5) else sole["co"]["S"].title()
    comp = make_company(ctx, kc, country="PL", stem=stem, addr=dict(sole["addr"]),
                        form="sp. z o.o.", activity=rng.choice(ACTIVITIES), owner=sole)
    return "owner_and_company", [sole, comp]


STYLE_MIX = {
    "shopify": {"person": 84, "sole": 8, "company": 8, "spouses": 1.4, "father_son": 0.45,
                "twins": 0.25, "namesakes_same_building": 0.25, "company_group": 0.2,
                "owner_and_company": 0.1},
    "hubspot": {"person": 55, "sole": 15, "company": 30, "spouses": 0.8, "father_son": 0.3,
                "twins": 0.15, "namesakes_same_building": 0.15, "company_group": 1.0,
                "owner_and_company": 0.5},
    "mailchimp": {"person": 94, "sole": 3, "company": 3, "spouses": 1.5, "father_son": 0.45,
                  "twins": 0.3, "namesakes_same_building": 0.25, "company_group": 0.05,
                  "owner_and_company": 0.05},
    "fakturownia": {"person": 15, "sole": 30, "company": 55, "spouses": 0.5,
                    "father_son": 0.4, "twins": 0.1, "namesakes_same_building": 0.1,
                    "company_group": 1.6, "owner_and_company": 0.9},
}
GROUP_BUILDERS = {"spouses": g_spouses, "father_son": g_father_son, "twins": g_twins,
                  "namesakes_same_building": g_namesakes_building,
                  "company_group": g_company_group, "owner_and_company": g_owner_and_company}


def build_population(ctx, n_clients):
    rng = ctx.rng
    mix = Weighted(list(STYLE_MIX[ctx.style].items()))
    while len(ctx.clients) < n_clients:
        what = mix.pick(rng)
        left = n_clients - len(ctx.clients)
        if what in GROUP_BUILDERS and left >= 3:
            rel, states = GROUP_BUILDERS[what](ctx)
            add_group(ctx, rel, [add_client(ctx, st) for st in states])
        elif what == "company":
            add_client(ctx, make_company(ctx, (ctx.new_owner(),)))
        elif what == "sole":
            add_client(ctx, make_sole(ctx, (ctx.new_owner(),)))
        else:
            add_client(ctx, make_person(ctx, (ctx.new_owner(),)))


# ---------------------------------------------------------------------------
# Re-entries: timeline and permanent changes of a client's state
# ---------------------------------------------------------------------------

START = datetime.datetime(2016, 1, 4, 8, 0, 0)
END = datetime.datetime(2024, 9, 30, 18, 0, 0)
SPAN = (END - START).total_seconds()
CITY_BY_NAME = {c["name"]: c for c in CITIES}
UNIQUE_EMAIL_STYLES = ("shopify", "mailchimp", "hubspot")


def n_extra_rows(rng):
    if not chance(rng, 0.30):
        return 0
    r = rng.random()
    return 1 if r < 0.70 else 2 if r < 0.92 else 3


def copy_state(st):
    out = dict(st)
    out["addr"] = dict(st["addr"])
    if st["co"] is not None:
        out["co"] = dict(st["co"])
        if "partners" in out["co"]:
            out["co"]["partners"] = list(out["co"]["partners"])
    if st["contact"] is not None:
        out["contact"] = dict(st["contact"])
    return out


def time_of_day(rng, day):
    hour = Weighted([(7, 2), (8, 6), (9, 10), (10, 11), (11, 11), (12, 10), (13, 9),
                     (14, 9), (15, 8), (16, 6), (17, 4), (18, 3), (19, 3), (20, 3),
                     (21, 2), (22, 1), (23, 1)]).pick(rng)
    return datetime.datetime(day.year, day.month, day.day, hour, rng.randrange(60),
                             rng.randrange(60))


def timeline(rng, k):
    """Creation times of a client's rows: first row, then re-entries later."""
    day0 = START + datetime.timedelta(days=int(rng.random() * SPAN * 0.85 / 86400))
    times = [time_of_day(rng, day0)]
    for _ in range(k):
        r = rng.random()
        days = rng.randint(0, 3) if r < 0.15 else int(rng.expovariate(1 / 300.0)) + 1
        t = time_of_day(rng, times[-1] + datetime.timedelta(days=days))
        if t <= times[-1]:
            t = times[-1] + datetime.timedelta(minutes=rng.randint(2, 300))
        times.append(min(t, END + datetime.timedelta(days=rng.randint(0, 90))))
    return times


def new_person_email(ctx, st, used, nonname=False):
    """Another personal address (new account, new provider, new name)."""
    avoid = set(e.lower() for e in used) if used else set()
    first, last = st["first"], st["last"]
    if st.get("first_alt") and chance(ctx.rng, 0.3):
        first = st["first_alt"]
    return person_email(ctx, first, last, st["country"], st["birth"], st["keys"],
                        nonname=nonname, avoid=tuple(sorted(avoid)))


def new_company_email(ctx, st, used):
    rng = ctx.rng
    avoid = [e.lower() for e in used]
    boxes = ["biuro", "kontakt", "info", "office", "sekretariat", "zamowienia",
             "faktury", "ksiegowosc", "handel", "sklep"]
    rng.shuffle(boxes)
    if st["domain"]:
        if st["contact"] and chance(rng, 0.3):
            c = st["contact"]
            local = email_token(c["first"])[0] + "." + email_token(c["last"])
            boxes.insert(0, local)
        for b in boxes:
            addr = b + "@" + st["domain"]
            if addr.lower() not in avoid and ctx.claim("email", addr, st["keys"]):
                return addr
    stem = st["co"].get("stem") or st["last"] or "firma"
    for _ in range(50):
        local = email_token(stem) + rng.choice([".firma", ".biuro", "", "." + email_token(
            st["addr"]["city"])]) + (str(rng.randint(1, 99)) if chance(rng, 0.5) else "")
        addr = local + "@" + rng.choice(["gmail.com", "wp.pl", "o2.pl", "interia.pl", "onet.pl"])
        if addr.lower() not in avoid and ctx.claim("email", addr, st["keys"]):
            return addr
    return None


def move_house(ctx, st):
    rng = ctx.rng
    a = st["addr"]
    if a["country"] == "PL":
        city = CITY_BY_NAME[a["city"]] if chance(rng, 0.6) else None
        st["addr"] = new_address(ctx, "PL", flat_p=0.55 if st["kind"] != "company" else 0.25,
                                 city=city)
    else:
        st["addr"] = new_address(ctx, a["country"] if (chance(rng, 0.6) or st["kind"] == "company")
                                 else "PL")
    if st["landline"] and st["kind"] != "company":
        st["landline"] = new_landline(ctx, st["addr"], st["keys"]) if chance(rng, 0.4) else None
    elif st["landline"] and chance(rng, 0.7):
        st["landline"] = new_landline(ctx, st["addr"], st["keys"])


def marry(ctx, st, used):
    rng = ctx.rng
    new = feminine(pick_surname(ctx)) if st["country"] == "PL" and not st["ua"] else \
        rng.choice(SURNAMES)
    if st["ua"]:
        new = feminine(rng.choice(SURNAMES))
    if chance(rng, 0.3):
        st["last"] = st["last"] + "-" + new
    else:
        st["last"] = new
    st["last_alt"] = None
    st["married"] = True
    if chance(rng, 0.6):
        st["email"] = new_person_email(ctx, st, used)


def evolve(ctx, st, used_emails):
    """Permanent changes between two rows of one client."""
    rng = ctx.rng
    kind = st["kind"]
    if chance(rng, 0.15):
        move_house(ctx, st)
    if kind != "company" and chance(rng, 0.12):
        st["mobile"] = new_mobile(ctx, st["addr"]["country"] if chance(rng, 0.8) else
                                  st["country"], st["keys"])
    if chance(rng, 0.05):
        st["landline"] = new_landline(ctx, st["addr"], st["keys"])
    if kind == "person" and st["sex"] == "F" and st["birth"].year > 1975 and \
            not st.get("married") and chance(rng, 0.08):
        marry(ctx, st, used_emails)
    if kind == "company":
        co = st["co"]
        if co["form"] in FORM_CHANGES and chance(rng, 0.10):
            co["form"] = FORM_CHANGES[co["form"]]
            co["sj_partners"] = co["sj_partners"] and co["form"] == "sp.j."
            if co["form"] in ("sp. z o.o.", "S.A.") and chance(rng, 0.4):
                co["prefix"] = None
        elif chance(rng, 0.03):
            co["activity"] = rng.choice(ACTIVITIES) if co["activity"] is None else None
        if chance(rng, 0.25 if ctx.style == "hubspot" else 0.1):
            st["contact"] = contact_person(ctx, st["keys"], st["domain"], st["country"])
        if chance(rng, 0.1) and st["mobile"] is None:
            st["mobile"] = new_mobile(ctx, st["country"], st["keys"])
    # a new e-mail: always where the platform keys accounts by e-mail
    if ctx.style in UNIQUE_EMAIL_STYLES or chance(rng, 0.2):
        if kind == "company":
            em = new_company_email(ctx, st, used_emails)
        else:
            em = None
            if kind == "sole" and st["domain"] and chance(rng, 0.4):
                em = new_company_email(ctx, st, used_emails)
            if not em:
                em = new_person_email(ctx, st, used_emails, nonname=chance(rng, 0.12))
        if em:
            st["email"] = em


# ---------------------------------------------------------------------------
# Transient noise: one row's version of the client's current state
# ---------------------------------------------------------------------------

def company_name(co, rng, m):
    """Display name of a company, with the row's spelling habits."""
    form = co["form"]
    stem = co["stem"]
    if chance(rng, 0.12 * m):
        stem = rng.choice([stem.upper(), stem.replace("-", ""), stem.title(),
                           stem.replace("-", " ")])
    if co["prefix"]:
        pre = co["prefix"]
        if chance(rng, 0.35 * m + 0.1):
            pre = PREFIX_ABBREV[pre]
        q = co.setdefault("quote", chance(rng, 0.6))
        if chance(rng, 0.3 * m):
            q = not q
        base = pre + (' "%s"' % stem if q else " " + stem)
    else:
        base = stem
    if co["activity"]:
        base += " " + co["activity"]
    if form in LEGAL_SPELLINGS:
        spell = co.setdefault("spell", rng.choice(LEGAL_SPELLINGS[form][:3]))
        if spell not in LEGAL_SPELLINGS[form]:
            spell = co["spell"] = LEGAL_SPELLINGS[form][0]
        if chance(rng, 0.35 * m):
            spell = rng.choice(LEGAL_SPELLINGS[form])
        if chance(rng, 0.06 * m):
            spell = ""
    else:
        spell = form                      # foreign legal form
    if form == "sp.j." and co["sj_partners"] and co["partners"]:
        base += " " + co["partners"][0][1] + " i Wspólnicy"
    if form == "s.c." and co["partners"] and chance(rng, 0.6 if m < 1 else 0.4):
        names = ", ".join("%s %s" % p for p in co["partners"])
        return (base + " " + spell + " " + names).replace("  ", " ").strip()
    return (base + " " + spell).strip()


def sole_name(st, first, last, rng, m):
    co = st["co"]
    owner = first + " " + last
    if chance(rng, 0.15 * m):
        owner = last + " " + first
    pat = co["pattern"]
    if chance(rng, 0.08 * m):
        pat = rng.choice(["{o}", "{S} {o}", "{o} {S}"])
    return pat.format(o=owner, S=co["S"]).strip()


def name_noise(ctx, st, re):
    """First and last name as written in this row."""
    rng = ctx.rng
    m = 1.0 if re else 0.35
    first, last = st["first"], st["last"]
    if first is None:
        return None, None
    if st["ua"]:
        if st["first_alt"] and chance(rng, 0.3 if re else 0.08):
            first = st["first_alt"]
            if st["last_alt"]:
                last = st["last_alt"]
        if ctx.style in ("shopify", "hubspot", "mailchimp") and chance(rng, 0.05 * m) \
                and st["country"] == "UA":
            first, last = to_cyrillic(first), to_cyrillic(last)
    elif re and first in DIMINUTIVES and chance(rng, 0.12 if st["kind"] == "person" else 0.05):
        first = rng.choice(DIMINUTIVES[first])
    elif re and first in EN_DIMINUTIVES and chance(rng, 0.15):
        first = rng.choice(EN_DIMINUTIVES[first])
    if st["country"] == "DE" and chance(rng, 0.3 * m):
        first, last = german_ascii(first), german_ascii(last)
    if chance(rng, 0.05 * m):
        last = typo(last, rng)
    if chance(rng, 0.04 * m):
        first = typo(first, rng)
    r = rng.random()
    if r < 0.07 * m:
        first, last = case_variant(first, rng), case_variant(last, rng)
    elif r < 0.09 * m:
        first, last = last, first
    return first, last


def phone_typo(ctx, ph, keys):
    if ph is None:
        return None
    c, n = ph
    i = ctx.rng.randrange(3, len(n))
    n2 = n[:i] + str((int(n[i]) + ctx.rng.randint(1, 9)) % 10) + n[i + 1:]
    if ctx.claim("mobile", c + n2, keys) and ctx.claim("landline", c + n2, keys):
        return (c, n2)
    return ph


def make_version(ctx, st, re, used_emails):
    """Copy of the state as typed into this row (names, typos, diacritics ...)."""
    rng = ctx.rng
    m = 1.0 if re else 0.35
    kind = st["kind"]
    v = {"kind": kind, "country": st["country"], "sex": st["sex"], "birth": st["birth"],
         "nip": st["nip"], "regon": st["regon"], "addr": dict(st["addr"]),
         "mobile": st["mobile"], "landline": st["landline"], "fax": st["fax"],
         "email": st["email"], "www": st["www"], "iban": st["iban"], "hard": False,
         "company": "", "short": "", "contact": None, "job": None,
         "family_email": st["family_email"]}
    v["first"], v["last"] = name_noise(ctx, st, re)
    if kind == "company":
        v["company"] = company_name(st["co"], rng, m)
        v["short"] = st["co"]["stem"]
        c = dict(st["contact"])
        c["first"], c["last"] = name_noise(ctx, dict(st, **{
            "kind": "person", "first": c["first"], "last": c["last"], "ua": False,
            "first_alt": None, "last_alt": None}), re)
        v["contact"] = c
        v["first"], v["last"], v["job"] = c["first"], c["last"], c["job"]
        if chance(rng, 0.10 * m):
            v["company"] = v["company"].upper()
    elif kind == "sole":
        v["company"] = sole_name(st, v["first"], v["last"], rng, m)
        v["short"] = st["co"]["S"]
        if chance(rng, 0.08 * m):
            v["company"] = v["company"].upper()
    a = v["addr"]
    if chance(rng, 0.05 * m):
        a["street"] = typo(a["street"], rng)
        a["short"] = typo(a["short"], rng) if a["short"] else None
    if chance(rng, 0.02 * m):
        a["city"] = typo(a["city"], rng)
    alts = [x for x in a["alts"] if ctx.style != "fakturownia" or x.isascii() or
            not any("\u0400" <= ch <= "\u04ff" for ch in x)]
    if alts and chance(rng, 0.3 * m):
        a["city"] = rng.choice(alts)
    if chance(rng, 0.04 * m):
        a["city"] = case_variant(a["city"], rng)
    if chance(rng, 0.01 * m):
        p = a["postal"]
        i = rng.randrange(len(p) - 1)
        if p[i].isdigit() and p[i + 1].isdigit():
            a["postal"] = p[:i] + p[i + 1] + p[i] + p[i + 2:]
    if chance(rng, 0.01 * m):
        v["mobile"] = phone_typo(ctx, v["mobile"], st["keys"])
    if chance(rng, 0.02 * m) and v["email"]:
        local, dom = v["email"].split("@")
        bad = typo(local, rng) + "@" + dom
        if ctx.claim("email", bad, st["keys"]) and (
                ctx.style not in UNIQUE_EMAIL_STYLES or bad.lower() not in
                [e.lower() for e in used_emails]):
            v["email"] = bad
    if chance(rng, 0.15 * m) and st["country"] == "PL":
        for k in ("first", "last", "company"):
            if v[k]:
                v[k] = strip_diacritics(v[k])
        for k in ("street", "short", "city"):
            if a[k]:
                a[k] = strip_diacritics(a[k])
        if v["contact"]:
            v["contact"]["first"] = strip_diacritics(v["contact"]["first"])
            v["contact"]["last"] = strip_diacritics(v["contact"]["last"])
    if re and chance(rng, 0.07):
        make_hard(ctx, st, v, used_emails)
    return v


def make_hard(ctx, st, v, used_emails):
    """Hard re-entry: only the name, the city and an unrelated e-mail survive."""
    rng = ctx.rng
    v["hard"] = True
    city = v["addr"]["city"]
    v["addr"] = {"country": v["addr"]["country"], "city": city, "alts": [], "region": "",
                 "sp": "", "street": "", "short": "", "house": "", "flat": None,
                 "postal": "", "lat": v["addr"]["lat"], "lon": v["addr"]["lon"],
                 "area": v["addr"]["area"]}
    v["mobile"] = v["landline"] = v["fax"] = None
    v["nip"] = v["regon"] = v["iban"] = v["www"] = None
    v["family_email"] = None
    if v["contact"]:
        v["contact"]["mobile"] = None
    need_email = ctx.style in ("shopify", "mailchimp") or (
        ctx.style == "hubspot" and chance(rng, 0.5))
    if need_email:
        first = st["first"] or (st["contact"] or {}).get("first") or "biuro"
        last = st["last"] or (st["contact"] or {}).get("last") or "firma"
        v["email"] = person_email(ctx, first, last, st["country"], st["birth"], st["keys"],
                                  nonname=True, avoid=tuple(e.lower() for e in used_emails))
    else:
        v["email"] = None


# ---------------------------------------------------------------------------
# Formatting habits: phones, postal codes, streets
# ---------------------------------------------------------------------------

PL_MOBILE_FMT = Weighted([("+48 {a} {b} {c}", 20), ("{a} {b} {c}", 25), ("{a}-{b}-{c}", 15),
                          ("{a}{b}{c}", 20), ("+48{a}{b}{c}", 8), ("0048{a}{b}{c}", 4),
                          ("0048 {a} {b} {c}", 2), ("48{a}{b}{c}", 2),
                          ("+48 {a}-{b}-{c}", 2), ("(+48) {a} {b} {c}", 2)])
PL_LAND_FMT = Weighted([("({ac}) {a} {b} {c}", 20), ("{ac} {a} {b} {c}", 20),
                        ("+48 {ac} {a} {b} {c}", 12), ("{ac} {a}-{b}-{c}", 8),
                        ("0 {ac} {a} {b} {c}", 5), ("(0-{ac}) {a}-{b}-{c}", 3),
                        ("{ac}{a}{b}{c}", 15), ("+48{ac}{a}{b}{c}", 7),
                        ("{ac}-{a}-{b}-{c}", 10)])


def e164(ph):
    return "+" + COUNTRY_CODES[ph[0]] + ph[1]


def fmt_phone(ph, rng):
    """A phone number the way a person or clerk would type it."""
    if ph is None:
        return ""
    country, n = ph
    cc = COUNTRY_CODES[country]
    if country == "PL":
        if n[:2] in [c["area"] for c in CITIES] and n[2] in "2345678" and \
                n[:3] not in MOBILE_PREFIXES_PL:
            return PL_LAND_FMT.pick(rng).format(ac=n[:2], a=n[2:5], b=n[5:7], c=n[7:])
        return PL_MOBILE_FMT.pick(rng).format(a=n[:3], b=n[3:6], c=n[6:])
    r = rng.random()
    if country == "UA":
        grouped = "%s %s %s %s" % (n[:2], n[2:5], n[5:7], n[7:])
        return ("+380 " + grouped if r < 0.5 else "+380" + n if r < 0.7 else
                "0" + grouped if r < 0.9 else "00380" + n)
    if country == "CZ":
        grouped = "%s %s %s" % (n[:3], n[3:6], n[6:])
        return "+420 " + grouped if r < 0.6 else "+420" + n if r < 0.8 else grouped
    if country == "GB":
        if n[0] == "7":
            grouped = n[:4] + " " + n[4:]
        elif n[:2] == "20":
            grouped = "20 %s %s" % (n[2:6], n[6:])
        else:
            grouped = "%s %s %s" % (n[:3], n[3:6], n[6:])
        return ("+44 " + grouped if r < 0.45 else "0" + grouped if r < 0.8 else
                "+44" + n if r < 0.9 else "0044 " + grouped)
    grouped = n[:3] + " " + n[3:] if n[0] == "1" else n[:len(n) - 7] + " " + n[-7:]
    return ("+49 " + grouped if r < 0.45 else "0" + grouped if r < 0.8 else
            "+49" + n if r < 0.9 else "0049 " + grouped)


def is_mobile(ph):
    if ph is None:
        return False
    c, n = ph
    if c == "PL":
        return n[:3] in MOBILE_PREFIXES_PL
    if c == "GB":
        return n[0] == "7"
    if c == "DE":
        return n[0] == "1"
    if c == "UA":
        return n[:2] in MOBILE_PREFIXES["UA"]
    return n[0] in "67"


def fmt_postal(p, country, rng):
    if not p:
        return ""
    if country == "PL":
        r = rng.random()
        if r < 0.86:
            return p[:2] + "-" + p[2:]
        if r < 0.96:
            return p
        return p[:2] + " " + p[2:]
    return p


STREET_PREFIX_FMT = {
    "ul.": Weighted([("ul. ", 50), ("Ul. ", 8), ("ulica ", 3), ("", 35), ("UL. ", 2), ("ul.", 2)]),
    "al.": Weighted([("al. ", 45), ("Al. ", 25), ("aleja ", 5), ("Aleja ", 5), ("", 20)]),
    "pl.": Weighted([("pl. ", 50), ("Pl. ", 15), ("plac ", 20), ("Plac ", 15)]),
    "os.": Weighted([("os. ", 55), ("Os. ", 15), ("osiedle ", 15), ("Osiedle ", 15)]),
}
FLAT_FMT = Weighted([("{h}/{f}", 60), ("{h} m. {f}", 15), ("{h} m {f}", 8), ("{h} lok. {f}", 10),
                     ("{h} / {f}", 3), ("{h}/ {f}", 2), ("{h}, m. {f}", 2)])
FLAT_FMT_COMPANY = Weighted([("{h}/{f}", 40), ("{h} lok. {f}", 40), ("{h} lok {f}", 10),
                             ("{h}, lok. {f}", 10)])


def street_name(a, rng):
    """Street with prefix as typed (without the number)."""
    if a["country"] != "PL":
        st = a["street"]
        if a["country"] == "DE" and st.endswith("straße") and chance(rng, 0.3):
            st = st[:-5] + "r."
        return st
    if not a["street"]:
        return ""
    name = a["street"]
    if a["short"] and a["short"] != name and chance(rng, 0.5):
        name = a["short"]
    if a["street"] == "Rynek":
        return name
    return STREET_PREFIX_FMT[a["sp"]].pick(rng) + name


def house_flat(a, rng, company=False):
    h, f = a["house"], a["flat"]
    if not h:
        return ""
    if not f:
        return h
    if a["country"] == "PL":
        return (FLAT_FMT_COMPANY if company else FLAT_FMT).pick(rng).format(h=h, f=f)
    if a["country"] == "UA":
        return "%s, kv. %s" % (h, f)
    if a["country"] == "GB":
        return h
    return "%s/%s" % (h, f) if a["country"] == "DE" and chance(rng, 0.3) else h


def street_line(a, rng, company=False, split_flat=False):
    """Returns (address line 1, address line 2)."""
    if not a["street"]:
        return "", ""
    if a["country"] == "GB":
        line = "%s %s" % (a["house"], a["street"])
        if a["flat"]:
            if split_flat:
                return line, "Flat " + a["flat"]
            return "Flat %s, %s" % (a["flat"], line), ""
        return line, ""
    if a["country"] == "DE" and a["flat"] and split_flat:
        return "%s %s" % (street_name(a, rng), a["house"]), "Whg. " + a["flat"]
    if split_flat and a["flat"] and a["country"] == "PL":
        return ("%s %s" % (street_name(a, rng), a["house"]),
                rng.choice(["m. ", "lok. ", "m ", "mieszk. "]) + a["flat"])
    return "%s %s" % (street_name(a, rng), house_flat(a, rng, company)), ""


# ---------------------------------------------------------------------------
# CSV serialisation (hand-made so that quoting can follow each product)
# ---------------------------------------------------------------------------

def csv_field(val, delim, force):
    val = "" if val is None else str(val)
    if force or delim in val or '"' in val or "\n" in val or "\r" in val:
        return '"' + val.replace('"', '""') + '"'
    return val


def csv_line(values, delim, quote):
    """quote: 'minimal', 'all' or a list of booleans (one per column)."""
    if quote == "minimal":
        return delim.join(csv_field(v, delim, False) for v in values)
    if quote == "all":
        return delim.join(csv_field(v, delim, True) for v in values)
    return delim.join(csv_field(v, delim, q) for v, q in zip(values, quote))


def fmt_dt(t, fmt):
    return t.strftime(fmt)


NOTES_SHOP = ["Proszę dzwonić przed dostawą", "Faktura na firmę", "Paczkomat",
              "stały klient", "zwrot 2x", "dostawa po 16:00", "klient z allegro",
              "reklamacja w toku", "prosi o kontakt mailowy"]


# ---------------------------------------------------------------------------
# Style: Shopify customers export
# ---------------------------------------------------------------------------

SHOPIFY_HEADER = ["Customer ID", "First Name", "Last Name", "Email", "Accepts Email Marketing",
                  "Default Address Company", "Default Address Address1",
                  "Default Address Address2", "Default Address City",
                  "Default Address Province Code", "Default Address Country Code",
                  "Default Address Zip", "Default Address Phone", "Phone",
                  "Accepts SMS Marketing", "Total Spent", "Total Orders", "Note",
                  "Tax Exempt", "Tags"]


def render_shopify(ctx, row, rid):
    rng = ctx.rng
    v = row["v"]
    apos = "'" if ctx.seed % 2 == 0 else ""
    kind = v["kind"]
    first, last = v["first"] or "", v["last"] or ""
    if chance(rng, 0.03):
        first = ""                               # checkout with last name only
    a = v["addr"]
    has_addr = v["hard"] or chance(rng, 0.72 if kind == "person" else 0.9)
    company = line1 = line2 = city = zipc = addr_phone = cc = ""
    if has_addr:
        cc = "GB" if a["country"] == "GB" else a["country"]
        city = a["city"]
        if not v["hard"]:
            line1, line2 = street_line(a, rng, kind == "company", split_flat=chance(rng, 0.3))
            zipc = fmt_postal(a["postal"], a["country"], rng)
            zipc = (apos + zipc) if zipc else ""
            ph = v["mobile"] if (v["mobile"] and chance(rng, 0.8)) else v["landline"]
            if ph and chance(rng, 0.6):
                addr_phone = fmt_phone(ph, rng)
                if apos and chance(rng, 0.7):
                    addr_phone = apos + addr_phone
        if kind == "company" and chance(rng, 0.85):
            company = v["company"]
        elif kind == "sole" and chance(rng, 0.5):
            company = v["company"]
    # customer phone: E.164, unique per account in the shop
    phone = ""
    if v["mobile"] and is_mobile(v["mobile"]) and chance(rng, 0.35):
        e = e164(v["mobile"])
        if e not in ctx.file_phones:
            ctx.file_phones[e] = rid
            phone = apos + e
    email = v["email"] or ""
    if not email and not phone:
        email = ""
    orders = 0 if chance(rng, 0.3) else int(rng.expovariate(1 / 3.0)) + 1
    spent = sum(rng.uniform(19, 400) for _ in range(orders))
    note = ""
    if kind == "company" and v["nip"] and chance(rng, 0.3):
        note = ("NIP: " if len(v["nip"]) == 10 else "VAT: ") + fmt_taxid(v["nip"], rng)
    elif chance(rng, 0.05):
        note = rng.choice(NOTES_SHOP)
    tags = []
    for _ in range(rng.choice([0, 0, 0, 1, 1, 2])):
        t = rng.choice(SHOPIFY_TAGS)
        if t and t not in tags:
            tags.append(t)
    tax_exempt = "yes" if (kind == "company" and cc not in ("PL", "") and chance(rng, 0.4)) else "no"
    cust_id = apos + str(row["platform_id"])
    return [cust_id, first, last, email, "yes" if chance(rng, 0.35) else "no",
            company, line1, line2, city, "", cc, zipc, addr_phone, phone,
            "yes" if (phone and chance(rng, 0.3)) else "no",
            "%.2f" % spent, str(orders), note, tax_exempt, ", ".join(tags)]


# ---------------------------------------------------------------------------
# Style: HubSpot contacts export
# ---------------------------------------------------------------------------

HUBSPOT_HEADER = ["Record ID", "First Name", "Last Name", "Email", "Phone Number",
                  "Mobile Phone Number", "Street Address", "City", "State/Region",
                  "Postal Code", "Country/Region", "Company Name", "Job Title",
                  "Create Date", "Last Activity Date", "Lifecycle Stage", "Contact owner",
                  "Marketing contact status", "NIP"]
LIFECYCLE_W = Weighted(LIFECYCLE)


def render_hubspot(ctx, row, rid):
    rng = ctx.rng
    v = row["v"]
    kind = v["kind"]
    a = v["addr"]
    first, last = v["first"] or "", v["last"] or ""
    email = v["email"] or ""
    if kind == "company" and v["contact"] and v["contact"]["email"] and chance(rng, 0.7):
        email = v["contact"]["email"]
    if email and not v["hard"] and chance(rng, 0.06):
        email = ""                                  # created from a call / business card
    phone = mobile = ""
    land = v["landline"]
    mob = v["mobile"]
    if kind == "company" and v["contact"]:
        mob = v["contact"]["mobile"] or (v["mobile"] if chance(rng, 0.5) else None)
    if land and chance(rng, 0.6):
        phone = fmt_phone(land, rng)
    elif mob and chance(rng, 0.25):
        phone = fmt_phone(mob, rng)
        mob = None
    if mob and chance(rng, 0.5):
        mobile = fmt_phone(mob, rng)
    street = city = region = postal = country = ""
    if v["hard"]:
        city = a["city"] if chance(rng, 0.9) else ""
    elif chance(rng, 0.45 if kind == "person" else 0.75):
        street = street_line(a, rng, kind == "company")[0]
        city = a["city"]
        postal = fmt_postal(a["postal"], a["country"], rng)
        if a["region"] and chance(rng, 0.35):
            region = VOIVODESHIPS[a["region"]]
            if chance(rng, 0.4):
                region = region.capitalize()
    elif chance(rng, 0.35):
        city = a["city"]
    if city and chance(rng, 0.8):
        c = a["country"]
        country = rng.choice([COUNTRY_NAMES_EN[c], COUNTRY_NAMES_EN[c], COUNTRY_NAMES_PL[c], c])
    company = job = nip = ""
    if kind == "company":
        company = v["company"] if chance(rng, 0.97) else ""
        job = v["job"] if chance(rng, 0.45) else ""
        if v["nip"] and chance(rng, 0.55):
            nip = fmt_taxid(v["nip"], rng)
    elif kind == "sole":
        company = v["company"] if chance(rng, 0.7) else ""
        job = "Właściciel" if chance(rng, 0.2) else ""
        if v["nip"] and chance(rng, 0.4):
            nip = fmt_taxid(v["nip"], rng)
    created = row["t"]
    last_act = ""
    if chance(rng, 0.6):
        last_act = fmt_dt(created + datetime.timedelta(days=rng.randint(0, 700),
                                                       minutes=rng.randint(0, 900)),
                          "%Y-%m-%d %H:%M")
    stage = LIFECYCLE_W.pick(rng)
    owner = rng.choice(STAFF) if chance(rng, 0.8) else ""
    mstatus = "Marketing contact" if (email and chance(rng, 0.6)) else "Non-marketing contact"
    return [str(row["platform_id"]), first, last, email, phone, mobile, street, city,
            region, postal, country, company, job, fmt_dt(created, "%Y-%m-%d %H:%M"),
            last_act, stage, owner, mstatus, nip]


# ---------------------------------------------------------------------------
# Style: Mailchimp audience export
# ---------------------------------------------------------------------------

MAILCHIMP_MERGE = ["Email Address", "First Name", "Last Name", "Address", "Phone Number",
                   "Birthday", "Company"]
MAILCHIMP_SYSTEM = ["MEMBER_RATING", "OPTIN_TIME", "OPTIN_IP", "CONFIRM_TIME", "CONFIRM_IP",
                    "LATITUDE", "LONGITUDE", "GMTOFF", "DSTOFF", "TIMEZONE", "CC", "REGION",
                    "LAST_CHANGED", "LEID", "EUID", "NOTES", "TAGS"]
MAILCHIMP_HEADER = MAILCHIMP_MERGE + MAILCHIMP_SYSTEM
IP_PREFIXES = {"PL": ["83.", "89.", "31.", "178.", "46.", "188.", "37.", "5.173.", "91.",
                      "79.", "77.", "213."],
               "DE": ["84.", "87.", "91.", "93."], "GB": ["81.", "86.", "90.", "2."],
               "UA": ["46.", "91.", "176.", "93."], "CZ": ["89.", "90.", "185."]}
TZ = {"PL": ("Europe/Warsaw", "1", "2"), "DE": ("Europe/Berlin", "1", "2"),
      "GB": ("Europe/London", "0", "1"), "UA": ("Europe/Kiev", "2", "3"),
      "CZ": ("Europe/Prague", "1", "2")}
MAILCHIMP_TAGS = ["Klienci", "Newsletter", "Promocje", "Sklep", "Webinar 2021",
                  "Import CSV", "Formularz www", "VIP"]
MEMBER_RATING = Weighted([("1", 5), ("2", 55), ("3", 20), ("4", 12), ("5", 8)])


def random_ip(rng, country):
    pre = rng.choice(IP_PREFIXES.get(country, IP_PREFIXES["PL"]))
    parts = pre.strip(".").split(".")
    while len(parts) < 4:
        parts.append(str(rng.randint(1, 254)))
    return ".".join(parts)


def render_mailchimp(ctx, row, rid):
    rng = ctx.rng
    v = row["v"]
    kind = v["kind"]
    a = v["addr"]
    first = v["first"] or ""
    last = v["last"] or ""
    if not chance(rng, 0.88):
        first = ""
    if not chance(rng, 0.78):
        last = ""
    if (first or last) and chance(rng, 0.08):
        first, last = first.lower(), last.lower()
    address = ""
    if not v["hard"] and a["street"] and chance(rng, 0.22):
        line1, line2 = street_line(a, rng, kind == "company", split_flat=chance(rng, 0.2))
        state = ""
        if a["region"]:
            r = rng.random()
            state = a["region"] if r < 0.35 else VOIVODESHIPS[a["region"]] if r < 0.5 else ""
        parts = [line1, line2, a["city"], state, fmt_postal(a["postal"], a["country"], rng),
                 a["country"]]
        address = "  ".join(p for p in parts if p)
    phone = ""
    ph = v["mobile"] or v["landline"]
    if ph and chance(rng, 0.25):
        phone = fmt_phone(ph, rng)
    birthday = ""
    if v["birth"] and chance(rng, 0.15):
        birthday = v["birth"].strftime("%m/%d")
    company = ""
    if kind == "company" and chance(rng, 0.8) or kind == "sole" and chance(rng, 0.3):
        company = v["company"]
    t = row["t"]
    country = a["country"]
    ip = random_ip(rng, country)
    confirm_t = confirm_ip = ""
    if chance(rng, 0.7):
        confirm_t = fmt_dt(t + datetime.timedelta(seconds=rng.randint(20, 900)),
                           "%Y-%m-%d %H:%M:%S")
        confirm_ip = ip
    lat = lon = gmt = dst = tz = cc = region = ""
    r = rng.random()
    if r < 0.9:
        if r < 0.68:
            la, lo, reg = a["lat"], a["lon"], a["region"]
        else:                                    # ISP gateway somewhere else
            c = CITIES[rng.randrange(8)]
            la, lo, reg = c["lat"], c["lon"], c["region"]
            country = "PL"
        lat = "%.7f" % (la + rng.uniform(-0.05, 0.05))
        lon = "%.7f" % (lo + rng.uniform(-0.05, 0.05))
        tz, gmt, dst = TZ[country]
        cc = country
        region = reg
    changed = fmt_dt(t + datetime.timedelta(days=rng.randint(0, 900),
                                            seconds=rng.randint(0, 80000)), "%Y-%m-%d %H:%M:%S")
    tags = ""
    if chance(rng, 0.4):
        tags = ",".join('"%s"' % x for x in rng.sample(MAILCHIMP_TAGS, rng.randint(1, 2)))
    notes = ""
    if chance(rng, 0.01):
        notes = rng.choice(["zapis na targach", "prosi o fakturę", "z formularza kontaktowego"])
    euid = "".join(rng.choice("0123456789abcdef") for _ in range(10))
    return [v["email"] or "", first, last, address, phone, birthday, company,
            MEMBER_RATING.pick(rng), fmt_dt(t, "%Y-%m-%d %H:%M:%S"), ip, confirm_t,
            confirm_ip, lat, lon, gmt, dst, tz, cc, region, changed,
            str(row["platform_id"]), euid, notes, tags]


# ---------------------------------------------------------------------------
# Style: Polish invoicing SaaS client list (Fakturownia / inFakt / wFirma)
# ---------------------------------------------------------------------------

FAKTUROWNIA_HEADER = ["ID", "Nazwa", "Nazwa skrócona", "Osoba prywatna", "Imię", "Nazwisko",
                      "NIP", "REGON", "Ulica", "Nr budynku", "Nr lokalu", "Kod pocztowy",
                      "Miejscowość", "Kraj", "E-mail", "Telefon", "Telefon komórkowy", "Fax",
                      "WWW", "Nr konta bankowego", "Osoba kontaktowa", "Uwagi",
                      "Data utworzenia"]
NOTES_INV = ["płatność przelewem 14 dni", "płatność gotówką", "stały klient",
             "faktury wysyłać mailem", "nie wysyłać faktur pocztą", "rabat 5%",
             "kontakt tylko mailowy", "uwaga: zaległości", "split payment"]


def render_fakturownia(ctx, row, rid):
    rng = ctx.rng
    v = row["v"]
    kind = v["kind"]
    a = v["addr"]
    odd = ctx.seed % 2 == 1
    private = kind == "person"
    first = last = ""
    if private:
        name = "%s %s" % (v["first"], v["last"]) if chance(rng, 0.85) else ""
        if name and chance(rng, 0.1):
            name = "%s %s" % (v["last"], v["first"])
        if chance(rng, 0.95) or not name:
            first, last = v["first"], v["last"]
        short = ""
    else:
        name = v["company"]
        short = v["short"] if chance(rng, 0.4) else ""
        if kind == "sole" and chance(rng, 0.6):
            first, last = v["first"], v["last"]
    nip = regon = ""
    if v["nip"] and chance(rng, 0.97 if kind == "company" else 0.95):
        nip = fmt_taxid(v["nip"], rng)
    if v["regon"] and chance(rng, 0.3):
        regon = v["regon"]
    ulica = nr = lok = postal = city = country = ""
    if v["hard"]:
        city = a["city"]
    elif chance(rng, 0.96):
        r = rng.random()
        if r < 0.2 and a["street"]:
            ulica = street_line(a, rng, not private)[0]
        else:
            ulica = street_name(a, rng)
            nr = a["house"]
            lok = a["flat"] or ""
            if a["country"] == "GB":
                ulica = a["street"]
        postal = fmt_postal(a["postal"], a["country"], rng)
        city = a["city"]
        c = a["country"]
        r = rng.random()
        if c == "PL":
            country = "Polska" if r < 0.6 else "PL" if r < 0.8 else ""
        else:
            country = COUNTRY_NAMES_PL[c] if r < 0.75 else c
    email = ""
    if v["email"] and chance(rng, 0.65 if not v["hard"] else 0.0):
        email = v["email"]
        if v["family_email"] and chance(rng, 0.5):
            email = v["family_email"]
        elif kind == "company" and v["contact"] and v["contact"]["email"] and chance(rng, 0.06):
            email = email + rng.choice(["; ", ", ", " "]) + v["contact"]["email"]
    phone = mobile = fax = ""
    if v["landline"] and chance(rng, 0.6):
        phone = fmt_phone(v["landline"], rng)
    elif v["mobile"] and chance(rng, 0.3):
        phone = fmt_phone(v["mobile"], rng)
    mob = v["mobile"]
    if kind == "company" and v["contact"] and v["contact"]["mobile"] and chance(rng, 0.5):
        mob = v["contact"]["mobile"]
    if mob and not phone.replace(" ", "").endswith(mob[1][-6:]) and chance(rng, 0.45):
        mobile = fmt_phone(mob, rng)
    if v["fax"] and chance(rng, 0.6):
        fax = fmt_phone(v["fax"], rng)
    www = v["www"] if (v["www"] and chance(rng, 0.4)) else ""
    iban = format_iban(v["iban"], rng) if (v["iban"] and chance(rng, 0.35)) else ""
    contact = ""
    if kind == "company" and v["contact"] and chance(rng, 0.35):
        contact = "%s %s" % (v["contact"]["first"], v["contact"]["last"])
        if chance(rng, 0.2):
            contact += " - " + v["contact"]["job"].lower()
    note = ""
    if row.get("old_name") and chance(rng, 0.5):
        note = "dawniej: " + row["old_name"]
    elif chance(rng, 0.06):
        note = rng.choice(NOTES_INV)
    osoba = ("tak" if private else "nie") if odd else ("1" if private else "0")
    return [str(row["platform_id"]), name, short, osoba, first or "", last or "", nip, regon,
            ulica, nr, lok, postal, city, country, email, phone, mobile, fax, www, iban,
            contact, note, fmt_dt(row["t"], "%Y-%m-%d %H:%M")]


# ---------------------------------------------------------------------------
# Main
# ---------------------------------------------------------------------------

STYLES = {
    "shopify": {"header": SHOPIFY_HEADER, "render": render_shopify, "delim": ",",
                "eol": "\n", "quote": "minimal", "email_col": 3,
                "id_base": 5012345600000, "id_step": (40000, 9000000)},
    "hubspot": {"header": HUBSPOT_HEADER, "render": render_hubspot, "delim": ",",
                "eol": "\r\n", "quote": "all", "email_col": 3,
                "id_base": 20151, "id_step": (50, 4000)},
    "mailchimp": {"header": MAILCHIMP_HEADER, "render": render_mailchimp, "delim": ",",
                  "eol": "\n", "email_col": 0,
                  "quote": [True] * len(MAILCHIMP_MERGE) + [False] * (len(MAILCHIMP_SYSTEM) + 2),
                  "id_base": 101234567, "id_step": (1, 300)},
    "fakturownia": {"header": FAKTUROWNIA_HEADER, "render": render_fakturownia, "delim": ";",
                    "eol": "\r\n", "quote": "minimal", "email_col": None,
                    "id_base": 31200000, "id_step": (1, 60)},
}
STYLE_ORDER = ["shopify", "hubspot", "mailchimp", "fakturownia"]


def fresh_email(ctx, client, used):
    st = client["st"]
    if st["kind"] == "company":
        em = new_company_email(ctx, st, used)
        if em:
            return em
        return person_email(ctx, st["contact"]["first"], st["contact"]["last"], st["country"],
                            None, st["keys"], avoid=tuple(e.lower() for e in used))
    return new_person_email(ctx, st, used, nonname=chance(ctx.rng, 0.2))


def generate_rows(ctx):
    rng = ctx.rng
    rows = []
    for c in ctx.clients:
        times = timeline(rng, n_extra_rows(rng))
        st = copy_state(c["st"])
        used = [st["email"]]
        for i, t in enumerate(times):
            old_name = None
            if i:
                prev_co = dict(st["co"]) if st["kind"] == "company" else None
                evolve(ctx, st, used)
                if prev_co and prev_co["form"] != st["co"]["form"]:
                    old_name = company_name(prev_co, rng, 0.0)
            v = make_version(ctx, st, i > 0, used)
            if v["email"]:
                used.append(v["email"])
            rows.append({"t": t, "c": c, "v": v, "old_name": old_name, "seq": len(rows),
                         "used": used})
    rows.sort(key=lambda r: (r["t"], r["seq"]))
    return rows


def namesake_groups(ctx):
    """Unrelated persons / sole traders with one first+last name in one city."""
    by_key = {}
    for c in ctx.clients:
        st = c["st"]
        if st["kind"] == "company" or not st["first"]:
            continue
        key = (st["first"].lower(), st["last"].lower(), st["addr"]["city"].lower())
        by_key.setdefault(key, []).append(c)
    out = []
    for key in sorted(by_key):
        members = by_key[key]
        if len(members) < 2:
            continue
        ids = sorted(m["eid"] for m in members)
        if len(members) == 2 and members[0]["group"] and \
                members[0].get("gid") == members[1].get("gid"):
            continue                                  # already labelled (father_son ...)
        out.append(("namesakes_same_city", ids))
    return out


def main(argv):
    if len(argv) != 5 or argv[4] not in STYLES:
        sys.stderr.write("usage: platform_exports.py OUT.csv CLIENTS SEED STYLE\n"
                         "       STYLE: %s\n" % ", ".join(STYLE_ORDER))
        return 2
    out, n_clients, seed, style = argv[1], int(argv[2]), int(argv[3]), argv[4]
    cfg = STYLES[style]
    rng = random.Random(seed * 1000003 + STYLE_ORDER.index(style) * 7919 + n_clients * 31)
    ctx = Ctx(rng, style, seed)
    ctx.file_phones = {}
    build_population(ctx, n_clients)
    perm = list(range(1, len(ctx.clients) + 1))
    rng.shuffle(perm)
    for c, e in zip(ctx.clients, perm):
        c["eid"] = "E%06d" % e
    for gi, (rel, members) in enumerate(ctx.groups):
        for m in members:
            m["gid"] = gi
    rows = generate_rows(ctx)
    pid = cfg["id_base"]
    for i, r in enumerate(rows):
        pid += rng.randint(*cfg["id_step"])
        r["platform_id"] = pid
        r["rid"] = "R%06d" % (i + 1)

    delim, quote, ecol = cfg["delim"], cfg["quote"], cfg["email_col"]
    lines = [csv_line(cfg["header"] + ["entity_id", "record_id"], delim,
                      quote if quote != "minimal" else "minimal")]
    seen_email = {}
    for r in rows:
        vals = cfg["render"](ctx, r, r["rid"])
        if ecol is not None and vals[ecol]:
            key = vals[ecol].lower()
            if key in seen_email:
                if style == "hubspot" and chance(rng, 0.5):
                    vals[ecol] = ""
                else:
                    for _ in range(20):
                        vals[ecol] = fresh_email(ctx, r["c"], r["used"])
                        r["used"].append(vals[ecol])
                        if vals[ecol].lower() not in seen_email:
                            break
            if vals[ecol]:
                seen_email[vals[ecol].lower()] = r["rid"]
        vals += [r["c"]["eid"], r["rid"]]
        lines.append(csv_line(vals, delim, quote))
    text = cfg["eol"].join(lines) + cfg["eol"]
    if style == "fakturownia":
        data = (b"\xef\xbb\xbf" + text.encode("utf-8")) if seed % 2 == 1 else \
            text.encode("cp1250", errors="replace")
    else:
        data = text.encode("utf-8")
    with open(out, "wb") as f:
        f.write(data)

    groups = [(rel, sorted(m["eid"] for m in members)) for rel, members in ctx.groups]
    groups += namesake_groups(ctx)
    base = out[:-4] if out.endswith(".csv") else out
    hn = ["relation,group_id,entity_ids"]
    for gi, (rel, ids) in enumerate(groups):
        hn.append("%s,G%05d,%s" % (rel, gi + 1, " ".join(ids)))
    with open(base + "-hard-negatives.csv", "wb") as f:
        f.write(("\n".join(hn) + "\n").encode("utf-8"))

    counts = {}
    for r in rows:
        counts[r["c"]["eid"]] = counts.get(r["c"]["eid"], 0) + 1
    pairs = sum(k * (k - 1) // 2 for k in counts.values())
    print("clients=%d rows=%d re_entries=%d true_pairs=%d hard_negative_groups=%d"
          % (len(ctx.clients), len(rows), len(rows) - len(ctx.clients), pairs, len(groups)))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
