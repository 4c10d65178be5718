#!/usr/bin/env python3
"""guard_addresses.py - how the doxxing guard reads street talk.

Generates, with a fixed seed, addresses written the ways readers write
them, in Spanish (street word, name, house number, what follows) and in
English (house number, name, street word), and sentences about a street
that carry a number but no address ("Los vecinos de la calle Hidalgo
llevan 20 años pidiendo agua", "Residents saw 40 suspects near Elm
Street"), screens them with `charla classify` and prints how many of
each are held as doxxing: every address should be, no sentence should
be.

    bench/guard_addresses.py [--charla build/charla] [--show]

--show prints the addresses let through and the sentences held.
"""
import argparse
import os
import random
import subprocess
import sys

STREETS = ["calle", "Calle", "avenida", "Avenida", "Av.", "av", "Blvd.",
           "Privada", "privada", "Calzada", "Cerrada", "Prolongación",
           "Andador", "Circuito"]
NAMES = ["Hidalgo", "Benito Juárez", "Insurgentes Sur", "5 de Mayo",
         "de los Pinos", "Ávila Camacho", "Lázaro Cárdenas", "hidalgo",
         "benito juarez", "morelos", "20 de Noviembre", "Francisco I. Madero",
         "Revolución", "la Paz"]
NUMBERS = ["45", "#45", "No. 45", "núm. 45", "número 45", "1234", "45-B",
           "45B", "# 45", "N° 45"]
ENDINGS = ["", ".", ", col. Centro", " col centro", " interior 3",
           " entre Juárez y Morelos", " en Monterrey", " y ahí vive",
           " frente al parque", ", Culiacán"]
LEADS = ["", "vive en ", "su casa está en ", "lo encuentran en ",
         "Dirección: "]

SENTENCE_LEADS = ["En la ", "Sobre la ", "Por la ", "Cerraron la ",
                  "Bloquearon la ", "Los vecinos de la ", "Desde la ",
                  "A lo largo de la "]
SENTENCE_STREETS = ["calle", "avenida", "calzada", "privada",
                    "Avenida Juárez", "calle Hidalgo", "avenida principal",
                    "calle de mi casa", "Calle Morelos", "Calzada de Tlalpan"]
VERBS = [" hubo ", " mataron a ", " encontraron ", " dejaron ",
         " se registraron ", " llevan ", " quemaron ", " detuvieron a ", " ",
         " ya van ", " balearon a ", " desde hace "]
COUNTS = ["2", "3", "5", "10", "15", "20", "2019", "2023", "40"]
NOUNS = [" muertos", " cuerpos", " personas", " años", " horas",
         " camionetas", " policías", " balazos", " veces", " días",
         " detenidos", " casas", " semanas", " jóvenes", " vehículos", ""]
CLOSES = [".", " anoche.", ", dice la fiscalía.", " y nadie hace nada."]

EN_LEADS = ["", "he lives at ", "Her address is ", "go to ", "it's ",
            "they moved to ", "vive en ", "Address: "]
EN_NUMBERS = ["12", "221B", "1600", "4370", "7", "742", "100", "23a"]
EN_NAMES = ["Elm", "Baker", "Pennsylvania", "Evergreen", "Lake Shore",
            "Martin Luther King Jr.", "N. Main", "elm", "baker", "oak hill",
            "sunnyslope", "W 5th"]
EN_SUFFIXES = ["Street", "St", "St.", "Avenue", "Ave", "Road", "Rd",
               "Drive", "Dr", "Lane", "Ln", "Court", "Blvd", "Terrace",
               "street", "avenue", "road", "drive", "lane"]
EN_ENDINGS = ["", ".", ", Springfield", " Apt 4", " in Houston",
              " NW", ", call him", " with his family"]

EN_SUBJECTS = ["Police found", "They killed", "Residents saw", "Gunmen shot",
               "The army sent", "We counted", "Neighbors reported",
               "Officers arrested", "I saw", "The cartel left"]
EN_COUNTS = ["2", "3", "5", "10", "12", "20", "40", "100", "2019"]
EN_OBJECTS = ["men", "bodies", "trucks", "people", "officers", "cars",
              "families", "kids", "suspects", "shots", "homes", "soldiers"]
EN_PLACES = [" on Main Street", " near Elm Street", " along the highway",
             " on the road", " down the street", " at the corner of 5th Avenue",
             " by the old road", " in the Lane family home", " at first place",
             " on Highway 2", " near the Court", " in Park Place",
             " on the Drive", ""]
EN_CLOSES = [".", " last night.", ", officials said.",
             " and nobody did anything.", " in 2019."]
EN_DETERMINERS = ["The ", "Those ", "About ", "Nearly ", "We need ",
                  "They paved "]
EN_ADJECTIVES = ["new", "old", "main", "big", "small", "long", "dirt",
                 "paved", "private", "local"]
EN_WAYS = ["roads", "streets", "lanes", "drives", "courts", "places", "ways",
           "road", "street", "lane", "drive"]


def addresses(rng, n):
    return [rng.choice(LEADS) + rng.choice(STREETS) + " " + rng.choice(NAMES)
            + " " + rng.choice(NUMBERS) + rng.choice(ENDINGS)
            for _ in range(n)]


def sentences(rng, n):
    return [rng.choice(SENTENCE_LEADS) + rng.choice(SENTENCE_STREETS)
            + rng.choice(VERBS) + rng.choice(COUNTS) + rng.choice(NOUNS)
            + rng.choice(CLOSES) for _ in range(n)]


def en_addresses(rng, n):
    return [rng.choice(EN_LEADS) + rng.choice(EN_NUMBERS) + " "
            + rng.choice(EN_NAMES) + " " + rng.choice(EN_SUFFIXES)
            + rng.choice(EN_ENDINGS) for _ in range(n)]


def en_sentences(rng, n):
    out = []
    for i in range(n):
        if i % 3 == 2:
            out.append(rng.choice(EN_DETERMINERS) + rng.choice(EN_COUNTS)
                       + " " + rng.choice(EN_ADJECTIVES) + " "
                       + rng.choice(EN_WAYS) + rng.choice(EN_CLOSES))
        else:
            out.append(rng.choice(EN_SUBJECTS) + " " + rng.choice(EN_COUNTS)
                       + " " + rng.choice(EN_OBJECTS) + rng.choice(EN_PLACES)
                       + rng.choice(EN_CLOSES))
    return out


# Addresses in the shapes later rules of 2026-12-01 added: the name told
# as a sentence, the number after a comma, a flat with no street word,
# and English numbers after the street.
TOLD = ["la calle se llama ", "la calle que se llama ", "una calle llamada ",
        "su calle es ", "vive en la calle llamada "]
TOLD_NAMES = ["Juárez", "Hidalgo", "Benito Juárez", "Morelos", "Revolución",
              "Lázaro Cárdenas", "juárez", "5 de Mayo"]
COMMA_STREETS = ["fraccionamiento Las Palmas", "calle Morelos",
                 "Privada de los Pinos", "Avenida Juárez",
                 "Fracc. Villa Verde", "Cerrada Olivos"]
COMMA_UNITS = ["casa 14", "número 12", "No. 45", "depto 4", "interior 3",
               "lote 7", "manzana 3", "#12", "Mz 4"]
FLAT_NAMES = ["Insurgentes Sur", "Reforma", "Paseo de la Reforma",
              "Ávila Camacho", "Juárez", "Elm", "Lake Shore"]
FLAT_UNITS = ["depto 4", "departamento 12", "interior 3", "int. 2",
              "apt 5", "apartment 12", "suite 300", "unit 7"]
EN_AFTER = ["number 12", "no. 45", "#4", "apt 5", "apartment 3", "unit 7",
            "suite 200", "number 1234"]
OTHER_LEADS = ["", "vive en ", "Dirección: ", "he lives on ", "find him at "]

# Sentences near those shapes, with no address in them.
NEAR = ["la calle se llama así desde {y}.",
        "la calle se llama {n} y tiene {c} baches.",
        "en la calle {n}, {c} muertos anoche.",
        "en la calle {n}, número 1 en inseguridad.",
        "Wall Street, no. 1 in greed.",
        "the {N} Avenue march, number {c} this year.",
        "On {N} Street, {c} men were shot.",
        "{N} Street was closed for {c} hours.",
        "la avenida {n} quedó así desde {y}, dicen los vecinos.",
        "Los de la calle {n}, {c} familias, firmaron la queja.",
        "El Grupo {N} {c} interior del país creció."]


def other_addresses(rng, n):
    out = []
    for i in range(n):
        lead = rng.choice(OTHER_LEADS)
        k = i % 4
        if k == 0:
            out.append(rng.choice(TOLD) + rng.choice(TOLD_NAMES) + " "
                       + str(rng.randint(2, 2999)))
        elif k == 1:
            out.append(lead + rng.choice(COMMA_STREETS) + ", "
                       + rng.choice(COMMA_UNITS))
        elif k == 2:
            out.append(lead + rng.choice(FLAT_NAMES) + " "
                       + str(rng.randint(2, 2999)) + " "
                       + rng.choice(FLAT_UNITS))
        else:
            out.append(lead + rng.choice(["Oak", "Maple", "Elm", "Baker",
                                          "Lake Shore", "Pine Hill"])
                       + " " + rng.choice(EN_SUFFIXES) + ", "
                       + rng.choice(EN_AFTER))
    return out


def near_sentences(rng, n):
    return [rng.choice(NEAR).format(
        y=rng.choice(["1910", "1985", "2019"]),
        n=rng.choice(["Juárez", "Hidalgo", "Morelos", "principal"]),
        N=rng.choice(["Oak", "Main", "Elm", "Modelo"]),
        c=rng.choice(["2", "3", "5", "10", "40"])) for _ in range(n)]


def held_as_doxxing(charla, texts):
    out = subprocess.run([charla, "classify"], input="\n".join(texts) + "\n",
                         capture_output=True, text=True, check=True)
    lines = out.stdout.splitlines()
    if len(lines) != len(texts):
        sys.exit("guard_addresses: charla classify answered %d lines for %d"
                 % (len(lines), len(texts)))
    return [line.split("\t")[2] == "doxxing" for line in lines]


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--charla", default="build/charla")
    ap.add_argument("--show", action="store_true")
    args = ap.parse_args()
    os.chdir(os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
    sets = [("Spanish addresses", addresses(random.Random(1), 3000), True),
            ("Spanish sentences about a street", sentences(random.Random(2),
                                                           2000), False),
            ("English addresses", en_addresses(random.Random(3), 3000), True),
            ("English sentences about a street",
             en_sentences(random.Random(4), 3000), False),
            ("Addresses in other shapes", other_addresses(random.Random(5),
                                                          2000), True),
            ("Sentences near those shapes", near_sentences(random.Random(6),
                                                           2000), False)]
    for name, texts, should in sets:
        held = held_as_doxxing(args.charla, texts)
        print("%s held: %d of %d" % (name, sum(held), len(texts)))
        if args.show:
            for text, h in zip(texts, held):
                if h != should:
                    print("  " + ("let through: " if should else "held: ")
                          + text)


if __name__ == "__main__":
    main()
