#!/usr/bin/env python3
"""Writes pipelines/gazetteers/slovak_names.tsv: Slovak names of places (Slovak towns and regions,
rivers, mountains, islands, seas, historical states), institutions, plural
demonyms and common given names, each with its case forms generated from the declension patterns
below. The names are facts written for this project (no corpus or other software was read)."""

import gazetteer_tsv

# ending sets: nominative first; (stem + ending) for each
PATTERNS = {
    "zena": ["a", "y", "e", "u", "ou"],          # feminine -a, hard stem (Nitra, Žilina)
    "ulica": ["a", "e", "i", "u", "ou"],         # feminine -a, soft stem (Skalica, Levoča)
    "ruza": ["ia", "ie", "ii", "iu", "iou"],     # feminine -ia (Byzancia, Sicília)
    "dub": ["", "a", "u", "e", "om"],            # masculine, hard stem (Trenčín, Prešov, Rýn)
    "stroj": ["", "a", "u", "i", "om"],          # masculine, soft stem (Dunaj, Krym)
    "mesto": ["o", "a", "u", "e", "om"],         # neuter -o (Komárno, Brno)
    "chlap": ["", "a", "ovi", "om"],             # masculine given names (Peter, Juraj)
}

# (stem, pattern, label); the nominative is stem + the pattern's first ending
SINGLE = """
Bratislav zena LOC|Žilin zena LOC|Nitr zena LOC|Trnav zena LOC|Rožňav zena LOC|Snin zena LOC
Orav zena LOC|Morav zena LOC|Fatr zena LOC|Kysuc ulica LOC|Skalic ulica LOC|Senic ulica LOC
Prievidz ulica LOC|Levoč ulica LOC|Čadc ulica LOC|Kremnic ulica LOC|Trenčín dub LOC
Prešov dub LOC|Zvolen dub LOC|Poprad dub LOC|Bardejov dub LOC|Trebišov dub LOC|Svidník dub LOC
Liptov dub LOC|Spiš dub LOC|Šariš dub LOC|Zemplín dub LOC|Gemer dub LOC
Púchov dub LOC|Komárn mesto LOC|Záhori ruza LOC|Hron dub LOC|Hornád dub LOC
Bodrog dub LOC|Ipeľ stroj LOC|Dunaj stroj LOC|Váh dub LOC|Rýn dub LOC|Níl dub LOC|Tiber dub LOC
Dneper dub LOC|Volg zena LOC|Vltav zena LOC|Odr zena LOC|Visl zena LOC|Temž ulica LOC
Sein zena LOC|Rhôn zena LOC|Tis zena LOC|Amazonk zena LOC|Kaukaz dub LOC|Ural dub LOC
Balkán dub LOC|Krym stroj LOC|Kuvajt dub LOC|Krét zena LOC|Korzik zena LOC
Sicíl ruza LOC|Sardín ruza LOC|Island dub LOC
Juhoslávi ruza LOC
Florenc ruza LOC|Milán mesto LOC|Turín dub LOC|Neapol stroj LOC|Janov dub LOC
Krakov dub LOC|Brn mesto LOC|Ostrav zena LOC|Frankfurt dub LOC|Hamburg dub LOC
Štrasburg dub LOC|Barcelon zena LOC|Ženev zena LOC|Veron zena LOC|Bologn zena LOC
Uhorsk mesto LOC|Československ mesto LOC|Rakúsko-Uhorsk mesto LOC|Vatikán dub LOC
Ján chlap PER|Jozef chlap PER|Michal chlap PER|Tomáš chlap PER|Marek chlap PER|Juraj chlap PER
Milan chlap PER|Miroslav chlap PER|Vladimír chlap PER|Ladislav chlap PER|Štefan chlap PER
Igor chlap PER|Róbert chlap PER|Ivan chlap PER|Dušan chlap PER|Ľubomír chlap PER|Anton chlap PER
František chlap PER|Karol chlap PER|Rudolf chlap PER|Ondrej chlap PER|Matej chlap PER
Jakub chlap PER|Lukáš chlap PER|Stanislav chlap PER|Vojtech chlap PER
Mikuláš chlap PER|Eduard chlap PER|Viktor chlap PER|Roman chlap PER|Richard chlap PER
Zuzan zena PER|Katarín zena PER|Jan zena PER|Martin zena PER|Monik zena PER|Lenk zena PER
Ivan zena PER|Veronik zena PER|Alžbet zena PER|Helen zena PER|Ev zena PER|Ann zena PER
Márt zena PER|Barbor zena PER|Magdalén zena PER|Klár zena PER|Silv ruza PER
Luc ruza PER|Már ruza PER|Emíl ruza PER|Natál ruza PER|Júl ruza PER|Patríc ruza PER
"""

# irregular or multi-word names: all forms written out, comma-separated
WRITTEN = """
LOC|Košice,Košíc,Košiciam,Košiciach,Košicami
LOC|Levice,Levíc,Leviciam,Leviciach,Levicami
LOC|Michalovce,Michaloviec,Michalovciam,Michalovciach,Michalovcami
LOC|Piešťany,Piešťan,Piešťanom,Piešťanoch,Piešťanmi
LOC|Topoľčany,Topoľčian,Topoľčanom,Topoľčanoch,Topoľčanmi
LOC|Malacky,Malaciek,Malackám,Malackách,Malackami
LOC|Benátky,Benátok,Benátkam,Benátkach,Benátkami
LOC|Drážďany,Drážďan,Drážďanom,Drážďanoch
LOC|Tatry,Tatier,Tatrám,Tatrách,Tatrami
LOC|Alpy,Álp,Alpám,Alpách,Alpami
LOC|Karpaty,Karpát,Karpatom,Karpatoch,Karpatmi
LOC|Pyreneje,Pyrenejí,Pyrenejam,Pyrenejach
LOC|Himaláje,Himalájí,Himalájam,Himalájach
LOC|Apeniny,Apenín,Apeninách
LOC|Lučenec,Lučenca,Lučencu,Lučenci,Lučencom
LOC|Pezinok,Pezinka,Pezinku,Pezinkom
LOC|Ružomberok,Ružomberka,Ružomberku,Ružomberkom
LOC|Kežmarok,Kežmarku,Kežmarkom
LOC|Hlohovec,Hlohovca,Hlohovcu,Hlohovci,Hlohovcom
LOC|Cyprus,Cypru,Cyprom
LOC|Senec,Senca,Sencu,Senci,Sencom
LOC|Humenné,Humenného,Humennému,Humennom
LOC|Banská Bystrica,Banskej Bystrice,Banskej Bystrici,Banskú Bystricu,Banskou Bystricou
LOC|Banská Štiavnica,Banskej Štiavnice,Banskej Štiavnici,Banskú Štiavnicu,Banskou Štiavnicou
LOC|Považská Bystrica,Považskej Bystrice,Považskej Bystrici,Považskú Bystricu,Považskou Bystricou
LOC|Rimavská Sobota,Rimavskej Soboty,Rimavskej Sobote,Rimavskú Sobotu,Rimavskou Sobotou
LOC|Dunajská Streda,Dunajskej Stredy,Dunajskej Strede,Dunajskú Stredu,Dunajskou Stredou
LOC|Spišská Nová Ves,Spišskej Novej Vsi,Spišskú Novú Ves,Spišskou Novou Vsou
LOC|Stará Ľubovňa,Starej Ľubovne,Starej Ľubovni,Starú Ľubovňu,Starou Ľubovňou
LOC|Nové Zámky,Nových Zámkov,Novým Zámkom,Nových Zámkoch,Novými Zámkami
LOC|Liptovský Mikuláš,Liptovského Mikuláša,Liptovskému Mikulášu,Liptovskom Mikuláši,Liptovským Mikulášom
LOC|Dolný Kubín,Dolného Kubína,Dolnému Kubínu,Dolnom Kubíne,Dolným Kubínom
LOC|Vysoké Tatry,Vysokých Tatier,Vysokým Tatrám,Vysokých Tatrách,Vysokými Tatrami
LOC|Nízke Tatry,Nízkych Tatier,Nízkym Tatrám,Nízkych Tatrách,Nízkymi Tatrami
LOC|Veľká Morava,Veľkej Moravy,Veľkej Morave,Veľkú Moravu,Veľkou Moravou
LOC|Stredozemné more,Stredozemného mora,Stredozemnému moru,Stredozemnom mori,Stredozemným morom
LOC|Čierne more,Čierneho mora,Čiernemu moru,Čiernom mori,Čiernym morom
LOC|Baltské more,Baltského mora,Baltskému moru,Baltskom mori,Baltským morom
LOC|Severné more,Severného mora,Severnému moru,Severnom mori,Severným morom
LOC|Jadranské more,Jadranského mora,Jadranskému moru,Jadranskom mori,Jadranským morom
LOC|Atlantický oceán,Atlantického oceánu,Atlantickému oceánu,Atlantickom oceáne,Atlantickým oceánom
LOC|Tichý oceán,Tichého oceánu,Tichému oceánu,Tichom oceáne,Tichým oceánom
LOC|Indický oceán,Indického oceánu,Indickému oceánu,Indickom oceáne,Indickým oceánom
LOC|Stredomorie,Stredomoria,Stredomoriu,Stredomorím
LOC|Pyrenejský polostrov,Pyrenejského polostrova,Pyrenejskému polostrovu,Pyrenejskom polostrove,Pyrenejským polostrovom
LOC|Apeninský polostrov,Apeninského polostrova,Apeninskému polostrovu,Apeninskom polostrove,Apeninským polostrovom
LOC|Balkánsky polostrov,Balkánskeho polostrova,Balkánskemu polostrovu,Balkánskom polostrove,Balkánskym polostrovom
LOC|Sovietsky zväz,Sovietskeho zväzu,Sovietskemu zväzu,Sovietskom zväze,Sovietskym zväzom
ORG|OSN,NATO,EÚ,UNESCO,SAV,TASR,SITA,RTVS,STV,NBS,KDH,SNS,SMK,SDKÚ,HZDS,ŽSR,MMF,Interpol,Europol
ORG|Organizácia Spojených národov,Organizácie Spojených národov,Organizácii Spojených národov,Organizáciu Spojených národov,Organizáciou Spojených národov
ORG|Európska únia,Európskej únie,Európskej únii,Európsku úniu,Európskou úniou
ORG|Európska komisia,Európskej komisie,Európskej komisii,Európsku komisiu,Európskou komisiou
ORG|Európsky parlament,Európskeho parlamentu,Európskemu parlamentu,Európskom parlamente,Európskym parlamentom
ORG|Rada bezpečnosti,Rady bezpečnosti,Rade bezpečnosti,Radu bezpečnosti,Radou bezpečnosti
ORG|Národná rada,Národnej rady,Národnej rade,Národnú radu,Národnou radou
ORG|Národná banka Slovenska,Národnej banky Slovenska,Národnej banke Slovenska,Národnú banku Slovenska,Národnou bankou Slovenska
ORG|Slovenská akadémia vied,Slovenskej akadémie vied,Slovenskej akadémii vied,Slovenskú akadémiu vied,Slovenskou akadémiou vied
ORG|Univerzita Komenského,Univerzity Komenského,Univerzite Komenského,Univerzitu Komenského,Univerzitou Komenského
ORG|Matica slovenská,Matice slovenskej,Matici slovenskej,Maticu slovenskú,Maticou slovenskou
ORG|Ústavný súd,Ústavného súdu,Ústavnému súdu,Ústavnom súde,Ústavným súdom
ORG|Najvyšší súd,Najvyššieho súdu,Najvyššiemu súdu,Najvyššom súde,Najvyšším súdom
ORG|Svetová banka,Svetovej banky,Svetovej banke,Svetovú banku,Svetovou bankou
ORG|Svetová zdravotnícka organizácia,Svetovej zdravotníckej organizácie,Svetovej zdravotníckej organizácii,Svetovú zdravotnícku organizáciu,Svetovou zdravotníckou organizáciou
ORG|Medzinárodný menový fond,Medzinárodného menového fondu,Medzinárodnému menovému fondu,Medzinárodnom menovom fonde,Medzinárodným menovým fondom
ORG|Červený kríž,Červeného kríža,Červenému krížu,Červenom kríži,Červeným krížom
ORG|Svätá stolica,Svätej stolice,Svätej stolici,Svätú stolicu,Svätou stolicou
ORG|Katolícka cirkev,Katolíckej cirkvi,Katolícku cirkev,Katolíckou cirkvou
PER|Slováci,Slovákov,Slovákom,Slovákoch,Slovákmi
PER|Česi,Čechov,Čechom,Čechoch,Čechmi
PER|Maďari,Maďarov,Maďarom,Maďaroch,Maďarmi
PER|Nemci,Nemcov,Nemcom,Nemcoch,Nemcami
PER|Poliaci,Poliakov,Poliakom,Poliakoch,Poliakmi
PER|Ukrajinci,Ukrajincov,Ukrajincom,Ukrajincoch,Ukrajincami
PER|Chorváti,Chorvátov,Chorvátom,Chorvátoch,Chorvátmi
PER|Srbi,Srbov,Srbom,Srboch,Srbmi
PER|Slovinci,Slovincov,Slovincom,Slovincoch,Slovincami
PER|Rakúšania,Rakúšanov,Rakúšanom,Rakúšanoch,Rakúšanmi
PER|Američania,Američanov,Američanom,Američanoch,Američanmi
PER|Angličania,Angličanov,Angličanom,Angličanoch,Angličanmi
PER|Briti,Britov,Britom,Britoch,Britmi
PER|Francúzi,Francúzov,Francúzom,Francúzoch,Francúzmi
PER|Taliani,Talianov,Talianom,Talianoch,Talianmi
PER|Španieli,Španielov,Španielom,Španieloch,Španielmi
PER|Gréci,Grékov,Grékom,Grékoch,Grékmi
PER|Turci,Turkov,Turkom,Turkoch,Turkami
PER|Slovania,Slovanov,Slovanom,Slovanoch,Slovanmi
PER|Arabi,Arabov,Arabom,Araboch,Arabmi
PER|Židia,Židov,Židom,Židoch,Židmi
PER|Rómovia,Rómov,Rómom,Rómoch,Rómami
PER|Japonci,Japoncov,Japoncom,Japoncoch,Japoncami
PER|Číňania,Číňanov,Číňanom,Číňanoch,Číňanmi
PER|Peter,Petra,Petrovi,Petrom
PER|Pavol,Pavla,Pavlovi,Pavlom
"""


def main() -> None:
    seen = set()
    rows = []

    def add(name: str, label: str) -> None:
        if name not in seen:
            seen.add(name)
            rows.append(f"{name}\t{label}")

    for item in SINGLE.replace("\n", "|").split("|"):
        if not item.strip():
            continue
        stem, pattern, label = item.split()
        for ending in PATTERNS[pattern]:
            add(stem + ending, label)
    for line in WRITTEN.strip().splitlines():
        label, forms = line.split("|", 1)
        for form in forms.split(","):
            add(form.strip(), label)
    header = [
        "# Slovak names of places (towns and regions of Slovakia, rivers, mountains, islands, seas,",
        "# historical states), institutions, plural demonyms (tagged PER, as in the",
        "# UNER Slovak corpus) and common given names, with their case forms. Generated by",
        "# scripts/gen_slovak_names.py from declension patterns; written for this project.",
        "# TSV: name<TAB>label. Matched by the rules in Slovak and Czech sentences; only the Slovak",
        "# model reads it, as a name-list feature on capitalised words (rules::BUILTIN_MODEL_LANGUAGES).",
    ]
    gazetteer_tsv.write("pipelines/gazetteers/slovak_names.tsv", header, rows)


if __name__ == "__main__":
    main()
