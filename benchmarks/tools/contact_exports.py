#!/usr/bin/env python3
"""contact_exports.py - labelled contact-manager exports of a Polish company's clients.

Independent test-data generator for CSV import / client-registry tests.
Python 3 (3.8+), standard library only.  The output depends only on
(CLIENTS, SEED, STYLE): same arguments -> byte-identical files.

Usage
-----
    python3 contact_exports.py OUT.csv CLIENTS SEED STYLE      STYLE = outlook | google | pipedrive

Writes OUT.csv and OUT-hard-negatives.csv (OUT without ".csv" + "-hard-negatives.csv";
UTF-8, ',', LF; header relation,group_id,entity_ids; entity ids separated by spaces) and
prints one line:
    clients=N rows=R re_entries=R-N true_pairs=P hard_negative_groups=G
(true_pairs = number of unordered row pairs that share an entity_id).

Scenario: a Polish company moves its clients into a new CRM from the address books of its
salespeople and from a small CRM.  The same client is often in two address books.

Styles
------
outlook    Microsoft Outlook "Export to a file -> Comma Separated Values" (Contacts).
           The full 92-column Outlook header set, every field quoted, ',' separated, CRLF
           records (a two-line street or a multi-line note holds a CRLF inside quotes).
           odd SEED : English headers ("Title","First Name","Middle Name","Last Name",
                      "Suffix","Company","Department","Job Title","Business Street", ...
                      "Web Page"), UTF-8 without BOM, dates M/D/YYYY, empty date "0/0/00",
                      Gender "Unspecified"/"Male"/"Female", Priority/Sensitivity "Normal",
                      Private "False".
           even SEED: Polish-localised headers ("Tytuł","Imię","Drugie imię","Nazwisko",
                      "Sufiks","Firma","Dział","Stanowisko","Ulica (służbowy)", ...
                      "Strona sieci Web"), windows-1250 (the ANSI code page), dates
                      D.MM.YYYY, empty date "0.0.00", "Nieokreślona"/"Mężczyzna"/"Kobieta",
                      "Normalny", "Fałsz".
           Street and number in one cell ("ul. Długa 5/3"), sometimes two lines
           ("ul. Długa 5" CRLF "m. 3") or the flat in "Business Street 2".  Companies use
           the Business address, private persons the Home (sometimes Business) address.
           Phones in Mobile / Business / Home / Company Main Phone / Business Fax.
           E-mail Type "SMTP", E-mail Display Name "Jan Kowalski (jan.kowalski@wp.pl)".
           Categories "Klienci", "Klienci;VIP" ...  Notes sometimes hold "NIP: 123-456-32-18".
google     Google Contacts "Google CSV" export.  UTF-8 without BOM, ',', QUOTE_MINIMAL, CRLF
           records ("Address 1 - Formatted" holds LF line breaks).  Columns: First Name,
           Middle Name, Last Name, Phonetic First/Middle/Last Name, Name Prefix, Name Suffix,
           Nickname, File As, Organization Name, Organization Title, Organization
           Department, Birthday (YYYY-MM-DD or --MM-DD), Notes, Photo, Labels
           ("* myContacts", "Klienci ::: * myContacts"), E-mail 1..2 - Label/Value
           ("* Work", "* Home", "Home", "Work", "Other"), Phone 1..3 - Label/Value (Mobile,
           Work, Home, Main, Work Fax; two numbers may share one cell joined by " ::: "),
           Address 1 - Label/Formatted/Street/City/PO Box/Region/Postal Code/Country/
           Extended Address (sometimes only Formatted), Website 1 - Label/Value.
pipedrive  Pipedrive persons export joined with organizations.  UTF-8 without BOM, ',',
           QUOTE_MINIMAL, CRLF.  Columns: Person - ID, Person - Name, Person - First name,
           Person - Last name, Person - Label, Person - Organization, Person - Email -
           Work/Home/Other, Person - Phone - Work/Home/Mobile/Other (several numbers of one
           kind joined by ", "), Person - Job title, Person - Adres (custom, free text),
           Person - Owner, Person - Added, Person - Visible to, Person - Open deals,
           Person - Won deals, Organization - ID, Organization - Name, Organization -
           Label, Organization - Address ("Długa 5, 00-950 Warszawa, Polska"),
           Organization - Address - Street/road name / House number / Apartment/suite no /
           City/town/village/locality / State/county / ZIP/Postal code / Country (empty
           when the address was not geocoded; then the address cell is the typed text),
           Organization - NIP, Organization - Telefon, Organization - Email (custom
           fields), Organization - Owner, Organization - People.  Organization-only rows
           have empty person columns.  A person attached to an organization carries the
           company's switchboard / mailbox in the organization columns and its own
           mobile / e-mail in the person columns; a person not attached carries all of
           them.  Organization - ID is shared by rows attached to the same organization
           record (a re-entry whose organization cells are unchanged reuses it in 60 %).

Every file ends with two ground-truth columns: entity_id (E..., the client; rows of one
client share it) and record_id (R..., unique).  Rows are shuffled deterministically.

Clients
-------
~70 % persons / 30 % companies.  Persons: sex-matched Polish given names and surnames with
feminine forms (Kowalski/Kowalska, Biały/Biała), Zipf-like frequencies; ~8 % Ukrainians
(Polish or English transliteration; Cyrillic only in UTF-8 files), ~1.5 % Germans and
~1.5 % Britons (half of the Germans/Britons and ~15 % of the Ukrainians live
abroad, with a foreign address and a number valid for their country: DE +49, GB +44 10
digits, UA +380 9 digits).  64 real Polish cities with their postal-code ranges (small
towns approximate), area codes and voivodeships.  Companies: sp. z o.o., S.A., sp.j.,
sp.k., s.c., sp. z o.o. sp.k., sole traders ("Usługi Remontowe Jan Kowalski",
"PHU „Marex” Anna Nowak"); a company row has a contact person (outlook/google ~70 %,
pipedrive ~60 %) or only the company.  NIPs are valid (6,5,7,2,3,4,5,6,7 mod 11),
written 123-456-32-18 / 1234563218 / PL1234563218 / 123-45-63-218 / 123 456 32 18;
pipedrive has a NIP column (~65 % filled), outlook/google put it in Notes (~20 %/10 %).
Mobiles: prefixes 50x 51x 53x 57x 60x 66x 69x 72x 73x 78x 79x 88x; landlines: the
city's area code; Ukrainians also write their +380 numbers domestically (067 123 45 67,
+38 067 ...).  Written as 601 234 567, 601-234-567, +48 601 234 567, 0048601234567,
48601234567, (22) 123 45 67, 0-22 123 45 67, +48 (22) 1234567, ... (company switchboards
sometimes "wew. 12").  Address books are sparse: many rows have only a name and a phone
or a name and an e-mail.
E-mails: jan.kowalski@ / jkowalski@ / j.kowalski@ / kowalski.jan@ / jan85@ / jan.kowalski7@
... at Polish free-mail providers (gmail.com, wp.pl, o2.pl, interia.pl, onet.pl ...; ukr.net,
gmx.de, btinternet.com ... for foreigners); companies: biuro@ / kontakt@ / info@ ... at their
own domain (slug of the name: polmar.pl, polmar.com.pl) or a free-mail address; a contact
person at the company domain (jan.kowalski@polmar.pl) or privately.
A value belongs to one client: an e-mail address, a mobile, a landline and a company domain
are never shared by unrelated clients (a namesake, a look-alike or a stranger).  When the
generated one is taken, the client gets another, as people do: the birth year or a number
added (piotr.kowalski78@, pkowalski1985@, pkowalski12@), another pattern or another
provider; a colleague of the same name at one company jan.kowalski2@ / j.kowalski@; a
company whose name's domain is taken another domain (polmar.com.pl, polmar24.pl); a phone
another number.  Re-entries of a client keep sharing its values.  The only values shared
by different clients are the deliberate ones listed under Hard negatives.

Re-entries (true duplicates)
----------------------------
~30 % of clients get 1-3 extra rows (65/25/10 %).  Each re-entry is a copy of the client's
first row with 1-3 changes (50/35/15 %), at most 2 of them life changes (*).  Weights
(person / company; "-" = not used), tool-specific ones only in their style:
  name_typo 10/7    keyboard neighbour, deletion, doubling, transposition, lost diacritic,
                    rz/ż ó/u ch/h - in a surname, given name or company core name
  ascii 6/3         all Polish diacritics lost (German ü->ue/u), „” -> ""
  case 4/4          UPPER surname, ALL UPPER, all lower; company upper case
  spaces 2/2        double, leading or trailing space
  diminutive 5/-    Katarzyna<->Kasia, Tomasz<->Tomek, James->Jim ...
  swap_names 4/-    first and last name swapped
  married* 3/-      (women 20-55) new surname or double-barrelled Kowalska-Nowak
  translit 4/-      Ukrainians: Ołeksandr/Oleksandr/Олександр (Cyrillic only in UTF-8)
  whole_name 5/2    the whole name in First Name, Last Name empty
  new_phone* 7/6    another number (replaces or is added; no other client's number)
  new_email* 6/5    another e-mail (other provider or pattern; company: other mailbox;
                    no other client's address)
  email_typo 4/3    gmial.com, wp.p, 02.pl, dropped dot, neighbour key, doubled letter
                    (never another client's real address)
  phone_typo 4/3    one digit wrong or two digits swapped (never the first two; never
                    another client's number)
  phone_format 9/8  the same number written otherwise
  moved* 4/3        new address (60 % same city); a landline follows the area code
  street_format 3/4 ul./ulica/Ul./none, Mickiewicza/Adama Mickiewicza, 5/3 / 5 m. 3 /
                    5 lok. 3, 12A/12a/12 A, two-line street; google: only Formatted
  postcode_format 1/1  00-950 / 00950 / 00 950
  city_variant 2/2  W-wa, Krakow, Gorzów Wlkp., WARSZAWA
  missing 8/7       1-2 fields dropped (e-mail, a phone, address, birthday, job title,
                    notes) - or a field the first row lacked filled in
  job_title 2/3     a job title added (or changed)
  lf_variant -/6    sp. z o.o. / Sp. z o. o. / spółka z ograniczoną odpowiedzialnością ...
  lf_drop -/7       company name with/without its legal form
  quotes -/5        Marex / „Marex” / "Marex" / 'Marex'
  descriptor -/3    PHU / P.H.U. / Przedsiębiorstwo Handlowo-Usługowe / left out
  contact_change* -/5  another contact person of the same company
  contact_drop -/4  company-only row <-> row with the contact person
  company_last -/5  the company name typed into Last Name (Company/Organization empty)
  nip_format -/3    the same NIP written otherwise (or dropped/added)
  file_as 4/4       google: File As "Kowalski, Jan" / "Jan Kowalski" / company / empty
  nickname 2/-      google: Nickname (diminutive) added
  slot_swap 4/4     google: e-mail or phone moved between slot 1 and 2
  phones_joined 3/3 google/pipedrive: two phones in one cell (" ::: " / ", ")
  phone_field 4/4   outlook: a phone moved between Mobile / Business / Home Phone
  attach -/6        pipedrive: the person attached to the organization or not
Not counted as changes (pipedrive bookkeeping, drawn per row): Person - ID, Person -
Added, Person - Owner, Person - Visible to, Person - Open/Won deals, Organization - ID,
Organization - Owner, Organization - People.  A re-entry is never identical to an
earlier row of its client (redrawn until it differs).

Hard negatives
--------------
~10 % of clients (none when CLIENTS < 20) are in groups of different clients that look
alike, each with its own entity_id: household (spouses, same surname, same address and
landline, sometimes a family mailbox kowalscy@wp.pl), namesake (same first and last name,
other city; own e-mails and phones), father_son / mother_daughter (same surname, often the
same given name, usually the same address and landline), company_group (same core name with
other suffix or legal form, same seat and e-mail domain, each its own mailbox - rarely one
shared biuro@ / kontakt@ / info@ / sekretariat@ -, sometimes one switchboard, other NIP),
company_namesake (same core name, other city, other NIP, other domain, own phones).
Only these groups share values: a household's family mailbox and landline, a father's and
son's (mother's and daughter's) landline, a company group's domain, switchboard and rare
shared mailbox.  Mobiles are never shared.  Accidental look-alikes also occur and are not
listed.
"""

import copy
import csv
import datetime as dt
import io
import random
import sys
import unicodedata

STYLES = ("outlook", "google", "pipedrive")
TODAY = dt.date(2024, 11, 30)

# ---------------------------------------------------------------- names
MALE = ("Piotr Krzysztof Andrzej Tomasz Paweł Jan Michał Marcin Jakub Adam Łukasz Marek "
        "Grzegorz Mateusz Wojciech Stanisław Mariusz Dariusz Zbigniew Jerzy Maciej Rafał "
        "Robert Kamil Józef Ryszard Janusz Dawid Tadeusz Kacper Bartosz Sławomir Mirosław "
        "Henryk Jacek Szymon Artur Przemysław Damian Sebastian Daniel Kazimierz Filip Leszek "
        "Zdzisław Patryk Roman Wiesław Hubert Bogdan Karol Edward Arkadiusz Adrian Czesław "
        "Dominik Władysław Waldemar Antoni Igor Radosław Zenon Cezary Eugeniusz Bartłomiej "
        "Mikołaj Konrad Wiktor Aleksander").split()
FEMALE = ("Anna Maria Katarzyna Małgorzata Agnieszka Barbara Ewa Krystyna Elżbieta Magdalena "
          "Joanna Zofia Aleksandra Monika Teresa Danuta Natalia Julia Karolina Marta Beata "
          "Dorota Halina Jadwiga Janina Alicja Jolanta Irena Grażyna Iwona Paulina Justyna "
          "Bożena Urszula Renata Hanna Wiktoria Agata Sylwia Patrycja Helena Izabela Weronika "
          "Kinga Emilia Dominika Marianna Ilona Mirosława Lucyna Wanda Edyta Aneta Bogumiła "
          "Genowefa Stanisława Wiesława Łucja Żaneta").split()
SURNAMES = ("Nowak Kowalski Wiśniewski Wójcik Kowalczyk Kamiński Lewandowski Zieliński "
            "Szymański Woźniak Dąbrowski Kozłowski Jankowski Mazur Kwiatkowski Wojciechowski "
            "Krawczyk Kaczmarek Piotrowski Grabowski Zając Pawłowski Michalski Król Wieczorek "
            "Jabłoński Wróbel Nowakowski Majewski Olszewski Stępień Malinowski Jaworski "
            "Adamczyk Dudek Nowicki Pawlak Górski Witkowski Walczak Sikora Baran Rutkowski "
            "Michalak Szewczyk Ostrowski Tomaszewski Pietrzak Zalewski Wróblewski Marciniak "
            "Jasiński Zawadzki Bąk Jakubowski Sadowski Duda Włodarczyk Wilk Chmielewski "
            "Borkowski Sokołowski Szczepański Sawicki Lis Kucharski Kalinowski Wysocki Mazurek "
            "Kubiak Maciejewski Czarnecki Kołodziej Urbański Kaźmierczak Sobczak Konieczny "
            "Głowacki Zakrzewski Krajewski Wasilewski Krupa Laskowski Ziółkowski Gajewski "
            "Mroczek Szulc Kowalewski Brzeziński Biały Czarny Mały Cieślak Kozieł Kurek "
            "Gołębiowski Przybylski Mikołajczyk Żak Grzelak Ziemba Łuczak Szczepaniak Banaś "
            "Sowa Kasprzak Wrona Kania Kołodziejczyk Urban Bielecki Mróz Kopeć Piątek Leśniak "
            "Żurawski Chrzanowski Grzybowski Błaszczyk Rogalski Pszczółkowski").split()
ADJ_SURNAMES = {"Konieczny", "Biały", "Czarny", "Mały"}
_DIMIN = ('Katarzyna:Kasia Małgorzata:Gosia,Małgosia Agnieszka:Aga Aleksandra:Ola Magdalena:Magda '
          'Joanna:Asia Elżbieta:Ela Barbara:Basia Anna:Ania Maria:Marysia Krystyna:Krysia '
          'Zofia:Zosia Julia:Julka Natalia:Natka Iwona:Iwonka Paulina:Paula Danuta:Danka '
          'Jadwiga:Jadzia Janina:Janka Teresa:Tereska Dorota:Dorotka Halina:Halinka Tomasz:Tomek '
          'Krzysztof:Krzysiek Jan:Janek Jakub:Kuba Grzegorz:Grzesiek Wojciech:Wojtek '
          'Stanisław:Staszek Maciej:Maciek Józef:Józek Ryszard:Rysiek Tadeusz:Tadek '
          'Bartosz:Bartek Bartłomiej:Bartek Przemysław:Przemek Sławomir:Sławek Mirosław:Mirek '
          'Zbigniew:Zbyszek Jerzy:Jurek Henryk:Heniek Kazimierz:Kazik Władysław:Władek '
          'Radosław:Radek Arkadiusz:Arek Dariusz:Darek Piotr:Piotrek Edward:Edek Antoni:Antek '
          'Roman:Romek Waldemar:Waldek Czesław:Czesiek Cezary:Czarek Aleksander:Olek '
          'Sebastian:Seba Wiesław:Wiesiek Zdzisław:Zdzisiek Andrzej:Jędrek James:Jim,Jimmy '
          'Andrew:Andy Richard:Rick Daniel:Dan Steven:Steve David:Dave Michael:Mike,Micha '
          'Thomas:Tom Ołeksandr:Sasza Oleksandr:Sasha Wołodymyr:Wołodia Volodymyr:Volodia '
          'Kateryna:Katia Natalija:Nata')
DIMIN = {a: b.split(",") for a, b in (x.split(":") for x in _DIMIN.split())}
# Ukrainian names: (Polish transliteration, English transliteration, Cyrillic)
_UA_MALE = ('Ołeksandr/Oleksandr/Олександр Andrij/Andrii/Андрій Serhij/Serhii/Сергій '
            'Wołodymyr/Volodymyr/Володимир Dmytro/Dmytro/Дмитро Mykoła/Mykola/Микола Iwan/Ivan/Іван '
            'Jurij/Yurii/Юрій Wasyl/Vasyl/Василь Taras/Taras/Тарас Bohdan/Bohdan/Богдан '
            'Witalij/Vitalii/Віталій Maksym/Maksym/Максим Ihor/Ihor/Ігор')
_UA_FEMALE = ('Ołena/Olena/Олена Natalija/Nataliia/Наталія Tetiana/Tetiana/Тетяна '
              'Oksana/Oksana/Оксана Iryna/Iryna/Ірина Switłana/Svitlana/Світлана Julija/Yuliia/Юлія '
              'Kateryna/Kateryna/Катерина Hałyna/Halyna/Галина Ludmyła/Liudmyla/Людмила '
              'Olha/Olha/Ольга Anastasija/Anastasiia/Анастасія Marija/Mariia/Марія '
              'Wiktorija/Viktoriia/Вікторія')
_UA_SURN = ('Kowalenko/Kovalenko/Коваленко Szewczenko/Shevchenko/Шевченко '
            'Bondarenko/Bondarenko/Бондаренко Tkaczenko/Tkachenko/Ткаченко '
            'Kowalczuk/Kovalchuk/Ковальчук Melnyk/Melnyk/Мельник Krawczenko/Kravchenko/Кравченко '
            'Bojko/Boiko/Бойко Olijnyk/Oliinyk/Олійник Szewczuk/Shevchuk/Шевчук '
            'Poliszczuk/Polishchuk/Поліщук Łysenko/Lysenko/Лисенко Marczenko/Marchenko/Марченко '
            'Moroz/Moroz/Мороз Petrenko/Petrenko/Петренко Sawczenko/Savchenko/Савченко '
            'Rudenko/Rudenko/Руденко Kowal/Koval/Коваль Ponomarenko/Ponomarenko/Пономаренко '
            'Hnatiuk/Hnatiuk/Гнатюк')
UA_MALE, UA_FEMALE, UA_SURN = ([tuple(x.split("/")) for x in v.split()] for v in (_UA_MALE, _UA_FEMALE, _UA_SURN))
DE_MALE = "Thomas Michael Andreas Stefan Klaus Jürgen Peter Frank Markus Wolfgang".split()
DE_FEMALE = "Sabine Monika Petra Claudia Susanne Andrea Birgit Katrin".split()
DE_SURN = ("Müller Schmidt Schneider Fischer Weber Meyer Wagner Becker Schulz Hoffmann "
           "Schäfer Koch Bauer Richter Klein Wolf Neumann Schröder").split()
GB_MALE = "James John David Mark Paul Andrew Richard Daniel Steven Michael Thomas".split()
GB_FEMALE = "Sarah Emma Claire Helen Rachel Laura Joanne Louise".split()
GB_SURN = ("Smith Jones Taylor Brown Williams Wilson Johnson Davies Robinson Wright Thompson "
           "Evans Walker White Roberts Green Hall Wood O'Brien McDonald").split()

# ---------------------------------------------------------------- places
# (city, voivodeship, area code, postal ranges "lo:hi ...", weight ~ population in thousands)
CITIES = [
    ("Warszawa", "mazowieckie", "22", "00-001:04-999", 1790),
    ("Kraków", "małopolskie", "12", "30-001:31-999", 800),
    ("Łódź", "łódzkie", "42", "90-001:94-999", 670),
    ("Wrocław", "dolnośląskie", "71", "50-001:54-999", 670),
    ("Poznań", "wielkopolskie", "61", "60-001:61-999", 540),
    ("Gdańsk", "pomorskie", "58", "80-001:80-999", 470),
    ("Szczecin", "zachodniopomorskie", "91", "70-001:71-999", 395),
    ("Bydgoszcz", "kujawsko-pomorskie", "52", "85-001:85-999", 340),
    ("Lublin", "lubelskie", "81", "20-001:20-999", 335),
    ("Białystok", "podlaskie", "85", "15-001:15-999", 295),
    ("Katowice", "śląskie", "32", "40-001:40-999", 290),
    ("Gdynia", "pomorskie", "58", "81-001:81-599", 245),
    ("Częstochowa", "śląskie", "34", "42-200:42-229", 215),
    ("Radom", "mazowieckie", "48", "26-600:26-617", 205),
    ("Toruń", "kujawsko-pomorskie", "56", "87-100:87-199", 200),
    ("Sosnowiec", "śląskie", "32", "41-200:41-219", 195),
    ("Rzeszów", "podkarpackie", "17", "35-001:35-399", 197),
    ("Kielce", "świętokrzyskie", "41", "25-001:25-999", 190),
    ("Gliwice", "śląskie", "32", "44-100:44-164", 175),
    ("Olsztyn", "warmińsko-mazurskie", "89", "10-001:10-999", 170),
    ("Zielona Góra", "lubuskie", "68", "65-001:65-999", 140),
    ("Bielsko-Biała", "śląskie", "33", "43-300:43-382", 170),
    ("Bytom", "śląskie", "32", "41-900:41-949", 165),
    ("Zabrze", "śląskie", "32", "41-800:41-819", 170),
    ("Opole", "opolskie", "77", "45-001:45-999", 125),
    ("Rybnik", "śląskie", "32", "44-200:44-274", 135),
    ("Tychy", "śląskie", "32", "43-100:43-143", 125),
    ("Gorzów Wielkopolski", "lubuskie", "95", "66-400:66-470", 120),
    ("Elbląg", "warmińsko-mazurskie", "55", "82-300:82-315", 118),
    ("Płock", "mazowieckie", "24", "09-400:09-411", 118),
    ("Wałbrzych", "dolnośląskie", "74", "58-300:58-316", 110),
    ("Włocławek", "kujawsko-pomorskie", "54", "87-800:87-820", 108),
    ("Tarnów", "małopolskie", "14", "33-100:33-110", 108),
    ("Koszalin", "zachodniopomorskie", "94", "75-001:75-900", 106),
    ("Kalisz", "wielkopolskie", "62", "62-800:62-810", 100),
    ("Legnica", "dolnośląskie", "76", "59-200:59-220", 99),
    ("Słupsk", "pomorskie", "59", "76-200:76-215", 89),
    ("Nowy Sącz", "małopolskie", "18", "33-300:33-312", 83),
    ("Siedlce", "mazowieckie", "25", "08-100:08-110", 77),
    ("Piła", "wielkopolskie", "67", "64-900:64-920", 73),
    ("Ostrołęka", "mazowieckie", "29", "07-400:07-417", 52),
    ("Suwałki", "podlaskie", "87", "16-400:16-404", 69),
    ("Łomża", "podlaskie", "86", "18-400:18-404", 62),
    ("Zamość", "lubelskie", "84", "22-400:22-400", 62),
    ("Chełm", "lubelskie", "82", "22-100:22-118", 62),
    ("Biała Podlaska", "lubelskie", "83", "21-500:21-500", 56),
    ("Jelenia Góra", "dolnośląskie", "75", "58-500:58-573", 79),
    ("Konin", "wielkopolskie", "63", "62-500:62-510", 73),
    ("Piotrków Trybunalski", "łódzkie", "44", "97-300:97-306", 72),
    ("Sieradz", "łódzkie", "43", "98-200:98-200", 41),
    ("Skierniewice", "łódzkie", "46", "96-100:96-100", 47),
    ("Krosno", "podkarpackie", "13", "38-400:38-400", 46),
    ("Przemyśl", "podkarpackie", "16", "37-700:37-700", 60),
    ("Tarnobrzeg", "podkarpackie", "15", "39-400:39-400", 46),
    ("Ciechanów", "mazowieckie", "23", "06-400:06-400", 43),
    ("Leszno", "wielkopolskie", "65", "64-100:64-100", 63),
    ("Gniezno", "wielkopolskie", "61", "62-200:62-200", 68),
    ("Pruszków", "mazowieckie", "22", "05-800:05-804", 62),
    ("Sopot", "pomorskie", "58", "81-701:81-878", 36),
    ("Zakopane", "małopolskie", "18", "34-500:34-500", 27),
    ("Oświęcim", "małopolskie", "33", "32-600:32-600", 37),
    ("Ełk", "warmińsko-mazurskie", "87", "19-300:19-300", 61),
    ("Nowy Targ", "małopolskie", "18", "34-400:34-400", 33),
    ("Mielec", "podkarpackie", "17", "39-300:39-300", 60),
]
CITY_VARIANTS = {
    "Warszawa": ["W-wa", "Wwa", "Warsaw"], "Kraków": ["Krakow", "Cracow"],
    "Gorzów Wielkopolski": ["Gorzów Wlkp.", "Gorzów"], "Piotrków Trybunalski": ["Piotrków Tryb."],
    "Bielsko-Biała": ["Bielsko Biała", "Bielsko"], "Łódź": ["Lodz"], "Wrocław": ["Wroclaw"],
    "Poznań": ["Poznan"], "Gdańsk": ["Gdansk"], "Zielona Góra": ["Zielona Gora"],
}
# street: kind:short name[=full name with the patron's given name]; kind ul/al/pl/os
_STREETS = ('ul:Długa;ul:Krótka;ul:Polna;ul:Leśna;ul:Słoneczna;ul:Ogrodowa;ul:Lipowa;ul:Kościuszki=Tadeusza '
            'Kościuszki;ul:Mickiewicza=Adama Mickiewicza;ul:Sienkiewicza=Henryka '
            'Sienkiewicza;ul:Słowackiego=Juliusza '
            'Słowackiego;ul:Kolejowa;ul:Szkolna;ul:Kwiatowa;ul:Parkowa;ul:Zielona;ul:Brzozowa;ul:Łąkowa;ul:Piłsudskiego=Józefa '
            'Piłsudskiego;ul:Wojska Polskiego;ul:Kopernika=Mikołaja Kopernika;ul:Reymonta=Władysława '
            'Reymonta;ul:Chopina=Fryderyka Chopina;ul:Konopnickiej=Marii '
            'Konopnickiej;ul:Żeromskiego=Stefana Żeromskiego;ul:Prusa=Bolesława Prusa;ul:Matejki=Jana '
            'Matejki;ul:Moniuszki=Stanisława '
            'Moniuszki;ul:Grunwaldzka;ul:Warszawska;ul:Krakowska;ul:Poznańska;ul:Wrocławska;ul:Gdańska;ul:Spacerowa;ul:Cicha;ul:Różana;ul:Klonowa;ul:Akacjowa;ul:Górna;ul:Nowa;ul:Stawowa;ul:Kasprowicza=Jana '
            'Kasprowicza;ul:Traugutta=Romualda Traugutta;ul:Batorego=Stefana '
            'Batorego;ul:Jagiellońska;ul:Przemysłowa;ul:Fabryczna;ul:Składowa;ul:Hallera=gen. Józefa '
            'Hallera;ul:Orzeszkowej=Elizy Orzeszkowej;ul:Norwida=Cypriana Kamila '
            'Norwida;ul:Wyszyńskiego=kard. Stefana Wyszyńskiego;ul:Kilińskiego=Jana '
            'Kilińskiego;ul:Mazowiecka;ul:Sportowa;ul:Graniczna;ul:Dworcowa;ul:3 Maja;ul:Rolna;al:Jana '
            'Pawła II;al:Armii '
            'Krajowej;al:Solidarności;al:Niepodległości;pl:Wolności;os:Tysiąclecia;os:Przyjaźni')
STREETS = [(x.split(":")[1].split("=")[0], (x.split("=") + [None])[1], x.split(":")[0]) for x in _STREETS.split(";")]
STREET_PFX = {"ul": [("ul. ", 55), ("", 30), ("ulica ", 3), ("Ul. ", 6), ("UL. ", 2), ("ul.", 4)],
              "al": [("al. ", 60), ("Al. ", 20), ("aleja ", 5), ("Aleja ", 5), ("", 10)],
              "pl": [("pl. ", 70), ("plac ", 20), ("Pl. ", 10)],
              "os": [("os. ", 75), ("osiedle ", 15), ("Os. ", 10)]}
FLAT_SEP = [("/", 60), (" m. ", 20), (" lok. ", 8), (" m ", 6), (" / ", 3), (" m.", 3)]
# foreign places: (country key, city, postal generator spec, landline area code)
DE_CITIES = [("Berlin", (10115, 14199), "30"), ("Hamburg", (20095, 22769), "40"),
             ("München", (80331, 81929), "89"), ("Köln", (50667, 51149), "221"),
             ("Frankfurt am Main", (60306, 60599), "69"), ("Dresden", (1067, 1328), "351"),
             ("Leipzig", (4103, 4357), "341")]
DE_STREETS = ["Hauptstraße", "Bahnhofstraße", "Gartenstraße", "Schulstraße", "Dorfstraße",
              "Bergstraße", "Lindenstraße", "Kirchstraße", "Waldstraße", "Ringstraße"]
GB_CITIES = [("London", ["SW1A", "E1", "N7", "SE15", "W2", "NW3"], "20"),
             ("Manchester", ["M1", "M4", "M14", "M20"], "161"),
             ("Birmingham", ["B1", "B15", "B29"], "121"), ("Leeds", ["LS1", "LS6", "LS11"], "113"),
             ("Glasgow", ["G1", "G12", "G41"], "141"), ("Bristol", ["BS1", "BS8"], "117"),
             ("Edinburgh", ["EH1", "EH3", "EH10"], "131")]
GB_STREETS = ["High Street", "Station Road", "Church Lane", "Park Road", "Victoria Road",
              "Green Lane", "Manor Road", "Queen Street", "Mill Lane", "King Street"]
UA_CITIES = [("Kyiv", "Kijów", (1001, 4214), "44"), ("Lviv", "Lwów", (79000, 79499), "32"),
             ("Kharkiv", "Charków", (61000, 61499), "57"), ("Odesa", "Odessa", (65000, 65499), "48"),
             ("Dnipro", "Dniepr", (49000, 49499), "56")]
UA_STREETS = [("Sadova", "Sadowa"), ("Shevchenka", "Szewczenki"), ("Franka", "Franki"),
              ("Lesi Ukrainky", "Łesi Ukrainki"), ("Naukova", "Naukowa"), ("Zelena", "Zełena")]
UA_MOBILE = ["50", "63", "66", "67", "68", "73", "93", "95", "96", "97", "98", "99"]
COUNTRY_NAMES = {"PL": ["Polska", "Poland", "PL"], "DE": ["Niemcy", "Germany", "Deutschland", "DE"],
                 "GB": ["Wielka Brytania", "United Kingdom", "UK", "GB"],
                 "UA": ["Ukraina", "Ukraine", "UA"]}

# ---------------------------------------------------------------- companies
CORE_A = ("Pol Mar Tech Bud Agro Euro Trans Med Inter Eko Term Hydro Auto Metal Drew Stal Info "
          "Net Pro Elektr Glob Kom Sped Farm Opt Chem Tex Gaz Rol Plast Lux Vita Max Dom Ster "
          "Flor Bal Kras Wik Jan Rad Mir").split()
CORE_B = ("ex pol mar bud tech med trans met rol max sys net tex kom gaz plast lux soft serwis "
          "land bis mix al an on ik ma ton").split()
WORD1 = ("Alfa Beta Delta Omega Nova Prima Optima Atlas Orion Vega Sigma Astra Polaris Baltic "
         "Mazovia Silesia Carpatia Warta Wisła Odra Zefir Jantar").split()
WORD2 = ("Serwis Trade Logistics System Group Consulting Invest Development Budownictwo Handel "
         "Technika Design Media Partners Med Transport Bud Finanse Auto Projekt").split()
HYPH = ("Elektro Auto Bud Euro Agro Termo Hydro Drew Metal Trans Inst Kom").split()
HYPH2 = ("Serwis Centrum Mar Trans Pol Bud Plus Max Tech Dom Gaz Met").split()
GROUP_WORDS = ["Logistics", "Nieruchomości", "Serwis", "Trade", "Invest", "Development",
               "Polska", "Centrum", "Holding", "Produkcja", "Handel"]
TRADES = ["Usługi Remontowe", "Usługi Budowlane", "Zakład Stolarski", "Biuro Rachunkowe",
          "Auto-Naprawa", "Transport Ciężarowy", "Usługi Transportowe", "Sklep Spożywczy",
          "Gabinet Stomatologiczny", "Kancelaria Adwokacka", "Pracownia Krawiecka",
          "Usługi Hydrauliczne", "Instalatorstwo Elektryczne", "Zakład Fryzjerski",
          "Usługi Informatyczne", "Piekarnia", "Kwiaciarnia", "Warsztat Samochodowy",
          "Usługi Ogólnobudowlane", "Doradztwo Podatkowe", "Tłumaczenia", "Fotografia",
          "Projektowanie Wnętrz", "Ogrody i Zieleń", "Usługi Dekarskie"]
DESCRIPTORS = [["PHU", "P.H.U.", "Przedsiębiorstwo Handlowo-Usługowe"],
               ["PPHU", "P.P.H.U.", "Przedsiębiorstwo Produkcyjno-Handlowo-Usługowe"],
               ["FHU", "F.H.U.", "Firma Handlowo-Usługowa"],
               ["ZUH", "Z.U.H.", "Zakład Usługowo-Handlowy"]]
LEGAL = {
    "zoo": ["sp. z o.o.", "Sp. z o.o.", "Sp. z o. o.", "sp. z o. o.", "SP. Z O.O.", "Spółka z o.o.",
            "spółka z ograniczoną odpowiedzialnością", "Spółka z ograniczoną odpowiedzialnością"],
    "sa": ["S.A.", "SA", "Spółka Akcyjna", "spółka akcyjna", "S. A."],
    "spj": ["sp.j.", "Sp. j.", "sp. j.", "Spółka Jawna", "spółka jawna", "Sp.J."],
    "spk": ["sp.k.", "Sp. k.", "sp. k.", "Spółka Komandytowa", "spółka komandytowa"],
    "sc": ["s.c.", "S.C.", "s. c.", "Spółka Cywilna", "spółka cywilna", "sc"],
    "zoosk": ["sp. z o.o. sp.k.", "Sp. z o.o. Sp. k.", "sp. z o.o. sp. k.",
              "spółka z ograniczoną odpowiedzialnością spółka komandytowa"],
    "jdg": [""],
}
LEGAL_W = [("zoo", 45), ("sa", 4), ("spj", 9), ("spk", 4), ("sc", 10), ("zoosk", 4), ("jdg", 24)]
QUOTES = [("", ""), ("„", "”"), ('"', '"'), ("'", "'"), ("”", "”")]
JOBS = [("Prezes Zarządu", "Prezes Zarządu"), ("Właściciel", "Właścicielka"),
        ("Dyrektor handlowy", "Dyrektor handlowa"), ("Kierownik zakupów", "Kierownik zakupów"),
        ("Specjalista ds. zakupów", "Specjalistka ds. zakupów"), ("Główny księgowy", "Główna księgowa"),
        ("Office Manager", "Office Manager"), ("Kierownik budowy", "Kierownik budowy"),
        ("Zaopatrzeniowiec", "Zaopatrzeniowiec"), ("Asystent zarządu", "Asystentka zarządu"),
        ("Wspólnik", "Wspólniczka"), ("Kierownik działu IT", "Kierownik działu IT"),
        ("Dyrektor", "Dyrektor"), ("Kierownik", "Kierowniczka"), ("Handlowiec", "Handlowiec")]
DEPTS = ["Zakupy", "Księgowość", "Dział handlowy", "Zarząd", "Logistyka", "IT", "Administracja"]
NOTES = ["klient z polecenia", "targi Poznań 2019", "oddzwonić po 15:00", "zainteresowany ofertą",
         "płaci przelewem 14 dni", "stały klient", "nie dzwonić przed 10", "kontakt przez sekretariat",
         "rabat 5%", "faktury mailem", "spotkanie w biurze klienta", "Imported from old CRM",
         "wizytówka z targów", "preferuje kontakt mailowy", "decyzje podejmuje prezes"]
OWNERS = ["Anna Wiśniewska", "Tomasz Nowicki", "Katarzyna Lis", "Marek Zając", "Piotr Sowa",
          "Ewa Kubiak", "Michał Dudek"]

# ---------------------------------------------------------------- e-mail
PL_DOMAINS = [("gmail.com", 30), ("wp.pl", 18), ("o2.pl", 10), ("interia.pl", 10), ("onet.pl", 9),
              ("op.pl", 5), ("poczta.onet.pl", 2), ("tlen.pl", 2), ("vp.pl", 2), ("outlook.com", 3),
              ("yahoo.com", 1), ("icloud.com", 2), ("gazeta.pl", 2), ("int.pl", 1),
              ("interia.eu", 1), ("hotmail.com", 1)]
NAT_DOMAINS = {"UA": [("gmail.com", 55), ("ukr.net", 30), ("i.ua", 10), ("meta.ua", 5)],
               "DE": [("gmx.de", 30), ("web.de", 30), ("t-online.de", 20), ("gmail.com", 20)],
               "GB": [("gmail.com", 35), ("btinternet.com", 15), ("outlook.com", 20),
                      ("yahoo.co.uk", 15), ("hotmail.co.uk", 15)]}
MAILBOXES = ["biuro", "kontakt", "info", "sekretariat", "handel", "zamowienia", "office",
             "firma", "recepcja", "sklep"]
DOMAIN_TYPOS = {"gmail.com": ["gmial.com", "gmai.com", "gmail.co", "gamil.com", "gmail.pl", "gmail.con"],
                "wp.pl": ["wp.p", "wpl.pl", "wp.pl.pl"], "o2.pl": ["o2.p", "02.pl", "o2.ppl"],
                "interia.pl": ["interia.p", "intreia.pl", "interia.com"], "onet.pl": ["onet.p", "onte.pl"],
                "op.pl": ["op.p", "opl.pl"], "outlook.com": ["outlok.com", "outlook.co"]}
KEYB = ["qwertyuiop", "asdfghjkl", "zxcvbnm"]
DIACR = str.maketrans("ąćęłńóśźżĄĆĘŁŃÓŚŹŻ", "acelnoszzACELNOSZZ")


# ================================================================ helpers
def zipf(items, s=0.9, off=1.0):
    return [(x, 1.0 / (i + off) ** s) for i, x in enumerate(items)]


class WL:
    """Weighted list with cached cumulative weights."""
    def __init__(self, pairs):
        self.items = [a for a, _ in pairs]
        acc, self.cum = 0.0, []
        for _, w in pairs:
            acc += w
            self.cum.append(acc)

    def pick(self, r):
        return r.choices(self.items, cum_weights=self.cum)[0]


W_MALE, W_FEMALE = WL(zipf(MALE)), WL(zipf(FEMALE))
W_SURN = WL(zipf(SURNAMES, 0.8, 2.0))
W_CITY = WL([(c, c[4]) for c in CITIES])
W_LEGAL = WL(LEGAL_W)
W_PL_DOM = WL(PL_DOMAINS)
W_NAT_DOM = {k: WL(v) for k, v in NAT_DOMAINS.items()}
W_FSEP = WL(FLAT_SEP)
W_PFX = {k: WL(v) for k, v in STREET_PFX.items()}
MOB2 = ["50", "51", "53", "57", "60", "66", "69", "72", "73", "78", "79", "88"]
NIP_W = [6, 5, 7, 2, 3, 4, 5, 6, 7]
W_NIPF = WL([(0, 40), (1, 30), (2, 8), (3, 10), (4, 7), (5, 3), (6, 2)])


def fem(surname):
    if surname.endswith("ki") or surname in ADJ_SURNAMES:
        return surname[:-1] + "a"
    return surname


def family_plural(masc):
    return masc[:-2] + "cy" if masc.endswith("ki") else masc + "owie"


def fold(s):
    return s.translate(DIACR)


def slug(s):
    s = s.lower().replace("ä", "ae").replace("ö", "oe").replace("ü", "ue").replace("ß", "ss")
    s = fold(s)
    s = unicodedata.normalize("NFKD", s)
    return "".join(ch for ch in s if ch.isascii() and ch.isalnum())


def nip_valid(d):
    return len(d) == 10 and d.isdigit() and sum(int(a) * w for a, w in zip(d, NIP_W)) % 11 == int(d[9])


def make_nip(r):
    while True:
        d = [r.randint(1, 9), r.randint(0, 9), r.randint(1, 9)] + [r.randint(0, 9) for _ in range(6)]
        c = sum(a * w for a, w in zip(d, NIP_W)) % 11
        if c < 10:
            return "".join(map(str, d)) + str(c)


def fmt_nip(n, f):
    return [f"{n[:3]}-{n[3:6]}-{n[6:8]}-{n[8:]}", n, "PL" + n, f"{n[:3]}-{n[3:5]}-{n[5:7]}-{n[7:]}",
            f"{n[:3]} {n[3:6]} {n[6:8]} {n[8:]}", f"PL {n[:3]}-{n[3:6]}-{n[6:8]}-{n[8:]}",
            "PL " + n][f % 7]


# ---------------------------------------------------------------- phones
def _pl_mob(n, f):
    a, b, c = n[:3], n[3:6], n[6:]
    return [f"{a} {b} {c}", n, f"{a}-{b}-{c}", f"+48 {a} {b} {c}", f"+48{n}", f"0048 {a} {b} {c}",
            f"0048{n}", f"48{n}", f"+48 {a}-{b}-{c}", f"(+48) {a} {b} {c}",
            f"{a} {n[3:5]} {n[5:7]} {n[7:]}", f"+48-{a}-{b}-{c}"][f]


def _pl_land(n, f):
    a, s = n[:2], n[2:]
    x, y, z = s[:3], s[3:5], s[5:]
    return [f"{a} {x} {y} {z}", f"({a}) {x} {y} {z}", f"({a}) {x}-{y}-{z}", f"+48 {a} {x} {y} {z}", n,
            f"0{a} {x} {y} {z}", f"0-{a} {x} {y} {z}", f"+48{n}", f"{a} {s}", f"(0-{a}) {x}-{y}-{z}",
            f"+48 ({a}) {s}", f"0048 {a} {x} {y} {z}"][f]


def _de(n, al, f):
    a, s = n[:al], n[al:]
    return [f"+49 {a} {s}", f"0{a} {s}", f"+49 (0){a} {s}", f"0049 {a} {s}", f"+49{n}",
            f"0{a}/{s}", f"0{a}-{s}"][f]


def _gb(n, al, f):
    g = f"{n[:4]} {n[4:]}" if al == 4 else f"{n[:al]} {n[al:6]} {n[6:]}"
    return [f"+44 {g}", f"0{g}", f"+44 (0){g}", f"0044 {g}", f"+44{n}", f"0{n}"][f]


def _ua(n, f):
    a, s = n[:2], n[2:]
    return [f"+380 {a} {s[:3]} {s[3:]}", f"+380{n}", f"+380 ({a}) {s[:3]}-{s[3:5]}-{s[5:]}",
            f"0{a} {s[:3]} {s[3:5]} {s[5:]}", f"+38 0{a} {s[:3]} {s[3:5]} {s[5:]}",
            f"00380 {a} {s}"][f]


NFMT = {("48", "mobile"): 12, ("48", "land"): 12, ("49", "mobile"): 7, ("49", "land"): 7,
        ("44", "mobile"): 6, ("44", "land"): 6, ("380", "mobile"): 6, ("380", "land"): 6}
FMT_W = {("48", "mobile"): WL(list(enumerate([30, 18, 8, 18, 6, 3, 2, 2, 3, 1, 5, 1]))),
         ("48", "land"): WL(list(enumerate([25, 25, 8, 12, 8, 5, 3, 4, 4, 2, 3, 1])))}
FOREIGN_FMT_W = WL(list(enumerate([40, 20, 10, 8, 10, 6, 6])))


def fmt_phone(p):
    n, cc, f = p["n"], p["cc"], p["fmt"]
    if cc == "48":
        s = _pl_mob(n, f) if p["t"] == "mobile" else _pl_land(n, f)
    elif cc == "49":
        s = _de(n, p["al"], f)
    elif cc == "44":
        s = _gb(n, p["al"], f)
    else:
        s = _ua(n, f)
    return s + (" wew. " + p["ext"] if p.get("ext") else "")


def phone_fmt_pick(r, cc, t):
    if cc == "48":
        return FMT_W[(cc, t)].pick(r)
    while True:
        f = FOREIGN_FMT_W.pick(r)
        if f < NFMT[(cc, t)]:
            return f


def new_number(r, cc, t, area=None):
    """National significant number (no trunk 0) and its area-code length."""
    if cc == "48":
        if t == "mobile":
            return r.choice(MOB2) + "".join(str(r.randint(0, 9)) for _ in range(7)), 3
        return area + str(r.randint(2, 8)) + "".join(str(r.randint(0, 9)) for _ in range(6)), 2
    if cc == "49":
        if t == "mobile":
            pre = r.choice(["151", "152", "157", "160", "162", "170", "171", "172", "173", "175",
                            "176", "177", "178", "179"])
            ln = 10 if pre in ("160", "170", "171", "175") else 11
            return pre + "".join(str(r.randint(0, 9)) for _ in range(ln - 3)), 3
        return area + str(r.randint(2, 9)) + "".join(str(r.randint(0, 9)) for _ in range(9 - len(area))), len(area)
    if cc == "44":
        if t == "mobile":
            return "7" + r.choice("45789") + "".join(str(r.randint(0, 9)) for _ in range(8)), 4
        lead = r.choice("78") if area == "20" else str(r.randint(2, 9))
        return area + lead + "".join(str(r.randint(0, 9)) for _ in range(9 - len(area))), len(area)
    if t == "mobile":
        return r.choice(UA_MOBILE) + str(r.randint(1, 9)) + "".join(str(r.randint(0, 9)) for _ in range(6)), 2
    return area + str(r.randint(2, 5)) + "".join(str(r.randint(0, 9)) for _ in range(6)), 2


def make_phone(r, cc, t, label, own, number):
    n, al = number
    return {"cc": cc, "t": t, "n": n, "al": al, "fmt": phone_fmt_pick(r, cc, t), "label": label,
            "own": own, "ext": ""}


# ---------------------------------------------------------------- addresses
def pl_postcode(r, city):
    rng = city[3].split(":")
    lo, hi = int(rng[0].replace("-", "")), int(rng[1].replace("-", ""))
    return "%05d" % r.randint(lo, hi)


def make_addr(r, cc="PL", city=None, company=False):
    if cc == "PL":
        city = city or W_CITY.pick(r)
        st = r.choice(STREETS)
        num = str(min(1 + int(r.expovariate(1 / 22.0)), 180))
        flat = ""
        if r.random() < (0.15 if company else 0.45):
            flat = str(r.randint(1, 12) if company else r.randint(1, 80))
        return {"cc": "PL", "street": st[0], "full": st[1], "skind": st[2],
                "pfx": W_PFX[st[2]].pick(r), "long": bool(st[1]) and r.random() < 0.2,
                "num": num, "letter": r.choice("ABC") if r.random() < 0.08 else "",
                "lcase": r.choice([0, 0, 1, 2]), "flat": flat,
                "fsep": " lok. " if company and r.random() < 0.5 else W_FSEP.pick(r),
                "two": 0 if not flat or r.random() < 0.85 else r.choice([1, 2]),
                "city": city[0], "ci": CITIES.index(city), "cityv": "", "pc": pl_postcode(r, city), "pcf": 0 if r.random() < 0.92 else r.choice([1, 2]),
                "region": city[1], "area": city[2],
                "show_region": r.random() < 0.15, "country": r.choice(["", "", "", "Polska", "Polska", "Poland"])}
    if cc == "DE":
        c = r.choice(DE_CITIES)
        return {"cc": cc, "line": f"{r.choice(DE_STREETS)} {r.randint(1, 120)}", "line2": "", "city": c[0],
                "cityv": "", "pc": "%05d" % r.randint(*c[1]), "region": "", "area": c[2],
                "country": r.choice(COUNTRY_NAMES["DE"]), "show_region": False, "two": 0}
    if cc == "GB":
        c = r.choice(GB_CITIES)
        pc = r.choice(c[1]) + " " + str(r.randint(1, 9)) + "".join(r.choice("ABDEFGHJLNPQRSTUWXYZ") for _ in range(2))
        return {"cc": cc, "line": f"{r.randint(1, 220)} {r.choice(GB_STREETS)}", "line2": "", "city": c[0],
                "cityv": "", "pc": pc, "region": "", "area": c[2], "country": r.choice(COUNTRY_NAMES["GB"]),
                "show_region": False, "two": 0}
    c = r.choice(UA_CITIES)
    st = r.choice(UA_STREETS)
    n, k = r.randint(1, 90), r.randint(1, 120)
    if r.random() < 0.5:
        line, city = f"vul. {st[0]}, {n}, kv. {k}", c[0]
    else:
        line, city = f"ul. {st[1]} {n}/{k}", c[1]
    return {"cc": "UA", "line": line, "line2": "", "city": city, "cityv": "", "pc": "%05d" % r.randint(*c[2]),
            "region": "", "area": c[3], "country": r.choice(COUNTRY_NAMES["UA"]), "show_region": False, "two": 0}


def street_lines(a):
    """(line1, line2) of the street cell; line2 holds the flat when the address is two-line."""
    if a["cc"] != "PL":
        return a["line"], a.get("line2", "")
    name = a["full"] if a["long"] and a["full"] else a["street"]
    num = a["num"]
    if a["letter"]:
        num += [a["letter"], a["letter"].lower(), " " + a["letter"]][a["lcase"]]
    line = f"{a['pfx']}{name} {num}"
    if not a["flat"]:
        return line, ""
    if a["two"]:
        return line, ("lok. " if "lok" in a["fsep"] else "m. ") + a["flat"]
    return line + a["fsep"] + a["flat"], ""


def postcode(a):
    if a["cc"] != "PL":
        return a["pc"]
    p = a["pc"]
    return [f"{p[:2]}-{p[2:]}", p, f"{p[:2]} {p[2:]}"][a["pcf"]]


def city_of(a):
    return a["cityv"] or a["city"]


# ---------------------------------------------------------------- companies
def make_core(r):
    x = r.random()
    if x < 0.6:
        while True:
            a, b = r.choice(CORE_A), r.choice(CORE_B)
            if a.lower() != b:
                return a + b
    if x < 0.8:
        return r.choice(HYPH) + "-" + r.choice(HYPH2)
    return r.choice(WORD1) + " " + r.choice(WORD2)


def company_name(co):
    parts = []
    if co["desc"] is not None and co["desc_on"]:
        parts.append(DESCRIPTORS[co["desc"]][co["descv"]])
    if co["owner_first"] and co["owner"]:
        parts.append(co["owner"])
    if co["trade"]:
        parts.append(co["trade"])
    if co["core"]:
        q = QUOTES[co["quote"]]
        core = co["core"] + (" " + co["extra"] if co["extra"] else "")
        core = {1: core.upper(), 2: core.lower(), 3: core.title()}.get(co["ccase"], core)
        parts.append(q[0] + core + q[1])
    if co["owner"] and not co["owner_first"]:
        parts.append(co["owner"])
    if co["lf"] != "jdg" and co["lf_on"]:
        parts.append(LEGAL[co["lf"]][co["lfv"]])
    if co["partners"]:
        parts.append(co["partners"])
    s = (" " * co["dspace"]).join(parts) if co["dspace"] else " ".join(parts)
    if co.get("fold"):
        s = fold(s).replace("„", '"').replace("”", '"')
    return s.upper() if co["upper"] else s


def make_company(r, owner=None, core=None, lf=None):
    lf = lf or W_LEGAL.pick(r)
    co = {"lf": lf, "lfv": 0 if r.random() < 0.55 else r.randrange(len(LEGAL[lf])), "lf_on": True,
          "desc": None, "descv": 0, "desc_on": True, "core": None, "extra": "", "quote": 0, "ccase": 0,
          "trade": "", "owner": "", "owner_first": False, "partners": "", "upper": False, "dspace": 0}
    if lf == "jdg":
        co["owner"] = owner or ""
        if core is None and r.random() < 0.6:
            co["trade"] = r.choice(TRADES)
            co["owner_first"] = r.random() < 0.15
        else:
            co["core"] = core or make_core(r)
            if r.random() < 0.6:
                co["desc"], co["descv"] = r.randrange(len(DESCRIPTORS)), r.choice([0, 0, 0, 1, 2])
    else:
        co["core"] = core or make_core(r)
        if r.random() < 0.1:
            co["desc"], co["descv"] = r.randrange(len(DESCRIPTORS)), r.choice([0, 0, 1, 2])
        if lf == "sc" and owner and r.random() < 0.35:
            m = r.random() < 0.5
            co["partners"] = owner + ", " + (W_MALE if m else W_FEMALE).pick(r) + " " + \
                (W_SURN.pick(r) if m else fem(W_SURN.pick(r)))
    if co["core"] and r.random() < 0.3:
        co["quote"] = r.choice([1, 1, 2, 2, 3, 4])
    if co["core"] and r.random() < 0.06:
        co["ccase"] = 1
    return co


def company_domain(r, co):
    base = slug(co["core"] or co["trade"].split()[-1] + (co["owner"].split()[-1] if co["owner"] else ""))
    return base + r.choice([".pl"] * 14 + [".com.pl"] * 3 + [".eu"] * 2 + [".com"])


# ================================================================ clients
W_NAT = WL([("PL", 89), ("UA", 8), ("DE", 1.5), ("GB", 1.5)])
W_EPAT = WL([("{f}.{l}", 30), ("{f0}{l}", 12), ("{f0}.{l}", 8), ("{l}.{f}", 5), ("{f}{l}", 8),
             ("{f}_{l}", 4), ("{f}{yy}", 5), ("{f}.{l}{n}", 6), ("{l}{n}", 4), ("{f}{l}{yy}", 5),
             ("{f}-{l}", 2), ("{l}{f0}", 3)])
# per style: address/birthday/NIP shown/with contact person/company address probabilities
SP = {"outlook": dict(p_addr=0.30, c_addr=0.60, bday=0.12, nip=0.20, has_person=0.70),
      "google": dict(p_addr=0.30, c_addr=0.50, bday=0.18, nip=0.10, has_person=0.70),
      "pipedrive": dict(p_addr=0.20, c_addr=0.75, bday=0.0, nip=0.65, has_person=0.60)}
HN_KINDS = WL([("household", 28), ("namesake", 20), ("father_son", 12), ("mother_daughter", 10),
               ("company_group", 16), ("company_namesake", 14)])


class Gen:
    def __init__(self, clients, seed, style):
        self.r = random.Random(f"contact_exports|{clients}|{seed}|{style}")
        self.n, self.seed, self.style = clients, seed, style
        self.utf8 = not (style == "outlook" and seed % 2 == 0)
        self.sp = SP[style]
        # Who holds each e-mail address (lower case), phone number (national significant
        # number) and company domain: a client token, or a group token for a value a
        # hard-negative group shares on purpose (family mailbox, household landline, a company
        # group's domain / switchboard / rare shared mailbox).  Token 0 = free-mail providers.
        self.ntok, self.tok, self.gtok = 0, None, None
        self.own_e, self.own_p, self.own_d = {}, {}, {}
        self.journal = []
        for d, _ in PL_DOMAINS + [x for v in NAT_DOMAINS.values() for x in v]:
            self.own_d[d] = 0

    # ------------------------------------------------------------ value ownership
    def new_tok(self):
        self.ntok += 1
        return self.ntok

    def begin(self, tok=None, gtok=None):
        """Make a client (tok None = a new one) the owner of the values drawn from now on."""
        self.tok, self.gtok = tok or self.new_tok(), gtok
        return self.tok

    def free(self, reg, key, owner=None):
        o = reg.get(key)
        return o is None or (o == owner if owner else o in (self.tok, self.gtok))

    def claim(self, reg, key, owner=None):
        if key not in reg:
            reg[key] = owner or self.tok
            self.journal.append((reg, key))

    def take(self, reg, key, owner=None):
        """True (and the value is claimed) when key is free for the owner / current client."""
        if not self.free(reg, key, owner):
            return False
        self.claim(reg, key, owner)
        return True

    def mark(self):
        return len(self.journal)

    def rollback(self, m):
        """Release the values claimed since mark m (a discarded card or group)."""
        while len(self.journal) > m:
            reg, key = self.journal.pop()
            del reg[key]

    def take_email(self, a, variant, owner=None):
        """a, or - when another client holds it - the first free variant(k), k = 1, 2, ..."""
        k = 0
        while not self.take(self.own_e, a.lower(), owner):
            k += 1
            a = variant(k)
        return a

    def number(self, cc, t, area=None, owner=None):
        while True:
            n, al = new_number(self.r, cc, t, area)
            if self.take(self.own_p, n, owner):
                return n, al

    def phone(self, cc, t, label, own, area=None, owner=None):
        return make_phone(self.r, cc, t, label, own, self.number(cc, t, area, owner))

    def co_domain(self, d, owner=None):
        """d, or another domain of the same name when another company holds d."""
        r = self.r
        base, tld = d.split(".", 1)
        k = 0
        while not self.take(self.own_d, d, owner):
            k += 1
            how = r.choice(["tld", "tld", "word", "num"]) if k < 6 else "num"
            if how == "tld":
                d = base + r.choice([".pl", ".com.pl", ".eu", ".com", ".net.pl", ".info.pl"])
            elif how == "word":
                d = base + r.choice(["-firma", "24", "-pl", "group", "polska", "online"]) + "." + tld
            else:
                d = base + str(r.randint(1, 99 if k < 12 else 999)) + "." + tld
        return d

    # ------------------------------------------------------------ persons
    def person(self, sex=None, nat=None, first=None, masc=None, ua=None, birth=None, years=(1945, 2003)):
        r = self.r
        nat = nat or W_NAT.pick(r)
        sex = sex or ("M" if r.random() < 0.5 else "F")
        p = {"nat": nat, "sex": sex, "ua": None}
        if nat == "PL":
            masc = masc or W_SURN.pick(r)
            p["first"] = first or (W_MALE if sex == "M" else W_FEMALE).pick(r)
            p["last"] = masc if sex == "M" else fem(masc)
        elif nat == "UA":
            names = UA_MALE if sex == "M" else UA_FEMALE
            fi, li, tr = ua if ua else (r.randrange(len(names)), r.randrange(len(UA_SURN)),
                                        0 if r.random() < 0.55 else 1)
            if first is not None:
                fi = first
            if ua is None and self.utf8 and self.style == "google" and r.random() < 0.05:
                tr = 2
            p["ua"] = [fi, li, tr]
            p["first"], p["last"] = names[fi][tr], UA_SURN[li][tr]
            masc = li
        else:
            fl = {"DE": (DE_MALE, DE_FEMALE, DE_SURN), "GB": (GB_MALE, GB_FEMALE, GB_SURN)}[nat]
            p["first"] = first or r.choice(fl[0] if sex == "M" else fl[1])
            masc = masc or r.choice(fl[2])
            p["last"] = masc
        p["masc"] = masc
        p["birth"] = birth or dt.date(r.randint(*years), r.randint(1, 12), r.randint(1, 28))
        p["abroad"] = (nat in ("DE", "GB") and r.random() < 0.5) or (nat == "UA" and r.random() < 0.15)
        return p

    def p_email(self, p, free=True, domain=None):
        r = self.r
        if p["ua"]:
            names = UA_MALE if p["sex"] == "M" else UA_FEMALE
            f, l = slug(names[p["ua"][0]][1]), slug(UA_SURN[p["ua"][1]][1])
        else:
            f, l = slug(p["first"]), slug(p["last"])
        yy, year = "%02d" % (p["birth"].year % 100), str(p["birth"].year)
        cpats = ["{f}.{l}", "{f}.{l}", "{f0}.{l}", "{f0}{l}", "{f}"]

        def pat():
            loc = r.choice(cpats) if domain else W_EPAT.pick(r)
            return loc.format(f=f, l=l, f0=f[:1], yy=yy, n=r.randint(1, 99))

        def provider():
            nat = p["nat"]
            if nat == "PL" or (nat == "UA" and not p["abroad"] and r.random() < 0.5):
                return W_PL_DOM.pick(r)
            return W_NAT_DOM[nat].pick(r)
        loc0 = pat()
        dom0 = domain or provider()

        def variant(k):
            # the address is someone else's: add the birth year or a number, take another
            # pattern or another provider (at a company: jan.kowalski2@, j.kowalski@ ...)
            base = loc0.rstrip("0123456789") or loc0
            if domain:
                how = r.choice(["pat", "pat", "num"]) if k < 4 else "num"
            else:
                how = r.choice(["yy", "year", "num", "num", "pat", "prov"]) if k < 6 else "num"
            loc, dom = loc0, dom0
            if how == "pat":
                loc = pat()
            elif how == "prov":
                for _ in range(5):
                    dom = provider()
                    if dom != dom0:
                        break
            elif how == "yy":
                loc = base + yy
            elif how == "year":
                loc = base + year
            else:
                loc = base + str(r.randint(2, 9) if domain and k < 4 else r.randint(1, 99 if k < 10 else 999))
            return loc + "@" + dom
        return self.take_email(loc0 + "@" + dom0, variant)

    def p_phone(self, p, t="mobile", area=None):
        r = self.r
        cc = {"PL": "48", "DE": "49", "GB": "44", "UA": "380"}[p["nat"]] if p["abroad"] else "48"
        if p["nat"] == "UA" and not p["abroad"] and r.random() < 0.1:
            cc = "380"
        if t == "land" and cc != "48":
            area = {"49": DE_CITIES, "44": GB_CITIES}.get(cc)
            area = r.choice(area)[2] if area else r.choice(UA_CITIES)[3]
        return self.phone(cc, t, "mobile" if t == "mobile" else "home", "person", area)

    def base_card(self):
        r = self.r
        if self.style == "outlook":
            cats = r.choice(["", "", "", "Klienci", "Klienci", "Klienci;VIP", "Klienci;Hurt", "Firma"])
        elif self.style == "google":
            cats = r.choice(["* myContacts"] * 6 + ["Klienci ::: * myContacts"] * 3 +
                            ["* starred ::: * myContacts", "Klienci ::: * starred ::: * myContacts"])
        else:
            cats = r.choice(["", "", "Klient", "Klient", "Hot lead", "Warm lead", "Cold lead"])
        return {"kind": "person", "p": None, "first": "", "middle": "", "last": "", "title": "",
                "nickname": "", "file_as": 0 if r.random() < 0.7 else r.choice([1, 1, 2, 4]),
                "name_mode": "normal", "has_person": True, "co": None, "job": "", "dept": "",
                "addr": None, "addr_home": True, "phones": [], "emails": [], "nip": "", "nip_show": False,
                "nip_fmt": W_NIPF.pick(r), "notes": [], "cats": cats, "attached": True, "joined": False,
                "gfmt_only": r.random() < 0.15, "geo": r.random() < 0.6, "website": "",
                "gender_set": r.random() < 0.2, "bday_show": False, "bday_noyear": r.random() < 0.35,
                "gstar": r.random() < 0.6, "nip_lbl": r.choice(["NIP: ", "NIP: ", "NIP ", "nip: ", "NIP:"])}

    def set_person(self, c, p):
        r = self.r
        c["p"], c["first"], c["last"], c["middle"], c["title"] = p, p["first"], p["last"], "", ""
        if p["nat"] == "PL" and r.random() < 0.03:
            c["middle"] = (W_MALE if p["sex"] == "M" else W_FEMALE).pick(r)
            if c["middle"] == p["first"]:
                c["middle"] = ""
        if r.random() < 0.04:
            c["title"] = r.choice([("Pan" if p["sex"] == "M" else "Pani")] * 6 + ["dr"] * 3 + ["mgr inż."])
        if p["first"] in DIMIN and r.random() < 0.05:
            c["first"] = r.choice(DIMIN[p["first"]])

    def card_person(self, p=None, addr=None, land=None, emails=None, addr_p=None, tok=None, gtok=None):
        r, sp = self.r, self.sp
        p = p or self.person()
        c = self.base_card()
        c["tok"], c["gtok"] = self.begin(tok, gtok), gtok
        self.set_person(c, p)
        if addr is None and r.random() < (addr_p if addr_p is not None else sp["p_addr"] + (0.2 if p["abroad"] else 0)):
            addr = make_addr(r, p["nat"] if p["abroad"] else "PL")
        c["addr"] = addr
        c["addr_home"] = r.random() < 0.75
        if r.random() < 0.85:
            c["phones"].append(self.p_phone(p))
            if r.random() < 0.04:
                c["phones"].append(self.p_phone(p))
        if land:
            c["phones"].append(land)
        elif r.random() < 0.12:
            area = addr["area"] if addr and addr["cc"] == "PL" else W_CITY.pick(r)[2]
            c["phones"].append(self.p_phone(p, "land", area))
        if emails:
            c["emails"].extend(emails)
        elif r.random() < 0.5:
            c["emails"].append({"a": self.p_email(p), "label": r.choice(["home"] * 3 + ["other", "work"]),
                                "own": "person"})
            if r.random() < 0.08:
                c["emails"].append({"a": self.p_email(p), "label": "work", "own": "person"})
        if not c["phones"] and not c["emails"]:
            if r.random() < 0.7:
                c["phones"].append(self.p_phone(p))
            else:
                c["emails"].append({"a": self.p_email(p), "label": "home", "own": "person"})
        if self.style == "outlook":
            for ph in c["phones"]:
                if ph["t"] == "mobile" and r.random() < 0.1:
                    ph["label"] = "work"
        c["bday_show"] = r.random() < sp["bday"]
        if r.random() < 0.1:
            c["notes"].append(r.choice(NOTES))
        if r.random() < 0.05:
            c["job"] = r.choice(JOBS)[0 if p["sex"] == "M" else 1]
        return c

    # ------------------------------------------------------------ companies
    def card_company(self, co=None, addr=None, city=None, domain=None, main=None, lf=None, core=None,
                     gtok=None, co_mail=None):
        r, sp = self.r, self.sp
        c = self.base_card()
        c["tok"], c["gtok"] = self.begin(None, gtok), gtok
        c["kind"], c["addr_home"] = "company", False
        nat = "UA" if r.random() < 0.06 else "PL"
        owner = self.person(nat=nat, years=(1950, 1998))
        owner["abroad"] = False
        oname = owner["first"] + " " + owner["last"]
        co = co or make_company(r, owner=oname, core=core, lf=lf)
        c["co"] = co
        c["has_person"] = r.random() < sp["has_person"]
        if c["has_person"]:
            if co["owner"] and r.random() < 0.85:
                p = owner
            else:
                p = self.person(nat="UA" if r.random() < 0.05 else "PL", years=(1955, 2001))
                p["abroad"] = False
            self.set_person(c, p)
        c["nip"] = make_nip(r)
        c["nip_show"] = r.random() < sp["nip"]
        if domain is None and (co["core"] and r.random() < 0.85 or r.random() < 0.4):
            domain = self.co_domain(company_domain(r, co))
        c["domain"] = domain
        if addr is None and r.random() < sp["c_addr"]:
            addr = make_addr(r, "PL", city=city, company=True)
        c["addr"] = addr
        area = addr["area"] if addr else (city[2] if city else W_CITY.pick(r)[2])
        c["area"] = area
        if main:
            c["phones"].append(main)
        elif r.random() < 0.65:
            ph = self.phone("48", "land", r.choice(["main", "work", "work"]), "company", area)
            if r.random() < 0.05:
                ph["ext"] = str(r.randint(10, 250))
            c["phones"].append(ph)
        if c["has_person"] and r.random() < 0.55:
            c["phones"].append(self.p_phone(c["p"]))
        if r.random() < 0.06:
            c["phones"].append(self.phone("48", "land", "fax", "company", area))
        if r.random() < 0.65:
            c["emails"].append({"a": co_mail or self.co_email(c), "label": "work", "own": "company"})
        if c["has_person"] and r.random() < 0.4:
            c["emails"].append({"a": self.p_email(c["p"], domain=domain if domain and r.random() < 0.7 else None),
                                "label": "work", "own": "person"})
        if not c["phones"] and not c["emails"]:
            c["phones"].append(self.phone("48", "land", "work", "company", area))
        if c["has_person"] and r.random() < 0.45:
            c["job"] = r.choice(JOBS)[0 if c["p"]["sex"] == "M" else 1]
            if c["p"] is owner and co["owner"]:
                c["job"] = JOBS[1 if co["lf"] == "jdg" else 10][0 if owner["sex"] == "M" else 1]
            if r.random() < 0.15:
                c["dept"] = r.choice(DEPTS)
        if domain and r.random() < 0.15:
            c["website"] = r.choice(["www.", "www.", "http://www.", "https://"]) + domain
        if r.random() < 0.12:
            c["notes"].append(r.choice(NOTES))
        return c

    def co_email(self, c, other=None):
        r, co = self.r, c["co"]
        if c["domain"]:
            boxes = [b for b in MAILBOXES if b != other]

            def box(k):   # another mailbox of the domain (a group company holds this one)
                left = [b for b in boxes if self.free(self.own_e, b + "@" + c["domain"])]
                return (r.choice(left) if left else r.choice(boxes) + str(r.randint(2, 9))) + "@" + c["domain"]
            return self.take_email(r.choice(boxes) + "@" + c["domain"], box)
        base = slug(co["core"] or co["trade"].split()[0] + "." + (co["owner"].split()[-1] if co["owner"] else "firma"))
        if co["trade"]:
            base = slug(co["trade"].split()[0]) + "." + slug(co["owner"].split()[-1] if co["owner"] else "firma")
        a = base + r.choice(["", "", str(r.randint(1, 99))]) + "@" + W_PL_DOM.pick(r)
        return self.take_email(a, lambda k: base + str(r.randint(1, 99 if k < 10 else 999)) + "@" +
                               (W_PL_DOM.pick(r) if r.random() < 0.4 else a.split("@")[1]))

    # ------------------------------------------------------------ hard negatives
    def family_pair(self, kind):
        r = self.r
        nat = "UA" if r.random() < 0.12 else "PL"
        a = self.person(sex="M" if kind != "mother_daughter" else "F", nat=nat,
                        years=(1948, 1975) if kind in ("father_son", "mother_daughter") else (1950, 1995))
        a["abroad"] = False
        ua = a["ua"]
        if kind == "household":
            b = self.person(sex="F", nat=nat, masc=a["masc"] if nat == "PL" else None,
                            ua=[r.randrange(len(UA_FEMALE)), ua[1], ua[2]] if ua else None,
                            birth=dt.date(min(2003, a["birth"].year + r.randint(-6, 6)), r.randint(1, 12), r.randint(1, 28)))
        elif kind == "namesake":
            b = self.person(sex=a["sex"], nat=nat, first=a["first"] if nat == "PL" else ua[0],
                            masc=a["masc"] if nat == "PL" else None, ua=ua)
        else:
            same = r.random() < (0.35 if kind == "father_son" else 0.25)
            y = min(2003, a["birth"].year + r.randint(22, 38))
            b = self.person(sex=a["sex"], nat=nat, first=(a["first"] if nat == "PL" else ua[0]) if same else None,
                            masc=a["masc"] if nat == "PL" else None,
                            ua=[ua[0] if same else r.randrange(len(UA_MALE)), ua[1], ua[2]] if ua else None,
                            birth=dt.date(y, r.randint(1, 12), r.randint(1, 28)))
        b["abroad"] = False
        gt = self.new_tok()
        if kind == "namesake":
            ca = self.card_person(a, addr_p=0.6, gtok=gt)
            tb = self.new_tok()
            while True:
                m = self.mark()
                cb = self.card_person(b, addr_p=0.6, tok=tb, gtok=gt)
                if not (ca["addr"] and cb["addr"] and ca["addr"]["city"] == cb["addr"]["city"]):
                    return [ca, cb]
                self.rollback(m)
        shared = kind == "household" or r.random() < 0.65
        addr = make_addr(r, "PL") if shared else None
        land = None
        if shared and (kind == "household" or r.random() < 0.6):
            land = self.phone("48", "land", "home", "person", addr["area"], owner=gt)
        fam = None
        if kind == "household" and r.random() < 0.35:
            fl = slug(family_plural(a["masc"] if nat == "PL" else UA_SURN[ua[1]][min(ua[2], 1)]))
            sfx = ["", "", ".dom", "." + slug(addr["city"])]
            a0 = fl + r.choice(sfx) + "@" + W_PL_DOM.pick(r)
            fam = {"a": self.take_email(a0, lambda k: fl + r.choice(sfx + [str(r.randint(1, 99))] * 2) + "@" +
                                        (W_PL_DOM.pick(r) if r.random() < 0.5 else a0.split("@")[1]), owner=gt),
                   "label": "home", "own": "person"}
        out = []
        for p in (a, b):
            ad = copy.deepcopy(addr) if addr else None
            if ad and r.random() < 0.3:
                ad["pfx"], ad["fsep"] = W_PFX[ad["skind"]].pick(r), W_FSEP.pick(r)
            ld = dict(land, fmt=phone_fmt_pick(r, "48", "land")) if land and r.random() < 0.85 else None
            out.append(self.card_person(p, addr=ad, land=ld, emails=[dict(fam)] if fam and r.random() < 0.8 else None,
                                        gtok=gt))
        return out

    def company_group(self, kind):
        r = self.r
        core = make_core(r)
        gt = self.new_tok()
        if kind == "company_namesake":
            a = self.card_company(core=core, lf=r.choice(["zoo", "zoo", "spj", "sc", "jdg", "sa"]), gtok=gt)
            city_a = a["addr"]["city"] if a["addr"] else None
            while True:
                city = W_CITY.pick(r)
                if city[0] != city_a:
                    break
            b = self.card_company(core=core, lf=r.choice(["zoo", "zoo", "spj", "sc", "jdg", "spk"]), city=city,
                                  addr=make_addr(r, "PL", city=city, company=True) if r.random() < 0.7 else None,
                                  gtok=gt)
            return [a, b]
        size = 2 if r.random() < 0.75 else 3
        city = W_CITY.pick(r)
        seat = make_addr(r, "PL", city=city, company=True)
        domain = self.co_domain(slug(core) + r.choice([".pl", ".pl", ".com.pl", ".eu"]), owner=gt)
        main = self.phone("48", "land", "main", "company", city[2], owner=gt) if r.random() < 0.3 else None
        # rarely the companies of a group share one mailbox; otherwise each has its own
        box = self.take_email(r.choice(MAILBOXES[:4]) + "@" + domain, lambda k: r.choice(MAILBOXES) + "@" + domain,
                              owner=gt) if r.random() < 0.15 else None
        words = r.sample(GROUP_WORDS, size)
        out = []
        for i in range(size):
            lf = "zoo" if i == 0 else r.choice(["zoo", "zoo", "zoosk", "sa", "spk"])
            co = make_company(r, core=core, lf=lf)
            co["desc"] = None
            if i > 0 and (r.random() < 0.8 or lf == "zoo"):
                co["extra"] = words[i]
            ad = copy.deepcopy(seat) if r.random() < 0.7 else make_addr(r, "PL", city=city, company=True)
            out.append(self.card_company(co=co, addr=ad, domain=domain,
                                         main=dict(main, fmt=phone_fmt_pick(r, "48", "land")) if main else None,
                                         gtok=gt, co_mail=box))
        return out


# ================================================================ re-entry mutations
REV_DIMIN = {}
for _full, _ds in DIMIN.items():
    for _d in _ds:
        REV_DIMIN.setdefault(_d, _full)
SPELL = [("rz", "ż"), ("ż", "rz"), ("ó", "u"), ("u", "ó"), ("ch", "h"), ("h", "ch"), ("ę", "e"), ("ą", "om")]


def typo(r, s):
    if len(s) < 3:
        return s
    for _ in range(12):
        k = r.choice(["nb", "nb", "del", "dbl", "tr", "tr", "dia", "spell"])
        i = r.randrange(1, len(s))
        t = s
        if k == "dia":
            idx = [j for j, ch in enumerate(s) if fold(ch) != ch]
            if idx:
                j = r.choice(idx)
                t = s[:j] + fold(s[j]) + s[j + 1:]
        elif k == "spell":
            a, b = r.choice(SPELL)
            j = s.find(a, 1)
            if j > 0 and not (a == "h" and s[j - 1] == "c"):
                t = s[:j] + b + s[j + len(a):]
        elif k == "nb":
            ch = s[i].lower()
            for row in KEYB:
                j = row.find(ch)
                if j >= 0:
                    n = row[j - 1] if j and (j == len(row) - 1 or r.random() < 0.5) else row[j + 1]
                    t = s[:i] + (n.upper() if s[i].isupper() else n) + s[i + 1:]
        elif k == "del" and len(s) > 3 and s[i].isalpha():
            t = s[:i] + s[i + 1:]
        elif k == "dbl" and s[i].isalpha():
            t = s[:i] + s[i] + s[i:]
        elif k == "tr" and i < len(s) - 1 and s[i].isalpha() and s[i + 1].isalpha():
            t = s[:i] + s[i + 1] + s[i] + s[i + 2:]
        if t != s:
            return t
    return s


def email_typo(r, a):
    loc, dom = a.split("@", 1)
    if dom in DOMAIN_TYPOS and r.random() < 0.45:
        return loc + "@" + r.choice(DOMAIN_TYPOS[dom])
    if "." in loc and r.random() < 0.35:
        j = loc.index(".")
        return loc[:j] + loc[j + 1:] + "@" + dom
    return typo(r, loc) + "@" + dom


class Mut:
    """Each m_<name>(c) edits the card c in place and returns False when not applicable."""
    def __init__(self, g):
        self.g, self.r = g, g.r

    def _person_ok(self, c):
        return c["has_person"] and c["first"] and c["last"] and c["p"] is not None

    def m_contact_change(self, c):
        if c["kind"] != "company" or not c["has_person"]:
            return False
        g, r = self.g, self.r
        p = g.person(nat="PL", years=(1955, 2001))
        p["abroad"] = False
        g.set_person(c, p)
        c["phones"] = [ph for ph in c["phones"] if ph["own"] != "person"]
        if r.random() < 0.6:
            c["phones"].append(g.p_phone(p))
        had = [e for e in c["emails"] if e["own"] == "person"]
        c["emails"] = [e for e in c["emails"] if e["own"] != "person"]
        if had or r.random() < 0.3:
            c["emails"].append({"a": g.p_email(p, domain=c["domain"]), "label": "work", "own": "person"})
        c["job"] = r.choice(JOBS)[0 if p["sex"] == "M" else 1] if r.random() < 0.5 else ""
        return True

    def m_contact_drop(self, c):
        if c["kind"] != "company" or c["name_mode"] != "normal":
            return False
        if c["has_person"]:
            c["has_person"], c["first"], c["last"], c["middle"], c["job"] = False, "", "", "", ""
            return True
        p = self.g.person(nat="PL", years=(1955, 2001))
        p["abroad"] = False
        c["has_person"] = True
        self.g.set_person(c, p)
        if self.r.random() < 0.6:
            c["phones"].append(self.g.p_phone(p))
        return True

    def m_translit(self, c):
        p = c["p"]
        if not c["has_person"] or not p or not p["ua"]:
            return False
        fi, li, tr = p["ua"]
        tr2 = self.r.choice([t for t in ([0, 1, 2] if self.g.utf8 else [0, 1]) if t != tr])
        names = UA_MALE if p["sex"] == "M" else UA_FEMALE
        c["first"] = names[fi][tr2] if self.r.random() < 0.85 or tr2 == 2 else c["first"]
        c["last"] = UA_SURN[li][tr2]
        return True

    def m_married(self, c):
        p = c["p"]
        if not self._person_ok(c) or p["sex"] != "F" or p["nat"] != "PL" or not 20 <= TODAY.year - p["birth"].year <= 55:
            return False
        new = fem(W_SURN.pick(self.r))
        if new == c["last"]:
            return False
        c["last"] = c["last"] + "-" + new if self.r.random() < 0.35 else new
        return True

    def m_diminutive(self, c):
        if not self._person_ok(c):
            return False
        f = c["first"]
        if f in DIMIN:
            c["first"] = self.r.choice(DIMIN[f])
        elif f in REV_DIMIN:
            c["first"] = REV_DIMIN[f]
        else:
            return False
        return True

    def m_moved(self, c):
        a, r = c["addr"], self.r
        if not a:
            return False
        if a["cc"] != "PL":
            c["addr"] = make_addr(r, a["cc"])
        else:
            city = CITIES[a["ci"]] if r.random() < 0.6 else W_CITY.pick(r)
            c["addr"] = make_addr(r, "PL", city=city, company=c["kind"] == "company")
        new = c["addr"]
        for ph in c["phones"]:
            if ph["t"] == "land" and ph["cc"] == "48" and ph["label"] != "fax" and (new["cc"] == "PL"):
                if new["area"] != a["area"] or r.random() < 0.5:
                    ph["n"], ph["al"] = self.g.number("48", "land", new["area"])
        return True

    def m_new_phone(self, c):
        g, r = self.g, self.r
        if c["kind"] == "company" and (not c["has_person"] or r.random() < 0.5):
            new = g.phone("48", "land", r.choice(["main", "work"]), "company",
                          c["addr"]["area"] if c["addr"] else c["area"])
            own = "company"
        elif c["p"]:
            new, own = g.p_phone(c["p"]), "person"
        else:
            return False
        old = [i for i, ph in enumerate(c["phones"]) if ph["own"] == own and ph["t"] == new["t"]]
        if old and r.random() < 0.6:
            c["phones"][old[0]] = new
        else:
            c["phones"].append(new)
        return True

    def m_new_email(self, c):
        g, r = self.g, self.r
        if c["kind"] == "company" and (not c["has_person"] or r.random() < 0.5):
            old = [e for e in c["emails"] if e["own"] == "company"]
            new = {"a": g.co_email(c, other=old[0]["a"].split("@")[0] if old else None), "label": "work", "own": "company"}
        elif c["p"]:
            new = {"a": g.p_email(c["p"], domain=c.get("domain") if c["kind"] == "company" and r.random() < 0.5 else None),
                   "label": r.choice(["home", "home", "work", "other"]), "own": "person"}
        else:
            return False
        if any(e["a"] == new["a"] for e in c["emails"]):
            return False
        same = [i for i, e in enumerate(c["emails"]) if e["own"] == new["own"]]
        if same and r.random() < 0.7:
            c["emails"][same[0]] = new
        else:
            c["emails"].append(new)
        return True

    def m_job_title(self, c):
        if not self._person_ok(c):
            return False
        j = self.r.choice(JOBS)[0 if c["p"]["sex"] == "M" else 1]
        if j == c["job"]:
            return False
        c["job"] = j
        return True

    def m_missing(self, c):
        g, r = self.g, self.r
        if r.random() < 0.4:   # a field the first row lacked is filled in
            opts = []
            if not c["emails"]:
                opts.append("email")
            if len(c["phones"]) < 2:
                opts.append("phone")
            if not c["addr"]:
                opts.append("addr")
            if c["kind"] == "person" and not c["bday_show"] and g.sp["bday"]:
                opts.append("bday")
            if c["kind"] == "company" and not c["nip_show"]:
                opts.append("nip")
            if opts:
                k = r.choice(opts)
                if k == "email":
                    c["emails"].append({"a": g.co_email(c) if c["kind"] == "company" else g.p_email(c["p"]),
                                        "label": "work" if c["kind"] == "company" else "home",
                                        "own": "company" if c["kind"] == "company" else "person"})
                elif k == "phone":
                    c["phones"].append(g.phone("48", "land", "work", "company", c["area"])
                                       if c["kind"] == "company" else g.p_phone(c["p"]))
                elif k == "addr":
                    c["addr"] = make_addr(r, c["p"]["nat"] if c["kind"] == "person" and c["p"]["abroad"] else "PL",
                                          company=c["kind"] == "company")
                elif k == "bday":
                    c["bday_show"] = True
                else:
                    c["nip_show"] = True
                return True
        opts = []
        if c["emails"]:
            opts.append("email")
        if c["phones"]:
            opts.append("phone")
        opts += [k for k in ("addr", "job", "notes", "cats", "bday_show", "nip_show", "dept") if c[k]]
        r.shuffle(opts)
        done = 0
        for k in opts[:r.choice([1, 1, 2])]:
            if k in ("email", "phone"):
                lst = c[k + "s"]
                if len(lst) + len(c["phones" if k == "email" else "emails"]) + (1 if c["addr"] else 0) < 2:
                    continue
                del lst[r.randrange(len(lst))]
            elif k == "addr" and not (c["phones"] or c["emails"]):
                continue
            else:
                c[k] = [] if k == "notes" else (False if k in ("bday_show", "nip_show") else ("" if k != "addr" else None))
            done += 1
        return done > 0

    def m_lf_variant(self, c):
        co = c["co"]
        if not co or co["lf"] == "jdg" or not co["lf_on"]:
            return False
        co["lfv"] = self.r.choice([i for i in range(len(LEGAL[co["lf"]])) if i != co["lfv"]])
        return True

    def m_lf_drop(self, c):
        co = c["co"]
        if not co or co["lf"] == "jdg":
            return False
        co["lf_on"] = not co["lf_on"]
        return True

    def m_quotes(self, c):
        co = c["co"]
        if not co or not co["core"]:
            return False
        co["quote"] = self.r.choice([0, 0, 0, 1, 2, 3] if co["quote"] else [1, 1, 2, 2, 3])
        return True

    def m_descriptor(self, c):
        co = c["co"]
        if not co or co["desc"] is None:
            return False
        if self.r.random() < 0.4:
            co["desc_on"] = not co["desc_on"]
        else:
            co["descv"] = self.r.choice([i for i in range(3) if i != co["descv"]])
        return True

    def m_nip_format(self, c):
        if c["kind"] != "company":
            return False
        if c["nip_show"] and self.r.random() < 0.75:
            c["nip_fmt"] = self.r.choice([i for i in range(7) if i != c["nip_fmt"]])
        else:
            c["nip_show"] = not c["nip_show"]
        return True

    def m_street_format(self, c):
        a, r = c["addr"], self.r
        if not a or a["cc"] != "PL":
            return False
        opts = ["pfx"] + (["long"] if a["full"] else []) + (["fsep", "two"] if a["flat"] else []) + \
               (["lcase"] if a["letter"] else []) + (["gfmt"] if self.g.style == "google" else [])
        k = r.choice(opts)
        if k == "pfx":
            a["pfx"] = r.choice([p for p, _ in STREET_PFX[a["skind"]] if p != a["pfx"]])
        elif k == "long":
            a["long"] = not a["long"]
        elif k == "fsep":
            a["fsep"], a["two"] = r.choice([s for s, _ in FLAT_SEP if s != a["fsep"]]), 0
        elif k == "two":
            a["two"] = r.choice([x for x in (0, 1, 2) if x != a["two"]])
        elif k == "lcase":
            a["lcase"] = (a["lcase"] + r.choice([1, 2])) % 3
        else:
            c["gfmt_only"] = not c["gfmt_only"]
        return True

    def m_postcode_format(self, c):
        a = c["addr"]
        if not a or a["cc"] != "PL":
            return False
        a["pcf"] = self.r.choice([i for i in (0, 1, 2) if i != a["pcf"]])
        return True

    def m_city_variant(self, c):
        a = c["addr"]
        if not a:
            return False
        v = CITY_VARIANTS.get(CITIES[a["ci"]][0] if a["cc"] == "PL" else "", []) + [a["city"].upper(), a["city"].lower(), fold(a["city"])]
        v = [x for x in v if x != city_of(a)]
        a["cityv"] = self.r.choice(v)
        return True

    def m_phone_format(self, c):
        if not c["phones"]:
            return False
        ph = self.r.choice(c["phones"])
        old = fmt_phone(ph)
        for _ in range(10):
            ph["fmt"] = self.r.randrange(NFMT[(ph["cc"], ph["t"])])
            if fmt_phone(ph) != old:
                return True
        return False

    def m_phone_typo(self, c):
        if not c["phones"]:
            return False
        ph, r = self.r.choice(c["phones"]), self.r
        for _ in range(10):   # the mistyped number must not be another client's number
            n = list(ph["n"])
            i = r.randrange(2, len(n) - 1)
            if r.random() < 0.5 and n[i] != n[i + 1]:
                n[i], n[i + 1] = n[i + 1], n[i]
            else:
                n[i] = r.choice([d for d in "0123456789" if d != n[i]])
            if self.g.take(self.g.own_p, "".join(n)):
                ph["n"] = "".join(n)
                return True
        return False

    def m_email_typo(self, c):
        if not c["emails"]:
            return False
        e = self.r.choice(c["emails"])
        for _ in range(10):   # the mistyped address must not be another client's address
            a = email_typo(self.r, e["a"])
            if a != e["a"] and self.g.take(self.g.own_e, a.lower()):
                e["a"] = a
                return True
        return False

    def m_name_typo(self, c):
        r, co = self.r, c["co"]
        t = []
        if self._person_ok(c):
            t += ["last"] * 5 + ["first"] * 3
        if co and (co["core"] or co["trade"]):
            t += ["core" if co["core"] else "trade"] * (12 if c["kind"] == "company" else 0)
        if not t:
            return False
        k = r.choice(t)
        if k in ("first", "last"):
            c[k] = typo(r, c[k])
        else:
            co[k] = typo(r, co[k])
        return True

    def m_ascii(self, c):
        for k in ("first", "last", "middle", "job"):
            c[k] = fold(c[k].replace("ü", "ue" if self.r.random() < 0.7 else "u").replace("ö", "oe").replace("ä", "ae"))
        co, a = c["co"], c["addr"]
        if co:
            for k in ("core", "trade", "owner", "partners", "extra"):
                if co[k]:
                    co[k] = fold(co[k])
            co["fold"] = True
            if co["quote"] in (1, 4):
                co["quote"] = 2
        if a:
            for k in ("street", "full", "city", "cityv", "line"):
                if a.get(k):
                    a[k] = fold(a[k])
        return True

    def m_case(self, c):
        r, co = self.r, c["co"]
        if co and (c["kind"] == "company" and (not self._person_ok(c) or r.random() < 0.6)):
            if r.random() < 0.5:
                co["upper"] = True
            else:
                co["ccase"] = r.choice([x for x in (0, 1, 2, 3) if x != co["ccase"]])
            return True
        if not self._person_ok(c):
            return False
        x = r.random()
        if x < 0.5:
            c["last"] = c["last"].upper()
        elif x < 0.8:
            c["first"], c["last"] = c["first"].upper(), c["last"].upper()
        else:
            c["first"], c["last"] = c["first"].lower(), c["last"].lower()
        return True

    def m_spaces(self, c):
        r = self.r
        if c["co"] and (c["kind"] == "company" and (not self._person_ok(c) or r.random() < 0.5)):
            c["co"]["dspace"] = 2
            return True
        if not self._person_ok(c):
            return False
        k = r.choice(["first", "last"])
        c[k] = r.choice([" " + c[k], c[k] + " "])
        return True

    def m_swap_names(self, c):
        if not self._person_ok(c) or c["name_mode"] != "normal":
            return False
        c["first"], c["last"] = c["last"], c["first"]
        return True

    def m_whole_name(self, c):
        if not self._person_ok(c) or c["name_mode"] != "normal":
            return False
        c["name_mode"], c["whole_rev"] = "whole_first", self.r.random() < 0.25
        return True

    def m_company_last(self, c):
        if c["kind"] != "company" or c["name_mode"] != "normal":
            return False
        c["name_mode"], c["co_keep"] = "company_last", self.r.random() < 0.3
        return True

    def m_file_as(self, c):
        modes = [0, 1, 2, 4] + ([3] if c["co"] else [])
        c["file_as"] = self.r.choice([m for m in modes if m != c["file_as"]])
        return True

    def m_nickname(self, c):
        if not self._person_ok(c) or c["nickname"] or c["first"] not in DIMIN:
            return False
        c["nickname"] = self.r.choice(DIMIN[c["first"]])
        return True

    def m_slot_swap(self, c):
        if len(c["emails"]) >= 2 and (len(c["phones"]) < 2 or self.r.random() < 0.5):
            c["emails"][0], c["emails"][1] = c["emails"][1], c["emails"][0]
        elif len(c["phones"]) >= 2:
            c["phones"][0], c["phones"][1] = c["phones"][1], c["phones"][0]
        else:
            return False
        return True

    def m_phones_joined(self, c):
        if len(c["phones"]) < 2 or c["joined"]:
            return False
        c["joined"] = True
        return True

    def m_phone_field(self, c):
        if not c["phones"]:
            return False
        ph = self.r.choice(c["phones"])
        alt = {"mobile": ["work", "home"], "work": ["mobile", "home", "main"], "home": ["work", "mobile"],
               "main": ["work", "mobile"], "fax": ["work"], "other": ["mobile", "work"]}[ph["label"]]
        ph["label"] = self.r.choice(alt)
        return True

    def m_attach(self, c):
        if c["kind"] != "company" or not c["has_person"] or c["name_mode"] != "normal":
            return False
        c["attached"] = not c["attached"]
        return True


# (name, person weight, company weight, life change, styles) - applied in this order
MUTATIONS = [
    ("contact_change", 0, 5, True, None), ("contact_drop", 0, 4, False, None),
    ("translit", 4, 0, False, None), ("married", 3, 0, True, None), ("diminutive", 5, 0, False, None),
    ("moved", 4, 3, True, None), ("new_phone", 7, 6, True, None), ("new_email", 6, 5, True, None),
    ("job_title", 2, 3, False, None), ("missing", 8, 7, False, None), ("lf_variant", 0, 6, False, None),
    ("lf_drop", 0, 7, False, None), ("quotes", 0, 5, False, None), ("descriptor", 0, 3, False, None),
    ("nip_format", 0, 3, False, None), ("street_format", 3, 4, False, None),
    ("postcode_format", 1, 1, False, None), ("city_variant", 2, 2, False, None),
    ("phone_format", 9, 8, False, None), ("phone_typo", 4, 3, False, None), ("email_typo", 4, 3, False, None),
    ("name_typo", 10, 7, False, None), ("ascii", 6, 3, False, None), ("case", 4, 4, False, None),
    ("spaces", 2, 2, False, None), ("swap_names", 4, 0, False, None), ("whole_name", 5, 2, False, None),
    ("company_last", 0, 5, False, None), ("file_as", 4, 4, False, ("google",)),
    ("nickname", 2, 0, False, ("google",)), ("slot_swap", 4, 4, False, ("google",)),
    ("phones_joined", 3, 3, False, ("google", "pipedrive")), ("phone_field", 4, 4, False, ("outlook",)),
    ("attach", 0, 6, False, ("pipedrive",)),
]


# ================================================================ rendering
OUTLOOK_EN = [
    "Title", "First Name", "Middle Name", "Last Name", "Suffix", "Company", "Department", "Job Title",
    "Business Street", "Business Street 2", "Business Street 3", "Business City", "Business State",
    "Business Postal Code", "Business Country/Region", "Home Street", "Home Street 2", "Home Street 3",
    "Home City", "Home State", "Home Postal Code", "Home Country/Region", "Other Street", "Other Street 2",
    "Other Street 3", "Other City", "Other State", "Other Postal Code", "Other Country/Region",
    "Assistant's Phone", "Business Fax", "Business Phone", "Business Phone 2", "Callback", "Car Phone",
    "Company Main Phone", "Home Fax", "Home Phone", "Home Phone 2", "ISDN", "Mobile Phone", "Other Fax",
    "Other Phone", "Pager", "Primary Phone", "Radio Phone", "TTY/TDD Phone", "Telex", "Account",
    "Anniversary", "Assistant's Name", "Billing Information", "Birthday", "Business Address PO Box",
    "Categories", "Children", "Directory Server", "E-mail Address", "E-mail Type", "E-mail Display Name",
    "E-mail 2 Address", "E-mail 2 Type", "E-mail 2 Display Name", "E-mail 3 Address", "E-mail 3 Type",
    "E-mail 3 Display Name", "Gender", "Government ID Number", "Hobby", "Home Address PO Box", "Initials",
    "Internet Free Busy", "Keywords", "Language", "Location", "Manager's Name", "Mileage", "Notes",
    "Office Location", "Organizational ID Number", "Other Address PO Box", "Priority", "Private",
    "Profession", "Referred By", "Sensitivity", "Spouse", "User 1", "User 2", "User 3", "User 4", "Web Page"]
OUTLOOK_PL = [
    "Tytuł", "Imię", "Drugie imię", "Nazwisko", "Sufiks", "Firma", "Dział", "Stanowisko",
    "Ulica (służbowy)", "Ulica 2 (służbowy)", "Ulica 3 (służbowy)", "Miasto (służbowy)",
    "Województwo (służbowy)", "Kod pocztowy (służbowy)", "Kraj/region (służbowy)", "Ulica (domowy)",
    "Ulica 2 (domowy)", "Ulica 3 (domowy)", "Miasto (domowy)", "Województwo (domowy)",
    "Kod pocztowy (domowy)", "Kraj/region (domowy)", "Ulica (inny)", "Ulica 2 (inny)", "Ulica 3 (inny)",
    "Miasto (inny)", "Województwo (inny)", "Kod pocztowy (inny)", "Kraj/region (inny)",
    "Telefon asystenta", "Faks służbowy", "Telefon służbowy", "Telefon służbowy 2", "Wywołanie zwrotne",
    "Telefon w samochodzie", "Główny telefon firmowy", "Faks domowy", "Telefon domowy", "Telefon domowy 2",
    "ISDN", "Telefon komórkowy", "Inny faks", "Inny telefon", "Pager", "Telefon podstawowy",
    "Radiotelefon", "Telefon TTY/TDD", "Teleks", "Konto", "Rocznica", "Imię i nazwisko asystenta",
    "Informacje rozliczeniowe", "Urodziny", "Skrytka pocztowa (służbowy)", "Kategorie", "Dzieci",
    "Serwer katalogowy", "Adres e-mail", "Typ e-mail", "Nazwa wyświetlana e-mail", "Adres e-mail 2",
    "Typ e-mail 2", "Nazwa wyświetlana e-mail 2", "Adres e-mail 3", "Typ e-mail 3",
    "Nazwa wyświetlana e-mail 3", "Płeć", "Numer identyfikacyjny", "Hobby", "Skrytka pocztowa (domowy)",
    "Inicjały", "Informacje o wolnym/zajętym czasie w Internecie", "Słowa kluczowe", "Język", "Lokalizacja",
    "Imię i nazwisko menedżera", "Przebieg", "Notatki", "Lokalizacja biura", "Identyfikator organizacyjny",
    "Skrytka pocztowa (inny)", "Priorytet", "Prywatne", "Zawód", "Polecony przez", "Poufność",
    "Małżonek/partner", "Użytkownik 1", "Użytkownik 2", "Użytkownik 3", "Użytkownik 4", "Strona sieci Web"]
GOOGLE = [
    "First Name", "Middle Name", "Last Name", "Phonetic First Name", "Phonetic Middle Name",
    "Phonetic Last Name", "Name Prefix", "Name Suffix", "Nickname", "File As", "Organization Name",
    "Organization Title", "Organization Department", "Birthday", "Notes", "Photo", "Labels",
    "E-mail 1 - Label", "E-mail 1 - Value", "E-mail 2 - Label", "E-mail 2 - Value",
    "Phone 1 - Label", "Phone 1 - Value", "Phone 2 - Label", "Phone 2 - Value", "Phone 3 - Label",
    "Phone 3 - Value", "Address 1 - Label", "Address 1 - Formatted", "Address 1 - Street",
    "Address 1 - City", "Address 1 - PO Box", "Address 1 - Region", "Address 1 - Postal Code",
    "Address 1 - Country", "Address 1 - Extended Address", "Website 1 - Label", "Website 1 - Value"]
PIPEDRIVE = [
    "Person - ID", "Person - Name", "Person - First name", "Person - Last name", "Person - Label",
    "Person - Organization", "Person - Email - Work", "Person - Email - Home", "Person - Email - Other",
    "Person - Phone - Work", "Person - Phone - Home", "Person - Phone - Mobile", "Person - Phone - Other",
    "Person - Job title", "Person - Adres", "Person - Owner", "Person - Added", "Person - Visible to",
    "Person - Open deals", "Person - Won deals", "Organization - ID", "Organization - Name",
    "Organization - Label", "Organization - Address", "Organization - Address - Street/road name",
    "Organization - Address - House number", "Organization - Address - Apartment/suite no",
    "Organization - Address - City/town/village/locality", "Organization - Address - State/county",
    "Organization - Address - ZIP/Postal code", "Organization - Address - Country", "Organization - NIP",
    "Organization - Telefon", "Organization - Email", "Organization - Owner", "Organization - People"]
ORG_COLS = PIPEDRIVE[21:34]
OL_SLOTS = {"mobile": ["Mobile Phone", "Other Phone", "Car Phone"],
            "work": ["Business Phone", "Business Phone 2", "Other Phone"],
            "home": ["Home Phone", "Home Phone 2", "Other Phone"],
            "main": ["Company Main Phone", "Business Phone", "Business Phone 2"],
            "fax": ["Business Fax", "Other Fax"], "other": ["Other Phone", "Car Phone"]}
G_PLBL = {"mobile": "Mobile", "work": "Work", "home": "Home", "main": "Main", "fax": "Work Fax", "other": "Other"}
P_PCOL = {"mobile": "Mobile", "work": "Work", "main": "Work", "home": "Home", "fax": "Other", "other": "Other"}


def names_of(c):
    if c["name_mode"] == "company_last":
        return "", "", company_name(c["co"])
    if not c["has_person"]:
        return "", "", ""
    if c["name_mode"] == "whole_first":
        w = f"{c['last']} {c['first']}" if c.get("whole_rev") else f"{c['first']} {c['last']}"
        return w, "", ""
    return c["first"], c["middle"], c["last"]


def company_cell(c):
    if not c["co"] or (c["name_mode"] == "company_last" and not c.get("co_keep")):
        return ""
    return company_name(c["co"])


def nip_note(c):
    return (c.get("nip_lbl", "NIP: ") + fmt_nip(c["nip"], c["nip_fmt"])) if c["nip_show"] and c["nip"] else ""


def addr_text(a, sep=", "):
    l1, l2 = street_lines(a)
    parts = [l1] + ([l2] if l2 else []) + [f"{postcode(a)} {city_of(a)}".strip()]
    return sep.join(parts + ([a["country"]] if a["country"] else []))


def render_outlook(c, pl):
    row = dict.fromkeys(OUTLOOK_EN, "")
    zero = "0.0.00" if pl else "0/0/00"
    row.update({"Anniversary": zero, "Birthday": zero, "Priority": "Normalny" if pl else "Normal",
                "Private": "Fałsz" if pl else "False", "Sensitivity": "Normalny" if pl else "Normal"})
    genders = ["Nieokreślona", "Mężczyzna", "Kobieta"] if pl else ["Unspecified", "Male", "Female"]
    first, middle, last = names_of(c)
    row.update({"Title": c["title"] if c["has_person"] else "", "First Name": first, "Middle Name": middle,
                "Last Name": last, "Company": company_cell(c), "Department": c["dept"], "Job Title": c["job"]})
    words = [w for w in (first + " " + middle + " " + last).split() if w[:1].isalpha()] if c["has_person"] else []
    row["Initials"] = "".join(w[0].upper() + "." for w in words[:3])
    g = 0
    if c["gender_set"] and c["has_person"] and c["p"]:
        g = 1 if c["p"]["sex"] == "M" else 2
    row["Gender"] = genders[g]
    a = c["addr"]
    if a:
        k = "Home" if c["kind"] == "person" and c["addr_home"] else "Business"
        l1, l2 = street_lines(a)
        if l2 and a["two"] == 1:
            row[k + " Street"] = l1 + "\r\n" + l2
        else:
            row[k + " Street"], row[k + " Street 2"] = l1, l2
        row[k + " City"], row[k + " Postal Code"], row[k + " Country/Region"] = city_of(a), postcode(a), a["country"]
        row[k + " State"] = a["region"] if a["show_region"] else ""
    for ph in c["phones"]:
        for slot in OL_SLOTS[ph["label"]]:
            if not row[slot]:
                row[slot] = fmt_phone(ph)
                break
    disp = " ".join(x for x in (first, last) if x.strip()) or company_cell(c)
    for i, e in enumerate(c["emails"][:3]):
        k = "E-mail" if i == 0 else f"E-mail {i + 1}"
        row[k + " Address"], row[k + " Type"] = e["a"], "SMTP"
        row[k + " Display Name"] = f"{disp} ({e['a']})" if disp else e["a"]
    if c["bday_show"] and c["p"] and c["has_person"]:
        b = c["p"]["birth"]
        row["Birthday"] = f"{b.day}.{b.month:02d}.{b.year}" if pl else f"{b.month}/{b.day}/{b.year}"
    row["Notes"] = "\r\n".join([x for x in [nip_note(c)] + c["notes"] if x])
    row["Categories"], row["Web Page"] = c["cats"], c["website"]
    return [row[h] for h in OUTLOOK_EN]


def render_google(c):
    row = dict.fromkeys(GOOGLE, "")
    first, middle, last = names_of(c)
    comp = company_cell(c)
    fa = c["file_as"]
    if fa == 3 or (fa and not (first or last)):
        file_as = comp
    else:
        file_as = ["", f"{last}, {first}" if last and first else first or last, f"{first} {last}".strip(), "",
                   f"{last} {first}".strip()][fa]
    row.update({"First Name": first, "Middle Name": middle, "Last Name": last,
                "Name Prefix": c["title"] if c["has_person"] else "", "Nickname": c["nickname"],
                "File As": file_as, "Organization Name": comp, "Organization Title": c["job"],
                "Organization Department": c["dept"], "Labels": c["cats"],
                "Notes": "\n".join([x for x in [nip_note(c)] + c["notes"] if x])})
    if c["bday_show"] and c["p"] and c["has_person"]:
        b = c["p"]["birth"]
        row["Birthday"] = f"--{b.month:02d}-{b.day:02d}" if c["bday_noyear"] else b.isoformat()
    for i, e in enumerate(c["emails"][:2]):
        lbl = e["label"].capitalize()
        row[f"E-mail {i + 1} - Label"] = ("* " + lbl) if i == 0 and c["gstar"] else lbl
        row[f"E-mail {i + 1} - Value"] = e["a"]
    items = [[G_PLBL[ph["label"]], fmt_phone(ph)] for ph in c["phones"]]
    if c["joined"] and len(items) >= 2:
        items[0][1] += " ::: " + items.pop(1)[1]
    while len(items) > 3:
        items[2][1] += " ::: " + items.pop(3)[1]
    for i, (lbl, v) in enumerate(items):
        row[f"Phone {i + 1} - Label"], row[f"Phone {i + 1} - Value"] = lbl, v
    a = c["addr"]
    if a:
        row["Address 1 - Label"] = "Home" if c["kind"] == "person" and c["addr_home"] else "Work"
        if c["gfmt_only"]:
            row["Address 1 - Formatted"] = addr_text(a)
        else:
            l1, l2 = street_lines(a)
            row["Address 1 - Formatted"] = addr_text(a, "\n")
            row["Address 1 - Street"] = l1 + ("\n" + l2 if l2 and a["two"] == 1 else "")
            row["Address 1 - Extended Address"] = l2 if a["two"] != 1 else ""
            row["Address 1 - City"], row["Address 1 - Postal Code"] = city_of(a), postcode(a)
            row["Address 1 - Region"] = a["region"] if a["show_region"] else ""
            row["Address 1 - Country"] = a["country"]
    if c["website"]:
        row["Website 1 - Label"], row["Website 1 - Value"] = "Work", c["website"]
    return [row[h] for h in GOOGLE]


def render_pipedrive(c):
    row = dict.fromkeys(PIPEDRIVE, "")
    first, _, last = names_of(c)
    person = c["kind"] == "person" or c["has_person"] or c["name_mode"] == "company_last"
    org = c["kind"] == "company" and bool(company_cell(c)) and (
        not c["has_person"] or c["attached"] or c["name_mode"] == "company_last")
    if person:
        full = " ".join(x.strip() for x in (first, last) if x.strip())
        row.update({"Person - Name": full, "Person - First name": first, "Person - Last name": last,
                    "Person - Label": c["cats"], "Person - Job title": c["job"]})
        if org:
            row["Person - Organization"] = company_cell(c)
        elif c["addr"]:
            row["Person - Adres"] = addr_text(c["addr"])
    pcols, ocols = {}, {"Organization - Telefon": [], "Organization - Email": []}
    for ph in c["phones"]:
        if org and (not person or ph["own"] == "company"):
            ocols["Organization - Telefon"].append(fmt_phone(ph))
        else:
            pcols.setdefault("Person - Phone - " + P_PCOL[ph["label"]], []).append(fmt_phone(ph))
    if c["joined"] and len(pcols) > 1:
        k0 = next(iter(pcols))
        pcols = {k0: [v for vs in pcols.values() for v in vs]}
    for e in c["emails"]:
        if org and (not person or e["own"] == "company"):
            ocols["Organization - Email"].append(e["a"])
        else:
            pcols.setdefault("Person - Email - " + e["label"].capitalize(), []).append(e["a"])
    for k, v in list(pcols.items()) + list(ocols.items()):
        row[k] = ", ".join(v)
    if org:
        row["Organization - Name"] = company_cell(c)
        row["Organization - Label"] = "Klient" if c["cats"] else ""
        a = c["addr"]
        if a and c["geo"] and a["cc"] == "PL":
            name = a["full"] if a["full"] and a["long"] else a["street"]
            num = a["num"] + a["letter"] + ("/" + a["flat"] if a["flat"] else "")
            pc = f"{a['pc'][:2]}-{a['pc'][2:]}"
            row.update({"Organization - Address": f"{name} {num}, {pc} {a['city']}, Polska",
                        "Organization - Address - Street/road name": name,
                        "Organization - Address - House number": a["num"] + a["letter"],
                        "Organization - Address - Apartment/suite no": a["flat"],
                        "Organization - Address - City/town/village/locality": a["city"],
                        "Organization - Address - State/county": "Województwo " + a["region"],
                        "Organization - Address - ZIP/Postal code": pc,
                        "Organization - Address - Country": "Polska"})
        elif a:
            row["Organization - Address"] = addr_text(a)
        if c["nip_show"]:
            row["Organization - NIP"] = fmt_nip(c["nip"], c["nip_fmt"])
    return [row[h] for h in PIPEDRIVE], person, org


# ================================================================ generation
W_EXTRA = WL([(1, 65), (2, 25), (3, 10)])
W_NCHG = WL([(1, 50), (2, 35), (3, 15)])
M_ORDER = {m[0]: i for i, m in enumerate(MUTATIONS)}
M_LIFE = {m[0]: m[3] for m in MUTATIONS}


class Result:
    pass


def apply_mutations(mut, c, n, style):
    r = mut.r
    pool = {m[0]: (m[1] if c["kind"] == "person" else m[2]) for m in MUTATIONS
            if (m[4] is None or style in m[4]) and (m[1] if c["kind"] == "person" else m[2]) > 0}

    def draw():
        names = list(pool)
        k = r.choices(names, weights=[pool[x] for x in names])[0]
        del pool[k]
        return k
    queue = sorted((draw() for _ in range(min(n, len(pool)))), key=M_ORDER.get)
    done, life = [], 0
    while queue:
        k = queue.pop(0)
        ok = not (M_LIFE[k] and life >= 2) and getattr(mut, "m_" + k)(c)
        if ok:
            done.append(k)
            life += M_LIFE[k]
        elif pool:
            queue.append(draw())
    return done


def generate(clients, seed, style):
    if style not in STYLES:
        raise ValueError("STYLE must be one of " + ", ".join(STYLES))
    g = Gen(clients, seed, style)
    r, mut = g.r, Mut(g)
    pl = not g.utf8
    cards, groups = [], []
    if clients >= 20:
        target, n_hn = round(0.1 * clients), 0
        while n_hn < target:
            kind = HN_KINDS.pick(r)
            m = g.mark()
            grp = g.company_group(kind) if kind.startswith("company") else g.family_pair(kind)
            if n_hn + len(grp) > target + 1:
                g.rollback(m)
                continue
            groups.append((kind, list(range(len(cards), len(cards) + len(grp)))))
            cards += grp
            n_hn += len(grp)
    rest = clients - len(cards)
    need = min(rest, max(0, round(0.3 * clients) - sum(c["kind"] == "company" for c in cards)))
    flags = [True] * need + [False] * (rest - need)
    r.shuffle(flags)
    for f in flags:
        cards.append(g.card_company() if f else g.card_person())
    order = list(range(clients))
    r.shuffle(order)
    eid = [""] * clients
    for pos, i in enumerate(order):
        eid[i] = "E%06d" % (pos + 1)

    def rend(c):
        if style == "outlook":
            return render_outlook(c, pl), True, False
        if style == "google":
            return render_google(c), True, False
        return render_pipedrive(c)

    rows, n_org = [], 0
    for i, c in enumerate(cards):
        vals, person, org = rend(c)
        owner = r.choice(OWNERS)
        recs = {}
        if org:
            n_org += 1
            recs[tuple(vals[21:34])] = n_org
        rows.append({"eid": eid[i], "vals": vals, "person": person, "org": recs.get(tuple(vals[21:34])),
                     "owner": owner, "kind": c["kind"], "muts": [], "first": True})
        if r.random() >= 0.3:
            continue
        g.begin(c["tok"], c["gtok"])   # new values of a re-entry belong to its client
        seen = {tuple(vals)}
        for _ in range(W_EXTRA.pick(r)):
            for _attempt in range(8):
                cc = copy.deepcopy(c)
                done = apply_mutations(mut, cc, W_NCHG.pick(r), style)
                v2, person2, org2 = rend(cc)
                if done and tuple(v2) not in seen:
                    break
            seen.add(tuple(v2))
            rec = None
            if org2:
                sig = tuple(v2[21:34])
                if sig in recs and r.random() < 0.6:
                    rec = recs[sig]
                else:
                    n_org += 1
                    rec = recs.setdefault(sig, n_org)
                    rec = n_org
            rows.append({"eid": eid[i], "vals": v2, "person": person2, "org": rec, "kind": c["kind"],
                         "owner": owner if r.random() < 0.25 else r.choice(OWNERS), "muts": done, "first": False})
    r.shuffle(rows)
    if style == "pipedrive":
        pid, t = r.randint(100, 900), dt.datetime(2021, 1, 4, 8, 30)
        org_id, org_owner, people, nid = {}, {}, {}, r.randint(40, 400)
        for row in rows:
            if row["org"] is not None and row["org"] not in org_id:
                org_id[row["org"]] = nid
                org_owner[row["org"]] = row["owner"]
                nid += r.randint(1, 3)
            if row["org"] is not None and row["person"]:
                people[row["org"]] = people.get(row["org"], 0) + 1
        for row in rows:
            v = row["vals"]
            if row["person"]:
                pid += r.randint(1, 3)
                t += dt.timedelta(seconds=r.randint(60, 7200))
                v[0], v[15], v[16] = str(pid), row["owner"], t.strftime("%Y-%m-%d %H:%M:%S")
                v[17] = "Entire company" if r.random() < 0.85 else "Owner & followers"
                v[18], v[19] = str(r.choice([0, 0, 0, 1, 1, 2])), str(r.choice([0, 0, 1, 1, 2, 3, 5]))
            if row["org"] is not None:
                v[20], v[34] = str(org_id[row["org"]]), org_owner[row["org"]]
                v[35] = str(people.get(row["org"], 0))
    for k, row in enumerate(rows):
        row["rid"] = "R%07d" % (k + 1)
    res = Result()
    res.style, res.seed, res.clients, res.utf8 = style, seed, clients, g.utf8
    hdr = OUTLOOK_PL if (style == "outlook" and pl) else OUTLOOK_EN if style == "outlook" else \
        GOOGLE if style == "google" else PIPEDRIVE
    res.header = hdr + ["entity_id", "record_id"]
    res.rows = rows
    res.groups = [(kind, "G%05d" % (j + 1), sorted(eid[i] for i in idx)) for j, (kind, idx) in enumerate(groups)]
    return res


def write(res, out):
    buf = io.StringIO(newline="")
    w = csv.writer(buf, quoting=csv.QUOTE_ALL if res.style == "outlook" else csv.QUOTE_MINIMAL,
                   lineterminator="\r\n")
    w.writerow(res.header)
    for row in res.rows:
        w.writerow(row["vals"] + [row["eid"], row["rid"]])
    with open(out, "wb") as f:
        f.write(buf.getvalue().encode("utf-8" if res.utf8 else "cp1250"))
    hn = (out[:-4] if out.lower().endswith(".csv") else out) + "-hard-negatives.csv"
    with open(hn, "w", encoding="utf-8", newline="\n") as f:
        f.write("relation,group_id,entity_ids\n")
        for kind, gid, ids in res.groups:
            f.write(f"{kind},{gid},{' '.join(ids)}\n")


def summary(res):
    cnt = {}
    for row in res.rows:
        cnt[row["eid"]] = cnt.get(row["eid"], 0) + 1
    pairs = sum(k * (k - 1) // 2 for k in cnt.values())
    n, rr = res.clients, len(res.rows)
    return f"clients={n} rows={rr} re_entries={rr - n} true_pairs={pairs} hard_negative_groups={len(res.groups)}"


def main(argv):
    if len(argv) != 5:
        sys.stderr.write(__doc__.split("Styles")[0])
        return 2
    out, clients, seed, style = argv[1], int(argv[2]), int(argv[3]), argv[4]
    res = generate(clients, seed, style)
    write(res, out)
    print(summary(res))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
