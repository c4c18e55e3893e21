#!/usr/bin/env python3
"""Writes pipelines/gazetteers/swedish.tsv: Swedish names of countries and foreign places, Swedish
towns, provinces and waters, institutions, parties, companies and newspapers, and common given
names and surnames, each with its genitive in -s (Sveriges, Bonniers). The names are facts written
for this project (no corpus or other software was read)."""

import gazetteer_tsv

LOC = """
Sverige|Norge|Danmark|Finland|Island|Tyskland|Västtyskland|Östtyskland|Frankrike|England
Storbritannien|Skottland|Irland|Ryssland|Sovjetunionen|Sovjet|Polen|Italien|Spanien|Portugal
Grekland|Nederländerna|Holland|Belgien|Schweiz|Österrike|Ungern|Tjeckoslovakien|Jugoslavien
Rumänien|Bulgarien|Albanien|Turkiet|Europa|Västeuropa|Östeuropa|Skandinavien|Norden|Asien
Afrika|Sydafrika|Nordafrika|Amerika|Nordamerika|Sydamerika|Latinamerika|Förenta staterna
Kanada|Mexiko|Brasilien|Argentina|Chile|Kuba|Kina|Japan|Indien|Pakistan|Vietnam|Nordvietnam
Sydvietnam|Korea|Indonesien|Australien|Egypten|Israel|Libanon|Syrien|Irak|Iran|Arabien
Etiopien|Algeriet|Marocko|Kongo|Grönland|Färöarna|Estland|Lettland|Litauen|Baltikum
Köpenhamn|Helsingfors|Åbo|Oslo|Bergen|Berlin|Hamburg|München|Paris|London|Rom|Moskva
Leningrad|Wien|Prag|Warszawa|Budapest|Bryssel|Genève|Aten|Madrid|Lissabon|Amsterdam
Peking|Tokyo|Washington|New York|Chicago|Kalifornien|Texas|Florida|Jerusalem|Kairo
Stockholm|Göteborg|Malmö|Uppsala|Västerås|Örebro|Linköping|Helsingborg|Jönköping|Norrköping
Lund|Umeå|Gävle|Borås|Eskilstuna|Södertälje|Karlstad|Täby|Växjö|Halmstad|Sundsvall|Luleå
Trollhättan|Östersund|Borlänge|Falun|Kalmar|Skövde|Kristianstad|Karlskrona|Skellefteå
Uddevalla|Lidingö|Motala|Landskrona|Örnsköldsvik|Nyköping|Karlskoga|Varberg|Trelleborg
Lidköping|Alingsås|Piteå|Sandviken|Ängelholm|Visby|Kiruna|Gällivare|Ystad|Mora|Vänersborg
Härnösand|Kumla|Katrineholm|Enköping|Sigtuna|Norrtälje|Solna|Sundbyberg|Huddinge|Nacka
Haparanda|Strängnäs|Västervik|Oskarshamn|Ljungby|Värnamo|Mariestad|Arvika|Köping|Sala
Söderhamn|Hudiksvall|Bollnäs|Ludvika|Avesta|Kramfors|Sollefteå|Lycksele|Boden|Kalix
Skåne|Blekinge|Halland|Småland|Öland|Gotland|Östergötland|Västergötland|Bohuslän|Dalsland
Värmland|Närke|Södermanland|Uppland|Västmanland|Dalarna|Gästrikland|Hälsingland|Härjedalen
Jämtland|Medelpad|Ångermanland|Västerbotten|Norrbotten|Lappland|Norrland|Svealand|Götaland
Vänern|Vättern|Mälaren|Hjälmaren|Storsjön|Siljan|Östersjön|Bottenviken|Bottenhavet
Kattegatt|Skagerrak|Öresund|Nordsjön|Atlanten|Medelhavet|Stilla havet|Dalälven
Klarälven|Göta älv|Torne älv|Ume älv|Lule älv|Kebnekaise|Södermalm|Norrmalm|Östermalm
Kungsholmen|Gamla stan|Djurgården|Hisingen
"""

ORG = """
Riksdagen|Kanslihuset|Utrikesdepartementet|Försvarsdepartementet
Socialdepartementet|Finansdepartementet|Justitiedepartementet|Utbildningsdepartementet
LO|TCO|SAF|SACO|Landsorganisationen|Arbetsgivareföreningen|Svenska Arbetsgivareföreningen
Socialdemokraterna|Moderaterna|Högerpartiet|Folkpartiet|Centerpartiet|Bondeförbundet
Vänsterpartiet|Kommunisterna|Kristdemokraterna|Miljöpartiet|SSU|KF|Kooperativa förbundet
Sveriges Radio|Sveriges Television|SVT|TT|Dagens Nyheter|DN|Svenska Dagbladet|SvD
Aftonbladet|Expressen|Göteborgs-Posten|Sydsvenskan|Bonniers|Albert Bonniers förlag
Norstedts|Natur och Kultur|Wahlström & Widstrand|Rabén & Sjögren|Volvo|Saab|Scania
Ericsson|Electrolux|ASEA|ABB|SKF|IKEA|Hennes & Mauritz|Alfa Laval|Atlas Copco|Sandvik
Stora Kopparberg|LKAB|Vattenfall|Systembolaget|Försäkringskassan|Arbetsförmedlingen
Skatteverket|Riksbanken|Statens järnvägar|SJ|Postverket|Televerket|Domänverket
Socialstyrelsen|Skolöverstyrelsen|Arbetsmarknadsstyrelsen|AMS|Riksförsäkringsverket
Statistiska centralbyrån|SCB|Statens institut för folkhälsan|Karolinska institutet
Uppsala universitet|Lunds universitet|Stockholms universitet|Göteborgs universitet
Umeå universitet|Kungliga tekniska högskolan|KTH|Chalmers|Handelshögskolan
Svenska kyrkan|Röda Korset|Rädda Barnen|Frälsningsarmén|Svenska Akademien
Vetenskapsakademien|Nobelstiftelsen|Förenta nationerna|FN|Unesco|Nato|EG|EEC|EFTA
Nordiska rådet|Europarådet|Världsbanken|Riksteatern|Dramaten|Kungliga Operan
AIK|Djurgårdens IF|IFK Göteborg|Malmö FF|Hammarby
"""

PER = """
Anna|Eva|Maria|Karin|Kerstin|Ingrid|Birgitta|Margareta|Elisabeth|Kristina|Lena|Marie|Britt
Ulla|Gunilla|Inger|Barbro|Astrid|Sara|Emma|Elsa|Greta|Gunnel|Ingegerd|Ingela|Monica|Eva-Lena
Agneta|Siv|Marianne|Katarina|Cecilia|Helena|Ann|Anne|Annika|Susanne|Ebba|Sigrid|Gertrud
Märta|Hedvig|Ester|Selma|Signe|Alva|Viola|Gun|Solveig|Yvonne|Lisa|Johanna|Ida|Malin|Camilla
Erik|Lars|Karl|Anders|Johan|Nils|Olof|Olov|Gunnar|Sven|Bengt|Åke|Göran|Lennart|Rolf
Ulf|Björn|Leif|Mats|Magnus|Olle|Gustav|Gustaf|Ingvar|Tage|Arne|Bertil|Folke|Torsten|Kjell
Stefan|Mikael|Fredrik|Henrik|Mattias|Thomas|Tomas|Jonas|Per-Olof|Per-Erik|Lars-Erik
Karl-Erik|Jan-Erik|Sture|Gösta|Evert|Einar|Harald|Ragnar|Helge|Sixten|Valter|Yngve|Östen
Allan|Axel|Birger|Conny|Egon|Elof|Emil|Erland|Gunnar|Hjalmar|Holger|Ivar|Kent|Knut
Krister|Lasse|Nisse|Oskar|Osvald|Rune|Sigvard|Sune|Sören|Tor|Torbjörn|Verner|Vilhelm|Åsa
Andersson|Johansson|Karlsson|Carlsson|Nilsson|Eriksson|Larsson|Olsson|Persson|Svensson
Gustafsson|Pettersson|Jonsson|Jansson|Hansson|Bengtsson|Jönsson|Lindberg|Jakobsson
Magnusson|Olofsson|Lindström|Lindqvist|Lindgren|Axelsson|Bergström|Lundberg|Lundgren
Lundqvist|Mattsson|Berglund|Fredriksson|Sandberg|Henriksson|Forsberg|Sjöberg|Wallin
Engström|Eklund|Danielsson|Lundin|Håkansson|Björk|Bergman|Gunnarsson|Wikström|Samuelsson
Isaksson|Fransson|Bergqvist|Nyström|Holmberg|Arvidsson|Löfgren|Söderberg|Nyberg|Blomqvist
Claesson|Nordström|Mårtensson|Lundström|Viklund|Björklund|Eliasson|Pålsson|Berggren
Sandström|Nordin|Åberg|Hermansson|Ekström|Holmgren|Sundberg|Hedlund|Dahlberg|Hellström
Sjögren|Abrahamsson|Martinsson|Öberg|Andreasson|Strömberg|Månsson|Åkesson|Norberg
Lindholm|Jonasson|Ohlsson|Lindblom|Ekberg|Sundström|Palme|Erlander|Branting|Myrdal
Hammarskjöld|Strindberg|Lagerlöf|Wallenberg|Fälldin|Ohlin|Geijer|Linné|Nobel
"""

SIBILANT_END = ("s", "x", "z")


def entries(block: str):
    for line in block.strip().splitlines():
        for name in line.split("|"):
            name = name.strip()
            if name:
                yield name


def main() -> None:
    seen = set()
    rows = []
    for label, block in (("LOC", LOC), ("ORG", ORG), ("PER", PER)):
        for name in entries(block):
            forms = [name]
            if not name.endswith(SIBILANT_END) and not name[-1].isupper():
                forms.append(name + "s")
            for f in forms:
                if f not in seen:
                    seen.add(f)
                    rows.append(f"{f}\t{label}")
    header = [
        "# Swedish names: countries and foreign places, Swedish towns, provinces and waters,",
        "# institutions, parties, companies, newspapers, common given names and surnames, each with",
        "# its genitive in -s. Generated by scripts/gen_swedish_names.py; written for this project.",
        "# TSV: name<TAB>label. Only the Swedish model reads it, as a name-list feature on capitalised",
        "# words (tagger::names::MODEL_ONLY); the rules do not match it.",
    ]
    gazetteer_tsv.write("pipelines/gazetteers/swedish.tsv", header, rows)


if __name__ == "__main__":
    main()
