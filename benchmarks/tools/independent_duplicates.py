#!/usr/bin/env python3
"""Independent generator of labelled duplicate records of Polish clients (persons and companies).

Usage:  python3 gen.py OUT.csv N_CLIENTS SEED [light|heavy]

Writes OUT.csv (one row per record, entity_id = truth), OUT-hard-negatives.csv (groups of different
clients that look alike) and OUT-perturbations.tsv (per record: which perturbations were applied; for
interpreting results only). Deterministic per SEED; the clean records, re-entry counts, hard-negative
groups and record ids are the same for both profiles of one seed -- only the perturbations differ.
Standard library only.
"""
import copy
import csv
import datetime
import random
import sys

HEADER = ["entity_id", "record_id", "kind", "given_names", "family_name", "sex", "birth_date", "pesel",
          "email", "phone", "street", "building", "flat", "postal_code", "city", "legal_name", "nip", "regon"]
REF = datetime.date(2025, 6, 30)

# =====================================================================================================
# Data lists.  Weights are rough relative frequencies; o/m/y = name typical of people born <1960,
# 1960-1989, >=1990 (used to bias given names by birth cohort).
# =====================================================================================================
FEMALE = """Anna 100, Maria 60, Katarzyna 60m, Małgorzata 55m, Agnieszka 55m, Barbara 40o, Ewa 40, Krystyna 35o,
Magdalena 35, Elżbieta 35o, Joanna 35m, Zofia 25, Aleksandra 30y, Monika 30m, Teresa 25o, Danuta 25o, Natalia 22y,
Julia 22y, Karolina 22y, Marta 22, Beata 20m, Dorota 20m, Halina 18o, Jadwiga 18o, Jolanta 18m, Iwona 18m,
Grażyna 15m, Janina 18o, Paulina 18y, Justyna 18, Bożena 14m, Agata 14, Urszula 14m, Renata 14m, Hanna 12,
Irena 14o, Helena 10o, Alicja 12, Sylwia 12m, Patrycja 12y, Ewelina 12y, Izabela 12, Wiktoria 12y, Zuzanna 12y,
Kinga 10y, Martyna 10y, Emilia 10y, Stanisława 8o, Weronika 10y, Dominika 10y, Wanda 8o, Kamila 9, Oliwia 8y,
Marianna 6, Edyta 8m, Gabriela 8y, Lena 6y, Mirosława 6o, Genowefa 4o, Lucyna 5o, Wiesława 6o, Alina 6,
Bogumiła 4o, Czesława 4o, Henryka 4o, Leokadia 3o, Kazimiera 4o, Władysława 4o, Józefa 4o, Aniela 3o, Eugenia 3o,
Regina 4o, Marzena 7m, Anita 6m, Aneta 8m, Ilona 5m, Wioletta 5m, Violetta 2m, Elwira 2m, Jagoda 3y, Klaudia 7y,
Adrianna 5y, Angelika 5y, Sandra 4y, Nikola 5y, Amelia 5y, Maja 6y, Laura 3y, Nina 3y, Antonina 3y, Pola 2y,
Milena 5y, Daria 5y, Karina 3, Diana 3, Roksana 2y, Sara 2y, Ada 2y, Iga 2y, Liliana 2y, Marcelina 3y,
Michalina 3y, Celina 3o, Ludwika 2o, Stefania 3o, Apolonia 2o, Rozalia 2o, Felicja 1o, Bronisława 3o,
Zdzisława 3o, Lidia 4, Róża 2, Aldona 2m, Honorata 2, Bernadeta 2m, Brygida 2o, Mariola 3m, Gertruda 2o,
Klara 2y, Blanka 2y, Kornelia 2y, Łucja 2y, Malwina 2y, Olga 3, Paula 3y, Tamara 2, Żaneta 2m, Eleonora 2,
Maryla 1o, Franciszka 3, Zyta 1o, Wacława 2o, Sabina 3, Bogusława 3o, Dagmara 2m, Lucja 2, Marlena 3m,
Matylda 2y, Julianna 2, Adela 2o, Cecylia 2o, Ludmiła 1o, Jarosława 1m, Teodora 1, Tekla 1o, Bogna 1,
Ksenia 1y, Aurelia 1, Estera 1, Irmina 1, Salomea 1o, Gaja 1y, Natasza 1m, Krystyna 0, Emila 1, Halszka 1o,
Edwarda 1o, Leonarda 1o, Ryszarda 1o, Stanisława 0, Grzegorza 0, Hildegarda 1o, Ewelina 0, Iwona 0"""

MALE = """Piotr 100, Krzysztof 90, Andrzej 85o, Tomasz 80m, Paweł 70, Jan 70, Michał 65, Marcin 60m, Stanisław 45o,
Jakub 45y, Adam 45, Marek 45m, Łukasz 45m, Grzegorz 40m, Mateusz 40y, Wojciech 35, Mariusz 35m, Dariusz 33m,
Zbigniew 30o, Jerzy 30o, Maciej 30, Rafał 30m, Robert 28m, Kamil 28y, Józef 28o, Janusz 25o, Ryszard 24o,
Tadeusz 24o, Kacper 20y, Jacek 22m, Roman 18o, Sławomir 18m, Mirosław 18m, Szymon 18y, Dawid 18y, Bartosz 18y,
Kazimierz 16o, Bogdan 15o, Henryk 14o, Daniel 15, Przemysław 14m, Leszek 14m, Sebastian 14, Damian 12y,
Filip 12y, Zdzisław 10o, Edward 10o, Arkadiusz 10m, Karol 12, Jarosław 14m, Patryk 12y, Mieczysław 9o,
Antoni 10y, Bartłomiej 10, Waldemar 10m, Dominik 10y, Czesław 9o, Wiesław 10o, Adrian 10y, Radosław 10m,
Artur 10m, Władysław 9o, Hubert 7y, Franciszek 8, Eugeniusz 6o, Igor 6y, Norbert 5, Ireneusz 5m, Konrad 6,
Krystian 6y, Emil 5, Oskar 5y, Aleksander 10y, Wiktor 6y, Mikołaj 8y, Stefan 7o, Zenon 5o, Marian 10o,
Lucjan 3o, Lech 4o, Bolesław 5o, Włodzimierz 6o, Bogusław 6o, Edmund 4o, Alfred 2o, Bronisław 4o, Witold 5,
Wacław 4o, Zygmunt 5o, Feliks 3o, Ludwik 3o, Leon 5y, Ignacy 4y, Tymoteusz 3y, Tymon 2y, Julian 4y,
Nikodem 3y, Oliwer 3y, Fabian 3y, Borys 2y, Gabriel 4y, Miłosz 4y, Alan 2y, Aleks 2y, Cezary 4m, Jędrzej 2,
Kornel 2y, Ksawery 2y, Maksymilian 4y, Marcel 3y, Natan 2y, Olaf 2y, Remigiusz 3m, Seweryn 2, Sylwester 4,
Tobiasz 2y, Wincenty 3o, Teodor 2, Kajetan 1y, Błażej 3, Eryk 3y, Gustaw 1, Hieronim 1o, Ernest 2,
Benedykt 1, Leonard 2o, Lesław 2m, Bernard 3o, Albert 2, Emanuel 1, Konstanty 2, Florian 2, Dionizy 1o,
Bogumił 2o, Cyprian 2, Romuald 3o, Zygfryd 1o, Gerard 2, Rajmund 1o, Rudolf 1o, Walenty 1o, Tytus 1,
Szczepan 1o, Maksym 1y, Fryderyk 1, Alojzy 1o, Augustyn 1o, Dobromir 1, Gracjan 1y, Hilary 1, Oktawian 1,
Wawrzyniec 1o, Zachariasz 1y, Anatol 1o, Olgierd 1, Jeremi 1y, Ryszard 0, Marian 0"""

# masculine / unmarked forms; -ski/-cki/-dzki and adjectival -y get feminine forms automatically
SURNAMES = """Nowak 100, Kowalski 60, Wiśniewski 50, Wójcik 45, Kowalczyk 45, Kamiński 42, Lewandowski 42,
Zieliński 40, Szymański 38, Woźniak 38, Dąbrowski 36, Kozłowski 32, Jankowski 28, Mazur 28, Wojciechowski 27,
Kwiatkowski 27, Krawczyk 26, Kaczmarek 26, Piotrowski 25, Grabowski 24, Zając 23, Pawłowski 23, Michalski 22,
Król 22, Wieczorek 20, Jabłoński 20, Wróbel 20, Nowakowski 20, Majewski 19, Olszewski 19, Stępień 18,
Malinowski 18, Jaworski 18, Adamczyk 18, Dudek 17, Nowicki 17, Pawlak 17, Górski 17, Witkowski 16, Walczak 16,
Sikora 16, Baran 16, Rutkowski 15, Michalak 15, Szewczyk 15, Ostrowski 15, Tomaszewski 15, Pietrzak 15,
Zalewski 14, Wróblewski 14, Marciniak 14, Jasiński 14, Zawadzki 14, Bąk 13, Jakubowski 13, Sadowski 13,
Duda 13, Włodarczyk 13, Wilk 13, Chmielewski 12, Borkowski 12, Sokołowski 12, Szczepański 12, Sawicki 12,
Lis 12, Kucharski 12, Mazurek 12, Kubiak 11, Kalinowski 11, Wysocki 11, Maciejewski 11, Czarnecki 11,
Kołodziej 11, Urbański 10, Kaźmierczak 10, Sobczak 10, Konieczny 10, Głowacki 10, Zakrzewski 10, Krajewski 10,
Krupa 10, Wasilewski 10, Laskowski 10, Gajewski 9, Szulc 9, Makowski 9, Kowalewski 9, Przybylski 9,
Domański 9, Nowacki 9, Borowski 9, Błaszczyk 9, Chojnacki 9, Ciesielski 9, Mróz 9, Szczepaniak 9,
Wesołowski 9, Górecki 8, Kaczmarczyk 8, Adamski 8, Czerwiński 8, Mikołajczyk 8, Żak 8, Cieślak 8,
Kołodziejczyk 8, Szymczak 8, Lewicki 7, Dziedzic 7, Pawlik 7, Gołębiowski 7, Kaczor 7, Tomczak 7, Kurek 7,
Kozieł 6, Kania 6, Mucha 6, Lipiński 7, Bielecki 7, Kaczyński 6, Kalisz 6, Sowa 6, Piątek 6, Grzelak 6,
Urban 6, Kubacki 5, Leśniak 6, Kowal 6, Stachowiak 6, Tomczyk 6, Kasprzak 6, Socha 5, Piasecki 6, Gutowski 5,
Kozak 6, Czajka 5, Markowski 6, Kurowski 5, Wawrzyniak 5, Kaczorowski 5, Olejnik 5, Sobczyk 5, Wojtowicz 5,
Orłowski 5, Kołodziejski 4, Baranowski 5, Morawski 4, Rogowski 4, Kowalik 4, Marczak 5, Mazurkiewicz 5,
Banaś 4, Wilczyński 4, Kaczmarski 4, Cieślik 4, Kowalczuk 5, Bednarek 5, Bednarz 4, Michalik 4, Jakubiak 4,
Romanowski 4, Ziółkowski 4, Lisowski 4, Przybylak 3, Chmiel 4, Mikulski 3, Ryba 3, Zięba 3, Szczęsny 3,
Bieniek 3, Rybak 3, Stępniak 3, Milczarek 3, Bartkowiak 3, Pietrzyk 3, Pająk 3, Jastrzębski 3, Bukowski 3,
Czech 3, Pietras 2, Kuś 3, Bogusz 2, Lach 2, Kozub 2, Skowroński 3, Sikorski 4, Łuczak 4, Frankowski 3,
Mielczarek 2, Janik 3, Przybyła 3, Stasiak 3, Drozd 3, Dobrowolski 3, Kędzierski 3, Sobolewski 3, Wrona 3,
Gałązka 2, Dziuba 2, Gawroński 2, Kurzawa 2, Borowiec 2, Filipek 2, Adamiak 2, Kulik 3, Mroczek 2,
Cichocki 3, Malec 2, Ciszewski 2, Szczygieł 2, Fijałkowski 2, Andrzejewski 3, Gołębiewski 2, Kulesza 2,
Żukowski 3, Barański 3, Bielski 3, Kubicki 2, Grzybowski 3, Nowik 2, Łukasik 2, Wolski 3, Jurek 2,
Kowalczewski 2, Matusiak 2, Majchrzak 3, Zawada 2, Kasprzyk 2, Gajda 3, Wójtowicz 3, Stańczyk 2,
Smoliński 2, Krzyżanowski 2, Zych 2, Jarosz 3, Bojarski 2, Kruk 2, Szymczyk 2, Pawlikowski 2, Krawiec 2,
Jóźwiak 3, Rogalski 2, Czyż 2, Sowiński 2, Ptak 2, Grzesiak 2, Nawrocki 3, Nowosielski 2, Dudziak 2,
Chrzanowski 2, Wojtaszek 2, Kotowski 2, Wesoły 2, Biały 2, Mały 2, Czarny 2, Rudy 1, Cichy 2, Młody 1,
Chudy 1, Wrzesiński 2, Urbaniak 3, Kostrzewa 2, Kaleta 2, Zaręba 2, Wasiak 2, Pluta 2, Kołakowski 2, Skiba 2,
Włodarski 2, Gładysz 1, Kubik 1, Szostak 2, Kmiecik 2, Banach 2, Sroka 2, Kluska 1, Witek 2, Polak 2, Maj 2,
Zawisza 2, Ślusarczyk 1, Szewc 1, Kopeć 2, Grabiec 1, Brzozowski 3, Sobieraj 1, Madej 2, Śliwa 2, Żmuda 1,
Grzyb 1, Burzyński 2, Chojnowski 2, Rakowski 2, Kiełbasa 1, Leszczyński 3, Wiącek 1, Szymanek 1,
Kuczyński 2, Tokarski 2, Tokarz 2, Strzelecki 2, Przybysz 2, Janicki 2, Janowski 3, Radomski 2, Piekarski 2,
Piekarz 1, Rybicki 2, Wilczek 2, Krzemiński 2, Sienkiewicz 2, Lisiecki 2, Świątek 2, Świderski 2,
Banasiak 2, Szymkowiak 1, Jędrzejewski 3, Jędrzejczak 2, Bartczak 2, Bielawski 2, Kulczyk 1, Pakuła 1,
Michalczyk 2, Śliwiński 2, Kot 2, Kosiński 2, Kosowski 1, Kowalkowski 1, Stankiewicz 2, Sieradzki 1,
Rudzki 1, Grodzki 1, Brodzki 1, Kłodzki 1, Podgórski 2, Mazurowski 1, Kosmala 1, Dudziński 1, Skrzypczak 2,
Wilczewski 1, Cybulski 2, Żurawski 1, Nowiński 2, Piątkowski 2, Głąb 1, Ogórek 1, Kapusta 1, Trzciński 1,
Sosnowski 2, Dębski 2, Brzeziński 3, Lasota 1, Kopczyński 1, Zarzycki 2, Dobosz 1, Ćwik 1, Ćwiek 1,
Łapiński 1, Łukaszewski 2, Łukaszewicz 1, Ożóg 1, Żyła 1, Kałuża 1, Gawlik 2, Gawęda 1, Wojtas 1, Kukla 1,
Kuc 1, Pawłowicz 1, Jakubczyk 2, Szatkowski 1, Ryś 1, Jeleń 1, Zaleski 2, Płaczek 1, Nawrot 1, Szewczuk 1,
Nowosad 1, Siwiec 1, Siwek 2, Konopka 1, Rogala 1, Korczak 1, Gąsior 1, Czapla 1, Kubala 1, Chmura 1,
Wiatr 1, Słowik 2, Wójcicki 1, Marcinkowski 2, Krawczyński 1, Radzki 1, Gródecki 1, Wierzbicki 2,
Wawrzyniec 0, Sadowy 1, Kowalewicz 1, Kalita 1, Hajduk 1, Bugaj 1, Kaczmarczyński 0, Mikołajewski 1,
Olszak 1, Stolarczyk 2, Stolarski 1, Krawczak 1, Wieczorkowski 1, Szulczewski 1, Majka 1, Pyka 1, Niemiec 1,
Dziadek 1, Bednarczyk 2, Kozakiewicz 1, Szczurek 1, Kasperek 1, Kołacz 1, Domagała 2, Gajewicz 1"""

DIMINUTIVES = {
    # female
    "Katarzyna": ["Kasia", "Kaśka"], "Małgorzata": ["Gosia", "Małgosia"], "Aleksandra": ["Ola"],
    "Agnieszka": ["Aga", "Agusia"], "Magdalena": ["Magda"], "Joanna": ["Asia"], "Anna": ["Ania", "Anka"],
    "Barbara": ["Basia"], "Elżbieta": ["Ela"], "Krystyna": ["Krysia"], "Zofia": ["Zosia"], "Jadwiga": ["Jadzia"],
    "Maria": ["Marysia"], "Danuta": ["Danka"], "Urszula": ["Ula"], "Izabela": ["Iza"], "Jolanta": ["Jola"],
    "Stanisława": ["Stasia"], "Helena": ["Hela"], "Irena": ["Irka"], "Genowefa": ["Gienia"], "Julia": ["Julka"],
    "Zuzanna": ["Zuzia"], "Gabriela": ["Gabrysia"], "Weronika": ["Wera"], "Wiktoria": ["Wika"],
    "Dorota": ["Dorotka"], "Teresa": ["Tereska"], "Emilia": ["Emilka"], "Natalia": ["Natka"], "Paulina": ["Paula"],
    "Patrycja": ["Pati"], "Karolina": ["Karolcia"], "Ewa": ["Ewka"], "Halina": ["Halinka"], "Janina": ["Janka"],
    "Marianna": ["Marianka"], "Agata": ["Agatka"], "Monika": ["Monia"],
    # male
    "Tomasz": ["Tomek"], "Krzysztof": ["Krzysiek"], "Bartłomiej": ["Bartek"], "Piotr": ["Piotrek"],
    "Jakub": ["Kuba"], "Aleksander": ["Olek"], "Stanisław": ["Staszek", "Stasiek"], "Józef": ["Józek"],
    "Władysław": ["Władek"], "Kazimierz": ["Kazik"], "Zbigniew": ["Zbyszek"], "Jerzy": ["Jurek"],
    "Wojciech": ["Wojtek"], "Grzegorz": ["Grzesiek"], "Przemysław": ["Przemek"], "Mirosław": ["Mirek"],
    "Jarosław": ["Jarek"], "Sławomir": ["Sławek"], "Ryszard": ["Rysiek"], "Tadeusz": ["Tadek"],
    "Zdzisław": ["Zdzisiek"], "Dariusz": ["Darek"], "Maciej": ["Maciek"], "Wiesław": ["Wiesiek"],
    "Radosław": ["Radek"], "Bolesław": ["Bolek"], "Włodzimierz": ["Włodek"], "Edward": ["Edek"],
    "Henryk": ["Heniek"], "Eugeniusz": ["Gienek"], "Franciszek": ["Franek"], "Antoni": ["Antek"],
    "Jan": ["Janek"], "Szymon": ["Szymek"], "Sebastian": ["Seba"], "Arkadiusz": ["Arek"], "Ireneusz": ["Irek"],
    "Tymoteusz": ["Tymek"], "Witold": ["Witek"], "Bronisław": ["Bronek"], "Czesław": ["Czesiek"],
    "Mieczysław": ["Mietek"], "Roman": ["Romek"], "Waldemar": ["Waldek"], "Zenon": ["Zenek"],
    "Mateusz": ["Mati"], "Michał": ["Michałek"], "Paweł": ["Pawełek"], "Adam": ["Adaś"], "Bogusław": ["Bogusiek"],
    "Leszek": ["Lesiu"], "Marian": ["Marianek"], "Dominik": ["Domek"], "Lucjan": ["Lucek"],
}
DIM_TO_FORMAL = {d: f for f, ds in DIMINUTIVES.items() for d in ds}

# name;population in thousands;postal low;postal high;landline area code
CITIES = """Warszawa;1860;00-001;04-999;22|Kraków;800;30-001;31-999;12|Wrocław;670;50-001;54-999;71
|Łódź;660;90-001;94-999;42|Poznań;540;60-001;61-999;61|Gdańsk;470;80-001;80-999;58|Szczecin;395;70-001;71-999;91
|Bydgoszcz;330;85-001;85-999;52|Lublin;335;20-001;20-999;81|Białystok;295;15-001;15-999;85
|Katowice;285;40-001;40-999;32|Gdynia;245;81-001;81-999;58|Częstochowa;210;42-200;42-229;34|Radom;205;26-600;26-620;48
|Rzeszów;197;35-001;35-999;17|Toruń;197;87-100;87-120;56|Sosnowiec;195;41-200;41-219;32|Kielce;190;25-001;25-999;41
|Gliwice;175;44-100;44-122;32|Olsztyn;170;10-001;10-999;89|Zabrze;170;41-800;41-820;32
|Bielsko-Biała;168;43-300;43-316;33|Bytom;162;41-900;41-936;32|Zielona Góra;140;65-001;65-999;68
|Rybnik;137;44-200;44-274;32|Ruda Śląska;135;41-700;41-711;32|Opole;127;45-001;45-999;77|Tychy;127;43-100;43-143;32
|Gorzów Wielkopolski;122;66-400;66-415;95|Elbląg;118;82-300;82-314;55|Płock;118;09-400;09-411;24
|Dąbrowa Górnicza;118;41-300;41-310;32|Wałbrzych;110;58-300;58-316;74|Włocławek;108;87-800;87-820;54
|Tarnów;107;33-100;33-110;14|Chorzów;107;41-500;41-516;32|Koszalin;106;75-001;75-999;94|Kalisz;99;62-800;62-810;62
|Legnica;99;59-220;59-230;76|Grudziądz;94;86-300;86-311;56|Jaworzno;90;43-600;43-618;32|Słupsk;89;76-200;76-216;59
|Jastrzębie-Zdrój;88;44-330;44-338;32|Nowy Sącz;83;33-300;33-312;18|Jelenia Góra;78;58-500;58-573;75
|Siedlce;77;08-100;08-110;25|Mysłowice;74;41-400;41-412;32|Konin;73;62-500;62-510;63|Piła;73;64-920;64-935;67
|Piotrków Trybunalski;72;97-300;97-306;44|Inowrocław;72;88-100;88-110;52|Lubin;72;59-300;59-320;76
|Ostrów Wielkopolski;71;63-400;63-410;62|Ostrowiec Świętokrzyski;68;27-400;27-415;41|Gniezno;68;62-200;62-210;61
|Suwałki;69;16-400;16-404;87|Stargard;67;73-110;73-115;91|Siemianowice Śląskie;66;41-100;41-110;32
|Głogów;66;67-200;67-210;76|Pabianice;64;95-200;95-206;42|Chełm;62;22-100;22-110;82|Zamość;62;22-400;22-410;84
|Tomaszów Mazowiecki;62;97-200;97-201;44|Leszno;62;64-100;64-110;65|Przemyśl;60;37-700;37-713;16
|Stalowa Wola;60;37-450;37-464;15|Kędzierzyn-Koźle;60;47-200;47-232;77|Łomża;62;18-400;18-404;86
|Żory;62;44-240;44-251;32|Mielec;60;39-300;39-301;17|Tarnowskie Góry;61;42-600;42-612;32|Tczew;59;83-110;83-115;58
|Ełk;61;19-300;19-301;87|Pruszków;61;05-800;05-804;22|Bełchatów;57;97-400;97-427;44|Świdnica;56;58-100;58-106;74
|Będzin;56;42-500;42-506;32|Zgierz;55;95-100;95-110;42|Piekary Śląskie;55;41-940;41-949;32
|Racibórz;54;47-400;47-411;32|Legionowo;54;05-119;05-120;22|Ostrołęka;51;07-400;07-417;29
|Świętochłowice;50;41-600;41-608;32|Wejherowo;47;84-200;84-211;58|Zawiercie;49;42-400;42-409;32
|Starachowice;48;27-200;27-215;41|Skierniewice;47;96-100;96-101;46|Puławy;47;24-100;24-110;81
|Wodzisław Śląski;48;44-300;44-310;32|Starogard Gdański;47;83-200;83-201;58|Tarnobrzeg;46;39-400;39-410;15
|Kołobrzeg;46;78-100;78-106;94|Krosno;46;38-400;38-404;13|Radomsko;46;97-500;97-501;44|Otwock;45;05-400;05-402;22
|Skarżysko-Kamienna;45;26-110;26-117;41|Ciechanów;43;06-400;06-401;23|Kutno;43;99-300;99-302;24
|Sieradz;42;98-200;98-201;43|Zduńska Wola;42;98-220;98-221;43|Świnoujście;41;72-600;72-603;91
|Bolesławiec;39;59-700;59-701;75|Żyrardów;40;96-300;96-301;46|Nysa;44;48-300;48-304;77
|Biała Podlaska;57;21-500;21-501;83|Sopot;36;81-701;81-879;58|Oświęcim;38;32-600;32-610;33
|Mińsk Mazowiecki;40;05-300;05-301;25|Kraśnik;35;23-200;23-210;81|Dębica;45;39-200;39-210;14
|Jarosław;37;37-500;37-501;16|Sanok;37;38-500;38-501;13|Chojnice;40;89-600;89-604;52|Malbork;38;82-200;82-201;55
|Brzeg;35;49-300;49-306;77|Kwidzyn;38;82-500;82-501;55|Ostróda;32;14-100;14-101;89|Iława;32;14-200;14-202;89
|Giżycko;29;11-500;11-501;87|Augustów;30;16-300;16-301;87|Zakopane;26;34-500;34-504;18|Nowy Targ;33;34-400;34-401;18
|Wadowice;19;34-100;34-101;33|Cieszyn;34;43-400;43-410;33|Żywiec;31;34-300;34-301;33|Mikołów;41;43-190;43-191;32
|Knurów;38;44-190;44-196;32|Czechowice-Dziedzice;35;43-502;43-503;32|Łowicz;28;99-400;99-401;46
|Płońsk;22;09-100;09-101;23|Sochaczew;36;96-500;96-503;46|Grodzisk Mazowiecki;32;05-825;05-827;22
|Piaseczno;50;05-500;05-502;22|Wołomin;37;05-200;05-220;22|Marki;40;05-270;05-271;22|Ząbki;40;05-091;05-092;22
|Łomianki;18;05-092;05-093;22|Świebodzin;21;66-200;66-201;68|Żary;37;68-200;68-206;68|Żagań;25;68-100;68-102;68
|Szczecinek;40;78-400;78-401;94|Wałcz;25;78-600;78-601;67|Police;31;72-010;72-011;91|Goleniów;22;72-100;72-101;91
|Oleśnica;37;56-400;56-401;71|Oława;33;55-200;55-201;71|Kłodzko;26;57-300;57-301;74|Dzierżoniów;32;58-200;58-201;74
|Swarzędz;31;62-020;62-021;61|Luboń;32;62-030;62-031;61|Września;30;62-300;62-301;61
|Środa Wielkopolska;23;63-000;63-001;61|Jarocin;25;63-200;63-201;62|Krotoszyn;29;63-700;63-701;62
|Chodzież;18;64-800;64-801;67|Nakło nad Notecią;18;89-100;89-101;52|Świecie;25;86-100;86-101;52
|Brodnica;28;87-300;87-301;56|Chełmno;19;86-200;86-201;56|Lębork;35;84-300;84-301;59|Bytów;17;77-100;77-101;59
|Kartuzy;15;83-300;83-301;58|Pruszcz Gdański;32;83-000;83-001;58|Rumia;49;84-230;84-231;58|Reda;27;84-240;84-241;58
|Hajnówka;20;17-200;17-201;85|Bielsk Podlaski;25;17-100;17-101;85|Zambrów;22;18-300;18-301;86
|Łuków;29;21-400;21-401;25|Świdnik;39;21-040;21-041;81|Biłgoraj;26;23-400;23-401;84|Hrubieszów;17;22-500;22-501;84
|Tomaszów Lubelski;19;22-600;22-601;84|Jasło;35;38-200;38-201;13|Przeworsk;15;37-200;37-201;16
|Łańcut;18;37-100;37-101;17|Ropczyce;15;39-100;39-101;17|Bochnia;30;32-700;32-701;14|Wieliczka;25;32-020;32-021;12
|Skawina;24;32-050;32-051;12|Olkusz;35;32-300;32-301;32|Chrzanów;36;32-500;32-501;32|Gorlice;27;38-300;38-301;18
|Limanowa;15;34-600;34-601;18|Busko-Zdrój;15;28-100;28-101;41|Sandomierz;23;27-600;27-601;15
|Końskie;19;26-200;26-201;41|Jędrzejów;15;28-300;28-301;41|Kozienice;17;26-900;26-901;48|Grójec;17;05-600;05-601;48
|Wyszków;27;07-200;07-201;29|Ostrów Mazowiecka;22;07-300;07-301;29|Mława;30;06-500;06-501;23
|Działdowo;21;13-200;13-201;23|Bartoszyce;23;11-200;11-201;89|Kętrzyn;27;11-400;11-401;89|Mrągowo;21;11-700;11-701;89
|Pisz;19;12-200;12-201;87|Nidzica;14;13-100;13-101;89|Wągrowiec;25;62-100;62-101;67|Oborniki;18;64-600;64-601;61
|Kościan;23;64-000;64-001;65|Nowa Sól;38;67-100;67-101;68|Międzyrzecz;18;66-300;66-301;95
|Kostrzyn nad Odrą;17;66-470;66-471;95"""

CITY_ABBREV = {
    "Warszawa": ["W-wa"], "Gorzów Wielkopolski": ["Gorzów Wlkp.", "Gorzów Wlkp"],
    "Ostrów Wielkopolski": ["Ostrów Wlkp."], "Piotrków Trybunalski": ["Piotrków Tryb."],
    "Kędzierzyn-Koźle": ["Kędzierzyn Koźle"], "Bielsko-Biała": ["Bielsko Biała"],
    "Jastrzębie-Zdrój": ["Jastrzębie Zdrój", "Jastrzębie"], "Dąbrowa Górnicza": ["Dąbrowa Górn."],
    "Ostrowiec Świętokrzyski": ["Ostrowiec Św."], "Tomaszów Mazowiecki": ["Tomaszów Maz."],
    "Mińsk Mazowiecki": ["Mińsk Maz."], "Grodzisk Mazowiecki": ["Grodzisk Maz."],
    "Starogard Gdański": ["Starogard Gd."], "Pruszcz Gdański": ["Pruszcz Gd."],
    "Siemianowice Śląskie": ["Siemianowice Śl."], "Wodzisław Śląski": ["Wodzisław Śl."],
    "Skarżysko-Kamienna": ["Skarżysko Kamienna", "Skarżysko"], "Czechowice-Dziedzice": ["Czechowice"],
    "Nakło nad Notecią": ["Nakło"], "Kostrzyn nad Odrą": ["Kostrzyn"], "Środa Wielkopolska": ["Środa Wlkp."],
    "Ruda Śląska": ["Ruda Śl."], "Piekary Śląskie": ["Piekary Śl."], "Biała Podlaska": ["Biała Podl."],
    "Ostrów Mazowiecka": ["Ostrów Maz."], "Tomaszów Lubelski": ["Tomaszów Lub."], "Busko-Zdrój": ["Busko Zdrój"],
}

# street type:name; '|' separates a patron's title+given names from the surname; '@City' restricts a street
STREETS = """ul:Długa|ul:Krótka|ul:Polna|ul:Leśna|ul:Słoneczna|ul:Ogrodowa|ul:Lipowa|ul:Brzozowa|ul:Kwiatowa
|ul:Szkolna|ul:Kościelna|ul:Łąkowa|ul:Sosnowa|ul:Zielona|ul:Parkowa|ul:Akacjowa|ul:Klonowa|ul:Jesionowa
|ul:Wiśniowa|ul:Kasztanowa|ul:Różana|ul:Spacerowa|ul:Cicha|ul:Wąska|ul:Szeroka|ul:Nowa|ul:Stara|ul:Rzeczna
|ul:Wodna|ul:Górna|ul:Dolna|ul:Piaskowa|ul:Kolejowa|ul:Dworcowa|ul:Przemysłowa|ul:Fabryczna|ul:Handlowa
|ul:Zamkowa|ul:Młyńska|ul:Mikołaja|Kopernika|ul:Adama|Mickiewicza|ul:Juliusza|Słowackiego|ul:Henryka|Sienkiewicza
|ul:Bolesława|Prusa|ul:Marii|Konopnickiej|ul:Elizy|Orzeszkowej|ul:Stefana|Żeromskiego|ul:Władysława|Reymonta
|ul:Jana|Kochanowskiego|ul:Fryderyka|Chopina|ul:Stanisława|Moniuszki|ul:Tadeusza|Kościuszki
|ul:gen. Kazimierza|Pułaskiego|ul:gen. Józefa|Bema|ul:gen. Władysława|Sikorskiego|ul:marsz. Józefa|Piłsudskiego
|ul:gen. Józefa|Hallera|ul:ks. Jerzego|Popiełuszki|ul:ks. Piotra|Skargi|ul:kard. Stefana|Wyszyńskiego
|ul:Jana Pawła II|ul:św. Jana|ul:św. Marcina|ul:Marii|Skłodowskiej-Curie|ul:Romualda|Traugutta|ul:Jana|Kilińskiego
|ul:Jana|Matejki|ul:Józefa|Wybickiego|ul:Ignacego|Paderewskiego|ul:Wincentego|Witosa|ul:gen. Władysława|Andersa
|ul:Stefana|Okrzei|ul:Ignacego|Daszyńskiego|ul:Karola|Szymanowskiego|ul:Juliana|Tuwima
|ul:Konstantego Ildefonsa|Gałczyńskiego|ul:Mikołaja|Reja|ul:Aleksandra|Fredry|ul:Jana|Heweliusza
|ul:Stefana|Batorego|ul:Bolesława|Chrobrego|ul:Mieszka I|ul:Kazimierza|Wielkiego|ul:Władysława|Jagiełły
|ul:Królowej Jadwigi|ul:Jana III|Sobieskiego|ul:Bolesława|Krzywoustego|ul:Zygmunta|Augusta|ul:Piastowska
|ul:Jagiellońska|ul:Wojska Polskiego|ul:Armii Krajowej|ul:Żołnierzy Wyklętych|ul:Powstańców Śląskich
|ul:Powstańców Wielkopolskich|ul:Powstańców Warszawy|ul:Obrońców Westerplatte|ul:Bohaterów Monte Cassino
|ul:Partyzantów|ul:Harcerska|ul:Sportowa|ul:Pocztowa|ul:Strażacka|ul:3 Maja|ul:11 Listopada|ul:1 Maja
|ul:29 Listopada|ul:Lwowska|ul:Wileńska|ul:Krakowska|ul:Warszawska|ul:Poznańska|ul:Gdańska|ul:Toruńska
|ul:Lubelska|ul:Grunwaldzka|ul:Mazowiecka|ul:Śląska|ul:Pomorska|ul:Kaszubska|ul:Podhalańska|ul:Wrocławska
|ul:Opolska|ul:Katowicka|ul:Łódzka|ul:Radomska|ul:Kielecka|ul:Sandomierska|ul:Częstochowska|ul:Olsztyńska
|ul:Szczecińska|ul:Bydgoska|ul:Białostocka|ul:Dębowa|ul:Bukowa|ul:Modrzewiowa|ul:Świerkowa|ul:Wierzbowa
|ul:Topolowa|ul:Jaworowa|ul:Grabowa|ul:Jarzębinowa|ul:Cisowa|ul:Jodłowa|ul:Olchowa|ul:Leszczynowa
|ul:Kalinowa|ul:Malinowa|ul:Jabłoniowa|ul:Czereśniowa|ul:Morelowa|ul:Śliwkowa|ul:Bzowa|ul:Konwaliowa
|ul:Tulipanowa|ul:Storczykowa|ul:Fiołkowa|ul:Makowa|ul:Chabrowa|ul:Słonecznikowa|ul:Wrzosowa|ul:Paprociowa
|ul:Miodowa|ul:Pszczela|ul:Rolnicza|ul:Ogrodnicza|ul:Rzemieślnicza|ul:Kupiecka|ul:Ceglana|ul:Wapienna
|ul:Kamienna|ul:Żwirowa|ul:Gliniana|ul:Graniczna|ul:Boczna|ul:Prosta|ul:Krzywa|ul:Okrężna|ul:Słowicza
|ul:Skowronkowa|ul:Orla|ul:Sokola|ul:Jastrzębia|ul:Bociania|ul:Żurawia|ul:Łabędzia|ul:Gołębia|ul:Wróbla
|ul:Zwycięstwa|ul:Wolności|ul:Niepodległości|ul:Pokoju|ul:Konstytucji 3 Maja|ul:Marszałkowska@Warszawa
|ul:Puławska@Warszawa|ul:Grójecka@Warszawa|ul:Floriańska@Kraków|ul:Piotrkowska@Łódź|ul:Świdnicka@Wrocław
|ul:Półwiejska@Poznań|ul:Mariacka@Gdańsk|ul:Świętojańska@Gdynia|ul:Krakowskie Przedmieście@Lublin
|alp:Jerozolimskie@Warszawa|alp:Ujazdowskie@Warszawa|alp:Racławickie@Lublin|alp:Najświętszej Maryi Panny@Częstochowa
|al:Niepodległości|al:Solidarności|al:Jana Pawła II|al:Wojska Polskiego|al:Armii Krajowej|al:Grunwaldzka@Gdańsk
|al:Zwycięstwa@Gdynia|al:Kraśnicka@Lublin|al:Adama|Mickiewicza|al:Pokoju|al:Tysiąclecia|al:Lipowa|al:Korfantego@Katowice
|os:Kalinowe|os:Słoneczne|os:Tysiąclecia|os:Przyjaźni|os:Piastów|os:Złotego Wieku@Kraków|os:Bolesława|Chrobrego
|os:Kościuszkowskie|os:Centrum|os:Leśne|os:Jana III|Sobieskiego|os:Zielone|os:Młodych
|pl:Wolności|pl:Grunwaldzki|pl:Konstytucji|pl:Zbawiciela@Warszawa|pl:Tadeusza|Kościuszki|pl:Kościelny
|none:Rynek|none:Stary Rynek@Poznań|none:Rynek Główny@Kraków"""

STREET_PREFIX = {  # (clean variants, all variants)
    "ul": (["", "ul."], ["", "ul.", "ulica", "Ul.", "UL.", "ul"]),
    "al": (["al.", "Aleja"], ["al.", "Al.", "aleja", "Aleja", "", "al"]),
    "alp": (["Aleje", "al."], ["Aleje", "al.", "Al.", "aleje", "", "Al"]),
    "os": (["os."], ["os.", "osiedle", "Osiedle", "Os.", "", "os"]),
    "pl": (["pl."], ["pl.", "plac", "Plac", "Pl."]),
    "none": ([""], [""]),
}

MOBILE_PREFIXES = ["50", "51", "53", "57", "60", "66", "69", "72", "73", "78", "79", "88", "45", "50", "60", "69"]
FREE_MAIL = [("gmail.com", 30), ("wp.pl", 15), ("o2.pl", 10), ("onet.pl", 10), ("interia.pl", 10), ("op.pl", 5),
             ("poczta.onet.pl", 3), ("gazeta.pl", 3), ("tlen.pl", 2), ("yahoo.com", 2), ("outlook.com", 4),
             ("hotmail.com", 2), ("icloud.com", 2), ("vp.pl", 1), ("interia.eu", 1), ("poczta.fm", 1),
             ("buziaczek.pl", 1), ("autograf.pl", 1)]

# ---------- companies ----------
ACTS = [  # (full activity phrase, abbreviation key or None)
    ("Przedsiębiorstwo Handlowo-Usługowe", "PHU"), ("Firma Handlowo-Usługowa", "FHU"),
    ("Przedsiębiorstwo Produkcyjno-Handlowo-Usługowe", "PPHU"), ("Przedsiębiorstwo Wielobranżowe", "PW"),
    ("Zakład Usług Remontowo-Budowlanych", "ZURB"), ("Usługi Remontowe", None), ("Usługi Remontowo-Budowlane", None),
    ("Usługi Transportowe", None), ("Transport Drogowy", None), ("Usługi Hydrauliczne", None),
    ("Instalatorstwo Elektryczne", None), ("Zakład Stolarski", None), ("Salon Fryzjerski", None),
    ("Gabinet Kosmetyczny", None), ("Auto-Serwis", None), ("Mechanika Pojazdowa", None), ("Biuro Rachunkowe", None),
    ("Kancelaria Radcy Prawnego", None), ("Kancelaria Adwokacka", None), ("Gabinet Stomatologiczny", None),
    ("Praktyka Lekarska", None), ("Sklep Spożywczy", None), ("Piekarnia", None), ("Usługi Informatyczne", None),
    ("Doradztwo Podatkowe", None), ("Studio Fotograficzne", None), ("Agencja Reklamowa", None),
    ("Przewóz Osób", None), ("Ślusarstwo", None), ("Usługi Ogrodnicze", None), ("Pracownia Projektowa", None),
    ("Tłumaczenia", None), ("Usługi Księgowe", None), ("Firma Budowlana", None), ("Kwiaciarnia", None),
    ("Usługi Dekarskie", None), ("Zakład Wulkanizacyjny", None), ("Usługi Elektryczne", None),
    ("Sprzedaż Opału", None), ("Usługi Sprzątające", None),
]
ABBR_VARIANTS = {"PHU": ["PHU", "P.H.U.", "P.H.U", "P. H. U."], "FHU": ["FHU", "F.H.U.", "F.H.U"],
                 "PPHU": ["PPHU", "P.P.H.U.", "P.P.H.U"], "PW": ["PW", "P.W."], "ZURB": ["ZURB", "Z.U.R.B."]}
SPOLKA_ACTS = ["Przedsiębiorstwo Budowlane", "Przedsiębiorstwo Produkcyjno-Handlowe", "Zakład Produkcyjny",
               "Przedsiębiorstwo Usług Komunalnych", "Biuro Projektowe", "Centrum Medyczne", "Kancelaria Prawna",
               "Hurtownia", "Przedsiębiorstwo Transportowe", "Fabryka Mebli", "Zakłady Mięsne", "Drukarnia",
               "Szkoła Językowa", "Pracownia Architektoniczna"]
STEM_A = ("Bud Pol Eko Med Tech Inter Agro Stal Drew Mar Kom Net Elektro Hydro Auto Farm Lux Dom Trans Termo Met "
          "Plast Pak Rol Mot Euro Multi Proto Geo Info Soft Vita Nova Alfa Delta Sil Maz Pom Balt Wis Karp Tatr "
          "Sud Zef Isk Sok Jant Waw Rad Kop Gaz Bet Dach Okn Flor Ogr Kwiat Mlek Rib Las Sad Wod Ener Opt Kart Graf "
          "Print Pap Tex Mebl Glas Wood Stol Trak Kar Lit Mir Vic Omni Max Kam Grun Kon Hut Rem Sol Wit Bor Cem "
          "Żur Lech Mazur Orl Ram Fil Sam Ster Bal Gal").split()
STEM_B = ("max mex pol bud med tech trans tex net com lux stal ex ix on ar ikon plast dom rem serwis sped gaz kom "
          "term pak mot bis sat tel ter nova land test system mar bet dach rol hurt gum lak wer tor tron vit").split()
STEM_WORDS = ("Atlas Orion Jantar Wawel Zefir Iskra Sokół Orzeł Tatry Bałtyk Wisła Sudety Karpaty Pegaz Herkules "
              "Feniks Kosmos Meteor Horyzont Promień Arkada Galaktyka Pionier Rubin Szafir Bursztyn Granit Kryształ "
              "Dębina Jodła Topaz Olimp Albatros Neptun Merkury Saturn Jupiter Kameleon Delfin Pelikan Żuraw").split()
DESCS = ["Serwis", "Logistyka", "Polska", "Group", "Consulting", "Development", "Trade", "System", "Projekt",
         "Handel", "Nieruchomości", "Invest", "Energia", "Technologie", "Budownictwo", "Produkcja", "Usługi",
         "Medical", "Finanse", "Media", "Instalacje", "Transport", "Partner", "Centrum"]
FORMS = {
    "spzoo": ["sp. z o.o.", "Sp. z o.o.", "Sp. z o. o.", "spółka z ograniczoną odpowiedzialnością",
              "Spółka z ograniczoną odpowiedzialnością", "Spółka z o.o.", "SP. Z O.O.", "SP ZOO", "sp. z o. o.",
              "Sp.z o.o.", "sp.z.o.o.", "Sp. z o.o", "sp z oo"],
    "sa": ["S.A.", "SA", "Spółka Akcyjna", "spółka akcyjna", "S. A.", "S.A"],
    "spj": ["sp.j.", "Sp.j.", "Sp. j.", "spółka jawna", "Spółka Jawna", "SJ", "sp. jawna"],
    "spk": ["sp.k.", "Sp.k.", "Sp. k.", "spółka komandytowa", "Spółka Komandytowa", "SK", "sp. kom."],
    "sc": ["s.c.", "S.C.", "s. c.", "spółka cywilna", "Spółka Cywilna", "SC"],
    "spzoo_spk": ["sp. z o.o. sp.k.", "Sp. z o.o. Sp.k.", "sp. z o.o. sp. k.", "Sp. z o.o. Spółka Komandytowa",
                  "spółka z ograniczoną odpowiedzialnością sp.k.", "SP. Z O.O. SP.K.", "sp. z o.o. S.K."],
}
FORM_CLEAN = {"spzoo": [0, 0, 0, 1, 1, 2, 4], "sa": [0, 0, 2], "spj": [0, 1, 4], "spk": [0, 1, 4], "sc": [0, 1, 4],
              "spzoo_spk": [0, 1, 3]}

# =====================================================================================================
DIAC = dict(zip("ąćęłńóśźżĄĆĘŁŃÓŚŹŻ", "acelnoszzACELNOSZZ"))
ALTGR = {"a": "ą", "c": "ć", "e": "ę", "l": "ł", "n": "ń", "o": "ó", "s": "ś", "x": "ź", "z": "ż"}
_KB_ROWS = ["qwertyuiop", "asdfghjkl", "zxcvbnm"]
_KB_POS = {ch: (r, c + [0.0, 0.25, 0.75][r]) for r, row in enumerate(_KB_ROWS) for c, ch in enumerate(row)}
NEIGH = {a: [b for b in _KB_POS if b != a and abs(_KB_POS[a][0] - _KB_POS[b][0]) <= 1
             and abs(_KB_POS[a][1] - _KB_POS[b][1]) <= 1.0] for a in _KB_POS}


def fold(s):
    return "".join(DIAC.get(c, c) for c in s)


def _parse_weighted(text):
    out, seen = [], set()
    for item in text.replace("\n", " ").split(","):
        item = item.strip()
        if not item:
            continue
        name, w = item.rsplit(" ", 1)
        era = w[-1] if w[-1] in "omy" else ""
        w = float(w.rstrip("omy"))
        if w <= 0 or name in seen:
            continue
        seen.add(name)
        out.append((name, w, era))
    return out


FEMALE_L = _parse_weighted(FEMALE)
MALE_L = _parse_weighted(MALE)
SURNAME_L = [(n, w) for n, w, _ in _parse_weighted(SURNAMES)]
CITY_L = []
for _c in CITIES.replace("\n", "").split("|"):
    _n, _p, _lo, _hi, _a = _c.split(";")
    CITY_L.append({"name": _n, "pop": float(_p), "lo": int(_lo.replace("-", "")), "hi": int(_hi.replace("-", "")),
                   "area": _a})
CITY_BY_NAME = {c["name"]: c for c in CITY_L}
# '|' is also the patron separator: re-split streets on the type prefix instead
STREET_L = []
for _tok in STREETS.replace("\n", "").split("|"):
    if ":" in _tok and _tok.split(":", 1)[0] in STREET_PREFIX:
        _t, _n = _tok.split(":", 1)
        STREET_L.append([_t, _n, None])
    else:  # continuation: the surname part of a patron street
        STREET_L[-1][1] += "|" + _tok
for _st in STREET_L:
    if "@" in _st[1]:
        _st[1], _st[2] = _st[1].split("@")
GENERIC_STREETS = [s for s in STREET_L if s[2] is None]
STREETS_BY_CITY = {}
for _st in STREET_L:
    if _st[2]:
        STREETS_BY_CITY.setdefault(_st[2], []).append(_st)


def gender_family(base, sex):
    if sex != "F":
        return base
    if base.endswith(("ski", "cki", "dzki")) or base.endswith("y"):
        return base[:-1] + "a"
    return base


def era_of(year):
    return "o" if year < 1960 else ("m" if year < 1990 else "y")


_ERA_MULT = {("o", "o"): 3, ("m", "m"): 3, ("y", "y"): 3, ("o", "m"): 0.6, ("m", "o"): 0.6, ("m", "y"): 0.6,
             ("y", "m"): 0.6, ("o", "y"): 0.05, ("y", "o"): 0.05}
_GIVEN_CACHE = {}


def given_table(sex, era):
    key = (sex, era)
    if key not in _GIVEN_CACHE:
        lst = FEMALE_L if sex == "F" else MALE_L
        names = [n for n, _, _ in lst]
        weights = [w * (_ERA_MULT[(e, era)] if e else 1.0) for _, w, e in lst]
        _GIVEN_CACHE[key] = (names, weights)
    return _GIVEN_CACHE[key]


def pesel_check(d10):
    return (10 - sum(int(d) * w for d, w in zip(d10, [1, 3, 7, 9, 1, 3, 7, 9, 1, 3])) % 10) % 10


def pesel_valid(p):
    return len(p) == 11 and p.isdigit() and pesel_check(p[:10]) == int(p[10])


def nip_check(d9):
    return sum(int(d) * w for d, w in zip(d9, [6, 5, 7, 2, 3, 4, 5, 6, 7])) % 11


def nip_valid(n):
    return len(n) == 10 and n.isdigit() and nip_check(n[:9]) == int(n[9])


def regon_check(d8):
    c = sum(int(d) * w for d, w in zip(d8, [8, 9, 2, 3, 4, 5, 6, 7])) % 11
    return 0 if c == 10 else c


def regon_valid(r):
    return len(r) == 9 and r.isdigit() and regon_check(r[:8]) == int(r[8])


def pesel_date(p):
    y, m, d = int(p[0:2]), int(p[2:4]), int(p[4:6])
    century = {0: 1900, 1: 2000, 2: 2100, 3: 2200, 4: 1800}[m // 20]
    return datetime.date(century + y, m % 20, d)


# =====================================================================================================
# Context: random source and uniqueness registries
# =====================================================================================================
class Ctx:
    def __init__(self, rng):
        self.rng = rng
        self.pesels, self.nips, self.regons, self.phones, self.emails, self.stems = (set() for _ in range(6))
        self.city_names = [c["name"] for c in CITY_L]
        self.city_w = [c["pop"] ** 0.85 for c in CITY_L]
        self.fem = [(n, w) for n, w, _ in FEMALE_L]
        self.sur_names = [n for n, _ in SURNAME_L]
        self.sur_w = [w for _, w in SURNAME_L]

    # ---- identifiers
    def new_pesel(self, birth, sex):
        rng = self.rng
        m = birth.month + {18: 80, 19: 0, 20: 20, 21: 40, 22: 60}[birth.year // 100]
        base = "%02d%02d%02d" % (birth.year % 100, m, birth.day)
        while True:
            sexd = rng.choice("02468" if sex == "F" else "13579")
            d10 = base + "%03d" % rng.randrange(1000) + sexd
            p = d10 + str(pesel_check(d10))
            if p not in self.pesels:
                self.pesels.add(p)
                return p

    def new_nip(self):
        rng = self.rng
        while True:
            d9 = str(rng.randint(101, 998)) + "".join(rng.choice("0123456789") for _ in range(6))
            c = nip_check(d9)
            if c == 10:
                continue
            n = d9 + str(c)
            if n not in self.nips:
                self.nips.add(n)
                return n

    def new_regon(self):
        rng = self.rng
        while True:
            d8 = "%02d" % rng.choice(range(1, 98, 2)) + "".join(rng.choice("0123456789") for _ in range(6))
            r = d8 + str(regon_check(d8))
            if r not in self.regons:
                self.regons.add(r)
                return r

    def new_phone(self, city=None, landline=False):
        rng = self.rng
        while True:
            if landline and city:
                area = CITY_BY_NAME[city]["area"]
                digits = area + str(rng.randint(2, 8)) + "%06d" % rng.randrange(10 ** 6)
                kind = "land"
            else:
                digits = rng.choice(MOBILE_PREFIXES) + "%07d" % rng.randrange(10 ** 7)
                kind = "mob"
            if digits not in self.phones:
                self.phones.add(digits)
                return {"digits": digits, "kind": kind}

    def unique_email(self, local, domain):
        e = local + "@" + domain
        n = 0
        while e in self.emails:
            n += 1
            e = "%s%d@%s" % (local, self.rng.randint(1, 99) if n < 5 else self.rng.randint(100, 9999), domain)
        self.emails.add(e)
        return e

    # ---- names
    def given(self, sex, era, exclude=()):
        names, weights = given_table(sex, era)
        while True:
            g = self.rng.choices(names, weights)[0]
            if g not in exclude:
                return g

    def surname(self):
        return self.rng.choices(self.sur_names, self.sur_w)[0]

    def birth(self, min_age=18, max_age=95):
        rng = self.rng
        bands = [(18, 29, 14), (30, 39, 19), (40, 49, 19), (50, 59, 15), (60, 69, 17), (70, 79, 11), (80, 95, 5)]
        bands = [(max(a, min_age), min(b, max_age), w) for a, b, w in bands if b >= min_age and a <= max_age]
        a, b, _ = rng.choices(bands, [w for _, _, w in bands])[0]
        age = rng.randint(a, b)
        start = datetime.date(REF.year - age - 1, REF.month, REF.day) + datetime.timedelta(days=1)
        return start + datetime.timedelta(days=rng.randrange(365))

    def city(self, exclude=()):
        while True:
            c = self.rng.choices(self.city_names, self.city_w)[0]
            if c not in exclude:
                return c

    def stem(self, owner=None):
        rng = self.rng
        for _ in range(200):
            r = rng.random()
            if owner and r < 0.5:
                g, f = owner
                fg, ff = fold(g), fold(f)
                k = rng.random()
                if k < 0.35:
                    s = fg[:3] + rng.choice(STEM_B)
                elif k < 0.7:
                    s = ff[:rng.randint(4, 5)] + "-" + rng.choice(STEM_B).capitalize()
                else:
                    s = fg[:3] + ff[:2].lower() + rng.choice(["", "ex", "pol", "bud", "trans", "met"])
                s = s[0].upper() + s[1:]
            elif r < 0.85:
                a, b = rng.choice(STEM_A), rng.choice(STEM_B)
                if rng.random() < 0.2:
                    s = a + "-" + b.capitalize()
                else:
                    s = a + b
            else:
                s = rng.choice(STEM_WORDS)
                if rng.random() < 0.5:
                    s += "-" + rng.choice(["Bis", "Pol", "Plus", "Max", "Trans", "Tech", "Med", "Bud", "Com"])
            if rng.random() < 0.15 and "-" not in s:
                s = s.upper()
            key = fold(s).lower().replace("-", "")
            if key not in self.stems:
                self.stems.add(key)
                return s
        raise RuntimeError("stem space exhausted")

    def claim_stem(self, s):
        key = fold(s).lower().replace("-", "")
        if key in self.stems:
            return False
        self.stems.add(key)
        return True


# =====================================================================================================
# Entities
# =====================================================================================================
def new_address(ctx, city=None, company=False, exclude_cities=()):
    rng = ctx.rng
    city = city or ctx.city(exclude_cities)
    c = CITY_BY_NAME[city]
    local = STREETS_BY_CITY.get(city, [])
    if local and rng.random() < 0.12:
        st = rng.choice(local)
    else:
        st = rng.choice(GENERIC_STREETS)
    stype, sname = st[0], st[1]
    num = min(int(rng.expovariate(1 / 22.0)) + 1, 260)
    letter = rng.choices(["", "A", "B", "C"], [92, 5, 2, 1])[0]
    big = c["pop"] >= 100
    p_flat = 0.9 if stype == "os" else ((0.30 if company else 0.65) if big else (0.25 if company else 0.40))
    flat = str(min(int(rng.expovariate(1 / 22.0)) + 1, 180)) if rng.random() < p_flat else ""
    if flat and company and rng.random() < 0.3:
        flat = rng.choice(["U1", "U2", "1A", "2B", "U3"])
    postal = "%05d" % rng.randint(c["lo"], c["hi"])
    if flat:
        fs = rng.choices(["sep", "slash", "m", "lok"], [60, 20, 5, 15] if company else [85, 10, 5, 0])[0]
    else:
        fs = "sep"
    return {"stype": stype, "sname": sname, "prefix": rng.choice(STREET_PREFIX[stype][0]),
            "patron": "full" if rng.random() < 0.6 else "surname", "num": str(num), "letter": letter,
            "letter_style": "tight", "flat": flat, "flat_style": fs, "postal": postal, "postal_style": "dash",
            "city": city, "city_form": city}


def email_for_person(ctx, given, family, birth):
    rng = ctx.rng
    g = fold(given).lower()
    f = fold(family).lower()
    yy = "%02d" % (birth.year % 100)
    dim = fold(rng.choice(DIMINUTIVES.get(given, [given]))).lower()
    pats = [(g + "." + f, 30), (g + f, 12), (g[0] + f, 12), (g[0] + "." + f, 8), (f + "." + g, 8),
            (g + "." + f + yy, 8), (g + "_" + f, 4), (f + g[0], 4), (dim + yy, 6),
            (g + str(rng.randint(1, 999)), 8)]
    local = rng.choices([p for p, _ in pats], [w for _, w in pats])[0]
    dom = rng.choices([d for d, _ in FREE_MAIL], [w for _, w in FREE_MAIL])[0]
    return ctx.unique_email(local, dom)


def new_person(ctx, sex=None, birth=None, given1=None, family_base=None, addr=None, exclude_given=(),
               min_age=18, max_age=95):
    rng = ctx.rng
    sex = sex or ("F" if rng.random() < 0.52 else "M")
    birth = birth or ctx.birth(min_age, max_age)
    era = era_of(birth.year)
    given1 = given1 or ctx.given(sex, era, exclude_given)
    given2 = ctx.given(sex, era, (given1,)) if rng.random() < 0.35 else None
    family_base = family_base or ctx.surname()
    family = gender_family(family_base, sex)
    addr = copy.deepcopy(addr) if addr else new_address(ctx)
    phone = ctx.new_phone(addr["city"], landline=rng.random() < 0.15)
    disp = given1
    if given1 in DIMINUTIVES and rng.random() < 0.04:
        disp = rng.choice(DIMINUTIVES[given1])
    st = {
        "kind": "PERSON", "sex": sex, "birth": birth, "given1": given1, "given_disp": disp, "given2": given2,
        "family_base": family_base, "family": family, "pesel": ctx.new_pesel(birth, sex),
        "email": email_for_person(ctx, given1, family, birth), "phone": phone, "addr": addr,
        "phone_fmt": (rng.choices(["plain", "spaced", "intl_sp", "dashed"], [40, 35, 15, 10])[0] if phone["kind"] == "mob"
                      else rng.choices(["spaced", "paren", "plain"], [50, 30, 20])[0]),
        "show": {"g2": bool(given2) and rng.random() < 0.6, "sex": rng.random() < 0.97,
                 "birth": rng.random() < 0.85, "pesel": rng.random() < 0.60, "email": rng.random() < 0.60,
                 "phone": rng.random() < 0.70, "addr": rng.random() < 0.85},
        "son": False,
    }
    return st


def company_email(ctx, stem, owner=None, free=False):
    rng = ctx.rng
    if stem and not free:
        dom = fold(stem).lower().replace(" ", "")
        dom = "".join(ch for ch in dom if ch.isalnum() or ch == "-") + rng.choices([".pl", ".com.pl", ".eu"], [70, 20, 10])[0]
        local = rng.choices(["biuro", "kontakt", "info", "sekretariat", "office", "firma", "handel", "zamowienia"],
                            [40, 20, 12, 8, 8, 4, 4, 4])[0]
        return ctx.unique_email(local, dom)
    if owner and owner[0]:
        g, f = fold(owner[0]).lower(), fold(owner[1]).lower()
        local = rng.choice([g + "." + f, f + "." + "firma", g[0] + f, f + ".uslugi", f + str(rng.randint(1, 99))])
    elif owner:
        local = fold(owner[1]).lower() + rng.choice([".spj", ".biuro", "ispolka", ".kancelaria"])
    else:
        local = fold(stem).lower().replace("-", "").replace(" ", "")
    dom = rng.choices([d for d, _ in FREE_MAIL], [w for _, w in FREE_MAIL])[0]
    return ctx.unique_email(local, dom)


def _company_base(ctx, segs, addr, is_jdg, stem, owner=None, form=None, email=None):
    rng = ctx.rng
    phone = ctx.new_phone(addr["city"], landline=rng.random() < 0.5)
    nip = ctx.new_nip()
    if email is None:
        email = company_email(ctx, stem, owner, free=is_jdg and (not stem or rng.random() < 0.45))
    return {
        "kind": "COMPANY", "segs": segs, "form": form,
        "form_var": rng.choice(FORM_CLEAN[form]) if form else 0, "quoted": None, "owner_order": "gf",
        "is_jdg": is_jdg, "stem": stem, "owner": owner, "nip": nip,
        "nip_fmt": rng.choices(["plain", "d3322", "PL"], [75, 20, 5])[0], "regon": ctx.new_regon(),
        "email": email, "phone": phone, "addr": addr,
        "phone_fmt": (rng.choices(["plain", "spaced", "intl_sp", "dashed"], [40, 35, 15, 10])[0] if phone["kind"] == "mob"
                      else rng.choices(["spaced", "paren", "plain"], [50, 30, 20])[0]),
        "show": {"nip": rng.random() < 0.92, "regon": rng.random() < 0.65, "email": rng.random() < 0.65,
                 "phone": rng.random() < 0.80, "addr": rng.random() < 0.95},
    }


def new_jdg(ctx, stem=None, city=None, need_stem=False, addr=None):
    rng = ctx.rng
    sex = "F" if rng.random() < 0.35 else "M"
    birth = ctx.birth(22, 75)
    g = ctx.given(sex, era_of(birth.year))
    f = gender_family(ctx.surname(), sex)
    acts_abbr = [a for a in ACTS if a[1]]
    pats = [("act_owner", 35), ("abbr_family", 12), ("abbr_stem_owner", 15), ("stem_owner", 15),
            ("act_qstem_owner", 13), ("act_stem", 10)]
    if need_stem or stem:
        pats = [p for p in pats if "stem" in p[0]]
    pat = rng.choices([p for p, _ in pats], [w for _, w in pats])[0]
    owner_seg = {"t": "owner", "g": g, "f": f, "mode": "full"}
    if "stem" in pat and not stem:
        stem = ctx.stem((g, f))
    if pat.startswith("abbr"):
        a = rng.choice(acts_abbr)
        act = {"t": "act", "full": a[0], "abbr": a[1], "mode": "abbr", "var": rng.randrange(2)}
    else:
        a = rng.choice(ACTS)
        act = {"t": "act", "full": a[0], "abbr": a[1], "mode": "full", "var": 0}
    quoted = None
    if pat == "act_owner":
        segs = [act, owner_seg]
    elif pat == "abbr_family":
        owner_seg["mode"] = "family"
        segs = [act, owner_seg]
    elif pat == "abbr_stem_owner":
        segs = [act, {"t": "stem", "v": stem}, owner_seg]
    elif pat == "stem_owner":
        segs = [{"t": "stem", "v": stem}, owner_seg]
    elif pat == "act_qstem_owner":
        segs = [act, {"t": "stem", "v": stem}, owner_seg]
        quoted = rng.choice(['"', "„"])
    else:
        segs = [act, {"t": "stem", "v": stem}]
    addr = copy.deepcopy(addr) if addr else new_address(ctx, city, company=True)
    st = _company_base(ctx, segs, addr, True, stem if "stem" in pat else None, (g, f))
    st["quoted"] = quoted
    return st


def new_spolka(ctx, stem=None, form=None, desc=None, city=None, addr=None, email=None, with_act=None,
               need_stem=False):
    rng = ctx.rng
    form = form or rng.choices(["spzoo", "spj", "spk", "spzoo_spk", "sa", "sc"], [60, 12, 4, 4, 5, 15])[0]
    stem = stem or ctx.stem()
    owner = None
    fixed_owner = rng.random()
    if form in ("spj", "spk") and fixed_owner < 0.35 and desc is None and not need_stem:
        f = ctx.surname()
        segs = [{"t": "partners", "list": [("", f)], "mode": "family"},
                {"t": "fixed", "v": rng.choice(["i Wspólnicy", "i Wspólnicy", "i Syn", "i Synowie"])},
                {"t": "form", "key": form}]
        if rng.random() < 0.3:
            segs.insert(0, {"t": "act", "full": rng.choice(["Kancelaria Prawna", "Biuro Rachunkowe",
                                                            "Zakład Instalacyjny", "Przedsiębiorstwo Budowlane"]),
                            "abbr": None, "mode": "full", "var": 0})
        owner = ("", f)
        stem_used = None
    elif form in ("spj", "sc") and fixed_owner < 0.75 and desc is None:
        partners = []
        for _ in range(2):
            sx = "F" if rng.random() < 0.4 else "M"
            partners.append((ctx.given(sx, "m"), gender_family(ctx.surname(), sx)))
        pseg = {"t": "partners", "list": partners, "mode": rng.choice(["full", "family"])}
        if form == "sc" and rng.random() < 0.6:
            segs = [{"t": "stem", "v": stem}, {"t": "form", "key": form}, pseg]
            if rng.random() < 0.5:
                a = rng.choice([a for a in ACTS if a[1]])
                segs.insert(0, {"t": "act", "full": a[0], "abbr": a[1], "mode": "abbr", "var": rng.randrange(2)})
        else:
            segs = [{"t": "stem", "v": stem}, pseg, {"t": "form", "key": form}]
        owner = partners[0]
        stem_used = stem
    else:
        segs = [{"t": "stem", "v": stem}]
        if desc or (desc is None and rng.random() < 0.3):
            segs.append({"t": "desc", "v": desc or rng.choice(DESCS)})
        if with_act or (with_act is None and rng.random() < 0.15):
            segs.insert(0, {"t": "act", "full": rng.choice(SPOLKA_ACTS), "abbr": None, "mode": "full", "var": 0})
        segs.append({"t": "form", "key": form})
        stem_used = stem
    addr = copy.deepcopy(addr) if addr else new_address(ctx, city, company=True)
    st = _company_base(ctx, segs, addr, False, stem_used, owner, form, email)
    if stem_used is None:
        st["stem"] = None
    return st


# =====================================================================================================
# Rendering
# =====================================================================================================
def patron_name(sname, variant):
    if "|" not in sname:
        return sname
    pre, sur = sname.split("|")
    toks = pre.split()
    titles = [t for t in toks if t.endswith(".")]
    givens = [t for t in toks if not t.endswith(".")]
    title = " ".join(titles)
    if variant == "surname":
        return sur
    if variant == "title_sur" and title:
        return title + " " + sur
    if variant == "given_sur":
        return " ".join(givens + [sur])
    inits = " ".join(g if g.isupper() else g[0] + "." for g in givens)
    if variant == "initial" and givens:
        return inits + " " + sur
    if variant == "title_initial" and title and givens:
        return title + " " + inits + " " + sur
    return pre + " " + sur


def render_address(a, row):
    name = patron_name(a["sname"], a["patron"])
    street = (a["prefix"] + " " + name).strip() if a["prefix"] else name
    b = a["num"]
    if a["letter"]:
        b += {"tight": a["letter"], "space": " " + a["letter"], "lower": a["letter"].lower()}[a["letter_style"]]
    flat, fs = a["flat"], a["flat_style"]
    building = b
    if flat and fs == "slash":
        building, flat = "%s/%s" % (b, flat), ""
    elif flat and fs == "m":
        building, flat = "%s m. %s" % (b, flat), ""
    elif flat and fs == "lok":
        building, flat = "%s lok. %s" % (b, flat), ""
    elif fs == "street_all":
        street = street + " " + b + ("/" + flat if flat else "")
        building, flat = "", ""
    p = a["postal"]
    postal = {"dash": p[:2] + "-" + p[2:], "nodash": p, "space": p[:2] + " " + p[2:]}[a["postal_style"]]
    row.update(street=street, building=building, flat=flat, postal_code=postal, city=a["city_form"])


def fmt_phone(ph, fmt):
    d = ph["digits"]
    if ph["kind"] == "mob":
        a, b, c = d[:3], d[3:6], d[6:]
        return {"plain": d, "spaced": "%s %s %s" % (a, b, c), "dashed": "%s-%s-%s" % (a, b, c),
                "intl_sp": "+48 %s %s %s" % (a, b, c), "intl": "+48" + d, "0048": "0048" + d,
                "intl_dash": "+48-%s-%s-%s" % (a, b, c), "48": "48" + d,
                "paren": "(+48) %s %s %s" % (a, b, c)}[fmt]
    ar, a, b, c = d[:2], d[2:5], d[5:7], d[7:]
    return {"spaced": "%s %s %s %s" % (ar, a, b, c), "paren": "(%s) %s %s %s" % (ar, a, b, c),
            "dashed": "%s-%s-%s-%s" % (ar, a, b, c), "plain": d, "intl_sp": "+48 %s %s %s %s" % (ar, a, b, c),
            "old": "(0-%s) %s-%s-%s" % (ar, a, b, c), "trunk": "0%s %s%s%s" % (ar, a, b, c),
            "0048": "0048" + d}[fmt]


PHONE_FMTS = {"mob": ["plain", "spaced", "dashed", "intl_sp", "intl", "0048", "intl_dash", "48", "paren"],
              "land": ["spaced", "paren", "dashed", "plain", "intl_sp", "old", "trunk", "0048"]}


def fmt_nip(n, fmt):
    return {"plain": n, "d3322": "%s-%s-%s-%s" % (n[:3], n[3:6], n[6:8], n[8:]),
            "d3223": "%s-%s-%s-%s" % (n[:3], n[3:5], n[5:7], n[7:]), "PL": "PL" + n, "PL_sp": "PL " + n,
            "space": "%s %s %s %s" % (n[:3], n[3:6], n[6:8], n[8:]),
            "PL_dash": "PL-%s-%s-%s-%s" % (n[:3], n[3:6], n[6:8], n[8:])}[fmt]


NIP_FMTS = ["plain", "d3322", "d3223", "PL", "PL_sp", "space", "PL_dash"]


def render_legal_name(st):
    parts = []
    q = st["quoted"]
    for s in st["segs"]:
        t = s["t"]
        if t == "act":
            if s["mode"] == "full":
                parts.append(s["full"])
            elif s["mode"] == "abbr":
                parts.append(ABBR_VARIANTS[s["abbr"]][s["var"] % len(ABBR_VARIANTS[s["abbr"]])])
        elif t == "stem":
            v = s["v"]
            if q:
                v = ("„" + v + "”") if q == "„" else ('"' + v + '"')
            parts.append(v)
        elif t == "owner":
            if s["mode"] == "full":
                parts.append(s["g"] + " " + s["f"] if st["owner_order"] == "gf" else s["f"] + " " + s["g"])
            elif s["mode"] == "family":
                parts.append(s["f"])
        elif t == "partners":
            if s["mode"] == "full" and all(g for g, _ in s["list"]):
                ps = [(g + " " + f) if st["owner_order"] == "gf" else (f + " " + g) for g, f in s["list"]]
            else:
                ps = [f for _, f in s["list"]]
            parts.append(", ".join(ps))
        elif t in ("desc", "fixed"):
            parts.append(s["v"])
        elif t == "form":
            parts.append(FORMS[s["key"]][st["form_var"] % len(FORMS[s["key"]])])
    name = " ".join(p for p in parts if p)
    if q and not any(s["t"] == "stem" for s in st["segs"]):
        name = ('"%s"' % name) if q == '"' else ("„%s”" % name)
    return name


def render(st):
    row = dict.fromkeys(HEADER, "")
    row["kind"] = st["kind"]
    sh = st["show"]
    if st["kind"] == "PERSON":
        row["given_names"] = st["given_disp"] + (" " + st["given2"] if sh["g2"] and st["given2"] else "")
        row["family_name"] = st["family"]
        row["sex"] = st["sex"] if sh["sex"] else ""
        row["birth_date"] = st["birth"].isoformat() if sh["birth"] else ""
        row["pesel"] = st["pesel"] if sh["pesel"] else ""
    else:
        row["legal_name"] = render_legal_name(st)
        row["nip"] = fmt_nip(st["nip"], st["nip_fmt"]) if sh["nip"] else ""
        row["regon"] = st["regon"] if sh["regon"] else ""
    row["email"] = st["email"] if sh["email"] else ""
    row["phone"] = fmt_phone(st["phone"], st["phone_fmt"]) if sh["phone"] else ""
    if sh["addr"]:
        render_address(st["addr"], row)
    return row


# =====================================================================================================
# Character-level corruption helpers
# =====================================================================================================
def typo(s, rng):
    idx = [i for i, ch in enumerate(s) if ch.isalpha()]
    if len(idx) < 3:
        return None, None
    i = rng.choices(idx, [0.25 if i == idx[0] else 1.0 for i in idx])[0]
    ch = s[i]
    low = ch.lower()
    up = ch != low
    base = DIAC.get(low, low)
    kind = rng.choices(["neighbour", "double", "drop", "transpose", "altgr"], [35, 20, 20, 20, 5])[0]
    if kind == "transpose":
        j = i + 1
        if j >= len(s) or not s[j].isalpha() or s[j].lower() == low:
            kind = "drop"
        else:
            return s[:i] + s[j] + s[i] + s[j + 1:], kind
    if kind == "altgr":
        if low in DIAC:
            n = DIAC[low]
        elif low in ALTGR:
            n = ALTGR[low]
        else:
            kind = "neighbour"
        if kind == "altgr":
            return s[:i] + (n.upper() if up else n) + s[i + 1:], kind
    if kind == "neighbour" and base in NEIGH:
        n = rng.choice(NEIGH[base])
        return s[:i] + (n.upper() if up else n) + s[i + 1:], kind
    if kind == "double" or kind == "neighbour":
        return s[:i] + ch + s[i:], "double"
    return s[:i] + s[i + 1:], "drop"


def _cp1252_byte(b):
    try:
        return bytes([b]).decode("cp1252")
    except UnicodeDecodeError:
        return "?"


def mojibake(s, rng):
    kind = rng.choices(["utf8_as_cp1252", "cp1250_as_cp1252", "iso8859_2_as_cp1250", "question_marks"],
                       [50, 20, 10, 20])[0]
    if kind == "utf8_as_cp1252":
        out = "".join(_cp1252_byte(b) for b in s.encode("utf-8"))
    elif kind == "cp1250_as_cp1252":
        out = s.encode("cp1250", errors="replace").decode("cp1252", errors="replace")
    elif kind == "iso8859_2_as_cp1250":
        out = s.encode("iso-8859-2", errors="replace").decode("cp1250", errors="replace")
    else:
        out = "".join(c if ord(c) < 128 else "?" for c in s)
    return out, kind


def extra_spaces(s, rng):
    ops = ["trail", "lead"]
    if " " in s.strip():
        ops += ["double", "double"]
    if "-" in s:
        ops.append("hyphen")
    if len(s) >= 6:
        ops.append("split")
    op = rng.choice(ops)
    if op == "trail":
        return s + rng.choice([" ", "  "]), op
    if op == "lead":
        return " " + s, op
    if op == "double":
        pos = [i for i, c in enumerate(s) if c == " "]
        i = rng.choice(pos)
        return s[:i] + "  " + s[i:].lstrip(" "), op
    if op == "hyphen":
        return s.replace("-", " - ", 1), op
    i = rng.randint(2, len(s) - 3)
    return s[:i] + " " + s[i:], op


# =====================================================================================================
# Perturbations.  State-level ones (phase < 1) edit the entity state before rendering; column-level ones
# (phase >= 1) edit the rendered row.  Each returns a short description, or None if it could not apply.
# =====================================================================================================
class P:
    def __init__(self, name, weight, phase, ok, fn):
        self.name, self.weight, self.phase, self.ok, self.fn = name, weight, phase, ok, fn


def _addr_ok(st):
    return st["show"]["addr"]


# ---------- state-level, persons
def p_diminutive(st, rng, ctx):
    g = st["given_disp"]
    if g in DIM_TO_FORMAL:
        st["given_disp"] = DIM_TO_FORMAL[g]
    elif g in DIMINUTIVES:
        st["given_disp"] = rng.choice(DIMINUTIVES[g])
    else:
        return None
    return "%s->%s" % (g, st["given_disp"])


def p_second_given(st, rng, ctx):
    if st["show"]["g2"]:
        st["show"]["g2"] = False
        return "dropped " + st["given2"]
    if st["given2"]:
        st["show"]["g2"] = True
        return "added " + st["given2"]
    return None


def p_marriage(st, rng, ctx):
    old = st["family"]
    new = gender_family(ctx.surname(), "F")
    if new == old:
        return None
    k = rng.random()
    if k < 0.5:
        st["family"] = new
    elif k < 0.85:
        st["family"] = old + "-" + new
    else:
        st["family"] = new + "-" + old
    return "%s->%s" % (old, st["family"])


def p_phone_reformat(st, rng, ctx):
    old = st["phone_fmt"]
    st["phone_fmt"] = rng.choice([f for f in PHONE_FMTS[st["phone"]["kind"]] if f != old])
    return "%s->%s" % (old, st["phone_fmt"])


def p_phone_new(st, rng, ctx):
    st["phone"] = ctx.new_phone(st["addr"]["city"], landline=rng.random() < 0.1)
    st["phone_fmt"] = rng.choice(PHONE_FMTS[st["phone"]["kind"]][:4])
    return "new number"


def p_email_variant(st, rng, ctx):
    e = st["email"]
    local, dom = e.split("@")
    kind = rng.choices(["recase", "dots", "provider"], [35, 35, 30])[0]
    if kind == "recase":
        k = rng.random()
        if k < 0.5:
            new = ".".join(p[:1].upper() + p[1:] for p in local.split(".")) + "@" + dom
        elif k < 0.8:
            new = e.upper()
        else:
            new = local + "@" + dom.upper()
        if new == e:
            new = e.upper()
    elif kind == "dots":
        if "." in local or "_" in local:
            new = (local.replace(".", "").replace("_", "") if rng.random() < 0.7
                   else local.replace(".", rng.choice(["_", "-"]))) + "@" + dom
        else:
            g = fold(st.get("given1") or "").lower()
            i = len(g) if g and local.startswith(g) and len(local) > len(g) else rng.randint(1, max(1, len(local) - 1))
            new = local[:i] + "." + local[i:] + "@" + dom
    else:
        if st["kind"] == "COMPANY" and not any(dom == d for d, _ in FREE_MAIL):
            base = dom.split(".")[0]
            new = local + "@" + base + rng.choice([t for t in [".pl", ".com.pl", ".eu", ".com"] if not dom.endswith(t)])
        else:
            nd = rng.choices([d for d, _ in FREE_MAIL if d != dom], [w for d, w in FREE_MAIL if d != dom])[0]
            new = local + "@" + nd
    st["email"] = new
    return "%s:%s->%s" % (kind, e, new)


def p_email_new(st, rng, ctx):
    old = st["email"]
    if st["kind"] == "PERSON":
        st["email"] = email_for_person(ctx, st["given1"], st["family"], st["birth"])
    else:
        dom = old.split("@")[1]
        if any(dom == d for d, _ in FREE_MAIL) or rng.random() < 0.3:
            st["email"] = company_email(ctx, st["stem"] or "firma", st["owner"] if st["owner"] and st["owner"][0] else None,
                                        free=True)
        else:
            loc = rng.choice([l for l in ["biuro", "kontakt", "info", "sekretariat", "office", "handel"]
                              if l != old.split("@")[0]])
            st["email"] = ctx.unique_email(loc, dom)
    return "%s->%s" % (old, st["email"])


def p_address_reformat(st, rng, ctx):
    a = st["addr"]
    opts = ["prefix", "postal", "prefix"]
    if "|" in a["sname"]:
        opts += ["patron", "patron"]
    if a["flat"]:
        opts += ["flat", "flat"]
    else:
        opts.append("street_all")
    if a["letter"]:
        opts.append("letter")
    if a["city"] in CITY_ABBREV:
        opts.append("city")
    done = []
    for op in rng.sample(opts, min(len(opts), rng.choice([1, 1, 2]))):
        if op in done:
            continue
        if op == "prefix":
            cur = a["prefix"]
            a["prefix"] = rng.choice([p for p in STREET_PREFIX[a["stype"]][1] if p != cur] or [cur])
            if a["prefix"] == cur:
                continue
        elif op == "postal":
            a["postal_style"] = rng.choice([s for s in ["dash", "nodash", "nodash", "space"] if s != a["postal_style"]])
        elif op == "patron":
            a["patron"] = rng.choice([v for v in ["full", "surname", "title_sur", "given_sur", "initial", "title_initial"]
                                      if v != a["patron"]])
        elif op == "flat":
            a["flat_style"] = rng.choice([s for s in ["sep", "slash", "m", "lok", "street_all"] if s != a["flat_style"]])
        elif op == "street_all":
            a["flat_style"] = "street_all" if a["flat_style"] != "street_all" else "sep"
        elif op == "letter":
            a["letter_style"] = rng.choice([s for s in ["tight", "space", "lower"] if s != a["letter_style"]])
        elif op == "city":
            a["city_form"] = rng.choice(CITY_ABBREV[a["city"]])
        done.append(op)
    return ",".join(done) if done else None


def p_moved(st, rng, ctx):
    old = st["addr"]["city"]
    st["addr"] = new_address(ctx, company=st["kind"] == "COMPANY", exclude_cities=(old,))
    st["show"]["addr"] = True
    return "%s->%s" % (old, st["addr"]["city"])


def p_field_added(st, rng, ctx):
    keys = ["pesel", "birth", "email", "phone", "addr", "sex"] if st["kind"] == "PERSON" else \
        ["nip", "regon", "email", "phone", "addr"]
    missing = [k for k in keys if not st["show"][k]]
    if not missing:
        return None
    k = rng.choice(missing)
    st["show"][k] = True
    return k


# ---------- state-level, companies
def p_legal_form(st, rng, ctx):
    old = st["form_var"]
    n = len(FORMS[st["form"]])
    st["form_var"] = rng.choice([i for i in range(n) if i != old % n])
    return "%s->%s" % (FORMS[st["form"]][old % n], FORMS[st["form"]][st["form_var"]])


def p_quotes(st, rng, ctx):
    if st["quoted"]:
        st["quoted"] = None
        return "removed"
    st["quoted"] = rng.choice(['"', '"', "„"])
    return "added " + st["quoted"]


def p_owner_name(st, rng, ctx):
    segs = st["segs"]
    own = [s for s in segs if s["t"] == "owner"]
    if own:
        s = own[0]
        others = [x for x in segs if x["t"] in ("act", "stem") and x.get("mode", "full") != "none"]
        if s["mode"] == "full" and others:
            s["mode"] = "none"
            return "owner removed"
        if s["mode"] == "family":
            s["mode"] = "full"
            return "given name added"
        s["mode"] = "full"
        return "owner added"
    if st["is_jdg"]:
        segs.append({"t": "owner", "g": st["owner"][0], "f": st["owner"][1], "mode": "full"})
        return "owner added"
    return None


def p_reorder(st, rng, ctx):
    segs = st["segs"]
    opts = []
    if any(s["t"] in ("owner", "partners") and s["mode"] == "full" for s in segs):
        opts.append("owner_order")
    oi = [i for i, s in enumerate(segs) if s["t"] == "owner" and s["mode"] != "none"]
    if oi and oi[0] != 0:
        opts.append("owner_front")
    if oi and oi[0] == 0 and len(segs) > 1:
        opts.append("owner_back")
    ti = [s["t"] for s in segs]
    if "desc" in ti and "stem" in ti:
        opts.append("desc_first")
    if "act" in ti and ti.index("act") == 0 and len(segs) > 1 and "form" not in ti:
        opts.append("act_last")
    if not opts:
        return None
    op = rng.choice(opts)
    if op == "owner_order":
        st["owner_order"] = "fg" if st["owner_order"] == "gf" else "gf"
    elif op == "owner_front":
        segs.insert(0, segs.pop(oi[0]))
    elif op == "owner_back":
        s = segs.pop(0)
        segs.append(s)
    elif op == "desc_first":
        i, j = ti.index("stem"), ti.index("desc")
        segs[i], segs[j] = segs[j], segs[i]
    elif op == "act_last":
        segs.append(segs.pop(0))
    return op


def p_name_shortened(st, rng, ctx):
    segs = st["segs"]
    opts = []
    for i, s in enumerate(segs):
        if s["t"] == "desc":
            opts.append(("drop_desc", i))
        if s["t"] == "act" and s["abbr"]:
            opts.append(("act_abbr", i))
        if s["t"] == "act" and s["mode"] != "none" and any(x["t"] in ("stem", "owner") for x in segs):
            opts.append(("drop_act", i))
    if not opts:
        return None
    op, i = rng.choice(opts)
    s = segs[i]
    if op == "drop_desc":
        segs.pop(i)
        return "dropped " + s["v"]
    if op == "act_abbr":
        if s["mode"] == "full":
            s["mode"] = "abbr"
            s["var"] = rng.randrange(4)
        elif rng.random() < 0.5:
            s["mode"] = "full"
        else:
            s["var"] += 1
        return "activity " + s["mode"]
    s["mode"] = "none"
    return "dropped activity"


def p_nip_format(st, rng, ctx):
    old = st["nip_fmt"]
    st["nip_fmt"] = rng.choice([f for f in NIP_FMTS if f != old])
    return "%s->%s" % (old, st["nip_fmt"])


def p_nip_digit(st, rng, ctx):
    n = st["nip"]
    if rng.random() < 0.8:
        i = rng.randrange(10)
        new = n[:i] + rng.choice([d for d in "0123456789" if d != n[i]]) + n[i + 1:]
    else:
        i = rng.randrange(9)
        if n[i] == n[i + 1]:
            return None
        new = n[:i] + n[i + 1] + n[i] + n[i + 2:]
    st["nip"] = new
    return "%s->%s%s" % (n, new, "" if nip_valid(new) else " (invalid)")


def p_regon_missing(st, rng, ctx):
    st["show"]["regon"] = False
    return "regon blank"


# ---------- column-level helpers
TEXT_PERSON = {"names": ["given_names", "family_name"], "address": ["street", "city"]}
TEXT_COMPANY = {"names": ["legal_name"], "address": ["street", "city"]}


def _text_groups(st):
    return TEXT_PERSON if st["kind"] == "PERSON" else TEXT_COMPANY


def _col_typo(col):
    def fn(row, st, rng, ctx, touched):
        s = row[col]
        new, kind = typo(s, rng) if s else (None, None)
        if not new or new == s:
            return None
        row[col] = new
        touched.add(col)
        return "%s:%s->%s" % (kind, s, new)
    return fn


def c_swap_names(row, st, rng, ctx, touched):
    if not row["given_names"] or not row["family_name"]:
        return None
    row["given_names"], row["family_name"] = row["family_name"], row["given_names"]
    touched.update(["given_names", "family_name"])
    return "swapped"


def c_birth_error(row, st, rng, ctx, touched):
    s = row["birth_date"]
    if not s:
        return None
    y, m, d = map(int, s.split("-"))
    opts, w = ["digit", "year"], [50, 30]
    if d <= 12 and d != m:
        opts.append("day_month_swap")
        w.append(30)
    kind = rng.choices(opts, w)[0]
    for _ in range(40):
        ny, nm, nd = y, m, d
        if kind == "day_month_swap":
            nm, nd = d, m
        elif kind == "year":
            k = rng.random()
            if k < 0.6:
                ny = y + rng.choice([-1, 1])
            elif k < 0.8 and (y // 10) % 10 != y % 10:
                ny = y // 100 * 100 + (y % 10) * 10 + (y // 10) % 10
            else:
                ny = y + rng.choice([-10, 10])
        else:
            pos = rng.choice([2, 3, 5, 6, 8, 9, 9, 8, 3])
            chars = list(s)
            chars[pos] = rng.choice([c for c in "0123456789" if c != chars[pos]])
            try:
                ny, nm, nd = int("".join(chars[0:4])), int("".join(chars[5:7])), int("".join(chars[8:10]))
            except ValueError:
                continue
        try:
            nd_ = datetime.date(ny, nm, nd)
        except ValueError:
            continue
        if nd_.isoformat() != s and 1900 < ny <= REF.year:
            row["birth_date"] = nd_.isoformat()
            touched.add("birth_date")
            return "%s:%s->%s" % (kind, s, row["birth_date"])
    return None


def c_pesel_error(row, st, rng, ctx, touched):
    p = row["pesel"]
    if not p:
        return None
    k = rng.choices(["digit", "transpose", "missing"], [60, 15, 25])[0]
    if k == "digit":
        i = rng.randrange(11)
        new = p[:i] + rng.choice([c for c in "0123456789" if c != p[i]]) + p[i + 1:]
    elif k == "transpose":
        i = rng.randrange(10)
        if p[i] == p[i + 1]:
            i = next((j for j in range(10) if p[j] != p[j + 1]), None)
            if i is None:
                return None
        new = p[:i] + p[i + 1] + p[i] + p[i + 2:]
    else:
        new = ""
    row["pesel"] = new
    touched.add("pesel")
    return "%s:%s->%s%s" % (k, p, new, "" if not new or not pesel_valid(new) else " (still valid)")


def _pick_group(st, rng, names_w=50, addr_w=20, all_w=30):
    g = _text_groups(st)
    k = rng.choices(["names", "address", "all"], [names_w, addr_w, all_w])[0]
    return k, (g["names"] + g["address"] if k == "all" else g[k])


def c_strip_diacritics(row, st, rng, ctx, touched):
    k, cols = _pick_group(st, rng, 35, 35, 30)
    changed = []
    for c in cols:
        new = fold(row[c])
        if new != row[c]:
            row[c] = new
            touched.add(c)
            changed.append(c)
    return (k + ":" + ",".join(changed)) if changed else None


def c_mojibake(row, st, rng, ctx, touched):
    g = _text_groups(st)
    cols = [c for c in g["names"] + g["address"] if any(ord(ch) > 127 for ch in row[c])]
    if not cols:
        return None
    chosen = rng.sample(cols, min(len(cols), rng.choice([1, 1, 2])))
    kind = None
    out = []
    for c in chosen:
        new, kind = mojibake(row[c], rng)
        out.append("%s:%s->%s" % (kind, row[c], new))
        row[c] = new
        touched.add(c)
    return "; ".join(out)


def c_case(row, st, rng, ctx, touched):
    k, cols = _pick_group(st, rng, 55, 15, 30)
    up = rng.random() < 0.7
    changed = []
    for c in cols:
        new = row[c].upper() if up else row[c].lower()
        if new != row[c]:
            row[c] = new
            touched.add(c)
            changed.append(c)
    return ("%s %s" % ("UPPER" if up else "lower", k)) if changed else None


def c_spaces(row, st, rng, ctx, touched):
    g = _text_groups(st)
    cols = [c for c in g["names"] + g["address"] if row[c]]
    if not cols:
        return None
    out = []
    for c in rng.sample(cols, min(len(cols), rng.choice([1, 1, 2]))):
        new, op = extra_spaces(row[c], rng)
        row[c] = new
        touched.add(c)
        out.append("%s:%s" % (c, op))
    return ",".join(out)


BLANKABLE_P = [("birth_date", 15), ("pesel", 15), ("email", 15), ("phone", 15), ("sex", 8), ("address", 12),
               ("flat", 10), ("postal_code", 10)]
BLANKABLE_C = [("nip", 12), ("regon", 12), ("email", 15), ("phone", 15), ("address", 10), ("flat", 10),
               ("postal_code", 10)]
ADDR_COLS = ["street", "building", "flat", "postal_code", "city"]


def c_blank(row, st, rng, ctx, touched):
    table = BLANKABLE_P if st["kind"] == "PERSON" else BLANKABLE_C

    def cols_of(f):
        return ADDR_COLS if f == "address" else [f]
    cand = [(f, w) for f, w in table if any(row[c] for c in cols_of(f)) and not any(c in touched for c in cols_of(f))]
    if not cand:
        cand = [(f, w) for f, w in table if any(row[c] for c in cols_of(f))]
    if not cand:
        return None
    out = []
    for _ in range(rng.choice([1, 1, 1, 2])):
        if not cand:
            break
        f = rng.choices([f for f, _ in cand], [w for _, w in cand])[0]
        cand = [x for x in cand if x[0] != f]
        for c in cols_of(f):
            row[c] = ""
            touched.add(c)
        out.append(f)
    return ",".join(out)


def _has(field):
    return lambda st: st["show"][field]


PERSON_CAT = [
    P("typo_family", 9, 2, lambda st: True, _col_typo("family_name")),
    P("typo_given", 7, 2, lambda st: True, _col_typo("given_names")),
    P("typo_street", 4, 2, _addr_ok, _col_typo("street")),
    P("typo_city", 2, 2, _addr_ok, _col_typo("city")),
    P("strip_diacritics", 8, 3, lambda st: True, c_strip_diacritics),
    P("mojibake", 3, 3.5, lambda st: True, c_mojibake),
    P("case_change", 6, 3.6, lambda st: True, c_case),
    P("extra_spaces", 3, 3.9, lambda st: True, c_spaces),
    P("swap_name_order", 4, 1, lambda st: True, c_swap_names),
    P("diminutive", 6, 0.5, lambda st: st["given_disp"] in DIMINUTIVES or st["given_disp"] in DIM_TO_FORMAL, p_diminutive),
    P("second_given_name", 4, 0.5, lambda st: bool(st["given2"]), p_second_given),
    P("marriage", 3, 0.2, lambda st: st["sex"] == "F" and not st["son"], p_marriage),
    P("birth_date_error", 5, 1, _has("birth"), c_birth_error),
    P("pesel_error", 4, 1, _has("pesel"), c_pesel_error),
    P("phone_reformat", 6, 0.5, _has("phone"), p_phone_reformat),
    P("phone_new", 2, 0.5, _has("phone"), p_phone_new),
    P("email_variant", 5, 0.5, _has("email"), p_email_variant),
    P("email_new", 2, 0.4, _has("email"), p_email_new),
    P("address_reformat", 8, 0.5, _addr_ok, p_address_reformat),
    P("moved", 3, 0.2, lambda st: True, p_moved),
    P("blank_fields", 6, 4, lambda st: True, c_blank),
    P("field_added", 2, 0.0, lambda st: not all(st["show"][k] for k in ["pesel", "birth", "email", "phone", "addr", "sex"]),
      p_field_added),
]

COMPANY_CAT = [
    P("legal_form_variant", 10, 0.5, lambda st: bool(st["form"]), p_legal_form),
    P("quotes", 4, 0.5, lambda st: True, p_quotes),
    P("owner_name", 5, 0.4, lambda st: st["is_jdg"], p_owner_name),
    P("reorder_words", 4, 0.6, lambda st: True, p_reorder),
    P("name_shortened", 3, 0.4, lambda st: any(s["t"] in ("desc", "act") for s in st["segs"]), p_name_shortened),
    P("typo_legal_name", 9, 2, lambda st: True, _col_typo("legal_name")),
    P("typo_street", 4, 2, _addr_ok, _col_typo("street")),
    P("typo_city", 2, 2, _addr_ok, _col_typo("city")),
    P("strip_diacritics", 6, 3, lambda st: True, c_strip_diacritics),
    P("mojibake", 2, 3.5, lambda st: True, c_mojibake),
    P("case_change", 6, 3.6, lambda st: True, c_case),
    P("extra_spaces", 3, 3.9, lambda st: True, c_spaces),
    P("nip_format", 8, 0.5, _has("nip"), p_nip_format),
    P("nip_digit", 3, 0.6, _has("nip"), p_nip_digit),
    P("regon_missing", 4, 0.5, _has("regon"), p_regon_missing),
    P("phone_reformat", 5, 0.5, _has("phone"), p_phone_reformat),
    P("phone_new", 2, 0.5, _has("phone"), p_phone_new),
    P("email_variant", 4, 0.5, _has("email"), p_email_variant),
    P("email_new", 2, 0.4, _has("email"), p_email_new),
    P("address_reformat", 6, 0.5, _addr_ok, p_address_reformat),
    P("moved", 2, 0.2, lambda st: True, p_moved),
    P("blank_fields", 5, 4, lambda st: True, c_blank),
    P("field_added", 2, 0.0, lambda st: not all(st["show"][k] for k in ["nip", "regon", "email", "phone", "addr"]),
      p_field_added),
]

STATE_TOUCHES = {"phone_reformat": ["phone"], "phone_new": ["phone"], "email_variant": ["email"], "email_new": ["email"],
                 "address_reformat": ADDR_COLS, "moved": ADDR_COLS, "nip_format": ["nip"], "nip_digit": ["nip"],
                 "diminutive": ["given_names"], "second_given_name": ["given_names"], "marriage": ["family_name"]}

PROFILES = {"light": ([1, 2], [60, 40]), "heavy": ([3, 4, 5], [40, 35, 25])}


def reentry(clean_state, rng, ctx, profile):
    st = copy.deepcopy(clean_state)
    ks, kw = PROFILES[profile]
    k = rng.choices(ks, kw)[0]
    cat = PERSON_CAT if st["kind"] == "PERSON" else COMPANY_CAT
    avail = [p for p in cat if p.ok(st)]
    chosen = []
    while len(chosen) < k and avail:
        p = rng.choices(avail, [p.weight for p in avail])[0]
        chosen.append(p)
        avail.remove(p)
    chosen.sort(key=lambda p: p.phase)
    log = []
    state_ps = [p for p in chosen if p.phase < 1]
    col_ps = [p for p in chosen if p.phase >= 1]
    touched = set()
    for p in state_ps:
        d = p.fn(st, rng, ctx)
        if d is not None:
            log.append((p.name, d))
            touched.update(STATE_TOUCHES.get(p.name, ()))
            if p.name == "field_added":
                touched.update({"pesel": ["pesel"], "birth": ["birth_date"], "email": ["email"], "phone": ["phone"],
                                "addr": ADDR_COLS, "sex": ["sex"], "nip": ["nip"], "regon": ["regon"]}[d])
    row = render(st)
    # column-level ones; if something was a no-op, draw a replacement column-level perturbation
    spare = [p for p in avail if p.phase >= 1 and p.name != "blank_fields"]
    queue = list(col_ps)
    for _ in range(len(state_ps) - len(log)):  # state-level no-ops: draw column-level replacements
        if spare:
            q = rng.choices(spare, [x.weight for x in spare])[0]
            spare.remove(q)
            queue.append(q)
    while queue:
        queue.sort(key=lambda p: p.phase)
        p = queue.pop(0)
        d = p.fn(row, st, rng, ctx, touched)
        if d is not None:
            log.append((p.name, d))
        elif len(log) < k and spare:
            q = rng.choices(spare, [x.weight for x in spare])[0]
            spare.remove(q)
            queue.append(q)
    if st.get("son") and row["birth_date"] and rng.random() < 0.5:
        row["birth_date"] = ""
        log.append(("son_birth_missing", ""))
    return row, log


# =====================================================================================================
# Hard-negative groups
# =====================================================================================================
RELATIONS = [("HOUSEHOLD", 30), ("NAMESAKE", 20), ("TWINS", 10), ("FATHER_SON", 15), ("COMPANY_GROUP", 12),
             ("SIMILAR_COMPANY", 13)]


def similar_stem(ctx, stem):
    rng = ctx.rng
    vowels = "aeiouy"
    for _ in range(60):
        s = stem
        k = rng.random()
        if k < 0.35:  # one vowel changed
            idx = [i for i, c in enumerate(s) if c.lower() in vowels and i > 0]
            if not idx:
                continue
            i = rng.choice(idx)
            n = rng.choice([v for v in "aeiou" if v != s[i].lower()])
            s = s[:i] + (n.upper() if s[i].isupper() else n) + s[i + 1:]
        elif k < 0.55:  # hyphenation / de-hyphenation
            if "-" in s:
                s = s.replace("-", "")
                s = s[0] + s[1:].lower() if not stem.isupper() else s
            else:
                i = rng.randint(2, max(2, len(s) - 2))
                s = s[:i] + "-" + s[i].upper() + s[i + 1:]
        elif k < 0.75:  # suffix
            suf = rng.choice(["-Pol", "ex", "-Bis", "s", "o", "-2", " Plus", "ik"])
            s = s + (suf.upper() if stem.isupper() else suf)
        elif k < 0.9:  # inserted letter
            i = rng.randint(1, len(s) - 1)
            s = s[:i] + rng.choice("aeioy") + s[i:]
        else:  # last letter changed
            s = s[:-1] + rng.choice([c for c in "xsnkm" if c != s[-1].lower()])
        if s != stem and ctx.claim_stem(s):
            return s
    return ctx.stem()


def make_group(ctx, rel):
    rng = ctx.rng
    if rel == "HOUSEHOLD":
        size = rng.choices([2, 3, 4], [50, 30, 20])[0]
        fam = ctx.surname()
        first = new_person(ctx, family_base=fam, min_age=25 if size == 2 else 42, max_age=85)
        addr = first["addr"]
        members = [first]
        b0 = first["birth"]
        used = {first["given1"]}
        if size == 2 and rng.random() < 0.3 and b0.year <= REF.year - 42:
            kids = 1
        else:  # partner
            sx = "M" if first["sex"] == "F" else "F"
            pb = b0 + datetime.timedelta(days=rng.randint(-6 * 365, 6 * 365))
            if pb > datetime.date(REF.year - 18, 1, 1):
                pb = datetime.date(REF.year - 19, rng.randint(1, 12), rng.randint(1, 28))
            members.append(new_person(ctx, sex=sx, birth=pb, family_base=fam, addr=addr))
            used.add(members[-1]["given1"])
            kids = size - 2
        for _ in range(kids):
            lo = b0.year + 20
            hi = min(b0.year + 40, REF.year - 12)
            if lo > hi:
                lo = hi
            kb = datetime.date(rng.randint(lo, hi), rng.randint(1, 12), rng.randint(1, 28))
            members.append(new_person(ctx, birth=kb, family_base=fam, addr=addr, exclude_given=tuple(used)))
            used.add(members[-1]["given1"])
        if rng.random() < 0.2:  # shared landline
            ph = ctx.new_phone(addr["city"], landline=True)
            for m in members:
                m["phone"] = dict(ph)
                m["phone_fmt"] = "spaced"
        if rng.random() < 0.06:  # shared family e-mail
            e = ctx.unique_email(fold(fam).lower().replace("ski", "scy").replace("cki", "ccy")
                                 + rng.choice(["", ".dom", ".rodzina"]), rng.choice(["wp.pl", "o2.pl", "gmail.com"]))
            for m in members:
                m["email"] = e
        return members
    if rel == "NAMESAKE":
        size = rng.choices([2, 3], [80, 20])[0]
        sex = "F" if rng.random() < 0.5 else "M"
        names = [n for n, _, _ in (FEMALE_L if sex == "F" else MALE_L)][:40]
        g = rng.choice(names)
        fam = rng.choice(ctx.sur_names[:80])
        members, cities, years = [], [], []
        for _ in range(size):
            while True:
                b = ctx.birth()
                if all(abs(b.year - y) >= 1 for y in years):
                    break
            years.append(b.year)
            addr = new_address(ctx, exclude_cities=tuple(cities))
            cities.append(addr["city"])
            p = new_person(ctx, sex=sex, birth=b, given1=g, family_base=fam, addr=addr)
            p["given_disp"] = g
            members.append(p)
        return members
    if rel == "TWINS":
        fam = ctx.surname()
        b = ctx.birth(18, 70)
        a = new_person(ctx, birth=b, family_base=fam)
        a["given_disp"] = a["given1"]
        bb = new_person(ctx, birth=b, family_base=fam, addr=a["addr"], exclude_given=(a["given1"],))
        bb["given_disp"] = bb["given1"]
        return [a, bb]
    if rel == "FATHER_SON":
        fb = ctx.birth(45, 88)
        gap = rng.randint(20, 40)
        sb = datetime.date(fb.year + gap, rng.randint(1, 12), rng.randint(1, 28))
        if sb > datetime.date(REF.year - 16, 1, 1):
            sb = datetime.date(REF.year - 17, rng.randint(1, 12), rng.randint(1, 28))
        fam = ctx.surname()
        father = new_person(ctx, sex="M", birth=fb, family_base=fam)
        g = father["given1"]
        father["given_disp"] = g
        son = new_person(ctx, sex="M", birth=sb, given1=g, family_base=fam, addr=father["addr"])
        son["given_disp"] = g
        son["son"] = True
        son["show"]["birth"] = rng.random() < 0.4
        if rng.random() < 0.25:
            son["phone"] = dict(father["phone"])
        return [father, son]
    if rel == "COMPANY_GROUP":
        size = rng.choices([2, 3], [60, 40])[0]
        stem = ctx.stem()
        city = ctx.city()
        base_addr = new_address(ctx, city, company=True)
        shared_dom = rng.random() < 0.6
        dom = fold(stem).lower().replace("-", "") + rng.choice([".pl", ".com.pl"])
        descs = rng.sample(DESCS, size - 1)
        members = []
        locals_ = rng.sample(["biuro", "kontakt", "info", "serwis", "sekretariat", "office", "handel"], size)
        for i in range(size):
            if i == 0:
                form, desc = rng.choices(["spzoo", "sa"], [70, 30])[0], None
            else:
                form, desc = rng.choices(["spzoo", "spzoo_spk", "sa", "spk"], [55, 20, 10, 15])[0], descs[i - 1]
            if rng.random() < 0.85:
                addr = copy.deepcopy(base_addr) if rng.random() < 0.5 else new_address(ctx, city, company=True)
            else:
                addr = new_address(ctx, company=True)
            email = ctx.unique_email(locals_[i], dom) if shared_dom else None
            st = new_spolka(ctx, stem=stem, form=form, desc=desc if i else None, addr=addr, email=email,
                            with_act=False)
            if i == 0:
                st["segs"] = [s for s in st["segs"] if s["t"] != "desc"]
            members.append(st)
        return members
    if rel == "SIMILAR_COMPANY":
        size = rng.choices([2, 3], [70, 30])[0]
        stem = ctx.stem()
        city = ctx.city()
        members = []
        for i in range(size):
            s = stem if i == 0 or rng.random() < 0.2 else similar_stem(ctx, stem)
            if rng.random() < 0.6:
                members.append(new_spolka(ctx, stem=s, city=city,
                                          form=rng.choices(["spzoo", "sc", "spj", "sa"], [60, 20, 12, 8])[0],
                                          desc=None if rng.random() < 0.8 else rng.choice(DESCS), need_stem=True))
            else:
                members.append(new_jdg(ctx, stem=s, city=city, need_stem=True))
        return members
    raise ValueError(rel)


# =====================================================================================================
def main(argv):
    if len(argv) < 4:
        sys.exit("usage: gen.py OUT.csv N_CLIENTS SEED [light|heavy]")
    out, n, seed = argv[1], int(argv[2]), int(argv[3])
    profile = argv[4] if len(argv) > 4 else "light"
    if profile not in PROFILES:
        sys.exit("profile must be light or heavy")
    base = out[:-4] if out.lower().endswith(".csv") else out
    hn_path, log_path = base + "-hard-negatives.csv", base + "-perturbations.tsv"

    ctx = Ctx(random.Random(seed))
    rng = ctx.rng
    entities = []  # [state, group_index or None]
    groups = []
    target = round(0.12 * n)
    in_groups = 0
    while in_groups < target:
        rel = rng.choices([r for r, _ in RELATIONS], [w for _, w in RELATIONS])[0]
        ms = make_group(ctx, rel)
        groups.append([rel, ms])
        for m in ms:
            entities.append([m, len(groups) - 1])
        in_groups += len(ms)
    n_person = round(0.70 * n)
    p_g = sum(1 for e in entities if e[0]["kind"] == "PERSON")
    c_g = len(entities) - p_g
    for _ in range(max(0, n_person - p_g)):
        entities.append([new_person(ctx), None])
    for _ in range(max(0, n - n_person - c_g)):
        entities.append([new_jdg(ctx) if rng.random() < 0.5 else new_spolka(ctx), None])
    rng.shuffle(entities)
    for i, e in enumerate(entities):
        e.append("E%06d" % (i + 1))
        e.append(0 if rng.random() >= 0.30 else rng.choices([1, 2, 3], [60, 27, 13])[0])

    prng = random.Random("%d:%s" % (seed, profile))
    pctx = ctx  # uniqueness registries are shared; the perturbation RNG is separate
    records = []  # (entity_id, row, role, log)
    saved_rng = pctx.rng
    for st, gi, eid, n_re in entities:
        records.append((eid, render(st), "clean", []))
    pctx.rng = prng
    for st, gi, eid, n_re in entities:
        for j in range(n_re):
            row, log = reentry(st, prng, pctx, profile)
            records.append((eid, row, "reentry%d" % (j + 1), log))
    pctx.rng = saved_rng
    # record order and ids do not depend on the profile (counts per entity are profile-independent)
    orng = random.Random("%d:order" % seed)
    order = list(range(len(records)))
    orng.shuffle(order)

    eid_of_state = {id(e[0]): e[2] for e in entities}
    with open(out, "w", encoding="utf-8", newline="") as f, open(log_path, "w", encoding="utf-8", newline="") as lf:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(HEADER)
        lf.write("record_id\tentity_id\trole\tn_perturbations\tperturbations\n")
        for k, idx in enumerate(order):
            eid, row, role, log = records[idx]
            row = dict(row)
            row["entity_id"] = eid
            row["record_id"] = "R%07d" % (k + 1)
            w.writerow([row[h] for h in HEADER])
            desc = " | ".join("%s[%s]" % (a, b.replace("\t", " ").replace("\n", " ")) for a, b in log)
            lf.write("%s\t%s\t%s\t%d\t%s\n" % (row["record_id"], eid, role, len(log), desc))
    with open(hn_path, "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["relation", "group_id", "entity_ids"])
        for gi, (rel, ms) in enumerate(groups):
            w.writerow([rel, "G%05d" % (gi + 1), " ".join(eid_of_state[id(m)] for m in ms)])
    print("%s: %d records, %d entities, %d hard-negative groups (%d entities), profile %s"
          % (out, len(records), len(entities), len(groups), in_groups, profile))


if __name__ == "__main__":
    main(sys.argv)
