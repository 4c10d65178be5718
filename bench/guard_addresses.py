#!/usr/bin/env python3
"""guard_addresses.py - how the doxxing guard reads Spanish street talk.

Generates, with a fixed seed, Spanish addresses written the ways readers
write them (street word, name, house number, what follows) and sentences
about a street that carry a number but no address ("Los vecinos de la
calle Hidalgo llevan 20 años pidiendo agua"), screens both with
`charla classify` and prints how many of each are held as doxxing:
every address should be, no sentence should be.

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


def addresses(rng, n):
    return [rng.choice(LEADS) + rng.choice(STREETS) + " " + rng.choice(NAMES)
            + " " + rng.choice(NUMBERS) + rng.choice(ENDINGS)
            for _ in range(n)]


def sentences(rng, n):
    return [rng.choice(SENTENCE_LEADS) + rng.choice(SENTENCE_STREETS)
            + rng.choice(VERBS) + rng.choice(COUNTS) + rng.choice(NOUNS)
            + rng.choice(CLOSES) for _ in range(n)]


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
    addr = addresses(random.Random(1), 3000)
    sent = sentences(random.Random(2), 2000)
    a = held_as_doxxing(args.charla, addr)
    s = held_as_doxxing(args.charla, sent)
    print("addresses held: %d of %d" % (sum(a), len(addr)))
    print("sentences about a street held: %d of %d" % (sum(s), len(sent)))
    if args.show:
        for text, held in zip(addr, a):
            if not held:
                print("let through: " + text)
        for text, held in zip(sent, s):
            if held:
                print("held: " + text)


if __name__ == "__main__":
    main()
